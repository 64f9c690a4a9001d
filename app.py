"""Cakupan — the entry point: page config, theme, store, global scope and period, navigation.

Run with `streamlit run app.py` (or `make run`). Each run opens a cursor on the shared store,
draws the sidebar (language, scope, period; mirrored in the URL), publishes the view state for
the pages (ui.state.current()) and runs the chosen page. Pages are listed in PAGES only once built.
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from analytics import periods
from analytics.scope import Scope
from ui import db, guard, plain, sidebar, state, theme, urlstate
from ui.text import T
from ui.text_capaian import T as TC
from ui.text_kepatuhan import K as TK
from ui.text_peta import P as TP
from ui.text_ringkasan import R
from ui.text_tindak_lanjut import T as TL
from ui.text_tren import TT

st.set_page_config(page_title="Cakupan", page_icon="🛡️", layout="wide")
theme.apply()

con = db.open_run_cursor(sidebar.current_lang() or urlstate.lang_from_url())

# Sign-in is a later issue; until then everyone may see the whole country.
allowed = Scope.nasional()
months = [m.strftime("%Y-%m") for m in periods.months_available(con, allowed)]
ignored = urlstate.read_once(con, months, allowed)

lang_now = sidebar.current_lang() or urlstate.lang_from_url()
theme.brand(T("app_title", lang_now), T("app_tagline", lang_now))
view = sidebar.draw(con, months, allowed)
if ignored:
    view = dataclasses.replace(view, notices=(view.t("url_ignored", items=plain.items(ignored)),))
state.set_current(view)
urlstate.write(view)

# (file, title, url path, icon). The title is a key of ui.text, or (catalog, key) for a page that
# keeps its own labels. The first entry is the default page (what the bare address opens).
PAGES = [
    ("pages/ringkasan.py", (R, "nav"), "ringkasan", ":material/dashboard:"),
    ("pages/peta.py", (TP, "nav"), "peta", ":material/map:"),
    ("pages/capaian_target.py", (TC, "nav"), "capaian-target", ":material/leaderboard:"),
    ("pages/tren.py", (TT, "tr_nav"), "tren", ":material/trending_up:"),
    ("pages/kepatuhan.py", (TK, "nav"), "kepatuhan", ":material/fact_check:"),
    ("pages/tindak_lanjut.py", (TL, "nav"), "tindak-lanjut", ":material/gavel:"),
    ("pages/kelola_data.py", "nav_kelola", "kelola-data", ":material/database:"),
]


def _title(title) -> str:
    return view.t(title) if isinstance(title, str) else title[0](title[1], view.lang)


navigation = st.navigation(
    [
        st.Page(path, title=_title(title), url_path=url, icon=icon, default=(i == 0))
        for i, (path, title, url, icon) in enumerate(PAGES)
    ]
)
# A failing page shows a calm message with a reference code; the traceback goes to the server log.
guard.run_page(navigation.run, view.lang, navigation.title)
