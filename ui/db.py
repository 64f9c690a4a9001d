"""Store access for the app: one shared DuckDB connection, a fresh cursor per script run.

A DuckDB connection is not thread-safe, and Streamlit runs every session's script in its own
thread. So the process holds one connection (`st.cache_resource`, shared by all sessions) and each
script run works on its own `cursor()`, which DuckDB makes safe to use beside the others. The
cursor of the previous run of the same session is closed when the next run opens one.
"""

from __future__ import annotations

import duckdb
import streamlit as st

from analytics import store
from ui.text import T

_CURSOR_KEY = "_db_cursor"


@st.cache_resource(show_spinner=False)
def _shared_connection(path: str) -> duckdb.DuckDBPyConnection:
    """Opened once per process and path; a StoreBusy is not cached, so a later run retries."""
    return store.connect(path)


def open_run_cursor(lang: str = "id") -> duckdb.DuckDBPyConnection:
    """The cursor for this script run (call once, from app.py); stops the run if the store is busy."""
    try:
        con = _shared_connection(str(store.db_path()))
    except store.StoreBusy as exc:
        st.error(T("store_busy", lang), icon=":material/lock:")
        st.caption(str(exc))
        st.stop()
    previous = st.session_state.get(_CURSOR_KEY)
    if previous is not None:
        try:
            previous.close()
        except duckdb.Error:
            pass
    cur = con.cursor()
    st.session_state[_CURSOR_KEY] = cur
    return cur


def cursor() -> duckdb.DuckDBPyConnection:
    """The cursor app.py opened for the current run (for pages and ui parts)."""
    return st.session_state[_CURSOR_KEY]
