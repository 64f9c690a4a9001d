"""Running the flags relation for a scope: which snapshot, and the one aggregate every view shares.

The summary, the breakdowns and the trend are the same aggregate (MEASURES) grouped by different
keys, so a category's count is the same number on every view. Grouping keys come from an allow-list
(`_DIMENSIONS`); values are always parameters.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.compliance import kubus
from analytics.compliance.measures import per_employer
from analytics.compliance.rules import Settings, Snapshot, employer_flags_sql, employers_cte, flag_params
from analytics.errors import DataKosong
from analytics.scope import Scope, kabkota_in_scope, scope_name

# One row of figures per group (analytics.compliance.measures), and the snapshot months it spans.
MEASURES = f"""{per_employer(rounded=True)},
    min(periode) AS periode_terlama,
    max(periode) AS periode_terbaru
"""
MEASURE_COLUMNS = (
    "perusahaan",
    "perusahaan_tidak_patuh",
    "pwbd_perusahaan",
    "pwbd_tk_belum_terlindungi",
    "pds_tk_perusahaan",
    "pds_tk_tk_belum_terlindungi",
    "pds_upah_perusahaan",
    "pds_upah_selisih_upah_rp",
    "pds_program_perusahaan",
    "pmi_perusahaan",
    "pmi_tunggakan_rp",
    "tk_belum_terlindungi",
)

# name -> (SELECT expression(s) over the flags relation `f`, the join it needs)
_DIMENSIONS = {
    "provinsi": ("w.kode_provinsi AS wilayah", "JOIN wilayah AS w ON w.kode_wilayah = f.kode_wilayah"),
    "kabkota": ("f.kode_wilayah AS wilayah", ""),
    "sektor": ("f.sektor", ""),
    "skala": ("f.skala", ""),
    "umur": ("f.umur_urut, f.umur", ""),
    "periode": ("f.periode", ""),
}


# Over the snapshots (analytics.derived's perusahaan_bulan), then restricted to the scope.
_LATEST_SQL = """
WITH per_kabkota AS MATERIALIZED (
    SELECT kode_wilayah, max(periode) AS periode FROM perusahaan_bulan WHERE periode <= ? GROUP BY kode_wilayah
)
SELECT max(periode) FROM per_kabkota WHERE kode_wilayah IN (SELECT unnest(CAST(? AS VARCHAR[])))
"""


def latest_snapshot(con: duckdb.DuckDBPyConnection, kabkota: list[str], month: dt.date) -> dt.date | None:
    """The newest employer snapshot at or before `month` among `kabkota` (the snapshot month a view
    of the scope shows); None when there is none."""
    return con.execute(_LATEST_SQL, [month, kabkota]).fetchall()[0][0]


def resolve(
    con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None
) -> tuple[list[str], dt.date]:
    """The scope's kab/kota codes and the month to ask for (default: the scope's latest snapshot).

    Raises ScopeError for an unknown area and DataKosong when the scope has no employer snapshot
    at or before the month.
    """
    scope_name(con, scope)
    kabkota = kabkota_in_scope(con, scope)
    month = dt.date(periode.year, periode.month, 1) if periode is not None else dt.date.max
    latest = latest_snapshot(con, kabkota, month)
    if latest is None:
        raise DataKosong("belum ada data perusahaan untuk wilayah dan periode ini")
    return kabkota, (month if periode is not None else latest)


def aggregate(
    con: duckdb.DuckDBPyConnection,
    kabkota: list[str],
    periode: dt.date,
    settings: Settings,
    by: tuple[str, ...] = (),
    *,
    snapshot: Snapshot = "terakhir",
) -> pd.DataFrame:
    """MEASURES grouped by the dimensions `by` (names from _DIMENSIONS), ordered by them.

    Under the default settings the sums come from the snapshots' cells (analytics.compliance.kubus,
    a derived table), else from the employers row by row; the figures are the same."""
    selects = [_DIMENSIONS[d][0] for d in by]
    joins = " ".join(_DIMENSIONS[d][1] for d in by)
    keys = ", ".join(str(i) for i in range(1, sum(s.count(",") + 1 for s in selects) + 1))
    grouping = f" GROUP BY {keys} ORDER BY {keys}" if by else ""
    if USE_CELLS and kubus.covers(settings):
        employers = employers_cte(snapshot, table=kubus.TABLE).rstrip().rstrip(",")
        sql = (f"WITH params AS (SELECT CAST($periode AS DATE) AS p_periode), {employers} "
               f"SELECT {', '.join([*selects, kubus.MEASURES])} FROM employers AS f {joins}{grouping}")  # fmt: skip
        return con.execute(sql, {"periode": periode, "kabkota": list(kabkota)}).df()
    sql = (
        f"WITH f AS ({employer_flags_sql(settings, snapshot=snapshot)}) "
        f"SELECT {', '.join([*selects, MEASURES])} FROM f {joins}{grouping}"
    )
    return con.execute(sql, flag_params(settings, periode, kabkota)).df()


# Tests set this False to compute the same figures row by row and compare.
USE_CELLS = True
