"""Months: parsing `YYYY-MM`, the latest loaded month of a scope, month arithmetic."""

from __future__ import annotations

import datetime as dt

import duckdb

from analytics.errors import DataKosong
from analytics.periods import default_month, latest_month, parse_month  # noqa: F401 — re-exported
from analytics.scope import Scope


def month_index(d: dt.date) -> int:
    """Months since year 0, so that differences of two indexes count months."""
    return 12 * d.year + d.month - 1


def add_months(d: dt.date, n: int) -> dt.date:
    i = month_index(d) + n
    return dt.date(i // 12, i % 12 + 1, 1)


def latest_period(con: duckdb.DuckDBPyConnection, scope: Scope) -> dt.date | None:
    """The latest month with membership data for any kabupaten/kota in the scope."""
    return latest_month(con, scope)


def resolve_period(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None) -> dt.date:
    """The month asked for (as its first day), else the scope's latest with membership data, else its
    latest employer snapshot (a headline of what exists); DataKosong if neither is loaded."""
    if periode is not None:
        return dt.date(periode.year, periode.month, 1)
    latest = default_month(con, scope)
    if latest is None:
        raise DataKosong("belum ada data kepesertaan untuk wilayah ini")
    return latest
