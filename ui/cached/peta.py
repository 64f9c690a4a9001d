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
from ui.peta.controls import Choice


def needs_compliance(choice: Choice) -> bool:
    names = [choice.indikator, *([choice.gelembung] if choice.gelembung else [])]
    return any(indicators.INDICATORS[n].needs == "compliance" for n in names)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=64)
def _build(
    _con, version, scope: Scope, periode: dt.date, choice: Choice, lang: str
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
    return built, no_snapshot


def build(
    con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, choice: Choice, lang: str
) -> tuple[peta_figure.Peta, bool]:
    """The map and whether the scope lacks the employer snapshot its indicator needs.

    Raises analytics.coverage.DataKosong when the scope has no membership data at all.
    """
    return _build(con, data_version(con), scope, periode, choice, lang)
