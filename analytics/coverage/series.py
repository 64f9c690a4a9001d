"""Monthly series of a scope, for the Tren page: by segment, in total, and year on year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics import sqlfile
from analytics.scope import Scope

_BY_SEGMENT_SQL = sqlfile.read(__file__, "series_by_segment.sql")

_YOY_SQL = sqlfile.read(__file__, "series_year_on_year.sql")

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

_YOY_SEGMENT_SQL = sqlfile.read(__file__, "series_year_on_year_segment.sql")

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


_BY_AREA_SQL = sqlfile.read(__file__, "series_by_area.sql")


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
