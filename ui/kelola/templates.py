"""The Templat tab: one XLSX template per dataset, with its columns a click away.

Templates are built only when a button is clicked (a callable passed to st.download_button), so
drawing the tab costs nothing. Each dataset is one compact row (title, required columns, a button
named by the file it gives) so all eight fit on a projector screen; the full column table sits in an
expander. Column names stay as written in the files (snake_case), in body text, not a faint caption.
"""

from __future__ import annotations

import functools

import streamlit as st

from analytics.contract import DATASETS
from ui.kelola import labels
from ui.kelola.contract_table import columns_table
from ui.shell.state import AppState

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
    for name, ds in DATASETS.items():
        with st.container(border=True):
            text, button = st.columns([3, 2], vertical_alignment="center")  # room for the file name at 1280 px
            file_name = f"templat_{name}.xlsx"
            text.markdown(f"**{labels.dataset_title(name, view.lang)}**")
            text.markdown(view.t("tpl_required", cols=", ".join(ds.required_columns)))
            if make is not None:
                button.download_button(
                    file_name,
                    help=view.t("tpl_download", name=file_name),
                    data=functools.partial(make, name, view.lang),
                    file_name=file_name,
                    mime=XLSX_MIME,
                    key=f"kd_tpl_{name}",
                    on_click="ignore",
                    icon=":material/download:",
                    width="stretch",
                )
            with st.expander(view.t("up_columns")):
                st.dataframe(columns_table(name, view.lang), hide_index=True, width="stretch", height="content")
