"""Tren — how membership moves: by segment, joiners and leavers, year on year, the projection to the
target's deadline, and up to five areas side by side.

A thin page: it reads the global view state and hands each tab to ui.tren, which asks analytics for
frames and draws the figures of analytics.figures; it says plainly when there is too little history
for a figure. The tabs are lazy: only the open tab runs its queries and draws, which also keeps
plotly from laying a chart out inside a hidden (zero-width) tab.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import fmt
from analytics.coverage import monthly_by_segment
from analytics.coverage.periods import month_index
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.tren import TT
from ui.tren import compare, projection, segments

view = current()
con = db.cursor()
lang = view.lang
t = TT.bound(lang)

theme.page_header(t("tr_title"), view)
st.caption(t("tr_intro"))

by_segment = monthly_by_segment(con, view.scope, end=view.periode) if view.periode else pd.DataFrame()
if by_segment.empty:
    st.info(t("tr_empty"), icon=":material/upload_file:")
    st.stop()

first = pd.Timestamp(by_segment["periode"].min()).date()
last = view.periode
latest = pd.Timestamp(by_segment["periode"].max()).date()
if latest < last:
    st.warning(t("no_month_data", bulan=fmt.bulan(last, lang), terakhir=fmt.bulan(latest, lang)))
span = month_index(last) - month_index(first) + 1  # months from the first loaded one to the period
dari, sampai = fmt.bulan(first, lang), fmt.bulan(last, lang)

tabs = st.tabs(
    [t("tab_segmen"), t("tab_arus"), t("tab_yoy"), t("tab_proyeksi"), t("tab_banding")],
    key="tr_tab",
    on_change="rerun",
)
sections = (
    lambda: segments.draw_segments(con, view, by_segment, dari, sampai),
    lambda: segments.draw_flows(con, view, by_segment, last),
    lambda: segments.draw_year_on_year(con, view, first, last, span),
    lambda: projection.draw_projection(con, view, last, span),
    lambda: compare.draw_comparison(con, view),
)
for tab, draw in zip(tabs, sections, strict=True):
    if tab.open:
        with tab:
            draw()
