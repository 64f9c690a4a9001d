"""Kelola Data — upload, validation report, load history, data completeness and templates.

A thin page: it reads the global view state and composes the ui parts; the parts call analytics.
"""

import streamlit as st

from ui.kelola import freshness as freshness_view
from ui.kelola import geometry as geometry_upload
from ui.kelola import history as history_view
from ui.kelola import templates as templates_view
from ui.kelola import upload
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.geometri import G

view = current()
con = db.cursor()

# Uploads, history and templates are not limited to the sidebar's area and period; only the
# completeness tab uses them, and says so in its own heading.
theme.page_header(view.t("kd_title"), view, context=False)
st.caption(view.t("kd_intro"))

tab_upload, tab_history, tab_freshness, tab_templates, tab_geometry = st.tabs(
    [view.t("tab_upload"), view.t("tab_history"), view.t("tab_freshness"), view.t("tab_templates"),
     G("tab", view.lang)],
)
with tab_upload:
    upload.draw(con, view)
with tab_history:
    history_view.draw(con, view)
with tab_freshness:
    freshness_view.draw(con, view)
with tab_templates:
    templates_view.draw(view)
with tab_geometry:
    if view.admin:
        geometry_upload.draw(con, view)
    else:
        st.info(view.t("admin_only"), icon=":material/lock:")
