"""The months offered by the period selector."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from analytics import periods
from analytics.scope import Level, Scope
from tests import tiny_store


@pytest.fixture
def con(tmp_path):
    tiny_store.create_filled(tmp_path / "s.duckdb")
    return duckdb.connect(str(tmp_path / "s.duckdb"))


def test_months_newest_first(con):
    assert periods.months_available(con) == [dt.date(2026, 10, 1), dt.date(2026, 9, 1)]
    assert periods.latest_month(con) == dt.date(2026, 10, 1)


def test_months_within_a_scope(con):
    # Kota Jambi only has September; Kota Pontianak only October.
    assert periods.months_available(con, Scope(Level.KABKOTA, "15.71")) == [dt.date(2026, 9, 1)]
    assert periods.months_available(con, Scope(Level.PROVINSI, "61")) == [dt.date(2026, 10, 1)]


def test_empty_store_has_no_months(tmp_path):
    tiny_store.create_empty(tmp_path / "e.duckdb")
    con = duckdb.connect(str(tmp_path / "e.duckdb"))
    assert periods.months_available(con) == []
    assert periods.latest_month(con) is None


def test_parse_month():
    assert periods.parse_month("2026-10") == dt.date(2026, 10, 1)
    assert periods.parse_month(" 2026-10 ") == dt.date(2026, 10, 1)


@pytest.mark.parametrize("text", ["2026-1", "2026-13", "10/2026", "", "x-y", "2026-10-01"])
def test_parse_month_refuses_anything_else(text):
    with pytest.raises(ValueError, match="periode harus berbentuk YYYY-MM"):
        periods.parse_month(text)


def test_employer_snapshot_months_are_offered_but_membership_months_open_the_view(con):
    """Offices load the employer file before the month's membership report: its month can be
    chosen (the headline shows what exists), but the view still opens on the latest membership."""
    con.execute("""INSERT INTO perusahaan (periode, nama_perusahaan, kode_wilayah, sektor, skala, status,
                   tk_wajib, tk_terdaftar, tunggakan_rp, bulan_tunggakan)
                   VALUES (DATE '2026-12-01', 'PT Baru', '16.10', 'C', 'KECIL', 'BELUM_DAFTAR', 5, 0, 0, 0)""")
    assert periods.months_available(con) == [dt.date(2026, 12, 1), dt.date(2026, 10, 1), dt.date(2026, 9, 1)]
    assert periods.default_month(con) == dt.date(2026, 10, 1)
    # A scope with employers but no membership yet opens on its snapshot.
    con.execute("DELETE FROM kepesertaan WHERE left(kode_wilayah, 2) = '16'")
    assert periods.default_month(con, Scope(Level.KABKOTA, "16.10")) == dt.date(2026, 12, 1)
    assert periods.default_month(con, Scope(Level.KABKOTA, "15.71")) == dt.date(2026, 9, 1)
