"""The map, cached until the data change (same versioning as ui.cached).

Every control change reruns the page; the figures it needs (coverage per sub-area, the compliance
breakdown) are already cached in ui.cached / ui.cached.kepatuhan, and the map built from them is
kept here per scope, month, indicator, classification, bubbles and language, so going back to a map
seen before costs nothing.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import streamlit as st

from analytics.compliance import DataKosong as NoSnapshot
from analytics.figures import peta as peta_figure
from analytics.geo import indicators
from analytics.reports import peta
from analytics.scope import Scope
from ui import cached
from ui.cached import data_version
from ui.cached import kepatuhan as cached_kepatuhan
from ui.peta import map as peta_map
from ui.peta.controls import Choice


def needs_compliance(choice: Choice) -> bool:
    names = [choice.indikator, *([choice.gelembung] if choice.gelembung else [])]
    return any(indicators.INDICATORS[n].needs == "compliance" for n in names)


# A resource, not data: st.cache_data would unpickle the figure, its frames and the shapes on every
# run (half of a warm run of the page nationally). Shared by every session, so read-only: the map
# gets its page layout here, once, and ui.peta.map draws it without changing it.
@st.cache_resource(show_spinner=False, ttl=3600, max_entries=64)
def _build(
    _con, version, scope: Scope, periode: dt.date, choice: Choice, lang: str, max_height: int
) -> tuple[peta_figure.Peta, bool]:
    coverage_frame = cached.subareas(_con, scope, periode)
    compliance_frame, no_snapshot = None, False
    if needs_compliance(choice):
        try:
            compliance_frame = cached_kepatuhan.breakdown(_con, scope, "wilayah", periode)
        except NoSnapshot:
            no_snapshot = True
    built = peta.build(
        _con,
        scope,
        periode,
        choice.indikator,
        choice.metode,
        choice.kelas,
        choice.gelembung,
        lang,
        coverage_frame=coverage_frame,
        compliance_frame=compliance_frame,
    )
    height = min(max_height, peta_map.height_for(built.bounds))
    built.figure.update_layout(height=height, margin={"l": 0, "r": 0, "t": 0, "b": 0}, showlegend=False)
    return built, no_snapshot


def build(
    con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, choice: Choice, lang: str,
    max_height: int = peta_map.MAX_HEIGHT,
) -> tuple[peta_figure.Peta, bool]:
    """The map and whether the scope lacks the employer snapshot its indicator needs; laid out for a
    page at most `max_height` px tall (no margins, no legend). Shared between sessions, so never to
    be changed (ui.peta.map.draw does not).

    Raises analytics.coverage.DataKosong when the scope has no membership data at all.
    """
    return _build(con, data_version(con), scope, periode, choice, lang, max_height)
