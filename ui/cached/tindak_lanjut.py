"""Follow-up figures cached until the data change (same versioning as ui.cached).

Nationally the ladder summary and the outcomes took seconds; changing the page of the case list or
the employer whose timeline is shown should not pay them again. The view's cases are keyed once
(`_cases`) and every figure of them reads those rows. The case list's pages, a search
and a timeline are cached too: each reads every action of the scope (0,2–0,3 s nationally), and a
page run that only redraws (a click elsewhere, the new-data timer) should cost none of that.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import streamlit as st

from analytics import enforcement
from analytics.scope import Scope
from ui.cached import data_version


@st.cache_resource(show_spinner=False, ttl=3600, max_entries=6)
def _cases(_con, version, scope: Scope, periode: dt.date, kategori, today) -> enforcement.CaseTable:
    """The view's cases, keyed once for the funnel, the list, a search and the outcomes (each keyed
    every action of the scope again before: 0,2–0,3 s apiece nationally). Held in memory as Arrow
    rows, shared and never copied (a national view is ~17 MB; a few views are kept)."""
    return enforcement.case_table(_con, scope, periode, kategori, today)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _summary(_con, version, scope: Scope, periode: dt.date, settings, kategori, today):
    table = _cases(_con, version, scope, periode, kategori, today)
    return enforcement.ladder_summary(_con, scope, periode, settings, kategori, today, table=table)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _outcomes(_con, version, scope: Scope, periode: dt.date, kategori, today):
    table = _cases(_con, version, scope, periode, kategori, today)
    return enforcement.outcomes_by_institution(_con, scope, periode, None, kategori, today, table=table)


def ladder_summary(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, settings, kategori, today):
    return _summary(con, data_version(con), scope, periode, settings, kategori, today)


def outcomes(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, kategori, today):
    """Outcomes do not depend on the overdue setting, so changing it does not recompute them (~2 s
    nationally)."""
    return _outcomes(con, data_version(con), scope, periode, kategori, today)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _case_page(_con, version, scope: Scope, periode: dt.date, settings, kategori, offset: int, limit: int, today):
    table = _cases(_con, version, scope, periode, kategori, today)
    return enforcement.case_list(_con, scope, periode, settings, kategori, offset=offset, limit=limit, today=today,
                                 table=table)  # fmt: skip


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _found(_con, version, scope: Scope, periode: dt.date, query: str, settings, kategori, today):
    table = _cases(_con, version, scope, periode, kategori, today)
    return enforcement.find_cases(_con, scope, periode, query, settings, kategori, today=today, table=table)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def _timeline(_con, version, scope: Scope, periode: dt.date, perusahaan_id: str):
    return enforcement.timeline(_con, scope, periode, perusahaan_id)


def case_page(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, settings, kategori, offset: int,
              limit: int, today):  # fmt: skip
    """enforcement.case_list, one page of it (frame, cases listed), cached until the next load."""
    return _case_page(con, data_version(con), scope, periode, settings, kategori, offset, limit, today)


def found_cases(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, query: str, settings, kategori, today):
    """enforcement.find_cases, cached until the next load."""
    return _found(con, data_version(con), scope, periode, query, settings, kategori, today)


def timeline(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, perusahaan_id: str):
    """enforcement.timeline of one employer, cached until the next load."""
    return _timeline(con, data_version(con), scope, periode, perusahaan_id)
