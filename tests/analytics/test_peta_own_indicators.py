"""The map's indicators with their own datasets (issue 12): `kecelakaan` (cases per 100.000
participants in the quarter) and `kelompok` (special-group coverage %), figures by hand in
test_kecelakaan and test_kelompok."""

from __future__ import annotations

import datetime as dt

from analytics.reports import peta
from analytics.scope import Scope
from tests.analytics import peta_fixtures
from tests.analytics.kecelakaan_fixtures import accident_db, accident_store  # noqa: F401
from tests.analytics.kelompok_fixtures import group_db, group_store  # noqa: F401

squares = peta_fixtures.squares
AUG = dt.date(2026, 8, 1)


def values(p) -> dict:
    return {r.kode_wilayah: (None if r.nilai != r.nilai else r.nilai, r.teks) for r in p.values.itertuples()}


def test_accidents_per_100k_participants(accident_store, squares):  # noqa: F811
    p = peta.build(accident_store, Scope.wilayah("16"), AUG, "kecelakaan")
    # 16.02 and 16.03 reported no month of the quarter: no data, not a rate of 0
    assert values(p) == {"16.01": (12.12, "12,12"), "16.02": (None, "tidak ada data"),
                         "16.03": (None, "tidak ada data"), "16.71": (6.92, "6,92")}  # fmt: skip
    assert p.title == "Kecelakaan per 100.000 peserta — Sumatera Selatan, Agustus 2026"
    assert p.legend[-1].count == 2  # the no-data class


def test_special_group_coverage(group_store, squares):  # noqa: F811
    p = peta.build(group_store, Scope.wilayah("16"), AUG, "kelompok", "interval", 3)
    assert values(p) == {"16.01": (53.33, "53,3%"), "16.02": (25.0, "25,0%"), "16.03": (None, "tidak ada data"),
                         "16.71": (100.0, "100,0%")}  # fmt: skip
    # a kab/kota among its province's: its own figure
    own = peta.build(group_store, Scope.wilayah("16.02"), AUG, "kelompok")
    assert values(own) == {"16.02": (25.0, "25,0%")}
