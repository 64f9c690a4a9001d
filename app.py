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
from ui import db, sidebar, state, theme, urlstate
from ui.text import T

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
    view = dataclasses.replace(view, notices=(view.t("url_ignored", items=", ".join(ignored)),))
state.set_current(view)
urlstate.write(view)

# (file, title key, url path, icon). Later issues add Ringkasan (default), Peta, Capaian Target, ...
PAGES = [
    ("pages/kelola_data.py", "nav_kelola", "kelola-data", ":material/database:"),
]
navigation = st.navigation(
    [st.Page(path, title=view.t(title), url_path=url, icon=icon) for path, title, url, icon in PAGES]
)
navigation.run()
