"""The sidebar: language, the scope (by region or by BPJS office) and the period.

It returns the AppState the pages read. Selectors cascade (province -> regency/city, Kanwil ->
Kantor Cabang) and offer only areas inside the allowed scope. A choice that no longer fits its
options (a new province was picked, a link named a month without data) falls back to the default
instead of raising.
"""

from __future__ import annotations

import duckdb
import streamlit as st

from analytics import areas, fmt, periods
from analytics.i18n import LANGS
from analytics.scope import Level, Scope, scope_name
from ui.state import AppState
from ui.text import T

LANG_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def _keep_valid(key: str, options: list) -> None:
    """Reset a widget's stored value when it is not among this run's options."""
    if st.session_state.get(key) not in options:
        st.session_state[key] = options[0]


def _select(label: str, options: list[str], names: dict[str, str], key: str):
    _keep_valid(key, options)
    return st.selectbox(label, options, format_func=lambda k: names.get(k, k), key=key)


def scope_picker(con: duckdb.DuckDBPyConnection, lang: str, allowed: Scope) -> Scope:
    """Region or office selectors; returns the chosen scope (national when nothing is chosen)."""
    modes = ["wilayah", "kantor"]
    _keep_valid("scope_mode", modes)
    mode = st.radio(
        T("scope_by", lang),
        modes,
        format_func=lambda m: T(f"scope_by_{m}", lang),
        horizontal=True,
        key="scope_mode",
    )
    if mode == "wilayah":
        prov = areas.provinces(con, allowed)
        names = {"": T("all_national", lang), **dict(zip(prov.kode_wilayah, prov.nama, strict=True))}
        kode_prov = _select(T("provinsi", lang), ["", *prov.kode_wilayah], names, "provinsi")
        if not kode_prov:
            return Scope.nasional()
        kk = areas.kabkota(con, kode_prov, allowed)
        names = {"": T("all_in_province", lang), **dict(zip(kk.kode_wilayah, kk.nama, strict=True))}
        kode_kk = _select(T("kabkota", lang), ["", *kk.kode_wilayah], names, "kabkota")
        return Scope.wilayah(kode_kk or kode_prov)

    kanwils = areas.kanwil(con, allowed)
    names = {"": T("all_kanwil", lang), **{k: k for k in kanwils}}
    kanwil = _select(T("kanwil", lang), ["", *kanwils], names, "kanwil")
    if not kanwil:
        return Scope.nasional()
    offices = areas.kantor(con, kanwil, allowed)
    names = {"": T("all_in_kanwil", lang), **dict(zip(offices.kode_kantor, offices.nama_kantor, strict=True))}
    kode_kantor = _select(T("kantor", lang), ["", *offices.kode_kantor], names, "kantor")
    if kode_kantor:
        return Scope(Level.KANTOR, kode_kantor)
    return Scope(Level.KANWIL, kanwil)


def period_picker(months: list[str], lang: str):
    """The month selector (newest first, default the latest); None when no data exists."""
    if not months:
        st.caption(T("no_period", lang))
        return None
    _keep_valid("periode", months)
    chosen = st.selectbox(
        T("periode", lang), months, format_func=lambda m: fmt.bulan(m, lang), key="periode"
    )
    return periods.parse_month(chosen)


def language_picker() -> str:
    _keep_valid("lang", list(LANGS))
    return st.radio(
        T("lang_label", st.session_state["lang"]),
        list(LANGS),
        format_func=LANG_NAMES.get,
        horizontal=True,
        key="lang",
    )


def draw(con: duckdb.DuckDBPyConnection, months: list[str], allowed: Scope) -> AppState:
    """Draw the sidebar controls and return the view state they describe."""
    with st.sidebar:
        lang = language_picker()
        st.subheader(T("scope_header", lang))
        scope = scope_picker(con, lang, allowed)
        periode = period_picker(months, lang)
    label = T("nasional", lang) if scope.level is Level.NASIONAL else scope_name(con, scope)
    return AppState(scope=scope, periode=periode, lang=lang, scope_label=label, allowed=allowed)
