"""The map's legend as large coloured chips with the number of areas in each class.

Plotly's own legend is small, lists only classes that hold an area and takes width from the map;
this one is a row of chips above the map in body-size text, every class with its count, which a
room can read from the back. The no-data class is drawn apart (hatched swatch, italic) so nobody reads it as
the lowest class.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from analytics import fmt
from ui.texts.peta import P

CSS = """
<style>
.peta-legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1.4rem; margin: 0 0 0.4rem 0; }
.peta-legend .head { font-weight: 700; font-size: 1.05rem; margin-right: -0.4rem; }
.peta-legend .row { display: inline-flex; align-items: center; gap: 0.45rem; font-size: 1.05rem;
  color: var(--ck-ink); white-space: nowrap; }
.peta-legend .sw { display: inline-block; width: 1.5rem; height: 1.1rem; border: 1px solid var(--ck-edge);
  border-radius: 3px; }
.peta-legend .n { font-weight: 700; }
.peta-legend .n::before { content: "("; font-weight: 400; }
.peta-legend .n::after { content: ")"; font-weight: 400; }
.peta-legend .nodata { font-style: italic; color: var(--ck-muted); border-left: 2px dashed var(--ck-faint); padding-left: 1rem; }
.peta-legend .nodata .sw {
  background-image: repeating-linear-gradient(45deg, transparent 0 4px, rgba(55,65,81,.55) 4px 6px); }
</style>
"""


def html(rows, lang: str, title: str, no_data_last: bool = True) -> str:
    """The legend as HTML headed by `title` (the map's title, which says what is coloured): one row
    per class (colour, label, count), the no-data class last."""
    parts = [f'<div class="peta-legend"><span class="head">{escape(title)}:</span>']
    for i, row in enumerate(rows):
        nodata = no_data_last and i == len(rows) - 1
        parts.append(
            f'<div class="row{" nodata" if nodata else ""}" data-count="{int(row.count)}">'
            f'<span class="sw" style="background-color:{escape(row.colour)}"></span>'
            f'<span class="lbl">{escape(row.label)}</span>'
            f'<span class="n" title="{escape(P("legend_n", lang, n=fmt.angka(row.count, lang=lang)))}">'
            f"{fmt.angka(row.count, lang=lang)}</span></div>"
        )
    parts.append("</div>")
    return "".join(parts)


def draw(rows, lang: str, title: str, no_data_last: bool = True) -> None:
    st.html(CSS + html(rows, lang, title, no_data_last))
