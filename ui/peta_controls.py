"""The map's controls: which indicator, how its values are split into classes, and bubbles.

One row above the map (widgets of fixed width that wrap on a narrow screen), so the map keeps
the page's width. Each control has its own key and lives
only in this session (not in the URL: a shared link opens the default map of its area). The method
control is keyed per indicator, so switching indicators never carries a method the new one does
not allow; the number of classes is hidden where it means nothing (fixed thresholds).
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from analytics.geo import indicators
from ui.text_peta import P

KELAS = (3, 4, 5, 6, 7)
DEFAULT_KELAS = 5
DEFAULT_INDIKATOR = "capaian"


@dataclass(frozen=True)
class Choice:
    indikator: str
    metode: str
    kelas: int
    gelembung: str | None  # an indicators.COUNT_NAMES entry, or None for no bubbles


def draw(lang: str) -> Choice:
    """Draw the controls in one row and return what they say."""
    row = st.container(horizontal=True, vertical_alignment="bottom", gap="medium")
    col_ind = col_met = col_kls = col_gel = row
    names = list(indicators.NAMES)
    indikator = col_ind.selectbox(
        P("c_indikator", lang),
        names,
        index=names.index(DEFAULT_INDIKATOR) if DEFAULT_INDIKATOR in names else 0,
        format_func=lambda n: indicators.INDICATORS[n].label(lang),
        key="peta_indikator",
        width=280,
    )
    spec = indicators.INDICATORS[indikator]
    methods = list(spec.methods)
    metode = (
        col_met.segmented_control(
            P("c_metode", lang),
            methods,
            format_func=lambda m: P(f"m_{m}", lang),
            default=spec.default_method,
            required=True,
            disabled=len(methods) == 1,
            help=P("metode_help", lang),
            key=f"peta_metode_{indikator}",
        width="content",
        )
        or spec.default_method
    )
    kelas = DEFAULT_KELAS
    if metode != "ambang":
        kelas = (
            col_kls.segmented_control(
                P("c_kelas", lang), KELAS, default=DEFAULT_KELAS, required=True, key="peta_kelas", width="content"
            )
            or DEFAULT_KELAS
        )
    options = [None, *indicators.COUNT_NAMES]
    gelembung = col_gel.selectbox(
        P("c_gelembung", lang),
        options,
        format_func=lambda n: P("g_none", lang) if n is None else indicators.INDICATORS[n].label(lang),
        help=P("gelembung_help", lang),
        key="peta_gelembung",
        width=280,
    )
    return Choice(indikator, metode, int(kelas), gelembung)
