"""Reports and the deck cached until the data change (same versioning as ui.cached).

A report or deck costs one to five seconds to build nationally; the Laporan page's preview and the
Presentasi page's every slide change must not pay it again. The Presentasi page asks for the deck's
outline and the one slide it shows, each cached on its own. The files themselves are written when a
download button is clicked (fresh, with the time of the click), not here.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import streamlit as st

from analytics.errors import DataKosong
from analytics.scope import Scope
from ui.cached import data_version


@st.cache_data(show_spinner=False, ttl=3600, max_entries=32)
def _content(_con, version, jenis: str, scope: Scope, periode: dt.date, lang: str):
    from analytics.reports import laporan

    try:
        return laporan.build(_con, jenis, scope, periode, lang=lang)
    except DataKosong as exc:
        return str(exc)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=32)
def _deck(_con, version, scope: Scope, periode: dt.date, lang: str):
    from analytics.reports import rapat

    try:
        return rapat.build(_con, scope, periode, lang=lang, with_map=False)
    except DataKosong as exc:
        return str(exc)


def _slides(con, scope: Scope, periode: dt.date, lang: str):
    from analytics.reports import rapat
    from ui import cached

    return rapat.Slides(con, scope, periode, lang=lang, with_map=False, h=cached.headline(con, scope, periode))


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _outline(_con, version, scope: Scope, periode: dt.date, lang: str):
    try:
        return _slides(_con, scope, periode, lang).outline()
    except DataKosong as exc:
        return str(exc)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=512)
def _slide(_con, version, scope: Scope, periode: dt.date, lang: str, key: str):
    return _slides(_con, scope, periode, lang).slide(key)


def content(con: duckdb.DuckDBPyConnection, jenis: str, scope: Scope, periode: dt.date, lang: str):
    """The report (or deck) of analytics.reports.laporan.build, or the reason there is none (a str)."""
    return _content(con, data_version(con), jenis, scope, periode, lang)


def deck(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, lang: str):
    """The whole meeting deck without the map's picture (the Laporan page's preview of it), or the
    reason there is none (a str)."""
    return _deck(con, data_version(con), scope, periode, lang)


def deck_outline(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, lang: str):
    """The keys of the meeting deck's slides (analytics.reports.rapat.Slides.outline), or the reason
    there is no deck (a str); cached until the next load."""
    return _outline(con, data_version(con), scope, periode, lang)


def deck_slide(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, lang: str, key: str):
    """One slide of the deck, without the map's picture (the page draws its own, clickable, map):
    a first visit builds the slide on the screen, not the ten of the deck (3 s nationally)."""
    return _slide(con, data_version(con), scope, periode, lang, key)
