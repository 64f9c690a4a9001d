"""One slide of the deck (analytics.reports.deck) on the page, full width, in type a room can read.

The same slide the PowerPoint holds: its title, key figures as tiles, its chart (plotly, from the
deck's chart data), its table (a clickable league: a row opens its area), its list of steps. The map
slide draws the Peta page's map, clickable too. `draw` returns the area code clicked, if any.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from analytics.reports import chart_plotly
from analytics.reports.cells import column_texts
from analytics.reports.deck import Slide
from analytics.scope import Level, kabkota_in_scope
from ui.components import charts, plain, tiles
from ui.presentasi import components
from ui.texts.presentasi import PR

CSS = """
<style>
/* The meeting mode: no sidebar, the slide uses the whole width and height of a 1280 × 720 projector. */
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"] { display: none !important; }
.block-container, [data-testid="stMainBlockContainer"] { padding: 0.6rem 1.6rem 0.4rem 1.6rem !important; max-width: 100% !important; }
h1.ck-slide-title { font-size: 2.4rem; font-weight: 800; color: var(--ck-primary); line-height: 1.15; margin: 0 0 0.3rem 0; padding: 0; }
.ck-slide-subtitle { font-size: 1.7rem; color: var(--ck-heading); margin-bottom: 1rem; }
.ck-slide-facts { font-size: 1rem; color: var(--ck-muted); line-height: 1.45; }
ul.ck-slide-steps { font-size: 1.65rem; line-height: 1.4; padding-left: 1.4rem; }
ul.ck-slide-steps li { margin-bottom: 0.8rem; }
.ck-slide-note { font-size: 1.25rem; color: var(--ck-heading); margin: 0.2rem 0 0.4rem 0; }
.ck-slide-count { font-size: 1.1rem; font-weight: 700; color: var(--ck-heading); }
</style>
"""


def style() -> None:
    st.html(CSS)


def _title(text: str) -> None:
    st.html(f'<h1 class="ck-slide-title" data-slide-title="1">{escape(text)}</h1>')


def draw(slide: Slide, con, view, draw_map) -> str | None:
    """Draw `slide`; `draw_map()` draws the map slide's map (a click on it opens the area through the
    map's own callback). The area clicked in a table, or None."""
    t = PR.bound(view.lang)
    if slide.key == "judul":
        _title(slide.title)
        st.html(f'<div class="ck-slide-subtitle">{escape(slide.subtitle)}</div>'
                f'<div class="ck-slide-facts">{"<br>".join(escape(line) for line in slide.bullets)}</div>')  # fmt: skip
        return None
    if slide.key == "peta":  # the legend, headed by the map's title, then the map
        draw_map()
        st.caption(t("open_hint"))
        return None
    _title(slide.title)
    if slide.figures:
        tiles.grid([tiles.Tile(f"sl_{i}", f.label, f.value, f.note, colour=f.colour)
                    for i, f in enumerate(slide.figures)], columns=min(5, max(3, len(slide.figures))))  # fmt: skip
    if slide.chart is not None:
        height = 430 if not slide.figures else 330
        charts.show(chart_plotly.figure(slide.chart, height=height), key=f"sl_chart_{slide.key}")
    picked = None
    if slide.table is not None:
        table = slide.table
        n = min(slide.table_rows, table.n_rows)
        by_column = [column_texts(c, n, table.lang) for c in table.columns]
        rows = [[col[i] for col in by_column] for i in range(n)]
        codes = [code for code, _ in slide.areas[:n]]
        if view.allowed.level is not Level.NASIONAL:  # a row opens only an area the account may see
            mine = set(kabkota_in_scope(con, view.allowed))
            codes = [c if c in mine else "" for c in codes]
        clickable = view.scope.level is not Level.KABKOTA or slide.marked is not None
        picked = components.table(
            [c.header for c in table.columns], rows, [c.kind != "text" for c in table.columns],
            [c.fills[:n] if c.fills else None for c in table.columns], codes, own=slide.marked,
            hint=t("open_hint"), clickable=clickable, key=f"sl_table_{slide.key}",
        )  # fmt: skip
        st.caption(t("open_hint"))
    if slide.bullets:
        st.html('<ul class="ck-slide-steps" data-slide-steps="1">'
                + "".join(f"<li>{escape(b)}</li>" for b in slide.bullets) + "</ul>")  # fmt: skip
    return picked


def note_text(text: str) -> str:
    """A slide's speaker notes for the page's expander (plain text)."""
    return plain.message(text)
