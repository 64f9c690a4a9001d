"""Monthly series of a scope, for the Tren page: by segment, in total, and year on year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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


# --- Tren page: year on year by segment, the projection path, areas side by side -----------------

_YOY_SEGMENT_SQL = """
WITH
kepesertaan_scope AS (
    SELECT periode, segmen, peserta_aktif
    FROM kepesertaan
    WHERE {cond} AND periode IN (?, ?)
),
per_segmen AS (
    SELECT
        segmen,
        sum(peserta_aktif) FILTER (WHERE periode = ?) AS peserta_aktif,
        sum(peserta_aktif) FILTER (WHERE periode = ?) AS peserta_aktif_tahun_lalu
    FROM kepesertaan_scope
    GROUP BY segmen
),
semua AS (  -- the total is only a total when both months are there
    SELECT
        'SEMUA' AS segmen,
        CASE WHEN count(peserta_aktif_tahun_lalu) > 0 THEN sum(peserta_aktif) END AS peserta_aktif,
        CASE WHEN count(peserta_aktif) > 0 THEN sum(peserta_aktif_tahun_lalu) END AS peserta_aktif_tahun_lalu
    FROM per_segmen
    HAVING count(*) > 0
),
final AS (
    SELECT
        segmen,
        peserta_aktif,
        peserta_aktif_tahun_lalu,
        peserta_aktif - peserta_aktif_tahun_lalu AS perubahan,
        100.0 * CAST(peserta_aktif - peserta_aktif_tahun_lalu AS DOUBLE)
            / nullif(peserta_aktif_tahun_lalu, 0) AS perubahan_persen
    FROM (SELECT * FROM per_segmen UNION ALL SELECT * FROM semua)
)
SELECT * FROM final
"""

SEGMENT_ORDER = ("PU", "BPU", "JAKON", "PMI")


def year_on_year_by_segment(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date) -> pd.DataFrame:
    """This month against the same month a year earlier, per segment and for all (`SEMUA`, last).

    Columns: segmen, peserta_aktif, peserta_aktif_tahun_lalu, perubahan, perubahan_persen. A
    segment loaded in only one of the two months has NULL change; the `SEMUA` row sums the
    segments and is NULL on the side where the month has no data at all. Empty when neither
    month has data.
    """
    periode = dt.date(periode.year, periode.month, 1)
    lalu = dt.date(periode.year - 1, periode.month, 1)
    cond, params = scope.kabkota_filter("kode_wilayah")
    frame = con.execute(_YOY_SEGMENT_SQL.format(cond=cond), [*params, periode, lalu, periode, lalu]).df()
    rank = {s: i for i, s in enumerate(SEGMENT_ORDER)}
    frame["_urut"] = [len(rank) + 1 if s == "SEMUA" else rank.get(s, len(rank)) for s in frame["segmen"]]
    frame = frame.sort_values(["_urut", "segmen"], ignore_index=True).drop(columns="_urut")
    return frame.astype(
        {
            "peserta_aktif": "Int64",
            "peserta_aktif_tahun_lalu": "Int64",
            "perubahan": "Int64",
            "perubahan_persen": "Float64",
        }
    )


def projection_to_deadline(
    con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, deadline: dt.date
) -> pd.DataFrame:
    """The projected path from the month after `periode` to the deadline's month.

    Columns: periode, nilai, bawah, atas (Int64; NULL where undefined), metode. The series is the
    scope's monthly total from its first loaded month to `periode`, gaps as missing months: the
    same series the headline projects, so the last row equals headline().proyeksi_batas_waktu and
    its range. Empty when the deadline's month is not after `periode`.
    """
    from analytics.coverage.periods import add_months, month_index
    from analytics.coverage.projection import projection_path

    periode = dt.date(periode.year, periode.month, 1)
    horizon = month_index(deadline) - month_index(periode)
    cols = ["periode", "nilai", "bawah", "atas", "metode"]
    totals = monthly_total(con, scope, end=periode)
    if horizon < 1 or totals.empty:
        return pd.DataFrame(columns=cols).astype({c: "Int64" for c in ("nilai", "bawah", "atas")})
    months = [d.date() for d in pd.to_datetime(totals["periode"])]
    first = month_index(months[0])
    values = [float("nan")] * (month_index(periode) - first + 1)
    for d, v in zip(months, totals["peserta_aktif"], strict=True):
        values[month_index(d) - first] = float("nan") if pd.isna(v) else float(v)
    path = projection_path(values, horizon)
    frame = pd.DataFrame(
        [(add_months(periode, i + 1), p.nilai, p.bawah, p.atas, p.metode) for i, p in enumerate(path)],
        columns=cols,
    )
    return frame.astype({c: "Int64" for c in ("nilai", "bawah", "atas")})


_BY_AREA_SQL = """
WITH
members AS ({members}),
aktif AS (
    SELECT m.urutan, k.periode, sum(k.peserta_aktif) AS peserta_aktif
    FROM kepesertaan AS k
    JOIN members AS m USING (kode_wilayah)
    WHERE k.periode BETWEEN ? AND ?
    GROUP BY m.urutan, k.periode
),
penduduk_kabkota AS (  -- each member's workforce for the month's year, else its latest earlier year
    SELECT a.urutan, a.periode, m.kode_wilayah, arg_max(pb.penduduk_bekerja, pb.tahun) AS penduduk_bekerja
    FROM aktif AS a
    JOIN members AS m USING (urutan)
    JOIN penduduk_bekerja AS pb ON pb.kode_wilayah = m.kode_wilayah AND pb.tahun <= year(a.periode)
    GROUP BY a.urutan, a.periode, m.kode_wilayah
),
penduduk AS (
    SELECT urutan, periode, sum(penduduk_bekerja) AS penduduk_bekerja
    FROM penduduk_kabkota
    GROUP BY urutan, periode
),
final AS (
    SELECT
        a.urutan,
        a.periode,
        a.peserta_aktif,
        p.penduduk_bekerja,
        100.0 * CAST(a.peserta_aktif AS DOUBLE) / nullif(p.penduduk_bekerja, 0) AS cakupan_persen
    FROM aktif AS a
    LEFT JOIN penduduk AS p USING (urutan, periode)
)
SELECT * FROM final ORDER BY urutan, periode
"""


def monthly_by_area(
    con: duckdb.DuckDBPyConnection,
    areas: list[Scope],
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> pd.DataFrame:
    """Several areas side by side, month by month (the Tren page compares up to five).

    Columns: wilayah (the scope's code), nama, periode, peserta_aktif, penduduk_bekerja,
    cakupan_persen — in the order the areas were given, then by month. The workforce and coverage
    follow the headline's definition: per kabupaten/kota the month's year or its latest earlier
    year, summed over the area (NULL coverage when the area has no workforce figure). Months
    without membership data are absent. Raises ScopeError for an unknown area.
    """
    from analytics.scope import scope_name

    cols = ["wilayah", "nama", "periode", "peserta_aktif", "penduduk_bekerja", "cakupan_persen"]
    if not areas:
        return pd.DataFrame(columns=cols)
    names = [scope_name(con, a) for a in areas]
    parts, params = [], []
    for i, area in enumerate(areas):
        sql, p = area.kabkota_sql(f"{i} AS urutan, kode_wilayah")
        parts.append(sql)
        params += p
    sql = _BY_AREA_SQL.format(members=" UNION ALL ".join(parts))
    frame = con.execute(sql, [*params, start or _FAR_PAST, end or _FAR_FUTURE]).df()
    frame.insert(0, "wilayah", [areas[i].kode for i in frame["urutan"]])
    frame.insert(1, "nama", [names[i] for i in frame["urutan"]])
    frame = frame.drop(columns="urutan")
    return frame.astype({"peserta_aktif": "Int64", "penduduk_bekerja": "Int64", "cakupan_persen": "Float64"})[
        cols
    ]


@dataclass(frozen=True)
class HeadlineTrend:
    """What the headline's trend chart and its projection note need, from the same series.

    history: the scope's monthly totals up to the period (months with a figure); path: the projected
    path to the deadline (empty without a deadline); metode: 'aktual' when the deadline's month is
    the period itself, else the path's method ('musiman' / 'linear'), None without a projection.
    """

    history: pd.DataFrame
    path: pd.DataFrame
    metode: str | None


def headline_trend(con: duckdb.DuckDBPyConnection, scope: Scope, headline) -> HeadlineTrend:
    """The trend behind an analytics.coverage.Headline (its period, deadline and months left)."""
    history = monthly_total(con, scope, end=headline.periode).dropna(subset=["peserta_aktif"])
    path = (
        projection_to_deadline(con, scope, headline.periode, headline.batas_waktu)
        if headline.batas_waktu
        else pd.DataFrame(columns=["periode", "nilai", "bawah", "atas", "metode"])
    )
    if headline.batas_waktu and headline.bulan_tersisa == 0:
        metode = "aktual"
    else:
        metode = path["metode"].iloc[-1] if not path.empty else None
    return HeadlineTrend(history, path, metode)
