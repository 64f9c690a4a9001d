"""The shared CTEs: actions in scope and period, keyed by employer; one row per case.

`cases_cte` returns the text of a WITH clause (ending with the `cases` CTE) and its parameters;
callers append their own CTEs and final SELECT. Values are always parameters; the only identifiers
interpolated are the scope's column (checked by Scope.kabkota_filter).
"""

from __future__ import annotations

import datetime as dt

from analytics import sqlfile
from analytics.contract import KATEGORI
from analytics.enforcement.settings import EnforcementSettings, month_end, reference_day
from analytics.scope import Scope

_EPOCH = "DATE '2000-01-01'"
# Orders actions by date, then by ladder position (1..8, PATUH last) on the same date.
ORDER_KEY = f"(date_diff('day', {_EPOCH}, tanggal) * 10 + rank)"


def actions_cte(
    scope: Scope, periode: dt.date, kategori: str | None, *, documents: bool = False
) -> tuple[str, list]:
    """`acts` (actions in scope up to the period's end, with `rank`) and `keyed` (+ perusahaan_id).

    `documents` adds nomor_dokumen and catatan (only the timeline shows them; `acts` is read three
    times, so DuckDB materialises it whole and carrying two unused text columns costs ~10%).
    """
    cond, params = scope.kabkota_filter("kode_wilayah")
    if kategori is not None and kategori not in KATEGORI:
        raise ValueError(f"unknown kategori: {kategori!r}")
    kat = "AND kategori = ?" if kategori else ""
    docs = " nomor_dokumen, catatan," if documents else ""
    sql = sqlfile.read(__file__, "actions.sql").format(cond=cond, docs=docs, kat=kat)
    year_params = [*params, month_end(periode)]
    if kategori:
        year_params.append(kategori)
    return sql, year_params


def cases_cte(
    scope: Scope,
    periode: dt.date,
    settings: EnforcementSettings,
    kategori: str | None = None,
    today: dt.date | None = None,
) -> tuple[str, list]:
    """WITH acts, keyed, cases: one row per (perusahaan_id, kategori) with its current stage."""
    acts, params = actions_cte(scope, periode, kategori)
    ref = reference_day(periode, today)
    sql = sqlfile.read(__file__, "cases.sql").format(acts=acts, order_key=ORDER_KEY)
    final = list(settings.final_stages)
    b = settings.batas_hari
    return sql, [*params, ref, final, b, final, b, b]
