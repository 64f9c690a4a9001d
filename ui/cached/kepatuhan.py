"""Compliance figures cached until the data change (same versioning as ui.cached).

At national scale every flags query reads about a million employers (~1 s); paging through the
employer list or switching tabs should not pay that again for the same figures.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import streamlit as st

from analytics.compliance import employers, inspection_list
from analytics.scope import Scope
from ui.cached import data_version


@st.cache_data(show_spinner=False, ttl=3600, max_entries=64)
def _summary(_con, version, scope: Scope, periode: dt.date):
    from analytics.compliance.summary import compliance_summary

    return compliance_summary(_con, scope, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=64)
def _breakdown(_con, version, scope: Scope, by: str, periode: dt.date) -> pd.DataFrame:
    from analytics.compliance.breakdown import compliance_breakdown

    return compliance_breakdown(_con, scope, by, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=64)
def _trend(_con, version, scope: Scope, periode: dt.date) -> pd.DataFrame:
    from analytics.compliance.trend import compliance_trend

    return compliance_trend(_con, scope, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=64)
def _gap(_con, version, scope: Scope, periode: dt.date):
    from analytics.compliance.gap import gap_potential

    return gap_potential(_con, scope, periode, summary=_summary(_con, version, scope, periode))


@st.cache_data(show_spinner=False, ttl=3600, max_entries=64)
def _changes(_con, version, scope: Scope, periode: dt.date):
    from analytics.compliance.changes import compliance_changes

    return compliance_changes(_con, scope, periode)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _page(_con, version, scope: Scope, periode, f, page: int, size: int) -> employers.EmployerPage:
    return employers.employer_page(_con, scope, periode, f, page=page, page_size=size)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _rows(_con, version, scope: Scope, periode, f, offset: int, size: int) -> pd.DataFrame:
    return employers.ranked_employers(_con, scope, periode, f, limit=size, offset=offset)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=8)
def _xlsx(_con, version, scope: Scope, label: str, periode, f, lang: str) -> bytes:
    return inspection_list.inspection_xlsx(_con, scope, label, periode, f, lang=lang)


def summary(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date):
    return _summary(con, data_version(con), scope, periode)


def breakdown(con: duckdb.DuckDBPyConnection, scope: Scope, by: str, periode: dt.date) -> pd.DataFrame:
    return _breakdown(con, data_version(con), scope, by, periode)


def trend(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date) -> pd.DataFrame:
    return _trend(con, data_version(con), scope, periode)


def gap(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date):
    return _gap(con, data_version(con), scope, periode)


def changes(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date):
    return _changes(con, data_version(con), scope, periode)


def employer_page(con, scope: Scope, periode, f, page: int, size: int) -> employers.EmployerPage:
    return _page(con, data_version(con), scope, periode, f, page, size)


def employer_rows(con, scope: Scope, periode, f, page: int, size: int) -> pd.DataFrame:
    """Rows of a later page (the total is known from page 1: no second count)."""
    return _rows(con, data_version(con), scope, periode, f, (page - 1) * size, size)


def inspection_xlsx(con, scope: Scope, label: str, periode, f, lang: str) -> bytes:
    return _xlsx(con, data_version(con), scope, label, periode, f, lang)
