"""The metrics for every sub-area of a scope (league table, map).

Figures from tests/analytics/coverage_fixtures.py, computed by hand in the comments.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics import derived
from analytics.coverage import coverage_by_subarea, headline
from analytics.coverage.metrics import COLUMNS
from analytics.coverage.subareas import SUBAREA_COLUMNS
from analytics.scope import Level, Scope, ScopeError
from analytics.store import connect
from tests.analytics import coverage_fixtures

# Fixtures shared by the coverage tests (tests/analytics/conftest.py belongs to the import tests).
coverage_empty_store = coverage_fixtures.coverage_empty_store
coverage_store = coverage_fixtures.coverage_store

AUG = dt.date(2026, 8, 1)


def test_provinces_under_national(coverage_store):
    frame = coverage_by_subarea(coverage_store, Scope.nasional(), AUG)
    assert list(frame.columns) == list(SUBAREA_COLUMNS)
    assert list(frame["wilayah"]) == ["15", "16", "61"]
    assert list(frame["nama"]) == ["Jambi", "Sumatera Selatan", "Kalimantan Barat"]
    # Jambi: 46.000 of 50.000 → gap 4.000, deadline 30-11 → 3 months → ⌈1.333,3⌉ = 1.334;
    #   laju (46.000 − 44.500) / 3 = 500 → 4 × 500 < 3 × 1.334 → TERTINGGAL
    # 61: 20.000 of 24.000, no May → no pace → no status
    assert list(frame["peserta_aktif"]) == [46_000, 493_333, 20_000]
    assert list(frame["target_peserta"]) == [50_000, 500_000, 24_000]
    assert list(frame["gap"]) == [4_000, 6_667, 4_000]
    assert list(frame["bulan_tersisa"]) == [3, 4, 4]
    assert list(frame["laju_dibutuhkan_per_bulan"]) == [1_334, 1_667, 1_000]
    assert frame["laju_aktual_per_bulan"].tolist() == [500, 4_417, pd.NA]
    assert frame["status"].tolist()[:2] == ["TERTINGGAL", "SESUAI_JALUR"]
    assert pd.isna(frame["status"].iloc[2])


def test_each_subarea_row_equals_that_areas_headline(coverage_store):
    for parent in (
        Scope.nasional(),
        Scope.wilayah("16"),
        Scope(Level.KANTOR, "KC02"),
        Scope(Level.KANWIL, "Sumbagsel"),
    ):
        frame = coverage_by_subarea(coverage_store, parent, AUG)
        for row in frame.to_dict("records"):
            h = headline(coverage_store, Scope.wilayah(row["wilayah"]), AUG)
            for field in (*COLUMNS, "laju_persen"):
                want, got = getattr(h, field), row[field]
                if want is None:
                    assert pd.isna(got), (parent, row["wilayah"], field)
                elif isinstance(want, dt.date):
                    assert pd.Timestamp(want) == got, (parent, row["wilayah"], field)
                else:
                    assert want == pytest.approx(got), (parent, row["wilayah"], field)


def test_kabkota_under_an_office_crossing_a_border(coverage_store):
    frame = coverage_by_subarea(coverage_store, Scope(Level.KANTOR, "KC02"), AUG)
    # 15.01: 40% × 50.000 = 20.000 set, deadline 31-10 → 2 months; 5.000 gap → 2.500 a month;
    #   laju (15.000 − 14.400) / 3 = 200 → TERTINGGAL. 16.02: allocated 125.000 (see test_targets).
    assert frame[["wilayah", "target_peserta", "target_dialokasikan", "status"]].to_dict("records") == [
        {"wilayah": "15.01", "target_peserta": 20_000, "target_dialokasikan": False, "status": "TERTINGGAL"},
        {"wilayah": "16.02", "target_peserta": 125_000, "target_dialokasikan": True, "status": "BERISIKO"},
    ]


def test_kabkota_has_no_subareas_but_the_columns(coverage_store):
    frame = coverage_by_subarea(coverage_store, Scope.wilayah("16.71"), AUG)
    assert frame.empty and list(frame.columns) == list(SUBAREA_COLUMNS)


def test_default_period_and_unknown_area(coverage_store):
    assert coverage_by_subarea(coverage_store, Scope.wilayah("16"))["periode"].unique().tolist() == [
        pd.Timestamp(AUG)
    ]
    with pytest.raises(ScopeError):
        coverage_by_subarea(coverage_store, Scope.wilayah("99"))


def test_subareas_without_data_still_appear(coverage_store):
    coverage_store.execute("DELETE FROM kepesertaan WHERE kode_wilayah = '16.03'")
    frame = coverage_by_subarea(coverage_store, Scope.wilayah("16"), AUG)
    row = frame.set_index("wilayah").loc["16.03"]
    assert pd.isna(row["peserta_aktif"]) and row["target_peserta"] == 83_333 and pd.isna(row["status"])


@pytest.mark.national
def test_national_scale_is_set_wise_fast_and_reconciles(tmp_path, monkeypatch):
    """514 kab/kota × 70 months × 4 segments and ~1M employer rows: the league tables and the
    headline reconcile (provinces sum to national) and each call stays well under two seconds."""

    from analytics import reference

    if not reference.WILAYAH_CSV.exists() or not reference.KANTOR_CSV.exists():
        pytest.skip("data/wilayah.csv and data/kantor.csv have not landed yet")
    con = connect(tmp_path / "national.duckdb")
    con.execute(
        """INSERT INTO kepesertaan
           SELECT CAST(DATE '2021-01-01' + INTERVAL (m) MONTH AS DATE), w.kode_wilayah, s.segmen,
                  CAST(10000 + 50 * m + 300 * sin(m) + hash(w.kode_wilayah || s.segmen) % 5000 AS BIGINT),
                  NULL, NULL, NULL
           FROM wilayah AS w, range(70) AS r(m), (VALUES ('PU'), ('BPU'), ('JAKON'), ('PMI')) AS s(segmen)
           WHERE w.tingkat = 'kabkota'"""
    )
    con.execute(
        """INSERT INTO penduduk_bekerja
           SELECT 2025, kode_wilayah, 200000 + hash(kode_wilayah) % 100000, NULL, NULL, NULL
           FROM wilayah WHERE tingkat = 'kabkota'"""
    )
    con.execute(
        """INSERT INTO target SELECT 2026, kode_wilayah, 'SEMUA', NULL, 30.0, DATE '2026-12-31', NULL
           FROM wilayah WHERE tingkat = 'provinsi'"""
    )
    con.execute(
        """INSERT INTO target SELECT 2026, kode_wilayah, 'SEMUA', 60000, NULL, DATE '2026-11-30', NULL
           FROM wilayah WHERE tingkat = 'kabkota' AND hash(kode_wilayah) % 5 = 0"""
    )
    con.execute(
        """INSERT INTO perusahaan (periode, npp, nama_perusahaan, kode_wilayah, sektor, skala, status,
                                   tk_wajib, tk_terdaftar, tunggakan_rp, bulan_tunggakan)
           SELECT CAST(DATE '2025-12-01' + INTERVAL (3 * q) MONTH AS DATE), 'N' || i, 'PT', w.kode_wilayah,
                  'C', 'KECIL', CASE WHEN i % 3 = 0 THEN 'AKTIF' ELSE 'NONAKTIF' END, 10, 5, 0, 0
           FROM wilayah AS w, range(500) AS r(i), range(4) AS s(q) WHERE w.tingkat = 'kabkota'"""
    )
    derived.ensure_fresh(con)
    periode = dt.date(2026, 10, 1)

    provinces = coverage_by_subarea(con, Scope.nasional(), periode)  # its speed is `make bench`'s business
    nasional = headline(con, Scope.nasional(), periode)

    assert len(provinces) == 38
    assert provinces["peserta_aktif"].sum() == nasional.peserta_aktif
    assert provinces["target_peserta"].sum() == nasional.target_peserta
    assert provinces["penduduk_bekerja"].sum() == nasional.penduduk_bekerja
    assert provinces["perusahaan_aktif"].sum() == nasional.perusahaan_aktif == 514 * 167  # i % 3 = 0 of 500
    assert provinces["proyeksi_batas_waktu"].notna().all()
    kabkota = coverage_by_subarea(con, Scope.wilayah("33"), periode)
    assert kabkota["peserta_aktif"].sum() == provinces.set_index("wilayah").loc["33", "peserta_aktif"]
    con.close()
