"""The sidebar: language, the scope (by region or by BPJS office) and the period.

It returns the AppState the pages read. Selectors cascade (province -> regency/city, Kanwil ->
Kantor Cabang) and offer only areas inside the allowed scope. A choice that no longer fits its
options (a new province was picked, a link named a month without data) falls back to the default
instead of raising.

Each choice is kept under a private key (`choice(key)`) that only the user's own changes (through
on_change) and links (ui.shell.urlstate) write, and is pushed into the widget before it is drawn. Widget
state alone is not enough: on a fresh server the first rerun can rebuild a widget and drop a value
that a link had set, which silently turned a shared regency view into the national one.
"""

from __future__ import annotations

import duckdb
import streamlit as st

from analytics import areas, fmt, periods
from analytics.i18n import LANGS
from analytics.scope import Level, Scope, scope_name
from ui import cached
from ui.shell.state import AppState
from ui.texts.shell import T

LANG_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def _kept(key: str) -> str:
    return f"_choice_{key}"


def set_choice(key: str, value) -> None:
    """Choose a value for a sidebar widget (used by links)."""
    st.session_state[_kept(key)] = value


def _remember(key: str) -> None:
    st.session_state[_kept(key)] = st.session_state[key]


def _prepare(key: str, options: list, default=None):
    """The kept choice, reset to `default` (else the first option) when it no longer fits, pushed into
    the widget."""
    value = st.session_state.get(_kept(key), st.session_state.get(key))
    if value not in options:
        value = default if default in options else options[0]
    st.session_state[_kept(key)] = st.session_state[key] = value
    return value


def _select(label: str, options: list[str], names: dict[str, str], key: str, lang: str, default=None):
    value = _prepare(key, options, default)
    st.selectbox(
        label, options, format_func=lambda k: names.get(k, k), key=key, on_change=_remember, args=(key,),
        placeholder=T("choose", lang),  # shown while typing to search; Streamlit's own is English
    )
    return value


def _radio(label: str, options: list[str], format_func, key: str):
    value = _prepare(key, options)
    st.radio(label, options, format_func=format_func, horizontal=True, key=key, on_change=_remember, args=(key,))
    return value


def scope_picker(con: duckdb.DuckDBPyConnection, lang: str, allowed: Scope) -> Scope:
    """Region or office selectors within `allowed`; returns the chosen scope.

    A national account chooses freely ("all" is the whole country). Any other account is kept
    inside its area by the options themselves: a province or kab/kota account picks by region only,
    its "all" is its own area and nothing above it is offered; a Kanwil or Kantor Cabang account
    picks by office the same way (regions would cut across its offices). `draw` then clamps the
    result again (ui.shell.state's scope is never outside the account's area)."""
    level = allowed.level
    if level is Level.NASIONAL:
        mode = _radio(T("scope_by", lang), ["wilayah", "kantor"],
                      lambda m: T({"wilayah": "scope_by_wilayah", "kantor": "scope_by_kantor"}[m], lang), "scope_mode")  # fmt: skip
    else:
        mode = "wilayah" if level in (Level.PROVINSI, Level.KABKOTA) else "kantor"
        st.session_state["scope_mode"] = mode
    if mode == "wilayah":
        prov = areas.provinces(con, allowed)
        own = level is Level.NASIONAL
        names = {"": T("all_national", lang), **dict(zip(prov.kode_wilayah, prov.nama, strict=True))}
        kode_prov = _select(T("provinsi", lang), ([""] if own else []) + list(prov.kode_wilayah), names, "provinsi", lang)
        if not kode_prov:
            return Scope.nasional() if own else allowed
        kk = areas.kabkota(con, kode_prov, allowed)
        whole = level is not Level.KABKOTA  # a kab/kota account has no "whole province"
        names = {"": T("all_in_province", lang), **dict(zip(kk.kode_wilayah, kk.nama, strict=True))}
        kode_kk = _select(T("kabkota", lang), ([""] if whole else []) + list(kk.kode_wilayah), names, "kabkota", lang)
        return Scope.wilayah(kode_kk or kode_prov)

    kanwils = areas.kanwil(con, allowed)
    own = level is Level.NASIONAL
    names = {"": T("all_kanwil", lang), **{k: k for k in kanwils}}
    kanwil = _select(T("kanwil", lang), ([""] if own else []) + list(kanwils), names, "kanwil", lang)
    if not kanwil:
        return Scope.nasional() if own else allowed
    offices = areas.kantor(con, kanwil, allowed)
    whole = level is not Level.KANTOR  # a Kantor Cabang account has no "whole Kanwil"
    names = {"": T("all_in_kanwil", lang), **dict(zip(offices.kode_kantor, offices.nama_kantor, strict=True))}
    kode_kantor = _select(T("kantor", lang), ([""] if whole else []) + list(offices.kode_kantor), names, "kantor", lang)
    if kode_kantor:
        return Scope(Level.KANTOR, kode_kantor)
    return Scope(Level.KANWIL, kanwil)


def within(con: duckdb.DuckDBPyConnection, scope: Scope, allowed: Scope) -> Scope:
    """`scope` when the account may see it, else the account's own area (the last word on the view's
    scope, whatever a widget, a link or a click asked for)."""
    if allowed.level is Level.NASIONAL or scope == allowed or allowed.contains(con, scope):
        return scope
    return allowed


def period_picker(months: list[str], lang: str, default: str | None = None, partial: dict | None = None):
    """The month selector (newest first, default `default`, else the latest); None when no data exists.

    `partial`: month -> (kab/kota with data, kab/kota in the scope) for the months whose membership
    data is not complete (analytics.periods): they stay choosable, marked as partial."""
    if not months:
        st.caption(T("no_period", lang))
        return None
    partial = partial or {}
    names = {
        m: fmt.bulan(m, lang) + (T("period_partial", lang, ada=fmt.angka(partial[m][0], lang=lang),
                                   total=fmt.angka(partial[m][1], lang=lang)) if m in partial else "")
        for m in months
    }  # fmt: skip
    return periods.parse_month(_select(T("periode", lang), months, names, "periode", lang, default))


def current_lang() -> str | None:
    """The chosen language before the picker is drawn (the brand and the store message need it)."""
    return st.session_state.get(_kept("lang"))


def language_picker() -> str:
    label = T("lang_label", current_lang() or LANGS[0])
    return _radio(label, list(LANGS), LANG_NAMES.get, "lang")


def draw(con: duckdb.DuckDBPyConnection, months: list[str], allowed: Scope) -> AppState:
    """Draw the sidebar controls and return the view state they describe. A view opens on the chosen
    scope's latest complete month (analytics.periods.default_month); later partial months are marked."""
    with st.sidebar:
        lang = language_picker()
        st.subheader(T("scope_header", lang))
        scope = within(con, scope_picker(con, lang, allowed), allowed)
        coverage, opens_on = cached.month_coverage(con, scope)
        partial = {m.strftime("%Y-%m"): counts for m, counts in coverage.items() if not periods.is_complete(*counts)}
        periode = period_picker(months, lang, opens_on.strftime("%Y-%m") if opens_on else None, partial)
    label = T("nasional", lang) if scope.level is Level.NASIONAL else scope_name(con, scope)
    allowed_label = T("nasional", lang) if allowed.level is Level.NASIONAL else scope_name(con, allowed)
    return AppState(scope=scope, periode=periode, lang=lang, scope_label=label, allowed=allowed,
                    allowed_label=allowed_label)  # fmt: skip
