"""Mirror the view (scope, period, language) in the URL, so a shared link reopens the same view.

Links look like `?wilayah=16.10&periode=2026-10&lang=en`, `?kanwil=Sumbagsel` or `?kantor=K0101`.
A link is read once, when a session starts, into the sidebar widgets' state; after that the
widgets lead and every run writes the URL back. Anything a link gets wrong (an unknown code, a month
without data, a typo) is ignored and reported in one gentle notice, never a crash. Only the keys
named here are touched, so pages may add their own parameters.
"""

from __future__ import annotations

import duckdb
import streamlit as st

from analytics import areas
from analytics.i18n import DEFAULT_LANG, LANGS
from analytics.scope import Level, Scope, ScopeError
from ui.shell.nav import UNKNOWN_PARAM
from ui.shell.sidebar import set_choice
from ui.shell.state import SCOPE_MOVED, AppState

KEYS = ("wilayah", "kanwil", "kantor", "periode", "lang")
_READ_FLAG = "_url_read"


def _first(name: str) -> str | None:
    value = st.query_params.get(name)
    return value.strip() if isinstance(value, str) else None


def _lang_param() -> str | None:
    """`?lang=` as written, lower-cased: `EN` and `en` ask for the same language."""
    value = _first("lang")
    return value.lower() if value is not None else None


def lang_from_url() -> str:
    """The language a link asks for (before anything is drawn), else the default."""
    value = _lang_param()
    return value if value in LANGS else DEFAULT_LANG


def read_once(con: duckdb.DuckDBPyConnection, months: list[str], allowed: Scope) -> list[str]:
    """On a session's first run, put the link's choices into widget state; return what was ignored."""
    if st.session_state.get(_READ_FLAG):
        return []
    st.session_state[_READ_FLAG] = True
    ignored: list[str] = []

    lang = _lang_param()
    if lang is not None:
        if lang in LANGS:
            set_choice("lang", lang)
        else:
            ignored.append(f"lang={_first('lang')}")

    scope_params = [(k, _first(k)) for k in ("wilayah", "kanwil", "kantor") if _first(k) is not None]
    for extra_key, extra_value in scope_params[1:]:
        ignored.append(f"{extra_key}={extra_value}")  # one scope per link; the first wins
    if scope_params:
        key, value = scope_params[0]
        try:
            scope = areas.parse(key, value)
            if not areas.exists(con, scope) or not allowed.contains(con, scope):
                raise ScopeError(value)
        except ScopeError:
            ignored.append(f"{key}={value}")
        else:
            _select_scope(con, scope)

    periode = _first("periode")
    if periode is not None:
        if periode in months:
            set_choice("periode", periode)
        else:
            ignored.append(f"periode={periode}")
    return ignored


def unknown_address() -> str | None:
    """The address ui.shell.serve sent to the home page (`?alamat=/a/b/c`), once; the URL drops it."""
    value = _first(UNKNOWN_PARAM)
    if UNKNOWN_PARAM in st.query_params:
        del st.query_params[UNKNOWN_PARAM]
    return value or None


def select_scope(con: duckdb.DuckDBPyConnection, scope: Scope) -> None:
    """Make `scope` the sidebar's choice, as a link would (a page drilling into a sub-area).

    Takes effect on the next run: call st.rerun() after it, or call it from a widget callback.
    The URL follows on that run.
    """
    _select_scope(con, scope)
    st.session_state[SCOPE_MOVED] = True


def _select_scope(con: duckdb.DuckDBPyConnection, scope: Scope) -> None:
    if scope.level is Level.NASIONAL:  # back up to the whole country, in whichever mode is shown
        for key in ("provinsi", "kabkota", "kanwil", "kantor"):
            set_choice(key, "")
    elif scope.level in (Level.PROVINSI, Level.KABKOTA):
        set_choice("scope_mode", "wilayah")
        set_choice("provinsi", scope.kode[:2])
        set_choice("kabkota", scope.kode if scope.level is Level.KABKOTA else "")
    elif scope.level is Level.KANWIL:
        set_choice("scope_mode", "kantor")
        set_choice("kanwil", scope.kode)
        set_choice("kantor", "")
    elif scope.level is Level.KANTOR:
        set_choice("scope_mode", "kantor")
        set_choice("kanwil", areas.kanwil_of_kantor(con, scope.kode) or "")
        set_choice("kantor", scope.kode)


def params_for(state: AppState) -> dict[str, str]:
    """The query parameters that describe a view (defaults left out to keep links short)."""
    params: dict[str, str] = {}
    match state.scope.level:
        case Level.PROVINSI | Level.KABKOTA:
            params["wilayah"] = state.scope.kode
        case Level.KANWIL:
            params["kanwil"] = state.scope.kode
        case Level.KANTOR:
            params["kantor"] = state.scope.kode
    if state.periode_param:
        params["periode"] = state.periode_param
    if state.lang != DEFAULT_LANG:
        params["lang"] = state.lang
    return params


def write(state: AppState) -> None:
    """Make the URL describe the current view (only our keys; others are left alone)."""
    sync(KEYS, params_for(state))


def sync(keys, wanted: dict[str, str]) -> None:
    """Make the URL's `keys` say `wanted` (a key absent from it is removed), touching only keys
    that change, so an unchanged view does not rewrite the address bar; other keys stay."""
    for key in keys:
        if key in wanted:
            if st.query_params.get(key) != wanted[key]:
                st.query_params[key] = wanted[key]
        elif key in st.query_params:
            del st.query_params[key]
