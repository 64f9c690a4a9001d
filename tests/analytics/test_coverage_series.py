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
