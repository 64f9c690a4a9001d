"""Monthly series of a scope (Tren page): by segment, in total, year on year."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics.coverage import monthly_by_segment, monthly_total, year_on_year
from analytics.scope import Level, Scope
from tests.analytics import coverage_fixtures
from tests.analytics.coverage_fixtures import insert_aktif

# Fixtures shared by the coverage tests (tests/analytics/conftest.py belongs to the import tests).
coverage_empty_store = coverage_fixtures.coverage_empty_store
coverage_store = coverage_fixtures.coverage_store

MAY, AUG = pd.Timestamp("2026-05-01"), pd.Timestamp("2026-08-01")


def test_by_segment_sums_the_scope(coverage_store):
    frame = monthly_by_segment(coverage_store, Scope.wilayah("16"))
    # BPU is 1.000 per kab/kota → 4.000; PU is the rest: 480.083 − 4.000, 493.333 − 4.000
    assert frame[["periode", "segmen", "peserta_aktif"]].to_dict("records") == [
        {"periode": MAY, "segmen": "BPU", "peserta_aktif": 4_000},
        {"periode": MAY, "segmen": "PU", "peserta_aktif": 476_083},
        {"periode": AUG, "segmen": "BPU", "peserta_aktif": 4_000},
        {"periode": AUG, "segmen": "PU", "peserta_aktif": 489_333},
    ]
    # The fixture gives no joiners or leavers: unknown, not zero.
    assert frame["peserta_baru"].isna().all() and frame["peserta_nonaktif"].isna().all()


def test_joiners_and_leavers_are_summed(coverage_empty_store):
    con = coverage_empty_store
    insert_aktif(con, "16.01", "2026-08", 5_000, baru=120, nonaktif=30)
    insert_aktif(con, "16.02", "2026-08", 7_000, baru=80, nonaktif=None)
    frame = monthly_total(con, Scope.wilayah("16"))
    # aktif 12.000; baru 120 + 80 = 200; nonaktif 30 (16.02 gave none)
    assert frame.to_dict("records") == [
        {"periode": AUG, "peserta_aktif": 12_000, "peserta_baru": 200, "peserta_nonaktif": 30}
    ]


def test_total_respects_an_office_scope_and_the_range(coverage_store):
    # KC02 = 16.02 + 15.01: May 118.750 + 14.400 = 133.150 ; Aug 121.000 + 15.000 = 136.000
    frame = monthly_total(coverage_store, Scope(Level.KANTOR, "KC02"))
    assert frame[["periode", "peserta_aktif"]].to_dict("records") == [
        {"periode": MAY, "peserta_aktif": 133_150},
        {"periode": AUG, "peserta_aktif": 136_000},
    ]
    only_aug = monthly_total(coverage_store, Scope(Level.KANTOR, "KC02"), start=dt.date(2026, 6, 1))
    assert only_aug["peserta_aktif"].tolist() == [136_000]


def test_year_on_year(coverage_store):
    insert_aktif(coverage_store, "16.71", "2025-08", 240_000)
    frame = year_on_year(coverage_store, Scope.wilayah("16.71"))
    # Aug 2026 260.000 against Aug 2025 240.000: +20.000, +8,333%
    last = frame.iloc[-1]
    assert (last["periode"], last["peserta_aktif"], last["peserta_aktif_tahun_lalu"], last["perubahan"]) == (
        AUG,
        260_000,
        240_000,
        20_000,
    )
    assert last["perubahan_persen"] == pytest.approx(100 * 20_000 / 240_000)
    # May 2026 has no May 2025: no change
    may = frame.set_index("periode").loc[MAY]
    assert pd.isna(may["peserta_aktif_tahun_lalu"]) and pd.isna(may["perubahan"])


# --- Tren page additions -------------------------------------------------------------------------


def test_year_on_year_by_segment_with_total_last(coverage_store):
    from analytics.coverage.series import year_on_year_by_segment

    insert_aktif(coverage_store, "16.71", "2025-08", 240_000)  # PU 239.000, BPU 1.000
    coverage_store.execute(
        "INSERT INTO kepesertaan VALUES (DATE '2026-08-01', '16.71', 'JAKON', 500, NULL, NULL, NULL)"
    )
    frame = year_on_year_by_segment(coverage_store, Scope.wilayah("16.71"), dt.date(2026, 8, 1))
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    # PU 259.000 vs 239.000; BPU 1.000 vs 1.000; JAKON only this year; total 260.500 vs 240.000
    assert [{k: v for k, v in r.items() if k != "perubahan_persen"} for r in rows] == [
        {"segmen": "PU", "peserta_aktif": 259_000, "peserta_aktif_tahun_lalu": 239_000, "perubahan": 20_000},
        {"segmen": "BPU", "peserta_aktif": 1_000, "peserta_aktif_tahun_lalu": 1_000, "perubahan": 0},
        {"segmen": "JAKON", "peserta_aktif": 500, "peserta_aktif_tahun_lalu": None, "perubahan": None},
        {
            "segmen": "SEMUA",
            "peserta_aktif": 260_500,
            "peserta_aktif_tahun_lalu": 240_000,
            "perubahan": 20_500,
        },
    ]
    assert [r["perubahan_persen"] for r in rows[:2]] == [pytest.approx(100 * 20_000 / 239_000), 0.0]
    assert rows[2]["perubahan_persen"] is None
    assert rows[3]["perubahan_persen"] == pytest.approx(100 * 20_500 / 240_000)


def test_year_on_year_by_segment_without_last_year(coverage_store):
    from analytics.coverage.series import year_on_year_by_segment

    frame = year_on_year_by_segment(coverage_store, Scope.wilayah("16.71"), dt.date(2026, 8, 1))
    assert frame["segmen"].tolist() == ["PU", "BPU", "SEMUA"]
    assert frame["peserta_aktif_tahun_lalu"].isna().all() and frame["perubahan"].isna().all()
    assert year_on_year_by_segment(coverage_store, Scope.wilayah("16.71"), dt.date(2020, 1, 1)).empty


def test_projection_path_ends_at_the_headline_projection(coverage_store):
    from analytics.coverage import headline
    from analytics.coverage.series import projection_to_deadline

    scope = Scope.wilayah("16")
    path = projection_to_deadline(coverage_store, scope, dt.date(2026, 8, 1), dt.date(2026, 12, 31))
    assert [d.isoformat() for d in path["periode"]] == [
        "2026-09-01",
        "2026-10-01",
        "2026-11-01",
        "2026-12-01",
    ]
    # Linear through May 480.083 and Aug 493.333 (June, July missing): +13.250 per 3 months.
    # Dec = 493.333 + 4 × 13.250 / 3 = 510.999,67 → 511.000
    assert path["nilai"].tolist()[-1] == 511_000
    assert set(path["metode"]) == {"linear"}
    h = headline(coverage_store, scope, dt.date(2026, 8, 1))
    last = path.iloc[-1]
    assert (last["nilai"], _none(last["bawah"]), _none(last["atas"])) == (
        h.proyeksi_batas_waktu,
        h.proyeksi_bawah,
        h.proyeksi_atas,
    )
    assert projection_to_deadline(coverage_store, scope, dt.date(2026, 8, 1), dt.date(2026, 8, 31)).empty


def _none(x):
    return None if pd.isna(x) else x


def test_monthly_by_area_compares_counts_and_coverage(coverage_store):
    from analytics.coverage.series import monthly_by_area

    frame = monthly_by_area(
        coverage_store, [Scope.wilayah("16.71"), Scope(Level.KANTOR, "KC02"), Scope.wilayah("15.71")]
    )
    rows = frame.drop(columns="cakupan_persen").to_dict("records")
    assert rows == [
        {
            "wilayah": "16.71",
            "nama": "Kota Palembang",
            "periode": MAY,
            "peserta_aktif": 255_000,
            "penduduk_bekerja": 400_000,
        },
        {
            "wilayah": "16.71",
            "nama": "Kota Palembang",
            "periode": AUG,
            "peserta_aktif": 260_000,
            "penduduk_bekerja": 400_000,
        },
        # KC02 = 16.02 + 15.01; workforce 300.000 + 50.000
        {
            "wilayah": "KC02",
            "nama": "KC Lintas Batas",
            "periode": MAY,
            "peserta_aktif": 133_150,
            "penduduk_bekerja": 350_000,
        },
        {
            "wilayah": "KC02",
            "nama": "KC Lintas Batas",
            "periode": AUG,
            "peserta_aktif": 136_000,
            "penduduk_bekerja": 350_000,
        },
        # 15.71 has no 2026 workforce: its 2025 figure is used
        {
            "wilayah": "15.71",
            "nama": "Kota Jambi",
            "periode": MAY,
            "peserta_aktif": 30_100,
            "penduduk_bekerja": 70_000,
        },
        {
            "wilayah": "15.71",
            "nama": "Kota Jambi",
            "periode": AUG,
            "peserta_aktif": 31_000,
            "penduduk_bekerja": 70_000,
        },
    ]
    assert frame["cakupan_persen"].tolist() == pytest.approx(
        [63.75, 65.0, 100 * 133_150 / 350_000, 100 * 136_000 / 350_000, 43.0, 100 * 31_000 / 70_000]
    )
    assert monthly_by_area(coverage_store, []).empty
