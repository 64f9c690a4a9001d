"""Kepatuhan — which employers hold the gap: categories, where they are, and whom to inspect first.

A thin page: tiles per category, the gap-closing sentence and the rules used (analytics.compliance
summary / gap / rules), the breakdown by area and sector, arrears ageing and the trend, then the
employer list in priority order, one page at a time, with the joint inspection list as XLSX.
"""

from __future__ import annotations

import streamlit as st

from analytics import fmt
from analytics.compliance.query import DataKosong
from ui.cached import kepatuhan as cached
from ui.components import tiles
from ui.kepatuhan import breakdown, employer_list, headline
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.kepatuhan import K

view = current()
lang = view.lang
con = db.cursor()
k = K.bound(lang)

theme.page_header(k("title"), view)
tiles.style()


def empty_state() -> None:
    tiles.note(k("empty", scope=view.scope_label, periode=view.periode_label), warn=True)
    st.page_link("pages/kelola_data.py", label=k("go_kelola"), icon=":material/database:")
    st.stop()


if view.periode is None:
    empty_state()
try:
    summary = cached.summary(con, view.scope, view.periode)
except DataKosong:
    empty_state()

if summary.periode_terlama < summary.periode:
    st.caption(k("snapshot_mixed", bulan=fmt.bulan(summary.periode, lang),
                 terlama=fmt.bulan(summary.periode_terlama, lang)))  # fmt: skip
else:
    st.caption(k("snapshot", bulan=fmt.bulan(summary.periode, lang)))

# The tiles, the gap and the rules; where the employers are; whom to inspect first.
headline.draw(con, view, summary)
breakdown.draw(con, view, summary)
employer_list.draw(con, view, summary)
