"""Per-category summary, sub-area/sector/scale breakdowns and the trend, from compliance_fixtures."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.compliance import DataKosong, compliance_breakdown, compliance_summary, compliance_trend
from analytics.compliance.query import MEASURE_COLUMNS
from analytics.scope import Level, Scope, ScopeError
from tests.analytics import compliance_fixtures as fx

coverage_empty_store = fx.coverage_empty_store
compliance_store = fx.compliance_store

M = fx.M
AUG = dt.date(2026, 8, 1)

# 16.71 in its 2026-06 snapshot (the latest at or before August 2026):
PALEMBANG = {
    "wilayah": "16.71",
    "periode": "2026-06",
    # 15 employers, all but PT Satu in a category; PT Tiga (PDS-TK + PMI) and PT Tujuh
    # (PDS-Program + PMI) are counted once: 2 + 2 + 1 + 4 + 7 − 2 = 14
    "perusahaan_tidak_patuh": 14,
    "PWBD": {"perusahaan": 2, "tk_belum_terlindungi": 8 + 5},
    "PDS_TK": {"perusahaan": 2, "tk_belum_terlindungi": 5 + 3},
    "PDS_UPAH": {"perusahaan": 1, "selisih_upah_rp": 50 * M},
    "PDS_PROGRAM": {"perusahaan": 4},
    "PMI": {
        "perusahaan": 7,
        "tunggakan_rp": (12 + 5 + 1 + 3 + 6 + 7 + 12) * M,
        "umur": {"1-3 bulan": 2, "4-6 bulan": 2, "7-12 bulan": 2, ">12 bulan": 1},
    },
}


def test_kabkota_summary(compliance_store):
    r = compliance_summary(compliance_store, Scope.wilayah("16.71"), AUG)
    assert r.to_json_dict() == PALEMBANG
    assert (r.perusahaan, r.tk_belum_terlindungi, r.nama) == (15, 21, "Kota Palembang")
    assert r.kategori["PMI"].umur_tunggakan_rp == {
        "1-3 bulan": 4 * M, "4-6 bulan": 18 * M, "7-12 bulan": 19 * M, ">12 bulan": 5 * M
    }  # fmt: skip


def test_province_takes_each_kabkotas_latest_snapshot(compliance_store):
    # 16.71 from 2026-06 plus 16.01 from 2026-03 (CV Maju PWBD 6, PT Ogan compliant)
    r = compliance_summary(compliance_store, Scope.wilayah("16"), AUG)
    assert (r.periode, r.periode_terlama) == (dt.date(2026, 6, 1), dt.date(2026, 3, 1))
    assert (r.perusahaan, r.perusahaan_tidak_patuh, r.tk_belum_terlindungi) == (17, 15, 27)
    assert r.kategori["PWBD"].to_json_dict() == {"perusahaan": 3, "tk_belum_terlindungi": 19}
    assert r.kategori["PDS_TK"].to_json_dict() == {"perusahaan": 2, "tk_belum_terlindungi": 8}


def test_national_adds_pontianak(compliance_store):
    r = compliance_summary(compliance_store, Scope.nasional(), AUG)
    assert (r.wilayah, r.perusahaan, r.perusahaan_tidak_patuh, r.tk_belum_terlindungi) == (None, 19, 17, 132)
    assert r.kategori["PWBD"].to_json_dict() == {"perusahaan": 4, "tk_belum_terlindungi": 119}
    assert r.kategori["PDS_TK"].to_json_dict() == {"perusahaan": 3, "tk_belum_terlindungi": 13}


def test_default_period_is_the_latest_snapshot(compliance_store):
    # 16.71 2026-09: PWBD Toko Baru (2); PDS-TK PT Lima (3), UD SINAR JAYA (1); PDS-Upah PT Empat;
    # PDS-Program PT Enam, PT Tujuh, PT Empatbelas; PMI PT Tujuh, Delapan, Sepuluh, Sebelas
    r = compliance_summary(compliance_store, Scope.wilayah("16.71"))
    assert r.to_json_dict() == {
        "wilayah": "16.71",
        "periode": "2026-09",
        "perusahaan_tidak_patuh": 10,
        "PWBD": {"perusahaan": 1, "tk_belum_terlindungi": 2},
        "PDS_TK": {"perusahaan": 2, "tk_belum_terlindungi": 4},
        "PDS_UPAH": {"perusahaan": 1, "selisih_upah_rp": 50 * M},
        "PDS_PROGRAM": {"perusahaan": 3},
        "PMI": {
            "perusahaan": 4,
            "tunggakan_rp": (5 + 1 + 6 + 7) * M,
            "umur": {"1-3 bulan": 1, "4-6 bulan": 1, "7-12 bulan": 1, ">12 bulan": 1},
        },
    }


def test_an_earlier_period_uses_the_earlier_snapshot(compliance_store):
    r = compliance_summary(compliance_store, Scope.wilayah("16.71"), dt.date(2026, 5, 1))
    assert (r.periode, r.perusahaan, r.perusahaan_tidak_patuh) == (dt.date(2026, 3, 1), 2, 1)
    assert r.kategori["PWBD"].to_json_dict() == {"perusahaan": 1, "tk_belum_terlindungi": 8}


@pytest.mark.parametrize(
    "scope,expected",
    [(Scope(Level.KANTOR, "KC01"), (17, 15, 27)),  # 16.71 + 16.01
     (Scope(Level.KANWIL, "Sumbagsel"), (17, 15, 27)),  # + 16.02, 15.01 without employers
     (Scope(Level.KANTOR, "KC04"), (2, 2, 105)),  # 61.71 only
     (Scope.wilayah("16.01"), (2, 1, 6))],
)  # fmt: skip
def test_a_scope_never_counts_another_area(compliance_store, scope, expected):
    r = compliance_summary(compliance_store, scope, AUG)
    assert (r.perusahaan, r.perusahaan_tidak_patuh, r.tk_belum_terlindungi) == expected


def test_no_snapshot_is_data_kosong(compliance_store):
    with pytest.raises(DataKosong):
        compliance_summary(compliance_store, Scope.wilayah("16.71"), dt.date(2026, 2, 1))
    with pytest.raises(DataKosong):
        compliance_summary(compliance_store, Scope.wilayah("16.02"))
    with pytest.raises(ScopeError):
        compliance_summary(compliance_store, Scope(Level.KANTOR, "KC99"))


def _zero(**figures) -> dict:
    return dict.fromkeys(MEASURE_COLUMNS, 0) | figures


def test_breakdown_by_kabkota_lists_every_kabkota(compliance_store):
    frame = compliance_breakdown(compliance_store, Scope.wilayah("16"), "wilayah", AUG)
    assert frame.to_dict("records") == [
        {"wilayah": "16.01", "nama": "Ogan Komering Ulu", **_zero(
            perusahaan=2, perusahaan_tidak_patuh=1, pwbd_perusahaan=1, pwbd_tk_belum_terlindungi=6,
            tk_belum_terlindungi=6)},
        {"wilayah": "16.02", "nama": "Ogan Komering Ilir", **_zero()},
        {"wilayah": "16.03", "nama": "Muara Enim", **_zero()},
        {"wilayah": "16.71", "nama": "Kota Palembang", **_zero(
            perusahaan=15, perusahaan_tidak_patuh=14, pwbd_perusahaan=2, pwbd_tk_belum_terlindungi=13,
            pds_tk_perusahaan=2, pds_tk_tk_belum_terlindungi=8, pds_upah_perusahaan=1,
            pds_upah_selisih_upah_rp=50 * M, pds_program_perusahaan=4, pmi_perusahaan=7,
            pmi_tunggakan_rp=46 * M, tk_belum_terlindungi=21)},
    ]  # fmt: skip


def test_breakdown_by_province_under_national(compliance_store):
    frame = compliance_breakdown(compliance_store, Scope.nasional(), "wilayah", AUG)
    got = frame.set_index("wilayah")[["perusahaan", "perusahaan_tidak_patuh", "tk_belum_terlindungi"]]
    assert got.to_dict("index") == {
        "15": {"perusahaan": 0, "perusahaan_tidak_patuh": 0, "tk_belum_terlindungi": 0},
        "16": {"perusahaan": 17, "perusahaan_tidak_patuh": 15, "tk_belum_terlindungi": 27},
        "61": {"perusahaan": 2, "perusahaan_tidak_patuh": 2, "tk_belum_terlindungi": 105},
    }


def test_a_kabkota_has_no_subareas(compliance_store):
    frame = compliance_breakdown(compliance_store, Scope.wilayah("16.71"), "wilayah", AUG)
    assert frame.empty and list(frame.columns) == ["wilayah", "nama", *MEASURE_COLUMNS]


def test_breakdown_by_sector(compliance_store):
    frame = compliance_breakdown(compliance_store, Scope.wilayah("16.71"), "sektor", AUG)
    assert frame.to_dict("records") == [
        # C: Satu, Tiga, Lima, Tigabelas, Empatbelas
        {"sektor": "C", **_zero(perusahaan=5, perusahaan_tidak_patuh=4, pds_tk_perusahaan=2,
                                pds_tk_tk_belum_terlindungi=8, pds_program_perusahaan=2, pmi_perusahaan=1,
                                pmi_tunggakan_rp=12 * M, tk_belum_terlindungi=8)},
        # F: Empat, Enam
        {"sektor": "F", **_zero(perusahaan=2, perusahaan_tidak_patuh=2, pds_upah_perusahaan=1,
                                pds_upah_selisih_upah_rp=50 * M, pds_program_perusahaan=1)},
        # G: Dua, Tujuh, Delapan … Duabelas, UD Sinar Jaya
        {"sektor": "G", **_zero(perusahaan=8, perusahaan_tidak_patuh=8, pwbd_perusahaan=2,
                                pwbd_tk_belum_terlindungi=13, pds_program_perusahaan=1, pmi_perusahaan=6,
                                pmi_tunggakan_rp=34 * M, tk_belum_terlindungi=13)},
    ]  # fmt: skip


def test_breakdown_by_scale_in_contract_order(compliance_store):
    frame = compliance_breakdown(compliance_store, Scope.wilayah("16.71"), "skala", AUG)
    got = frame.set_index("skala")[["perusahaan", "perusahaan_tidak_patuh", "pds_program_perusahaan",
                                    "pmi_tunggakan_rp", "tk_belum_terlindungi"]]  # fmt: skip
    assert list(got.index) == ["MIKRO", "KECIL", "MENENGAH", "BESAR"]
    assert got.values.tolist() == [
        [9, 8, 1, 34 * M, 5 + 3],  # Satu, Lima, Tujuh, Delapan … Duabelas, UD Sinar Jaya
        [3, 3, 1, 12 * M, 8 + 5],  # Dua, Tiga, Tigabelas
        [2, 2, 1, 0, 0],  # Empat, Empatbelas
        [1, 1, 1, 0, 0],  # Enam
    ]


def test_trend_counts_each_snapshot(compliance_store):
    frame = compliance_trend(compliance_store, Scope.wilayah("16"), dt.date(2026, 9, 1))
    got = frame[["periode", "perusahaan", "pwbd_perusahaan", "pwbd_tk_belum_terlindungi", "pmi_perusahaan"]]
    assert [[r[0].date(), *r[1:]] for r in got.values.tolist()] == [
        [dt.date(2026, 3, 1), 4, 2, 14, 0],  # 16.71 (Satu, Dua) + 16.01 (CV Maju, PT Ogan)
        [dt.date(2026, 6, 1), 15, 2, 13, 7],
        [dt.date(2026, 9, 1), 15, 1, 2, 4],  # PWBD shrinking
    ]


def test_figures_from_the_snapshot_cells_equal_those_counted_row_by_row(compliance_store, monkeypatch):
    """Issue 15: under the default settings every view adds up the derived cells of its snapshots
    (analytics.compliance.kubus); each figure equals the one counted employer by employer, for every
    scope, month, grouping and snapshot choice."""
    from analytics.compliance import query

    def both(fn, *args, **kwargs):
        monkeypatch.setattr(query, "USE_CELLS", True)
        cells = fn(*args, **kwargs)
        monkeypatch.setattr(query, "USE_CELLS", False)
        rows = fn(*args, **kwargs)
        monkeypatch.setattr(query, "USE_CELLS", True)
        return cells, rows

    scopes = (Scope.nasional(), Scope.wilayah("16"), Scope.wilayah("16.71"), Scope.wilayah("15"))
    for scope in scopes:
        for periode in (None, dt.date(2026, 3, 1), dt.date(2026, 6, 1), AUG, dt.date(2026, 10, 1)):
            try:
                cells, rows = both(compliance_summary, compliance_store, scope, periode)
            except DataKosong:
                continue
            assert cells == rows, (scope, periode)
            for by in ("wilayah", "sektor", "skala"):
                for snapshot in ("terakhir", "sebelumnya"):
                    cells, rows = both(compliance_breakdown, compliance_store, scope, by, periode, snapshot=snapshot)
                    assert cells.equals(rows) and cells.dtypes.equals(rows.dtypes), (scope, periode, by, snapshot)
            cells, rows = both(compliance_trend, compliance_store, scope, periode)
            assert cells.equals(rows) and cells.dtypes.equals(rows.dtypes), (scope, periode)


def test_other_settings_count_row_by_row_and_new_defaults_rebuild_the_cells(compliance_store, monkeypatch):
    from analytics import derived
    from analytics.compliance.rules import Settings

    strict = Settings(program_wajib=(("JKK", "JKM", "JHT", "JP"),) * 4, umur_batas=(1, 2))
    summary = compliance_summary(compliance_store, Scope.nasional(), AUG, strict)
    assert set(summary.kategori["PMI"].umur) == {"1 bulan", ">1 bulan"}  # not the cells' four buckets
    assert derived.stale(compliance_store) == []
    monkeypatch.setattr(Settings, "default", classmethod(lambda cls: strict))  # a new Cakupan's defaults
    assert derived.stale(compliance_store) == ["kepatuhan_kubus"]
