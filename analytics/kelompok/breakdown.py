"""The Kelompok Khusus page's tables, from the same latest reports as analytics.kelompok.summary:
per sub-area, per funding source, the reports gone stale, and the coverage month by month.

Every function takes the scope and applies it itself (through latest_reports or the members
relation of analytics.coverage.areas).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.contract import KELOMPOK, SUMBER_DANA
from analytics.coverage.areas import subarea_members
from analytics.coverage.periods import add_months
from analytics.kelompok.summary import coverage_percent, latest_reports
from analytics.scope import Level, Scope

STALE_MONTHS = 6  # a kab/kota's latest report of a group older than this is named on the page
NO_SOURCE = "–"  # a report row without a funding source


def by_subarea(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, iuran: int) -> pd.DataFrame:
    """wilayah, nama, sasaran, terdaftar, belum_terdaftar, cakupan_persen, iuran_dibutuhkan_per_bulan_rp
    per sub-area with a report (a kab/kota: its province's kab/kota); lowest coverage first."""
    table_scope = Scope.wilayah(scope.kode[:2]) if scope.level is Level.KABKOTA else scope
    reports = latest_reports(con, table_scope, periode)
    members_sql, params = subarea_members(table_scope)
    members = con.execute(f"SELECT area, kode_wilayah FROM ({members_sql})", params).df()
    frame = reports.merge(members, on="kode_wilayah").groupby("area", as_index=False)[["sasaran", "terdaftar"]].sum()
    names = dict(con.execute("SELECT kode_wilayah, nama FROM wilayah").fetchall())
    frame = frame.rename(columns={"area": "wilayah"})
    frame.insert(1, "nama", frame["wilayah"].map(names))
    frame["belum_terdaftar"] = frame["sasaran"] - frame["terdaftar"]
    frame["cakupan_persen"] = [coverage_percent(int(t), int(s)) for t, s in zip(frame["terdaftar"], frame["sasaran"], strict=True)]
    frame["iuran_dibutuhkan_per_bulan_rp"] = frame["belum_terdaftar"] * iuran
    return frame.sort_values(["cakupan_persen", "nama"], na_position="last", kind="stable").reset_index(drop=True)


def by_funding(reports: pd.DataFrame) -> pd.DataFrame:
    """Registered people per group and funding source (the contract's order; a row without a source
    under NO_SOURCE): kelompok, then one column per source present, in people."""
    frame = reports.assign(sumber_dana=reports["sumber_dana"].fillna(NO_SOURCE))
    pivot = frame.pivot_table(index="kelompok", columns="sumber_dana", values="terdaftar", aggfunc="sum", fill_value=0)
    columns = [c for c in SUMBER_DANA if c in pivot.columns] + [c for c in pivot.columns if c not in SUMBER_DANA]
    rows = [k for k in KELOMPOK if k in pivot.index]
    return pivot.loc[rows, columns].reset_index()


def stale(reports: pd.DataFrame, periode: dt.date, names: dict[str, str], months: int = STALE_MONTHS) -> pd.DataFrame:
    """The kab/kota whose latest report of a group is more than `months` months before the period:
    kode_wilayah, nama, kelompok, periode (the last report), bulan (months since); oldest first."""
    last = reports.groupby(["kode_wilayah", "kelompok"], as_index=False)["periode"].max()
    last["periode"] = [pd.Timestamp(p).date() for p in last["periode"]]
    last["bulan"] = [(periode.year - p.year) * 12 + periode.month - p.month for p in last["periode"]]
    old = last[last["bulan"] > months].copy()
    old.insert(1, "nama", old["kode_wilayah"].map(names))
    return old.sort_values(["bulan", "nama", "kelompok"], ascending=[False, True, True], ignore_index=True)


def coverage_by_month(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, months: int = 24) -> pd.DataFrame:
    """periode, sasaran, terdaftar, cakupan_persen of the scope as each month's latest reports stood,
    for the `months` months up to the period (months before any report are left out)."""
    rows = []
    for i in range(months - 1, -1, -1):
        month = add_months(periode, -i)
        reports = latest_reports(con, scope, month)
        if reports.empty:
            continue
        s, t = int(reports["sasaran"].sum()), int(reports["terdaftar"].sum())
        rows.append((month, s, t, coverage_percent(t, s)))
    return pd.DataFrame(rows, columns=["periode", "sasaran", "terdaftar", "cakupan_persen"])
