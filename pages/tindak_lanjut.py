"""Tindak Lanjut — the sanction ladder, overdue follow-ups first, outcomes, one employer's timeline.

A thin page: it reads the global view state, asks analytics.enforcement (every query takes the scope)
and draws with ui.tindak_lanjut, in the order of a meeting: the ladder, the cases to act on, what was
achieved, one employer. The summary and outcomes are cached until the next load (ui.cached).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analytics import enforcement, fmt, glossary
from analytics.contract import KATEGORI
from analytics.enforcement.settings import month_end
from ui.cached import tindak_lanjut as cached
from ui.components import tiles
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.tindak_lanjut import T
from ui.tindak_lanjut import cases, ladder, outcomes, timeline

view = current()
lang = view.lang
con = db.cursor()
t = T.bound(lang)

theme.page_header(t("title"), view)
tiles.style()

if view.periode is None:
    tiles.note(t("no_period"), warn=True)
    st.page_link("pages/kelola_data.py", label=t("go_kelola"), icon=":material/database:")
    st.stop()

# A select box, not segmented buttons: six categories do not fit one row of a 1280 px screen.
controls = st.columns([2, 1, 1], gap="large", vertical_alignment="bottom")
kategori = controls[0].selectbox(
    t("kategori_label"),
    [None, *KATEGORI],
    format_func=lambda k: t("semua") if k is None else glossary.kategori(k, lang, short=True),
    key="tl_kategori",
)
batas = controls[1].number_input(
    t("batas_label"), min_value=1, max_value=365, value=14, step=1, help=t("batas_help"), key="tl_batas"
)
settings = enforcement.EnforcementSettings(batas_hari=int(batas))
today = dt.date.today()
summary = cached.ladder_summary(con, view.scope, view.periode, settings, kategori, today)

if summary.kasus == 0:
    tiles.note(t("empty", scope=view.scope_label, periode=view.periode_label), warn=True)
    st.page_link("pages/kelola_data.py", label=t("go_kelola"), icon=":material/database:")
    st.stop()

achieved = cached.outcomes(con, view.scope, view.periode, kategori, today)
st.caption(t("intro", akhir=fmt.tanggal(month_end(view.periode), lang)))
ladder.headline(summary, achieved.iloc[-1], settings, lang)
ref = enforcement.reference_day(view.periode, today)
tiles.note(t("note_rules", hari=fmt.angka(settings.batas_hari, lang=lang), ref=fmt.tanggal(ref, lang)))

# The outcome table takes the full width: its six columns do not fit half of a 1280 px screen.
ladder.draw(summary, lang)
listed = cases.draw(con, view, summary, settings, kategori, today)
outcomes.draw(achieved, view)
timeline.draw(con, view, listed, settings, kategori, today)
