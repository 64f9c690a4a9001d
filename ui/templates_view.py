"""The Templat tab: one XLSX template per dataset, with the column table beside it.

Templates are built only when a button is clicked (a callable passed to st.download_button), so
drawing the tab costs nothing.
"""

from __future__ import annotations

import functools

import streamlit as st

from analytics.contract import DATASETS
from ui import labels
from ui.contract_table import columns_table
from ui.state import AppState

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _template_maker():
    try:
        from analytics.templates import template_xlsx
    except ImportError:
        return None
    return template_xlsx


def draw(view: AppState) -> None:
    st.caption(view.t("tpl_intro"))
    make = _template_maker()
    if make is None:
        st.warning(view.t("tpl_missing"))
    for name in DATASETS:
        with st.container(border=True):
            st.subheader(labels.dataset_option(name, view.lang))
            if make is not None:
                st.download_button(
                    view.t("tpl_download"),
                    data=functools.partial(make, name, view.lang),
                    file_name=f"templat_{name}.xlsx",
                    mime=XLSX_MIME,
                    key=f"kd_tpl_{name}",
                    on_click="ignore",
                    icon=":material/download:",
                )
            st.dataframe(columns_table(name, view.lang), hide_index=True, width="stretch")
