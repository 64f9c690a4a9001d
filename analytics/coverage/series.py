"""Monthly series of a scope, for the Tren page: by segment, in total, and year on year."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.scope import Scope

_BY_SEGMENT_SQL = """
WITH
kepesertaan_scope AS (
    SELECT periode, segmen, peserta_aktif, peserta_baru, peserta_nonaktif
    FROM kepesertaan
    WHERE {cond} AND periode BETWEEN ? AND ?
),
final AS (
    SELECT
        periode,
        segmen,
        sum(peserta_aktif) AS peserta_aktif,
        sum(peserta_baru) AS peserta_baru,          -- NULL when no file gave joiners
        sum(peserta_nonaktif) AS peserta_nonaktif   -- NULL when no file gave leavers
    FROM kepesertaan_scope
    GROUP BY periode, segmen
)
SELECT * FROM final ORDER BY periode, segmen
"""

_YOY_SQL = """
WITH
bulanan AS (
    SELECT periode, sum(peserta_aktif) AS peserta_aktif
    FROM kepesertaan
    WHERE {cond} AND periode <= ?
    GROUP BY periode
),
final AS (
    SELECT
        b.periode,
        b.peserta_aktif,
        l.peserta_aktif AS peserta_aktif_tahun_lalu,
        b.peserta_aktif - l.peserta_aktif AS perubahan,
        100.0 * CAST(b.peserta_aktif - l.peserta_aktif AS DOUBLE) / nullif(l.peserta_aktif, 0) AS perubahan_persen
    FROM bulanan AS b
    LEFT JOIN bulanan AS l ON l.periode = CAST(b.periode - INTERVAL 12 MONTH AS DATE)
)
SELECT * FROM final ORDER BY periode
"""

_FAR_PAST = dt.date(1900, 1, 1)
_FAR_FUTURE = dt.date(9999, 12, 1)
_COUNTS = ("peserta_aktif", "peserta_baru", "peserta_nonaktif")


def monthly_by_segment(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> pd.DataFrame:
    """periode, segmen, peserta_aktif, peserta_baru, peserta_nonaktif summed over the scope."""
    cond, params = scope.kabkota_filter("kode_wilayah")
    frame = con.execute(
        _BY_SEGMENT_SQL.format(cond=cond), [*params, start or _FAR_PAST, end or _FAR_FUTURE]
    ).df()
    return frame.astype({c: "Int64" for c in _COUNTS})


def monthly_total(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> pd.DataFrame:
    """periode, peserta_aktif, peserta_baru, peserta_nonaktif: all segments together."""
    by_segment = monthly_by_segment(con, scope, start, end)
    total = by_segment.groupby("periode", as_index=False)[list(_COUNTS)].sum(min_count=1)
    return total.astype({c: "Int64" for c in _COUNTS})


def year_on_year(con: duckdb.DuckDBPyConnection, scope: Scope, end: dt.date | None = None) -> pd.DataFrame:
    """periode, peserta_aktif, peserta_aktif_tahun_lalu, perubahan, perubahan_persen (NULL without
    the same month a year earlier)."""
    cond, params = scope.kabkota_filter("kode_wilayah")
    frame = con.execute(_YOY_SQL.format(cond=cond), [*params, end or _FAR_FUTURE]).df()
    return frame.astype(
        {
            "peserta_aktif": "Int64",
            "peserta_aktif_tahun_lalu": "Int64",
            "perubahan": "Int64",
            "perubahan_persen": "Float64",
        }
    )
