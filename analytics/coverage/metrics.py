"""Run metrics.sql for a set of areas and attach the projection: one row per area.

Shared by the headline (one area: the scope) and the sub-area table (many areas), so both give the
same figure for the same area.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from analytics import sqlfile
from analytics.coverage.periods import month_index
from analytics.coverage.projection import project_many

_METRICS_SQL = (Path(__file__).with_name("metrics.sql")).read_text(encoding="utf-8")

_SERIES_SQL = sqlfile.read(__file__, "metrics_series.sql")

# The columns of an area's metrics, in the order of the JSON, then the projection range.
JSON_FIELDS = (
    "wilayah",
    "nama",
    "periode",
    "peserta_aktif",
    "target_peserta",
    "target_dialokasikan",
    "capaian_persen",
    "gap",
    "batas_waktu",
    "bulan_tersisa",
    "laju_dibutuhkan_per_bulan",
    "laju_aktual_per_bulan",
    "status",
    "penduduk_bekerja",
    "tahun_penduduk_bekerja",
    "cakupan_persen",
    "perusahaan_aktif",
    "proyeksi_batas_waktu",
)
RANGE_FIELDS = ("proyeksi_bawah", "proyeksi_atas")
COLUMNS = JSON_FIELDS + RANGE_FIELDS

INT_COLUMNS = (
    "peserta_aktif",
    "target_peserta",
    "gap",
    "bulan_tersisa",
    "laju_dibutuhkan_per_bulan",
    "laju_aktual_per_bulan",
    "penduduk_bekerja",
    "tahun_penduduk_bekerja",
    "perusahaan_aktif",
    "proyeksi_batas_waktu",
    "proyeksi_bawah",
    "proyeksi_atas",
)
_DTYPES = {
    **dict.fromkeys(INT_COLUMNS, "Int64"),
    "wilayah": "str",
    "nama": "str",
    "periode": "datetime64[us]",
    "batas_waktu": "datetime64[us]",
    "target_dialokasikan": "boolean",
    "capaian_persen": "Float64",
    "cakupan_persen": "Float64",
    "status": "str",
}


def empty_frame() -> pd.DataFrame:
    """The metrics frame with its columns and types, and no rows."""
    return pd.DataFrame({c: pd.Series(dtype=_DTYPES[c]) for c in COLUMNS})


def area_metrics(
    con: duckdb.DuckDBPyConnection, members: tuple[str, list], periode: dt.date, *, projection: bool = True
) -> pd.DataFrame:
    """Metrics for every area of `members` (see analytics.coverage.areas) for the month `periode`.

    Columns: `area` (the area code) and COLUMNS except wilayah/nama, which the caller names.
    `projection=False` leaves the projection columns empty (callers that only need the month's
    figures, such as the parts' shortfall, skip the vectorised projection).
    """
    sql, params = members
    frame = con.execute(_METRICS_SQL.format(members=sql), [*params, periode]).df()
    if projection:
        frame = _with_projection(con, frame, members, periode)
    else:
        frame = frame.assign(proyeksi_batas_waktu=np.nan, proyeksi_bawah=np.nan, proyeksi_atas=np.nan)
    for col, dtype in _DTYPES.items():
        if col in frame.columns:
            frame[col] = frame[col].astype(dtype)
    return frame


def _with_projection(con, frame: pd.DataFrame, members: tuple[str, list], periode: dt.date) -> pd.DataFrame:
    """Project each area's monthly total to its deadline month (vectorised over areas)."""
    frame = frame.copy()
    frame["proyeksi_batas_waktu"] = np.nan
    frame["proyeksi_bawah"] = np.nan
    frame["proyeksi_atas"] = np.nan
    if frame.empty:
        return frame
    sql, params = members
    series = con.execute(_SERIES_SQL.format(members=sql), [*params, periode]).df()
    if series.empty:
        return frame
    end = month_index(periode)
    months = [month_index(d) for d in pd.to_datetime(series["periode"]).dt.date]
    start = min(months)
    matrix = np.full((len(frame), end - start + 1), np.nan)
    row_of = {area: i for i, area in enumerate(frame["area"])}
    rows = series["area"].map(row_of).to_numpy()
    cols = np.asarray(months) - start
    matrix[rows, cols] = series["peserta_aktif"].to_numpy(dtype=float)

    horizons = np.array(
        [np.nan if pd.isna(b) else month_index(pd.Timestamp(b).date()) - end for b in frame["batas_waktu"]],
        dtype=float,
    )
    p = project_many(matrix, horizons)
    frame["proyeksi_batas_waktu"] = _rounded(p.nilai)
    frame["proyeksi_bawah"] = _rounded(p.bawah)
    frame["proyeksi_atas"] = _rounded(p.atas)
    return frame


def _rounded(values: np.ndarray) -> pd.Series:
    """Nearest whole person, halves away from zero (np.round would round halves to even)."""
    out = np.where(np.isnan(values), np.nan, np.sign(values) * np.floor(np.abs(values) + 0.5))
    return pd.Series(out).astype("Int64")


def named(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> pd.DataFrame:
    """An area_metrics frame of Kemendagri areas with its `area` as `wilayah` and each area's `nama`."""
    names = con.execute(
        "SELECT kode_wilayah AS area, nama FROM wilayah WHERE kode_wilayah IN (SELECT unnest(?))",
        [list(frame["area"])],
    ).df()
    frame = frame.merge(names, on="area", how="left").rename(columns={"area": "wilayah"})
    frame["nama"] = frame["nama"].astype("str")
    frame["wilayah"] = frame["wilayah"].astype("str")
    return frame

