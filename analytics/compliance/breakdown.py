"""The summary's figures split by sub-area, by sector (KBLI section) or by scale: one row per group.

Sub-areas are those of the coverage pages (provinces under national; kab/kota under a province, a
Kanwil or a Kantor Cabang; none under a kab/kota), and every sub-area gets a row, with zeros when it
has no snapshot, so the table and the map show the whole scope. Sectors and scales get a row only
when the scope has employers in them; scales in the contract's order (MIKRO … BESAR).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.compliance.query import MEASURE_COLUMNS, aggregate, resolve
from analytics.compliance.rules import Settings, Snapshot
from analytics.contract import SKALA
from analytics.scope import Level, Scope

BY = ("wilayah", "sektor", "skala")


def compliance_breakdown(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    by: str,
    periode: dt.date | None = None,
    settings: Settings | None = None,
    *,
    snapshot: Snapshot = "terakhir",
) -> pd.DataFrame:
    """Columns: the key (`wilayah` + `nama`, `sektor` or `skala`), then MEASURE_COLUMNS.

    Measure columns as in analytics.compliance.query.MEASURES (e.g. pwbd_perusahaan,
    pds_tk_tk_belum_terlindungi, pmi_tunggakan_rp); all int64. `snapshot="sebelumnya"` reads each
    kab/kota's snapshot before its latest (the quarterly report's change per sub-area).
    """
    if by not in BY:
        raise ValueError(f"by must be one of {BY}")
    settings = settings or Settings.default()
    kabkota, month = resolve(con, scope, periode)
    if by == "wilayah":
        return _by_subarea(con, scope, kabkota, month, settings, snapshot)
    frame = aggregate(con, kabkota, month, settings, by=(by,), snapshot=snapshot)[[by, *MEASURE_COLUMNS]]
    if by == "skala":
        frame = frame.sort_values("skala", key=lambda s: s.map(SKALA.index), ignore_index=True)
    return frame


def _by_subarea(con, scope: Scope, kabkota: list[str], month: dt.date, settings: Settings,
                snapshot: Snapshot) -> pd.DataFrame:  # fmt: skip
    columns = ["wilayah", "nama", *MEASURE_COLUMNS]
    if scope.level is Level.KABKOTA:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in MEASURE_COLUMNS else "str") for c in columns})
    level = "provinsi" if scope.level is Level.NASIONAL else "kabkota"
    figures = aggregate(con, kabkota, month, settings, by=(level,), snapshot=snapshot)
    areas = con.execute(
        "SELECT DISTINCT w.kode_wilayah AS wilayah, w.nama FROM wilayah AS w "
        "WHERE w.kode_wilayah IN (SELECT CASE WHEN ? THEN left(k, 2) ELSE k END "
        "FROM unnest(CAST(? AS VARCHAR[])) AS t(k)) ORDER BY 1",
        [level == "provinsi", kabkota],
    ).df()
    frame = areas.merge(figures, on="wilayah", how="left")
    frame[list(MEASURE_COLUMNS)] = frame[list(MEASURE_COLUMNS)].fillna(0).astype("int64")
    return frame[columns]
