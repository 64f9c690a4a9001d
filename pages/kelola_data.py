"""Kelola Data — upload, validation report, load history, data completeness and templates.

A thin page: it reads the global view state and composes the ui parts; the parts call analytics.
"""

import streamlit as st

from ui import db, freshness_view, geometry_upload, history_view, templates_view, theme, upload
from ui.state import current
from ui.text_geometri import G

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
    geometry_upload.draw(con, view)
