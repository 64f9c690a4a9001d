"""The shared CTEs: actions in scope and period, keyed by employer; one row per case.

`cases_cte` returns the text of a WITH clause (ending with the `cases` CTE) and its parameters;
callers append their own CTEs and final SELECT. Values are always parameters; the only identifiers
interpolated are the scope's column (checked by Scope.kabkota_filter).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from analytics import sqlfile
from analytics.contract import KATEGORI
from analytics.enforcement.settings import EnforcementSettings, month_end, reference_day
from analytics.scope import Scope

_EPOCH = "DATE '2000-01-01'"
# Orders actions by date, then by ladder position (1..8, PATUH last) on the same date.
ORDER_KEY = f"(date_diff('day', {_EPOCH}, tanggal) * 10 + rank)"


def actions_cte(
    scope: Scope, periode: dt.date, kategori: str | None, *, documents: bool = False, only: tuple[str, list] = ("", [])
) -> tuple[str, list]:
    """`acts` (actions in scope up to the period's end, with `rank`) and `keyed` (+ perusahaan_id).

    `documents` adds nomor_dokumen and catatan (only the timeline shows them; `acts` is read three
    times, so DuckDB materialises it whole and carrying two unused text columns costs ~10%).
    `only`: a further condition on the actions read ("AND …") and its parameters.
    """
    cond, kat, params = action_filter(scope, periode, kategori)
    docs = " nomor_dokumen, catatan," if documents else ""
    sql = sqlfile.read(__file__, "actions.sql").format(cond=cond, docs=docs, kat=kat, only=only[0])
    return sql, [*params, *only[1]]


def action_filter(scope: Scope, periode: dt.date, kategori: str | None) -> tuple[str, str, list]:
    """Which actions a view reads, as SQL for `WHERE {cond} AND tanggal <= ? {kat}`: the scope's
    condition, the category's (empty for all) and their parameters in that order."""
    cond, params = scope.kabkota_filter("kode_wilayah")
    if kategori is not None and kategori not in KATEGORI:
        raise ValueError(f"unknown kategori: {kategori!r}")
    kat = "AND kategori = ?" if kategori else ""
    return cond, kat, [*params, month_end(periode), *([kategori] if kategori else [])]


def cases_days_cte(
    scope: Scope, periode: dt.date, kategori: str | None = None, today: dt.date | None = None
) -> tuple[str, list]:
    """WITH acts, keyed, …, cases_days: one row per (perusahaan_id, kategori) with its current stage
    and days at it (everything of a case but the overdue setting's verdict)."""
    acts, params = actions_cte(scope, periode, kategori)
    sql = sqlfile.read(__file__, "cases.sql").format(acts=acts, order_key=ORDER_KEY)
    return sql, [*params, reference_day(periode, today)]


def _cases_now(settings: EnforcementSettings) -> tuple[str, list]:
    final, b = list(settings.final_stages), settings.batas_hari
    return sqlfile.read(__file__, "cases_now.sql"), [final, b, final, b, b]


def cases_cte(
    scope: Scope,
    periode: dt.date,
    settings: EnforcementSettings,
    kategori: str | None = None,
    today: dt.date | None = None,
) -> tuple[str, list]:
    """WITH acts, keyed, …, cases_now: one row per (perusahaan_id, kategori) with its current stage
    and whether it is overdue."""
    days, params = cases_days_cte(scope, periode, kategori, today)
    now, now_params = _cases_now(settings)
    return f"{days},\n{now}", [*params, *now_params]


@dataclass(frozen=True)
class CaseTable:
    """The scope's cases computed once (`case_table`): every query of a page view that reads them
    (the funnel, the list, a search, the outcomes) reads these rows instead of keying every action of
    the scope again, 0,2–0,3 s nationally each. The arguments say which cases they are."""

    scope: Scope
    periode: dt.date
    kategori: str | None
    today: dt.date | None
    rows: pa.Table  # cases_days' columns


def case_table(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    kategori: str | None = None,
    today: dt.date | None = None,
) -> CaseTable:
    """cases_days of the scope, periode, category and day, as rows held in memory."""
    days, params = cases_days_cte(scope, periode, kategori, today)
    # On a cursor of its own: the relation API refuses a connection with a result still unread, and
    # the DB-API's Arrow output copies every row once more.
    cursor = con.cursor()
    try:
        rows = cursor.sql(f"{days} SELECT * FROM cases_days", params=params).to_arrow_table()
    finally:
        cursor.close()
    return CaseTable(scope, periode, kategori, today, rows)


@contextmanager
def cases_source(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    settings: EnforcementSettings,
    kategori: str | None,
    today: dt.date | None,
    table: CaseTable | None,
) -> Iterator[tuple[duckdb.DuckDBPyConnection, str, list]]:
    """The connection to run on, the WITH clause ending in cases_now and its parameters: computed
    from the actions on `con`, or read from `table` when it holds these same cases (on a cursor of
    its own where the rows are registered: the caller's connection may hold a result not yet read,
    and a name registered there would outlive the statement)."""
    if table is None:
        yield (con, *cases_cte(scope, periode, settings, kategori, today))
        return
    if (table.scope, table.periode, table.kategori, table.today) != (scope, periode, kategori, today):
        raise ValueError("the case table holds other cases than the ones asked for")
    now, params = _cases_now(settings)
    cursor = con.cursor()
    try:
        cursor.register("kasus_dihitung", table.rows)
        yield cursor, f"WITH cases_days AS (FROM kasus_dihitung),\n{now}", params
    finally:
        cursor.close()
