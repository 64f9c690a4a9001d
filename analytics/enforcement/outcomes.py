"""Outcomes of enforcement by institution: PATUH share, workers registered, arrears recovered.

The employer snapshots (perusahaan) before the case's first action and at the period are compared;
see the package docstring for the matching and the rules.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics import sqlfile
from analytics.contract import INSTANSI
from analytics.enforcement.settings import EnforcementSettings
from analytics.enforcement.sql import CaseTable, cases_source
from analytics.scope import Scope

OUTCOME_COLUMNS = (
    "instansi", "kasus", "patuh", "patuh_persen", "kasus_terukur", "tk_didaftarkan", "tunggakan_dipulihkan_rp",
)  # fmt: skip
WORKER_CATEGORIES = ("PWBD", "PDS_TK")
# The snapshot rows outcomes match cases to: the derived table of those that can match (analytics.derived);
# tests set it to "perusahaan", the source, to show both give the same outcomes.
SNAPSHOTS = "perusahaan_ditindak"
ARREARS_CATEGORIES = ("PMI",)


def outcomes_by_institution(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    settings: EnforcementSettings | None = None,
    kategori: str | None = None,
    today: dt.date | None = None,
    *,
    table: CaseTable | None = None,
) -> pd.DataFrame:
    """One row per institution (BPJS, DISNAKER, KEJAKSAAN, PTSP, in that order, all four) and a last
    row `instansi = None` with the totals. `kasus_terukur`: cases with both snapshots. `table`: these
    cases computed before (sql.case_table)."""
    cond, scope_params = scope.kabkota_filter("kode_wilayah")
    with cases_source(con, scope, periode, settings or EnforcementSettings(), kategori, today, table) as (db, cte, params):
        frame = db.execute(
            sqlfile.read(__file__, "outcomes.sql").format(cases=cte, cond=cond, snapshots=SNAPSHOTS),
            [*params, *scope_params, periode, list(WORKER_CATEGORIES), list(ARREARS_CATEGORIES)],
        ).df()
    return _shape(frame)


def _shape(frame: pd.DataFrame) -> pd.DataFrame:
    rows = []
    by = {r.instansi: r for r in frame.itertuples() if isinstance(r.instansi, str)}
    total = next((r for r in frame.itertuples() if not isinstance(r.instansi, str)), None)
    for name in (*INSTANSI, None):
        r = by.get(name) if name else total
        kasus = int(r.kasus) if r is not None else 0
        patuh = int(r.patuh) if r is not None else 0
        rows.append(
            {
                "instansi": name,
                "kasus": kasus,
                "patuh": patuh,
                "patuh_persen": 100 * patuh / kasus if kasus else None,
                "kasus_terukur": _number(r, "kasus_terukur", int),
                "tk_didaftarkan": _number(r, "tk_didaftarkan", int),
                "tunggakan_dipulihkan_rp": _number(r, "tunggakan_dipulihkan_rp", float),
            }
        )
    return pd.DataFrame(rows, columns=list(OUTCOME_COLUMNS))


def _number(row, name: str, kind: type):
    """A figure of a result row, 0 when the row is missing or the sum is NULL (no cases: the ROLLUP's
    total row over nothing has NULL sums, which pandas reads as NA, and NA is not falsy)."""
    value = getattr(row, name) if row is not None else None
    return kind(0) if value is None or pd.isna(value) else kind(value)
