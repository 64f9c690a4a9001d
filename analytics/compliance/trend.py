"""Per category, the count in every snapshot at or before the period (is PWBD shrinking?).

Literal per month: each row sums the kab/kota of the scope that have a snapshot in that month, so a
quarter some kab/kota have not loaded yet shows a partial total (the column `perusahaan` shows it).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.compliance.query import MEASURE_COLUMNS, aggregate, resolve
from analytics.compliance.rules import Settings
from analytics.scope import Scope


def compliance_trend(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None = None,
    settings: Settings | None = None,
) -> pd.DataFrame:
    """One row per snapshot month (`periode`, oldest first) with MEASURE_COLUMNS."""
    settings = settings or Settings.default()
    kabkota, month = resolve(con, scope, periode)
    frame = aggregate(con, kabkota, month, settings, by=("periode",), snapshot="semua")
    return frame[["periode", *MEASURE_COLUMNS]]
