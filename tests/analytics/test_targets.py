"""Target resolution (issue 3): set, percentage, allocated, summed; deadlines of aggregates.

Figures come from tests/analytics/coverage_fixtures.py (see its docstring); each is worked out by
hand in a comment. Period: August 2026.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics.coverage import coverage_by_subarea, headline
from analytics.scope import Level, Scope
from tests.analytics import coverage_fixtures
from tests.analytics.coverage_fixtures import insert_aktif

# Fixtures shared by the coverage tests (tests/analytics/conftest.py belongs to the import tests).
coverage_empty_store = coverage_fixtures.coverage_empty_store
coverage_store = coverage_fixtures.coverage_store

AUG = dt.date(2026, 8, 1)
DEC31 = dt.date(2026, 12, 31)


def target_of(con, scope, periode=AUG):
    h = headline(con, scope, periode)
    return h.target_peserta, h.target_dialokasikan, h.batas_waktu


def test_target_set_at_the_area_is_used_as_set(coverage_store):
    assert target_of(coverage_store, Scope.wilayah("16.71")) == (250_000, False, DEC31)
    assert target_of(coverage_store, Scope.wilayah("16")) == (500_000, False, DEC31)


def test_percentage_target_becomes_a_count_of_the_areas_workforce(coverage_store):
    # 15.01: 40% × 50.000 = 20.000
    assert target_of(coverage_store, Scope.wilayah("15.01")) == (20_000, False, dt.date(2026, 10, 31))
    # 61: 30% × 80.000 (its only kab/kota) = 24.000
    assert target_of(coverage_store, Scope.wilayah("61")) == (24_000, False, DEC31)


def test_province_target_is_allocated_by_workforce_after_kabkota_targets(coverage_store):
    # 500.000 − 250.000 (16.71, set) = 250.000 shared over 16.01/16.02/16.03 with workforce
    # 100.000 / 300.000 / 200.000 (of 600.000):
    #   16.01: 250.000 × 1/6 = 41.666,67 → 41.667
    #   16.02: 250.000 × 3/6 = 125.000
    #   16.03: 250.000 × 2/6 = 83.333,33 → 83.333
    frame = coverage_by_subarea(coverage_store, Scope.wilayah("16"), AUG)
    got = frame[["wilayah", "target_peserta", "target_dialokasikan", "batas_waktu"]]
    dec31 = pd.Timestamp(DEC31)
    assert got.to_dict("records") == [
        {"wilayah": "16.01", "target_peserta": 41_667, "target_dialokasikan": True, "batas_waktu": dec31},
        {"wilayah": "16.02", "target_peserta": 125_000, "target_dialokasikan": True, "batas_waktu": dec31},
        {"wilayah": "16.03", "target_peserta": 83_333, "target_dialokasikan": True, "batas_waktu": dec31},
        {"wilayah": "16.71", "target_peserta": 250_000, "target_dialokasikan": False, "batas_waktu": dec31},
    ]


def test_province_target_without_kabkota_targets_is_allocated_whole(coverage_store):
    # 61 has one kab/kota: it receives all 24.000, marked allocated.
    assert target_of(coverage_store, Scope.wilayah("61.71")) == (24_000, True, DEC31)


def test_allocation_rounds_halves_away_from_zero(coverage_empty_store):
    # Province 16 target 5 over 16.01 and 16.02 with equal workforce: 2,5 each → 3 each.
    con = coverage_empty_store
    con.execute("INSERT INTO penduduk_bekerja VALUES (2026, '16.01', 10, NULL, NULL, NULL)")
    con.execute("INSERT INTO penduduk_bekerja VALUES (2026, '16.02', 10, NULL, NULL, NULL)")
    con.execute("INSERT INTO target VALUES (2026, '16', 'SEMUA', 5, NULL, DATE '2026-12-31', NULL)")
    insert_aktif(con, "16.01", "2026-08", 1_000)
    assert target_of(con, Scope.wilayah("16.01"))[0] == 3
    assert target_of(con, Scope.wilayah("16.02"))[0] == 3


def test_percentage_half_rounds_up(coverage_empty_store):
    # 12,5% × 1.004 = 125,5 → 126 (nearest person, halves away from zero)
    con = coverage_empty_store
    con.execute("INSERT INTO penduduk_bekerja VALUES (2026, '16.01', 1004, NULL, NULL, NULL)")
    con.execute("INSERT INTO target VALUES (2026, '16.01', 'SEMUA', NULL, 12.5, DATE '2026-12-31', NULL)")
    insert_aktif(con, "16.01", "2026-08", 100)
    assert target_of(con, Scope.wilayah("16.01"))[0] == 126


def test_kabkota_targets_above_the_province_target_leave_nothing_to_allocate(coverage_store):
    coverage_store.execute("UPDATE target SET target_peserta = 600000 WHERE kode_wilayah = '16.71'")
    # 500.000 − 600.000 < 0 → 0 to share: the others get 0, still marked allocated.
    assert target_of(coverage_store, Scope.wilayah("16.01")) == (0, True, DEC31)
    assert target_of(coverage_store, Scope.wilayah("16")) == (500_000, False, DEC31)


def test_province_without_own_target_sums_its_kabkota_targets(coverage_store):
    # Jambi: 20.000 (15.01, 40%) + 30.000 (15.71) = 50.000; deadline: the LATEST of
    # 31-10-2026 and 30-11-2026.
    assert target_of(coverage_store, Scope.wilayah("15")) == (50_000, False, dt.date(2026, 11, 30))


def test_office_crossing_a_province_border_sums_each_sides_targets(coverage_store):
    # KC02 serves 16.02 (allocated from Sumatera Selatan: 125.000, deadline 31-12-2026) and 15.01
    # (set in Jambi: 20.000, deadline 31-10-2026) → 145.000, allocated, latest deadline 31-12-2026.
    assert target_of(coverage_store, Scope(Level.KANTOR, "KC02")) == (145_000, True, DEC31)


def test_office_with_only_set_targets_is_not_marked_allocated(coverage_store):
    # KC03 serves 15.71 (set 30.000) and 16.03 (allocated 83.333) → allocated;
    # make 16.03 set too and it is not.
    assert target_of(coverage_store, Scope(Level.KANTOR, "KC03")) == (113_333, True, DEC31)
    coverage_store.execute(
        "INSERT INTO target VALUES (2026, '16.03', 'SEMUA', 80000, NULL, DATE '2026-09-30', NULL)"
    )
    # 30.000 + 80.000; deadlines 30-11-2026 and 30-09-2026 → 30-11-2026
    assert target_of(coverage_store, Scope(Level.KANTOR, "KC03")) == (110_000, False, dt.date(2026, 11, 30))


def test_kanwil_sums_its_offices_kabkota(coverage_store):
    # Sumbagsel = KC01 (16.71 250.000 + 16.01 41.667) + KC02 (16.02 125.000 + 15.01 20.000)
    #           = 436.667
    assert target_of(coverage_store, Scope(Level.KANWIL, "Sumbagsel")) == (436_667, True, DEC31)


def test_national_target_is_the_sum_of_province_targets(coverage_store):
    # 16: 500.000 + 15: 50.000 + 61: 24.000 = 574.000; latest deadline 31-12-2026
    assert target_of(coverage_store, Scope.nasional()) == (574_000, False, DEC31)


def test_a_national_target_row_keyed_00_overrides_the_sum(coverage_store):
    coverage_store.execute(
        "INSERT INTO target VALUES (2026, '00', 'SEMUA', 600000, NULL, DATE '2026-10-31', NULL)"
    )
    assert target_of(coverage_store, Scope.nasional()) == (600_000, False, dt.date(2026, 10, 31))


def test_targets_of_other_years_and_segments_are_ignored(coverage_store):
    # The fixture also has 16/PU 400.000 (2026) and 16/SEMUA 450.000 (2025).
    assert target_of(coverage_store, Scope.wilayah("16"))[0] == 500_000


def test_no_target_gives_no_gap_status_or_projection(coverage_store):
    coverage_store.execute("DELETE FROM target WHERE kode_wilayah = '61'")
    h = headline(coverage_store, Scope.wilayah("61.71"), AUG)
    assert (h.target_peserta, h.target_dialokasikan, h.capaian_persen, h.gap) == (None, None, None, None)
    assert (h.batas_waktu, h.bulan_tersisa, h.laju_dibutuhkan_per_bulan, h.status) == (None, None, None, None)
    assert h.proyeksi_batas_waktu is None


@pytest.mark.parametrize(
    "batas_waktu, bulan_tersisa",
    [
        (dt.date(2026, 12, 31), 4),  # Sep, Oct, Nov, Dec
        (dt.date(2026, 9, 1), 1),
        (dt.date(2026, 8, 31), 0),  # the period's own month: nothing left
        (dt.date(2027, 3, 31), 7),
    ],
)
def test_months_left_count_after_the_period_up_to_the_deadline_month(
    coverage_store, batas_waktu, bulan_tersisa
):
    coverage_store.execute(
        "UPDATE target SET batas_waktu = ? WHERE kode_wilayah = '16' AND tahun = 2026", [batas_waktu]
    )
    h = headline(coverage_store, Scope.wilayah("16"), AUG)
    assert (h.batas_waktu, h.bulan_tersisa) == (batas_waktu, bulan_tersisa)
