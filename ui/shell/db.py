"""Store access for the app: the latest published copy, a cursor of its own for every script run.

The app never opens the store a load writes (analytics.published says why): every script run asks
which copy is published now (a stat of one small file) and works on a cursor of a read-only
connection to it. A run keeps its copy to the end, so it shows the data before a load or after it,
never a mix; the next run after a publish reads the new copy, and a timer in every open page
(`watch_for_new_data`) reruns it within NEW_DATA_CHECK_SECONDS of a publish, so an official looking at
a page sees a command-line load without touching anything.

A DuckDB connection is not thread-safe, and Streamlit runs every session's script in its own
thread. So the process holds one connection per copy (`st.cache_resource`, shared by all sessions)
and each script run works on its own `cursor()`, which DuckDB makes safe to use beside the others.
A copy's connection is dropped from the cache two publishes later; cursors still reading it keep it
open until they close.

A run owns its cursor until it ends: the cursor lives in the running thread (not in session state,
which two overlapping runs of one session share) and app.py closes it when its run ends, however it
ends. Streamlit may start a session's next run in a new thread while the previous one is still
finishing (a second click on another page); the two never touch each other's cursor, so neither
sees "Connection already closed" nor a result set of the other. A cursor a run could not close (a
thread that died) is closed when its thread's storage is freed.

Only while the very first load runs, before anything was published, do visitors read a plain "data
is being loaded" note; the page retries by itself, and the path and the process id go to the server
log.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

import duckdb
import streamlit as st

from analytics import published, store, writer_lock
from ui.components import plain
from ui.texts.shell import T

LOG = logging.getLogger("cakupan.db")
BUSY_RETRY_SECONDS = 3
NEW_DATA_CHECK_SECONDS = 15
WRITE_WAIT_SECONDS = min(writer_lock.WAIT_SECONDS, 600.0)  # an official waits with a note, not for ever
R = TypeVar("R")
_run = threading.local()


@st.cache_resource(show_spinner=False, max_entries=3)
def _reader(copy: str) -> duckdb.DuckDBPyConnection:
    """Opened once per process and published copy."""
    return store.connect(copy, read_only=True)


def _current() -> tuple[duckdb.DuckDBPyConnection, published.Published]:
    """The connection to the copy published now (publishing first if the store changed unpublished;
    StoreBusy before the first publish while a writer works)."""
    return published.open_current(lambda path: _reader(str(path)))


def open_run_cursor(lang: str = "id") -> duckdb.DuckDBPyConnection:
    """The cursor for this script run (app.py calls this once, and close_run_cursor at the end).

    While the store is held by another process, shows a short note and reruns every few seconds.
    """
    try:
        con, found = _current()
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
    _run.published = found
    return _run.cursor


def version() -> str:
    """Which published copy this run reads: the key under which st.cache_data keeps its figures."""
    found = getattr(_run, "published", None)
    return (found if found is not None else published.current()).key


@st.fragment(run_every=BUSY_RETRY_SECONDS)
def _retry_when_free() -> None:
    """Every few seconds (a timer in the browser, so no server thread waits): once the store opens,
    run the whole page again."""
    try:
        _current()
    except store.StoreBusy:
        return
    st.rerun(scope="app")


@st.fragment(run_every=NEW_DATA_CHECK_SECONDS)
def watch_for_new_data(shown: str) -> None:
    """Every few seconds (a timer in the browser): once a newer copy is published than `shown`, the
    version() the page was drawn from, draw the page again from it. Draws nothing."""
    try:
        now = published.current()
    except store.StoreBusy:
        return
    if now.key != shown:
        st.rerun(scope="app")


def deferred(build):
    """`build(cursor)` as a no-argument callable for st.download_button's deferred data: Streamlit
    runs it on another thread when the button is clicked, so it takes a cursor of its own from the
    shared connection (a run's cursor belongs to its thread) and closes it after."""

    found = getattr(_run, "published", None)

    def run():
        # The copy the page was drawn from, so the file holds the figures the official saw (the
        # current one, should that copy be gone by now).
        try:
            source = _reader(str(found.path)) if found is not None else _current()[0]
        except duckdb.IOException:
            source = _current()[0]
        con = source.cursor()
        before, _run.published = getattr(_run, "published", None), found
        try:
            return build(con)
        finally:
            _run.published = before
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


def write(lang: str, doing: str, change: Callable[[duckdb.DuckDBPyConnection], R], *, data: bool = True) -> R | None:
    """`change(con)` on the store opened for writing (analytics.published.writing), then published.

    While another writer works (a command-line load, another official's upload), a note says who and
    since when, and the change follows when they are done; after WRITE_WAIT_SECONDS it is given up,
    said so, and None returned (nothing was written, the page keeps what the official did).
    """
    note = st.empty()

    def waiting(holder: writer_lock.Holder | None) -> None:
        who = plain.md(holder.doing, 120) if holder and holder.doing else T("store_writer_someone", lang)
        since = holder.since_wib() if holder else "–"
        note.info(T("store_writer_wait", lang, doing=who, since=since), icon=":material/hourglass_top:")

    try:
        with published.writing(wait=WRITE_WAIT_SECONDS, doing=doing, data=data, on_wait=waiting) as con:
            note.empty()
            return change(con)
    except writer_lock.Busy as busy:
        LOG.warning("writer busy, change not saved: %s", busy.message())
        who = plain.md(busy.holder.doing, 120) if busy.holder and busy.holder.doing else T("store_writer_someone", lang)
        note.error(T("store_writer_busy", lang, doing=who), icon=":material/hourglass_disabled:")
        return None
