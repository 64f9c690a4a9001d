"""The headline of a scope (issue 3): counts, pace, status, workforce, employers.

Figures from tests/analytics/coverage_fixtures.py, computed by hand in the comments. Period: August
2026 unless a test says otherwise; "three months earlier" is May 2026.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from analytics.coverage import DataKosong, Headline, headline
from analytics.coverage.metrics import JSON_FIELDS
from analytics.coverage.parts import PART_FIELDS
from analytics.scope import Level, Scope, ScopeError
from tests.analytics import coverage_fixtures
from tests.analytics.coverage_fixtures import insert_aktif

# Fixtures shared by the coverage tests (tests/analytics/conftest.py belongs to the import tests).
coverage_empty_store = coverage_fixtures.coverage_empty_store
coverage_store = coverage_fixtures.coverage_store

AUG = dt.date(2026, 8, 1)


def test_headline_fields_are_the_json_keys_plus_the_projection_range():
    names = [f.name for f in dataclasses.fields(Headline)]
    assert names == [*JSON_FIELDS, "proyeksi_bawah", "proyeksi_atas", *PART_FIELDS]
    assert Headline.__dataclass_params__.frozen


def test_province_headline(coverage_store):
    h = headline(coverage_store, Scope.wilayah("16"), AUG)
    # aktif Aug: 33.000 + 121.000 + 79.333 + 260.000 = 493.333
    # aktif May: 30.000 + 118.750 + 76.333 + 255.000 = 480.083
    # target 500.000 → gap 6.667, capaian 98,6666% ; 4 months left → ⌈6.667 / 4⌉ = ⌈1.666,75⌉ = 1.667
    # laju aktual (493.333 − 480.083) / 3 = 13.250 / 3 = 4.416,67 → 4.417 ≥ 1.667 → SESUAI_JALUR
    # workforce 1.000.000 (2026) → cakupan 49,3333% ; employers: 16.71 3 (June snapshot) + 16.01 1
    # projection: linear through May 480.083 and Aug 493.333 (4.416,67 a month) to December:
    #   493.333 + 4 × 4.416,67 = 511.000
    assert h.to_json_dict() == coverage_fixtures.SUMSEL_AUG_JSON
    assert h.capaian_persen == pytest.approx(98.6666)
    assert h.periode == AUG and h.batas_waktu == dt.date(2026, 12, 31)
    # Two observed months only: no backtest error at a 4-month horizon, so no range.
    assert (h.proyeksi_bawah, h.proyeksi_atas) == (None, None)


def test_office_headline_crossing_a_province_border(coverage_store):
    h = headline(coverage_store, Scope(Level.KANTOR, "KC02"), AUG)
    # 16.02 + 15.01: aktif 121.000 + 15.000 = 136.000; May 118.750 + 14.400 = 133.150
    # target 125.000 + 20.000 = 145.000 → gap 9.000, capaian 93,7931% → 93,79
    # deadline max(31-12, 31-10) → 4 months → 2.250 a month; laju (2.850 / 3) = 950 → 950 < 1.687,5
    # → TERTINGGAL ; workforce 300.000 + 50.000 = 350.000 → 38,857% → 38,86 ; no employer data
    got = h.to_json_dict()
    assert got["wilayah"] == "KC02" and got["nama"] == "KC Lintas Batas"
    assert (got["peserta_aktif"], got["target_peserta"], got["target_dialokasikan"]) == (
        136_000,
        145_000,
        True,
    )
    assert (got["capaian_persen"], got["gap"], got["batas_waktu"], got["bulan_tersisa"]) == (
        93.79,
        9_000,
        "2026-12-31",
        4,
    )
    assert (got["laju_dibutuhkan_per_bulan"], got["laju_aktual_per_bulan"], got["status"]) == (
        2_250,
        950,
        "TERTINGGAL",
    )
    assert (got["penduduk_bekerja"], got["tahun_penduduk_bekerja"], got["cakupan_persen"]) == (
        350_000,
        2026,
        38.86,
    )
    assert got["perusahaan_aktif"] is None


def test_kanwil_headline_is_named_and_summed(coverage_store):
    h = headline(coverage_store, Scope(Level.KANWIL, "Sumbagsel"), AUG)
    # 16.71 260.000 + 16.01 33.000 + 16.02 121.000 + 15.01 15.000 = 429.000
    assert (h.wilayah, h.nama, h.peserta_aktif, h.target_peserta) == (
        "Sumbagsel",
        "Kanwil Sumbagsel",
        429_000,
        436_667,
    )


def test_national_headline(coverage_store):
    h = headline(coverage_store, Scope.nasional(), AUG)
    # aktif 493.333 + (15.000 + 31.000) + 20.000 = 559.333 ; May 480.083 + 44.500 = 524.583
    # (61.71 has no May: the national sum at May is literally what is loaded)
    # target 574.000 → gap 14.667, capaian 97,4448% → 97,44 ; ⌈14.667 / 4⌉ = 3.667
    # laju (559.333 − 524.583) / 3 = 11.583,33 → 11.583 → SESUAI_JALUR
    # workforce 1.000.000 + 50.000 + 70.000 (15.71, 2025) + 80.000 = 1.200.000, oldest year 2025
    # cakupan 46,611% → 46,61
    got = h.to_json_dict()
    assert got["wilayah"] is None and got["nama"] == "Indonesia"
    assert (got["peserta_aktif"], got["target_peserta"], got["gap"], got["capaian_persen"]) == (
        559_333,
        574_000,
        14_667,
        97.44,
    )
    assert (got["laju_dibutuhkan_per_bulan"], got["laju_aktual_per_bulan"], got["status"]) == (
        3_667,
        11_583,
        "SESUAI_JALUR",
    )
    assert (got["penduduk_bekerja"], got["tahun_penduduk_bekerja"], got["cakupan_persen"]) == (
        1_200_000,
        2025,
        46.61,
    )


def test_workforce_falls_back_to_the_latest_earlier_year(coverage_store):
    # 15.71 has 2024 (65.000) and 2025 (70.000), not 2026 → 70.000 from 2025; 31.000 / 70.000 = 44,2857%
    h = headline(coverage_store, Scope.wilayah("15.71"), AUG)
    assert (h.penduduk_bekerja, h.tahun_penduduk_bekerja) == (70_000, 2025)
    assert h.to_json_dict()["cakupan_persen"] == 44.29
    # Jambi mixes 2026 (15.01) and 2025 (15.71): the oldest year used is reported.
    assert (headline(coverage_store, Scope.wilayah("15"), AUG).tahun_penduduk_bekerja) == 2025


def test_no_workforce_at_or_before_the_year_gives_no_coverage(coverage_store):
    coverage_store.execute("DELETE FROM penduduk_bekerja WHERE kode_wilayah = '61.71'")
    coverage_store.execute("DELETE FROM target WHERE kode_wilayah = '61'")
    h = headline(coverage_store, Scope.wilayah("61.71"), AUG)
    assert (h.penduduk_bekerja, h.tahun_penduduk_bekerja, h.cakupan_persen) == (None, None, None)


def test_fewer_than_three_months_of_history_gives_no_pace_and_no_status(coverage_store):
    # 61.71 has July and August only; target 24.000 (allocated), aktif 20.000 → gap 4.000 but no
    # May figure: laju_aktual None, so the status cannot be judged (None), not TERTINGGAL.
    h = headline(coverage_store, Scope.wilayah("61.71"), AUG)
    assert (h.gap, h.laju_dibutuhkan_per_bulan, h.laju_aktual_per_bulan, h.status) == (
        4_000,
        1_000,
        None,
        None,
    )


def test_reached_target_is_tercapai_even_without_pace(coverage_store):
    # 16.71 in May: 255.000 ≥ 250.000 → gap 0, TERCAPAI though February is missing.
    h = headline(coverage_store, Scope.wilayah("16.71"), dt.date(2026, 5, 1))
    assert (h.gap, h.laju_dibutuhkan_per_bulan, h.laju_aktual_per_bulan, h.status) == (0, 0, None, "TERCAPAI")
    assert h.to_json_dict()["capaian_persen"] == 102.0


def boundary_store(con, aktif_may: int, target: int = 100_000, batas="2026-12-31"):
    """16.71 alone: target `target`, 96.000 active in August, `aktif_may` in May."""
    con.execute(
        "INSERT INTO target VALUES (2026, '16.71', 'SEMUA', ?, NULL, CAST(? AS DATE), NULL)", [target, batas]
    )
    insert_aktif(con, "16.71", "2026-05", aktif_may)
    insert_aktif(con, "16.71", "2026-08", 96_000)
    return headline(con, Scope.wilayah("16.71"), AUG)


@pytest.mark.parametrize(
    "aktif_may, laju_aktual, status",
    [
        # gap 4.000 over 4 months → 1.000 needed a month; 75% of it is 750.
        (93_000, 1_000, "SESUAI_JALUR"),  # 3.000 / 3 = 1.000: exactly the pace needed
        (93_001, 1_000, "SESUAI_JALUR"),  # 2.999 / 3 = 999,67 → 1.000 (rounded before comparing)
        (93_002, 999, "BERISIKO"),  # 2.998 / 3 = 999,33 → 999
        (93_750, 750, "BERISIKO"),  # 2.250 / 3 = 750: exactly 75%
        (93_751, 750, "BERISIKO"),  # 2.249 / 3 = 749,67 → 750
        (93_752, 749, "TERTINGGAL"),  # 2.248 / 3 = 749,33 → 749: below 75%
        (96_300, -100, "TERTINGGAL"),  # shrinking: −300 / 3 = −100
    ],
)
def test_status_boundaries(coverage_empty_store, aktif_may, laju_aktual, status):
    h = boundary_store(coverage_empty_store, aktif_may)
    assert (h.gap, h.bulan_tersisa, h.laju_dibutuhkan_per_bulan) == (4_000, 4, 1_000)
    assert (h.laju_aktual_per_bulan, h.status) == (laju_aktual, status)


def test_pace_needed_rounds_up(coverage_empty_store):
    # gap 100.001 − 96.000 = 4.001 over 4 months = 1.000,25 → 1.001
    h = boundary_store(coverage_empty_store, 93_000, target=100_001)
    assert h.laju_dibutuhkan_per_bulan == 1_001
    assert h.status == "BERISIKO"  # 1.000 < 1.001, 4 × 1.000 ≥ 3 × 1.001


@pytest.mark.parametrize("batas", ["2026-08-31", "2026-07-31"])
def test_deadline_passed_with_a_gap_is_tertinggal(coverage_empty_store, batas):
    # No month left (deadline in or before August): nothing can be "needed per month"; off track.
    h = boundary_store(coverage_empty_store, 80_000, batas=batas)
    assert (h.bulan_tersisa, h.gap, h.laju_dibutuhkan_per_bulan, h.status) == (0, 4_000, None, "TERTINGGAL")


def test_deadline_passed_without_a_gap_is_tercapai(coverage_empty_store):
    h = boundary_store(coverage_empty_store, 80_000, target=90_000, batas="2026-07-31")
    assert (h.bulan_tersisa, h.gap, h.laju_dibutuhkan_per_bulan, h.status) == (0, 0, 0, "TERCAPAI")


def test_employers_come_from_each_areas_latest_snapshot_at_or_before_the_period(coverage_store):
    # 16.71: June snapshot (3 AKTIF; NONAKTIF and BELUM_DAFTAR not counted; September is later)
    assert headline(coverage_store, Scope.wilayah("16.71"), AUG).perusahaan_aktif == 3
    # In May the latest snapshot is March: 2 AKTIF
    assert headline(coverage_store, Scope.wilayah("16.71"), dt.date(2026, 5, 1)).perusahaan_aktif == 2
    # KC01 = 16.71 (3, June) + 16.01 (1, March: its own latest)
    assert headline(coverage_store, Scope(Level.KANTOR, "KC01"), AUG).perusahaan_aktif == 4


def test_default_period_is_the_scopes_latest_complete_month(coverage_store):
    # September holds Palembang only: complete for Palembang, 1 of 7 nationally (issue 11: before,
    # one regency's upload moved every national view to September)
    insert_aktif(coverage_store, "16.71", "2026-09", 262_000)
    assert headline(coverage_store, Scope.nasional()).periode == AUG
    assert headline(coverage_store, Scope.wilayah("16")).periode == AUG
    assert headline(coverage_store, Scope.wilayah("16.71")).periode == dt.date(2026, 9, 1)
    assert headline(coverage_store, Scope.wilayah("15")).periode == AUG


def test_month_without_data_gives_no_counts(coverage_store):
    h = headline(coverage_store, Scope.wilayah("16"), dt.date(2026, 6, 1))
    assert (h.peserta_aktif, h.capaian_persen, h.gap, h.status, h.cakupan_persen) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert h.target_peserta == 500_000  # the target itself is known


def test_scope_without_any_data_raises_data_kosong(coverage_empty_store):
    with pytest.raises(DataKosong):
        headline(coverage_empty_store, Scope.wilayah("16"))


@pytest.mark.parametrize(
    "scope",
    [Scope.wilayah("99"), Scope.wilayah("16.99"), Scope(Level.KANTOR, "KC99"), Scope(Level.KANWIL, "Papua")],
)
def test_unknown_area_raises_scope_error(coverage_store, scope):
    with pytest.raises(ScopeError):
        headline(coverage_store, scope, AUG)
