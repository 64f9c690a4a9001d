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


@pytest.mark.parametrize(
    "text,expected",
    [("2026-10", dt.date(2026, 10, 1)), ("2026-1", None), ("2026-13", None), ("10/2026", None),
     ("", None), ("x-y", None), ("2026-10-01", None)],
)
def test_parse_month(text, expected):
    assert periods.parse_month(text) == expected
