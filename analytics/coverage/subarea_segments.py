"""Each sub-area's active participants per segment, and the month's joiners and leavers: the monthly
report's table beside the league table's figures (analytics.coverage.subareas).

A kabupaten/kota has no sub-areas: its one row is itself, as the map and the report show it.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics import sqlfile
from analytics.coverage.areas import scope_members, subarea_members
from analytics.scope import Scope

COLUMNS = ("wilayah", "aktif_pu", "aktif_bpu", "aktif_jakon", "aktif_pmi", "peserta_baru", "peserta_nonaktif")
_SQL = sqlfile.read(__file__, "subarea_segments.sql")


def subarea_segments(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date) -> pd.DataFrame:
    """One row per sub-area with membership in `periode` (the scope itself for a kab/kota): COLUMNS,
    counts as Int64 (NULL where no row of the month gave the figure), sorted by code."""
    members, params = subarea_members(scope) or scope_members(scope)
    frame = con.execute(_SQL.format(members=members), [*params, periode]).df()
    return frame.astype({c: "Int64" for c in COLUMNS[1:]})[list(COLUMNS)]
