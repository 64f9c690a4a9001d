"""Tables of pre-formatted text whose figures still line up on the right, and the switch between a
wide table's compact projector layout and all its columns.

Figures are formatted in the user's language before they reach a table (`7.875`, `12,5%`), which
makes them text, and text is left-aligned. st.dataframe takes `TextColumn(alignment="right")`;
st.table takes a pandas Styler, which this builds (cells and headings of the named columns).

A projector at 1280×720 shows about 790 px of table: a list of thirteen columns showed five, and the
ones cut off were the ones an official acts on. Each wide table has a compact layout (the columns
acted on first, in that order) shown by default, and "Semua kolom" for the rest; the downloads
always hold every column.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

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


def all_columns_toggle(key: str, lang: str, where=st) -> bool:
    """The "Semua kolom" switch above a wide table: off (the default), the table shows its compact
    projector layout; on, every column. Returns whether every column is asked for."""
    from ui.texts.shell import T  # the words of the app's common controls

    return where.toggle(T("all_columns", lang), key=key, help=T("all_columns_help", lang))


def column_order(columns: Iterable[str], compact: Iterable[str], every: bool) -> list[str]:
    """What a table shows: every column in its own order, or the compact ones in the compact order
    (those the frame does not hold left out)."""
    columns = list(columns)
    return columns if every else [c for c in compact if c in columns]


def print_table(table: pd.DataFrame, numeric: Iterable[str] = ()) -> None:
    """`table` (text already formatted) as a plain HTML table that shows only when the page is
    printed, right after a grid: a grid draws on a canvas the rows and columns in view, so a print
    of it dropped the rest (issue 11). The theme's print rules hide the grid just before it. Cells
    are escaped: a name is text, never markup."""
    numeric = set(numeric)
    head = "".join(f'<th class="{"num" if c in numeric else ""}">{escape(str(c))}</th>' for c in table.columns)
    rows = "".join(
        "<tr>" + "".join(f'<td class="{"num" if c in numeric else ""}">{escape(str(v))}</td>'
                         for c, v in zip(table.columns, row, strict=True)) + "</tr>"
        for row in table.itertuples(index=False)
    )  # fmt: skip
    st.html(f'<div class="ck-print-only"><table class="ck-print"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")  # fmt: skip


def right_columns(columns: Iterable[str]) -> dict:
    """column_config for st.dataframe: the named text columns right-aligned."""
    return {c: st.column_config.TextColumn(alignment="right") for c in columns}

