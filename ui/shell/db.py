"""Store access for the app: one shared DuckDB connection, a cursor of its own for every script run.

A DuckDB connection is not thread-safe, and Streamlit runs every session's script in its own
thread. So the process holds one connection (`st.cache_resource`, shared by all sessions) and each
script run works on its own `cursor()`, which DuckDB makes safe to use beside the others.

A run owns its cursor until it ends: the cursor lives in the running thread (not in session state,
which two overlapping runs of one session share) and app.py closes it when its run ends, however it
ends. Streamlit may start a session's next run in a new thread while the previous one is still
finishing (a second click on another page); the two never touch each other's cursor, so neither
sees "Connection already closed" nor a result set of the other. A cursor a run could not close (a
thread that died) is closed when its thread's storage is freed.

While another process holds the store (a command-line load), visitors read a plain "data is being
loaded" note and the page retries by itself; the path and the process id go to the server log.
"""

from __future__ import annotations

import logging
import threading

import duckdb
import streamlit as st

from analytics import store
from ui.texts.shell import T

LOG = logging.getLogger("cakupan.db")
BUSY_RETRY_SECONDS = 3
_run = threading.local()


@st.cache_resource(show_spinner=False)
def _shared_connection(path: str) -> duckdb.DuckDBPyConnection:
    """Opened once per process and path; a StoreBusy is not cached, so a later run retries."""
    return store.connect(path)


def open_run_cursor(lang: str = "id") -> duckdb.DuckDBPyConnection:
    """The cursor for this script run (app.py calls this once, and close_run_cursor at the end).

    While the store is held by another process, shows a short note and reruns every few seconds.
    """
    try:
        con = _shared_connection(str(store.db_path()))
    except store.StoreBusy as exc:
        LOG.warning("store busy, visitors wait: %s", exc)
        st.info(T("store_busy", lang), icon=":material/hourglass_top:")
        _retry_when_free()
        st.stop()
    except store.StoreTooNew as exc:
        LOG.error("%s", exc)
        st.error(T("store_too_new", lang), icon=":material/update:")
        st.stop()
    close_run_cursor()  # this thread's previous run, had it not closed its own
    _run.cursor = con.cursor()
    return _run.cursor


@st.fragment(run_every=BUSY_RETRY_SECONDS)
def _retry_when_free() -> None:
    """Every few seconds (a timer in the browser, so no server thread waits): once the store opens,
    run the whole page again."""
    try:
        _shared_connection(str(store.db_path()))
    except store.StoreBusy:
        return
    st.rerun(scope="app")


def deferred(build):
    """`build(cursor)` as a no-argument callable for st.download_button's deferred data: Streamlit
    runs it on another thread when the button is clicked, so it takes a cursor of its own from the
    shared connection (a run's cursor belongs to its thread) and closes it after."""

    def run():
        con = _shared_connection(str(store.db_path())).cursor()
        try:
            return build(con)
        finally:
            con.close()

    return run


def cursor() -> duckdb.DuckDBPyConnection:
    """The cursor app.py opened for the current run (for pages and ui parts)."""
    current = getattr(_run, "cursor", None)
    if current is None:
        # A page run without app.py (Streamlit's legacy pages/ route, which AppTest uses): a cursor
        # for this run too, closed by this thread's next run or when the thread ends.
        current = open_run_cursor()
    return current


def close_run_cursor() -> None:
    """Close this run's cursor (app.py, when the run ends)."""
    current = getattr(_run, "cursor", None)
    _run.cursor = None
    if current is not None:
        try:
            current.close()
        except duckdb.Error:
            pass
