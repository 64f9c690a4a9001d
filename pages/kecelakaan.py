"""Kecelakaan Kerja — work accidents in the scope: the month, the quarter to date and the year to date
with the rate per 100.000 participants, the months not reported, the trend against a year earlier,
and the quarter by area (sortable), segment and KBLI section, with the table by area as CSV/XLSX.

A thin page: the figures come from analytics.kecelakaan (the same as `python -m analytics
kecelakaan`), cached until the next load; ui.kecelakaan draws them.
"""

from __future__ import annotations

import streamlit as st

from analytics import fmt
from analytics.compliance import DataKosong as NoSnapshot
from analytics.figures import kecelakaan as figure
from analytics.kecelakaan.breakdown import table_scope, with_unprotected
from ui import cached
from ui.cached import kepatuhan as cached_kepatuhan
from ui.components import charts, tiles
from ui.kecelakaan import tables
from ui.kecelakaan import tiles as accident_tiles
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.kecelakaan import KC

view = current()
lang = view.lang
con = db.cursor()
t = KC.bound(lang)

theme.page_header(t("title"), view)
tiles.style()

found = cached.accidents(con, view.scope, view.periode) if view.periode else None
if found is None:
    tiles.note(t("empty", scope=view.scope_label), warn=True)
    st.page_link("pages/kelola_data.py", label=t("go_kelola"), icon=":material/database:")
    st.stop()

k, areas, segments, sectors, monthly = found
st.caption(t("intro", triwulan=k.triwulan, periode=fmt.bulan(k.periode, lang)))
accident_tiles.draw(k, lang)

st.subheader(t("sec_trend"))
charts.show(figure.month_by_month(monthly, k.periode, lang), key="kc_trend")

st.subheader(t("sec_areas", triwulan=k.triwulan))
tab_areas, tab_segments, tab_sectors = st.tabs([t("tab_wilayah"), t("tab_segmen"), t("tab_sektor")])
with tab_areas:
    st.caption(t("areas_caption"))
    tables.subareas(areas, lang)
    tables.export(areas, view.scope_label, k, lang)
with tab_segments:
    tables.by_column(segments, "segmen", lang, view.scope_label, k)
with tab_sectors:
    tables.by_column(sectors, "sektor", lang, view.scope_label, k)

st.subheader(t("sec_unprotected"))
try:
    workers = cached_kepatuhan.breakdown(con, table_scope(view.scope), "wilayah", k.periode)
except NoSnapshot:
    workers = None
tables.unprotected(None if workers is None else with_unprotected(areas, workers), lang)
