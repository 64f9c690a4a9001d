"""The Kecelakaan Kerja page's tables: accidents of the quarter per sub-area (with the rate per
100.000 participants), per segment and per KBLI section, and the monthly series for the trend.

Every function takes the scope and applies it itself; the sums follow analytics.kecelakaan's
definitions (the quarter to date, an empty optional cell as 0). A kabupaten/kota scope has no
sub-areas: its table is its province's kabupaten/kota, itself among them (as on Capaian Target).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import numpy as np
import pandas as pd

from analytics import sqlfile
from analytics.coverage.areas import subarea_members
from analytics.kecelakaan.summary import quarter_of, rate_per_100k
from analytics.scope import Level, Scope

_BY_SUBAREA = sqlfile.read(__file__, "by_subarea.sql")
SUBAREA_COLUMNS = ("wilayah", "nama", "kasus_triwulan", "meninggal_triwulan", "bulan_dilaporkan", "peserta_aktif",
                   "kasus_per_100rb_peserta_triwulan")  # fmt: skip


def table_scope(scope: Scope) -> Scope:
    """The scope whose sub-areas the table lists: a kab/kota's province, else the scope itself."""
    return Scope.wilayah(scope.kode[:2]) if scope.level is Level.KABKOTA else scope


def by_subarea(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date) -> pd.DataFrame:
    """One row per sub-area: SUBAREA_COLUMNS, the highest rate first (no rate last, then by name)."""
    scope = table_scope(scope)
    members_sql, members_params = subarea_members(scope)
    _, first = quarter_of(periode)
    # One statement: names and participants with the accidents (joining the whole coverage table,
    # projections and all, for them made this 70 times slower than the engine needs; issue 15).
    # A few dozen rows: sorted and typed in Python, one frame built at the end (pandas' own steps
    # cost more than the statement; scripts/ratios.py).
    rows = con.execute(_BY_SUBAREA.format(members=members_sql), [*members_params, first, periode, periode]).fetchall()
    rows = [(w, nama, int(k), int(m), int(b), None if p is None else int(p), rate_per_100k(int(k), p))
            for w, nama, k, m, b, p in rows]  # fmt: skip
    # the highest rate first, no rate last, then by name without case; ties keep the code order
    rows.sort(key=lambda r: (r[6] is None, -(r[6] or 0.0), r[1].casefold()))
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(SUBAREA_COLUMNS)
    peserta = columns[5]
    return pd.DataFrame({
        "wilayah": pd.array(columns[0], dtype=object), "nama": pd.array(columns[1], dtype=object),
        "kasus_triwulan": np.array(columns[2], dtype=np.int64), "meninggal_triwulan": np.array(columns[3], dtype=np.int64),
        "bulan_dilaporkan": np.array(columns[4], dtype=np.int64),
        "peserta_aktif": pd.arrays.IntegerArray(np.array([p or 0 for p in peserta], dtype=np.int64),
                                                np.array([p is None for p in peserta], dtype=bool)),
        "kasus_per_100rb_peserta_triwulan": np.array([np.nan if r is None else r for r in columns[6]], dtype=np.float64),
    })  # fmt: skip


def by_column(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, column: str) -> pd.DataFrame:
    """The quarter to date per `column` ("segmen" or "sektor"): column, kasus, meninggal, cacat,
    klaim_rp; most cases first. A row without a sector is grouped as None."""
    if column not in ("segmen", "sektor"):
        raise ValueError(f"by segmen or sektor, not {column!r}")
    _, first = quarter_of(periode)
    cond, params = scope.kabkota_filter("kode_wilayah")
    return con.execute(
        f"""SELECT {column}, sum(kasus) AS kasus, sum(meninggal) AS meninggal, sum(coalesce(cacat, 0)) AS cacat,
                   sum(coalesce(klaim_rp, 0)) AS klaim_rp
            FROM kecelakaan WHERE periode BETWEEN ? AND ? AND {cond}
            GROUP BY {column} ORDER BY kasus DESC, {column}""",
        [first, periode, *params],
    ).df()


def monthly(con: duckdb.DuckDBPyConnection, scope: Scope, start: dt.date, end: dt.date) -> pd.DataFrame:
    """periode, kasus, meninggal per month with accident rows in the scope (a month without rows is
    absent: not reported, not zero)."""
    cond, params = scope.kabkota_filter("kode_wilayah")
    return con.execute(
        f"""SELECT periode, sum(kasus) AS kasus, sum(meninggal) AS meninggal FROM kecelakaan
            WHERE periode BETWEEN ? AND ? AND {cond} GROUP BY periode ORDER BY periode""",
        [start, end, *params],
    ).df()


def with_unprotected(accidents: pd.DataFrame, compliance: pd.DataFrame | None) -> pd.DataFrame:
    """Where accidents meet non-compliance: the sub-areas above the scope's median in both the
    accident rate (by_subarea; among sub-areas with a rate) and the workers left unprotected by
    PWBD and PDS-TK employers (compliance_breakdown's tk_belum_terlindungi; among sub-areas with
    employer data). An accident to an unregistered worker is borne by the worker, so these come
    first for a joint inspection. Columns wilayah, nama, kasus_per_100rb_peserta_triwulan,
    kasus_triwulan, tk_belum_terlindungi; highest rate first. Empty without employer data."""
    columns = ["wilayah", "nama", "kasus_per_100rb_peserta_triwulan", "kasus_triwulan", "tk_belum_terlindungi"]
    if compliance is None or compliance.empty:
        return pd.DataFrame(columns=columns)
    workers = compliance[compliance["perusahaan"] > 0][["wilayah", "tk_belum_terlindungi"]]
    frame = accidents.merge(workers, on="wilayah", how="inner")
    rate = pd.to_numeric(frame["kasus_per_100rb_peserta_triwulan"], errors="coerce")
    high = (rate > rate.median()) & (frame["tk_belum_terlindungi"] > frame["tk_belum_terlindungi"].median())
    out = frame[high.fillna(False)].assign(_rate=rate[high.fillna(False)])
    return out.sort_values(["_rate", "nama"], ascending=[False, True], kind="stable")[columns].reset_index(drop=True)
