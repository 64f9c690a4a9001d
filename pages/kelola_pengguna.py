"""Kelola Pengguna — accounts and the audit trail, for admins (issue 14).

The accounts and their rules are analytics.akun's (the same as `cakupan pengguna`); ui.pengguna
draws them. In demo mode (no account yet) the page offers one thing: the first admin.
"""

from __future__ import annotations

import streamlit as st

from analytics.akun import accounts, db
from ui.pengguna import accounts as account_view
from ui.pengguna import audit_view
from ui.shell import db as store_db
from ui.shell import theme
from ui.shell.state import current
from ui.texts.pengguna import KP

view = current()
con = store_db.cursor()
t = KP.bound(view.lang)

theme.page_header(t("title"), view, context=False)
if not view.admin:
    st.info(t("admin_only"), icon=":material/lock:")
    st.stop()
account_view.done_message()
if view.pengguna is None:  # demo mode: the first account is an admin
    st.info(t("demo"), icon=":material/science:")
    account_view.add_form(con, view, first_admin=True)
    st.stop()

with db.connect() as accounts_con:
    found = accounts.listing(accounts_con)
tab_list, tab_add, tab_change, tab_audit = st.tabs([t("tab_accounts"), t("tab_add"), t("tab_change"), t("tab_audit")])
with tab_list:
    account_view.listing(found, view.lang)
with tab_add:
    account_view.add_form(con, view, first_admin=False)
with tab_change:
    account_view.change_form(con, view, found)
with tab_audit:
    audit_view.draw(view)
