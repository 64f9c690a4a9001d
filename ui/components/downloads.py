"""The CSV and XLSX buttons under a table: the table as shown, in the files officials forward.

One place for both buttons, so every page offers the same pair with the same icons and MIME types,
and a click does not rerun the page (`on_click="ignore"`). The files are written only when a button
is clicked (st.download_button's deferred data): writing an XLSX on every run cost a page tens of
milliseconds nobody asked for.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import exports
from ui.shell import audit


def table_buttons(table: pd.DataFrame, stem: str, csv_label: str, xlsx_label: str, help_text: str) -> None:
    """Two buttons side by side: `stem`.csv and `stem`.xlsx of `table` (an analytics.exports table)."""
    buttons = st.container(horizontal=True)
    buttons.download_button(
        csv_label,
        audit.logged("ekspor.csv", lambda: exports.to_csv(table), berkas=f"{stem}.csv"),
        file_name=f"{stem}.csv",
        mime=exports.CSV_MIME,
        on_click="ignore",
        icon=":material/download:",
        help=help_text,
    )
    buttons.download_button(
        xlsx_label,
        audit.logged("ekspor.xlsx", lambda: exports.to_xlsx(table), berkas=f"{stem}.xlsx"),
        file_name=f"{stem}.xlsx",
        mime=exports.XLSX_MIME,
        on_click="ignore",
        icon=":material/table_view:",
        help=help_text,
    )
