"""Tables of pre-formatted text whose figures still line up on the right.

Figures are formatted in the user's language before they reach a table (`7.875`, `12,5%`), which
makes them text, and text is left-aligned. st.dataframe takes `TextColumn(alignment="right")`;
st.table takes a pandas Styler, which this builds (cells and headings of the named columns).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

# !important: Streamlit puts an inline `text-align: left` on every cell of st.table
RIGHT = "text-align: right !important"


def right_aligned(table: pd.DataFrame, columns: Iterable[str]) -> Styler:
    """A Styler for st.table: the named columns (cells and headings) right-aligned."""
    columns = [c for c in columns if c in table.columns]
    return table.style.set_table_styles(
        {c: [{"selector": "th", "props": RIGHT}, {"selector": "td", "props": RIGHT}] for c in columns},
    )


def right_columns(columns: Iterable[str]) -> dict:
    """column_config for st.dataframe: the named text columns right-aligned."""
    return {c: st.column_config.TextColumn(alignment="right") for c in columns}

