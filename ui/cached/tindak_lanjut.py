"""Follow-up figures cached until the data change (same versioning as ui.cached).

Nationally the ladder summary and the outcomes take seconds; changing the page of the case list or
the employer whose timeline is shown should not pay them again.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import streamlit as st

from analytics import enforcement
from analytics.scope import Scope
from ui.cached import data_version


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _summary(_con, version, scope: Scope, periode: dt.date, settings, kategori, today):
    return enforcement.ladder_summary(_con, scope, periode, settings, kategori, today)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _outcomes(_con, version, scope: Scope, periode: dt.date, kategori, today):
    return enforcement.outcomes_by_institution(_con, scope, periode, None, kategori, today)


def ladder_summary(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, settings, kategori, today):
    return _summary(con, data_version(con), scope, periode, settings, kategori, today)


def outcomes(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, kategori, today):
    """Outcomes do not depend on the overdue setting, so changing it does not recompute them (~2 s
    nationally)."""
    return _outcomes(con, data_version(con), scope, periode, kategori, today)
