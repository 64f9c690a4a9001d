"""Every st.cache_data wrapper of the app lives in this package; here the coverage figures, kept
until the data change.

The headline and the sub-area table cost about 1–3 s each on the national store, and Ringkasan,
Capaian Target and Tren all ask for them. They are cached once here, per store, scope and month,
under the data's version: the published copy the run reads (ui.shell.db.version), which changes
with every load, accepted or rejected, and with nothing else.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import streamlit as st

from analytics import areas, coverage, freshness, periods
from analytics.scope import Scope
from ui.shell import db


def data_version(con: duckdb.DuckDBPyConnection) -> str:
    """The version of the data `con` reads: the run's published copy (no query)."""
    return db.version()


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _headline(_con, version: str, scope: Scope, periode: dt.date | None) -> coverage.Headline:
    return coverage.headline(_con, scope, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _subareas(_con, version: str, scope: Scope, periode: dt.date | None) -> pd.DataFrame:
    return coverage.coverage_by_subarea(_con, scope, periode)


def headline(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None) -> coverage.Headline:
    """analytics.coverage.headline, cached until the next load."""
    return _headline(con, data_version(con), scope, periode)


def subareas(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None) -> pd.DataFrame:
    """analytics.coverage.coverage_by_subarea, cached until the next load (do not mutate it)."""
    return _subareas(con, data_version(con), scope, periode)


@st.cache_data(show_spinner=False, ttl=600)
def _comparable(_con, version: str, level: str, allowed: Scope) -> dict[str, str]:
    return areas.comparable(_con, level, allowed)


def comparable_areas(con: duckdb.DuckDBPyConnection, level: str, allowed: Scope) -> dict[str, str]:
    """analytics.areas.comparable, cached until the next load (areas and offices change only with a
    `kantor` file)."""
    return _comparable(con, data_version(con), level, allowed)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _behind(_con, version: str, scope: Scope, periode: dt.date) -> pd.DataFrame:
    from analytics.coverage.parts import behind, kabkota_metrics

    return behind(kabkota_metrics(_con, scope, periode))


def kabkota_behind(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date) -> pd.DataFrame:
    """The scope's kab/kota below their target, furthest behind first (analytics.coverage.parts)."""
    return _behind(con, data_version(con), scope, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _standing(_con, version: str, kode: str, periode: dt.date):
    from analytics.coverage.standing import standing
    from analytics.geo import shapes  # local: geometry is read only where a kab/kota is shown

    province = subareas(_con, Scope.wilayah(kode[:2]), periode)
    return standing(province, kode, shapes.neighbours(_con, kode))


def kabkota_standing(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date):
    """A kab/kota's place among its province's kab/kota and its neighbours
    (analytics.coverage.standing), cached until the next load; None when its province has no table."""
    return _standing(con, data_version(con), scope.kode, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _accidents(_con, version: str, scope: Scope, periode: dt.date):
    from analytics.kecelakaan import latest_month

    if latest_month(_con, scope) is None:
        return None
    from analytics.coverage.periods import add_months
    from analytics.kecelakaan import kecelakaan
    from analytics.kecelakaan.breakdown import by_column, by_subarea, monthly

    return (
        kecelakaan(_con, scope, periode),
        by_subarea(_con, scope, periode),
        by_column(_con, scope, periode, "segmen"),
        by_column(_con, scope, periode, "sektor"),
        monthly(_con, scope, add_months(periode, -23), periode),
    )


def accidents(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date):
    """The Kecelakaan Kerja page's figures (analytics.kecelakaan), cached until the next load: None
    when the scope has no accident data at all, else (summary, by sub-area, by segment, by sector,
    the 24 months' series)."""
    return _accidents(con, data_version(con), scope, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _groups(_con, version: str, scope: Scope, periode: dt.date, iuran: int):
    from analytics.coverage.series import monthly_total
    from analytics.errors import DataKosong
    from analytics.kelompok import kelompok
    from analytics.kelompok.breakdown import by_funding, by_subarea, coverage_by_month, stale

    try:
        s = kelompok(_con, scope, periode, iuran)
    except DataKosong:
        return None
    names = dict(_con.execute("SELECT kode_wilayah, nama FROM wilayah").fetchall())
    total = monthly_total(_con, scope, start=periode, end=periode)
    aktif = int(total["peserta_aktif"].iloc[0]) if len(total) and total["peserta_aktif"].notna().iloc[0] else None
    return (s, by_subarea(_con, scope, periode, iuran), by_funding(s.reports), stale(s.reports, periode, names),
            coverage_by_month(_con, scope, periode), aktif)  # fmt: skip


def groups(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, iuran: int):
    """The Kelompok Khusus page's figures (analytics.kelompok), cached until the next load: None
    without a report, else (summary, by sub-area, by funding, stale reports, by month, active
    participants at the period)."""
    return _groups(con, data_version(con), scope, periode, iuran)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _months(_con, version: str, allowed: Scope) -> list[dt.date]:
    return periods.months_available(_con, allowed)


def months_available(con: duckdb.DuckDBPyConnection, allowed: Scope) -> list[dt.date]:
    """analytics.periods.months_available, cached until the next load (app.py asks on every run)."""
    return _months(con, data_version(con), allowed)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _coverage(_con, version: str, scope: Scope):
    found = periods.month_coverage(_con, scope)
    return found, periods.default_month(_con, scope, found)


def month_coverage(con: duckdb.DuckDBPyConnection, scope: Scope) -> tuple[dict, dt.date | None]:
    """analytics.periods.month_coverage and the month a view of `scope` opens on (default_month),
    cached until the next load (the sidebar asks on every run)."""
    return _coverage(con, data_version(con), scope)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _freshness(_con, version: str, scope: Scope, periode: dt.date | None) -> pd.DataFrame:
    return freshness.freshness(_con, scope, periode)


def data_freshness(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None) -> pd.DataFrame:
    """analytics.freshness.freshness (every dataset's latest period and completeness), cached until
    the next load: nine queries over the whole store, 0,4 s nationally."""
    return _freshness(con, data_version(con), scope, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _kepesertaan_freshness(_con, version: str, scope: Scope, periode: dt.date) -> dict:
    return freshness.dataset_freshness(_con, "kepesertaan", scope, periode)


def kepesertaan_freshness(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date) -> dict:
    """The membership data's freshness line of a scope (analytics.freshness), cached until the next load."""
    return _kepesertaan_freshness(con, data_version(con), scope, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _headline_trend(_con, version: str, scope: Scope, periode: dt.date | None, _h):
    from analytics.coverage.series import headline_trend

    return headline_trend(_con, scope, _h)


def headline_trend(con: duckdb.DuckDBPyConnection, scope: Scope, h: coverage.Headline):
    """analytics.coverage.series.headline_trend of the headline `h` (itself cached per scope and
    month, so its month names it), cached until the next load."""
    return _headline_trend(con, data_version(con), scope, h.periode, h)
