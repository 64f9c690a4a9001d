"""The months a user can choose as the period of a view.

The period selector offers the months that hold membership data (`kepesertaan`), the backbone of
every page; other datasets are matched to that month by each query (latest snapshot or year on or
before it).
"""

from __future__ import annotations

import datetime as dt

import duckdb

from analytics.scope import Scope

NATIONAL = Scope.nasional()


def months_available(con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL) -> list[dt.date]:
    """Months (first day) with kepesertaan rows in `within`, newest first."""
    cond, params = within.kabkota_filter("kode_wilayah")
    rows = con.execute(
        f"SELECT DISTINCT periode FROM kepesertaan WHERE {cond} ORDER BY periode DESC", params
    ).fetchall()
    return [r[0] for r in rows]


def latest_month(con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL) -> dt.date | None:
    """The newest month with kepesertaan data for any kabupaten/kota in `within`; None if none."""
    cond, params = within.kabkota_filter("kode_wilayah")
    # fetchall, not fetchone: DuckDB 2.0 blocks sql()/register() on a half-read result.
    return con.execute(f"SELECT max(periode) FROM kepesertaan WHERE {cond}", params).fetchall()[0][0]


def parse_month(text: str) -> dt.date | None:
    """`2026-10` -> date(2026, 10, 1); anything else (from a URL) -> None."""
    try:
        year, month = text.split("-")
        if len(year) != 4 or len(month) != 2:
            return None
        return dt.date(int(year), int(month), 1)
    except (ValueError, AttributeError):
        return None
