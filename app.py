"""Cakupan — the entry point: page config, theme, store, global scope and period, navigation.

Run with `streamlit run app.py` (or `make run`). Each run opens a cursor on the shared store,
draws the sidebar (language, scope, period; mirrored in the URL), publishes the view state for
the pages (ui.shell.state.current()) and runs the chosen page. Pages are listed in PAGES only once built.
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from analytics.scope import Scope
from ui import cached
from ui.components import plain
from ui.shell import db, guard, sidebar, signin, state, theme, urlstate
from ui.shell.nav import ADMIN_ONLY, PAGES
from ui.texts.shell import T


def run(con) -> None:
    """Sidebar, view state, navigation and the chosen page, on this run's cursor."""
    # The area this account may see (issue 14): its role's scope; the whole country in demo mode.
    account = signin.account(sidebar.current_lang() or urlstate.lang_from_url())
    allowed = account.scope if account is not None else Scope.nasional()
    months = [m.strftime("%Y-%m") for m in cached.months_available(con, allowed)]
    ignored = urlstate.read_once(con, months, allowed)
    unknown = urlstate.unknown_address()

    lang_now = sidebar.current_lang() or urlstate.lang_from_url()
    theme.brand(T("app_title", lang_now), T("app_tagline", lang_now))
    view = sidebar.draw(con, months, allowed)
    if account is not None:
        view = dataclasses.replace(view, pengguna=account.nama, peran=account.peran,
                                   boleh_unggah=account.boleh_unggah or account.admin)  # fmt: skip
    signin.sidebar_line(account, view.lang)
    if unknown:
        view = dataclasses.replace(view, notices=(view.t("url_unknown", alamat=plain.md(unknown, 80)),))
    if ignored:
        view = dataclasses.replace(view, notices=(*view.notices, view.t("url_ignored", items=plain.items(ignored))))
    state.set_current(view)
    urlstate.write(view)

    def title(of) -> str:
        return view.t(of) if isinstance(of, str) else of[0](of[1], view.lang)

    navigation = st.navigation(
        [
            st.Page(path, title=title(of), url_path=url, icon=icon, default=(i == 0))
            for i, (path, of, url, icon) in enumerate(PAGES)
            if view.admin or path not in ADMIN_ONLY
        ]
    )
    # A failing page shows a calm message with a reference code; the traceback goes to the server log.
    guard.run_page(navigation.run, view.lang, navigation.title)


st.set_page_config(page_title="Cakupan", page_icon="🛡️", layout="wide")
theme.apply()
cursor = db.open_run_cursor(sidebar.current_lang() or urlstate.lang_from_url())
try:  # the run owns its cursor until it ends, however it ends (ui.shell.db)
    # Before the page: a page that stops early (no data yet, an empty month) also redraws itself when
    # a load is published meanwhile.
    db.watch_for_new_data(db.version())
    run(cursor)
finally:
    db.close_run_cursor()
