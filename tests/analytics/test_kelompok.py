"""analytics.kelompok: each definition of issue 12 by hand on kelompok_fixtures."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.errors import DataKosong
from analytics.kelompok import DEFAULT_IURAN, default_iuran, kelompok
from analytics.kelompok.summary import coverage_percent
from analytics.scope import Level, Scope
from tests.analytics.kelompok_fixtures import group_db, group_store  # noqa: F401

AUG = dt.date(2026, 8, 1)


def test_a_province_uses_each_kabkotas_latest_report_at_or_before_the_period(group_store):  # noqa: F811
    s = kelompok(group_store, Scope.wilayah("16"), AUG)
    assert s.to_json_dict() == {
        "wilayah": "16", "nama": "Sumatera Selatan", "periode": "2026-08", "iuran_per_orang_rp": 16_800,
        "kelompok": {
            # 16.01's June report (two funding sources, 1.500 / 800) supersedes March; October is
            # after the period; 16.71's February report 500 / 500.
            "NON_ASN": {"sasaran": 2_000, "terdaftar": 1_300, "belum_terdaftar": 700, "cakupan_persen": 65.0,
                        "iuran_dibutuhkan_per_bulan_rp": 11_760_000, "periode_laporan_terakhir": "2026-06"},
            "PERANGKAT_DESA": {"sasaran": 0, "terdaftar": 0, "belum_terdaftar": 0, "cakupan_persen": None,
                               "iuran_dibutuhkan_per_bulan_rp": 0, "periode_laporan_terakhir": "2026-07"},
            "PETUGAS_AD_HOC": {"sasaran": 4_000, "terdaftar": 1_000, "belum_terdaftar": 3_000, "cakupan_persen": 25.0,
                               "iuran_dibutuhkan_per_bulan_rp": 50_400_000, "periode_laporan_terakhir": "2025-11"},
        },
        "total": {"sasaran": 6_000, "terdaftar": 2_300, "belum_terdaftar": 3_700, "cakupan_persen": 38.33,
                  "iuran_dibutuhkan_per_bulan_rp": 62_160_000},
    }  # fmt: skip


def test_an_earlier_period_takes_the_report_it_had(group_store):  # noqa: F811
    s = kelompok(group_store, Scope.wilayah("16"), dt.date(2026, 5, 1))
    assert list(s.kelompok) == ["NON_ASN", "PETUGAS_AD_HOC"]  # July's PERANGKAT_DESA not yet
    g = s.kelompok["NON_ASN"]  # March 1.000 / 400 + February 500 / 500
    assert (g.sasaran, g.terdaftar, g.cakupan_persen, g.periode_laporan_terakhir) == (1_500, 900, 60.0, dt.date(2026, 3, 1))


def test_an_office_across_a_border_and_the_contribution_as_a_setting(group_store, monkeypatch):  # noqa: F811
    s = kelompok(group_store, Scope(Level.KANTOR, "KC02"), AUG, iuran_per_orang=20_000)
    assert list(s.kelompok) == ["RT_RW", "PETUGAS_AD_HOC"]  # the contract's order
    assert s.kelompok["RT_RW"].iuran_dibutuhkan_per_bulan_rp == 450 * 20_000
    assert s.total.to_json_dict(with_month=False)["sasaran"] == 4_600
    monkeypatch.setenv("CAKUPAN_IURAN_PER_ORANG", "17.500")
    assert default_iuran() == 17_500 and kelompok(group_store, Scope.wilayah("15"), AUG).iuran_per_orang_rp == 17_500
    monkeypatch.setenv("CAKUPAN_IURAN_PER_ORANG", "banyak")
    assert default_iuran() == DEFAULT_IURAN == 16_800


def test_default_period_and_no_data(group_store):  # noqa: F811
    s = kelompok(group_store, Scope.wilayah("16"))
    assert s.periode == dt.date(2026, 10, 1)  # the latest report month in the scope
    assert s.kelompok["NON_ASN"].sasaran == 2_500  # October's 2.000 / 2.000 + 16.71's 500
    with pytest.raises(DataKosong):
        kelompok(group_store, Scope.wilayah("61"))
    with pytest.raises(DataKosong):
        kelompok(group_store, Scope.wilayah("15"), dt.date(2026, 7, 1))  # Jambi's report is August's


def test_coverage_rounds_half_away_from_zero():
    assert coverage_percent(1, 800) == 0.13  # 0,125
    assert coverage_percent(5, 0) is None


def test_the_pages_breakdowns(group_store):  # noqa: F811
    from analytics.kelompok.breakdown import by_funding, by_subarea, coverage_by_month, stale
    from analytics.kelompok.summary import latest_reports

    sub = by_subarea(group_store, Scope.wilayah("16"), AUG, 16_800)
    assert [tuple(r) for r in sub.itertuples(index=False)] == [  # lowest coverage first
        ("16.02", "Ogan Komering Ilir", 4_000, 1_000, 3_000, 25.0, 50_400_000),
        ("16.01", "Ogan Komering Ulu", 1_500, 800, 700, 53.33, 11_760_000),  # 80.000 ÷ 1.500 = 53,33
        ("16.71", "Kota Palembang", 500, 500, 0, 100.0, 0),
    ]
    reports = latest_reports(group_store, Scope.wilayah("16"), AUG)
    funding = by_funding(reports).set_index("kelompok")
    assert list(funding.columns) == ["APBD", "APBDES", "APBN", "–"]
    assert funding.loc["NON_ASN"].tolist() == [1_200, 100, 0, 0]  # 700 + 500 from APBD, 100 from APBDes
    assert funding.loc["PETUGAS_AD_HOC", "APBN"] == 1_000
    names = {"16.02": "Ogan Komering Ilir"}
    old = stale(reports, AUG, names)  # more than 6 months: only 16.02's November 2025 report
    assert [tuple(r) for r in old.itertuples(index=False)] == [
        ("16.02", "Ogan Komering Ilir", "PETUGAS_AD_HOC", dt.date(2025, 11, 1), 9)
    ]
    months = coverage_by_month(group_store, Scope.wilayah("16"), AUG).set_index("periode")
    assert months.index[0] == dt.date(2025, 11, 1) and len(months) == 10  # from the first report
    assert months.loc[dt.date(2026, 2, 1)].tolist() == [4_500, 1_500, 33.33]
    assert months.loc[dt.date(2026, 3, 1)].tolist() == [5_500, 1_900, 34.55]  # 34,545… half away
    assert months.loc[AUG].tolist() == [6_000, 2_300, 38.33]
