"""The map's controls: which indicator, how its values are split into classes, and bubbles.

Few and small, so the map starts above the fold at 1280×720: the indicator is a selectbox in the
page's one toolbar row; the rest (classes, bubbles), changed less often, sits in a popover beside it
whose label says what is chosen. The method control is keyed per indicator, so switching
indicators never carries a method the new one does not allow; the number of classes is hidden
where it means nothing (fixed thresholds).

The choices live in the URL, like the sidebar's (ui.shell.urlstate), so a presenter can bookmark or
share a map: `?indikator=pwbd&metode=kuantil&kelas=5&gelembung=gap`, defaults left out. This
module owns those keys, not the shell: only this page reads and writes them, and Streamlit drops
unbound parameters when the user moves to another page, so they never linger there. `read_url()`
applies the URL whenever it says something this page did not write itself (a link just opened,
the browser's back button) and returns what it ignored; after that the widgets lead and
`write_url()` mirrors them.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from analytics.geo import indicators
from ui.shell import urlstate
from ui.texts.peta import P

KELAS = (3, 4, 5, 6, 7)
DEFAULT_KELAS = 5
DEFAULT_INDIKATOR = "capaian"
URL_KEYS = ("indikator", "metode", "kelas", "gelembung")
NO_BUBBLES = ""  # the bubbles control's "none" (a None value set from code shows as no selection)
_WRITTEN = "_peta_url_written"  # the map's part of the URL as this page last wrote it


@dataclass(frozen=True)
class Choice:
    indikator: str
    metode: str
    kelas: int
    gelembung: str | None  # an indicators.COUNT_NAMES entry, or None for no bubbles


METHOD_LABEL = {"kuantil": "m_kuantil", "interval": "m_interval", "ambang": "m_ambang"}  # ui.texts.peta

def _url_part() -> dict[str, str]:
    return {k: st.query_params[k].strip() for k in URL_KEYS if k in st.query_params}


def read_url() -> list[str]:
    """Put the URL's map choices into the controls' state when the URL holds something this page
    did not write; return the parts ignored (`kelas=9`), for the shell's notice. A key left out
    means its default, so the back button can return to the default map."""
    given = _url_part()
    if given == st.session_state.get(_WRITTEN, {}):
        return []
    ignored: list[str] = []
    indikator = given.get("indikator", DEFAULT_INDIKATOR)
    if indikator not in indicators.NAMES:
        ignored.append(f"indikator={indikator}")
        indikator = DEFAULT_INDIKATOR
    spec = indicators.INDICATORS[indikator]
    metode = given.get("metode", spec.default_method)
    if metode not in spec.methods:
        ignored.append(f"metode={metode}")
        metode = spec.default_method
    kelas = given.get("kelas", str(DEFAULT_KELAS))
    if kelas not in {str(k) for k in KELAS}:
        ignored.append(f"kelas={kelas}")
        kelas = str(DEFAULT_KELAS)
    gelembung = given.get("gelembung")
    if gelembung is not None and gelembung not in indicators.COUNT_NAMES:
        ignored.append(f"gelembung={gelembung}")
        gelembung = None
    st.session_state["peta_indikator"] = indikator
    st.session_state[f"peta_metode_{indikator}"] = metode
    st.session_state["peta_kelas"] = int(kelas)
    st.session_state["peta_gelembung"] = gelembung or NO_BUBBLES
    return ignored


def params_for(choice: Choice) -> dict[str, str]:
    """The URL's map part for a choice, defaults left out to keep links short."""
    spec = indicators.INDICATORS[choice.indikator]
    params: dict[str, str] = {}
    if choice.indikator != DEFAULT_INDIKATOR:
        params["indikator"] = choice.indikator
    if choice.metode != spec.default_method:
        params["metode"] = choice.metode
    if choice.metode != "ambang" and choice.kelas != DEFAULT_KELAS:
        params["kelas"] = str(choice.kelas)
    if choice.gelembung:
        params["gelembung"] = choice.gelembung
    return params


def write_url(choice: Choice) -> None:
    """Make the URL's map part describe `choice` (touching only keys that change)."""
    wanted = params_for(choice)
    urlstate.sync(URL_KEYS, wanted)
    st.session_state[_WRITTEN] = wanted


def _summary(lang: str) -> str:
    """The popover's label: the method, classes and bubbles now chosen, as state holds them."""
    indikator = st.session_state.get("peta_indikator", DEFAULT_INDIKATOR)
    spec = indicators.INDICATORS.get(indikator, indicators.INDICATORS[DEFAULT_INDIKATOR])
    metode = st.session_state.get(f"peta_metode_{spec.name}") or spec.default_method
    parts = [P(METHOD_LABEL.get(metode, "m_ambang"), lang)]
    if metode != "ambang":
        parts.append(P("n_kelas", lang, n=st.session_state.get("peta_kelas") or DEFAULT_KELAS))
    gelembung = st.session_state.get("peta_gelembung")
    if gelembung in indicators.INDICATORS:
        parts.append(P("dengan_gelembung", lang))
    return " · ".join(parts)


def draw(lang: str, row) -> Choice:
    """Draw the indicator into `row` (a horizontal container) and the other controls into a popover
    beside it; return what they say."""
    names = list(indicators.NAMES)
    indikator = row.selectbox(
        P("c_indikator", lang),
        names,
        # Set by read_url: no index of our own (Streamlit warns when a default and a set value meet).
        index=0 if "peta_indikator" in st.session_state else names.index(DEFAULT_INDIKATOR),
        format_func=lambda n: indicators.INDICATORS[n].label(lang),
        key="peta_indikator",
        width=195,
    )
    more = row.popover(_summary(lang), icon=":material/tune:", help=P("atur_help", lang), key="peta_atur")
    col_met = col_kls = col_gel = more
    spec = indicators.INDICATORS[indikator]
    methods = list(spec.methods)
    metode = (
        col_met.segmented_control(
            P("c_metode", lang),
            methods,
            format_func=lambda m: P(METHOD_LABEL[m], lang),
            default=None if f"peta_metode_{indikator}" in st.session_state else spec.default_method,
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
                P("c_kelas", lang),
                KELAS,
                default=None if "peta_kelas" in st.session_state else DEFAULT_KELAS,
                required=True,
                key="peta_kelas",
                width="content",
            )
            or DEFAULT_KELAS
        )
    options = [NO_BUBBLES, *indicators.COUNT_NAMES]
    gelembung = col_gel.selectbox(
        P("c_gelembung", lang),
        options,
        format_func=lambda n: P("g_none", lang) if n == NO_BUBBLES else indicators.INDICATORS[n].label(lang),
        help=P("gelembung_help", lang),
        key="peta_gelembung",
        width=195,
    )
    return Choice(indikator, metode, int(kelas), gelembung or None)
