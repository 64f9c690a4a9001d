"""The same metrics for every sub-area of a scope: the league table and the map.

Provinces under national; kabupaten/kota under a province, a Kanwil or a Kantor Cabang; none under a
kabupaten/kota. One query for all sub-areas (set-wise), one vectorised projection.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.coverage.areas import subarea_members
from analytics.coverage.metrics import COLUMNS, area_metrics, empty_frame, named
from analytics.coverage.numbers import pace_percent
from analytics.coverage.parts import PART_FIELDS, Bagian, kabkota_metrics, parts_by_subarea
from analytics.coverage.periods import resolve_period
from analytics.scope import Scope, scope_name

# The headline's columns, `laju_persen` as on the headline (Headline.laju_persen), and the parts'
# figures (analytics.coverage.parts) as on each sub-area's own headline.
SUBAREA_COLUMNS = (*COLUMNS, "laju_persen", *PART_FIELDS)


def _with_parts(frame: pd.DataFrame, parts: dict[str, Bagian]) -> pd.DataFrame:
    none = Bagian(None, 0, 0)
    for name in PART_FIELDS:
        values = [getattr(parts.get(code, none), name) for code in frame["wilayah"]]
        frame[name] = pd.array(values, dtype="Int64")
    return frame


def _with_pace(frame: pd.DataFrame) -> pd.DataFrame:
    frame["laju_persen"] = pd.array(
        [pace_percent(None if pd.isna(a) else a, None if pd.isna(b) else b)
         for a, b in zip(frame["laju_aktual_per_bulan"], frame["laju_dibutuhkan_per_bulan"], strict=True)],
        dtype="Float64",
    )  # fmt: skip
    return frame


def coverage_by_subarea(
    con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None = None
) -> pd.DataFrame:
    """One row per sub-area (sorted by code) with the headline's columns and `laju_persen` (the
    actual pace as a percentage of the pace needed, as Headline.laju_persen); `wilayah` is its code.

    A kabupaten/kota has no sub-areas: the frame is empty but has the columns. Raises ScopeError for
    an unknown area and DataKosong when the scope has no membership data at all.
    """
    scope_name(con, scope)  # unknown areas fail loudly, as in the headline
    members = subarea_members(scope)
    if members is None:
        return _with_parts(_with_pace(empty_frame()), {})
    month = resolve_period(con, scope, periode)
    frame = named(con, area_metrics(con, members, month))
    parts = parts_by_subarea(kabkota_metrics(con, scope, month), scope)
    return _with_parts(_with_pace(frame), parts)[list(SUBAREA_COLUMNS)].sort_values("wilayah", ignore_index=True)
