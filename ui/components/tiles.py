"""Metric tiles for a projector: a big figure, its label, one small context line, an optional colour.

Also a ranked list (best / worst areas) and a note block in the same visual language. Everything is
plain HTML with its own small stylesheet (no web fonts, nothing fetched), and every text is escaped,
so area names from the data cannot inject markup. Each tile carries `data-tile="<key>"` so page tests
can read exactly what is shown (see `read`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape, unescape

import streamlit as st

from analytics import palette

DEFAULT_ACCENT = palette.PRIMARY

CSS = """
<style>
/* A grid of tiles: 5 across on a projector, 2 across on a narrow screen (the grid's own width
   decides, so an open or closed sidebar is taken into account). */
.ck-grid { container-type: inline-size; }
.ck-grid-inner { display: grid; gap: 0.7rem; grid-template-columns: repeat(2, minmax(0, 1fr)); }
@container (min-width: 1000px) { .ck-grid-inner { grid-template-columns: repeat(var(--ck-cols), minmax(0, 1fr)); } }
@container (max-width: 480px) { .ck-grid-inner { grid-template-columns: minmax(0, 1fr); } }
.ck-tile { border: 1px solid #CBD5E1; border-left: 10px solid var(--ck-accent); border-radius: 8px;
  padding: 0.6rem 0.9rem 0.65rem 0.9rem; background: #FFFFFF; min-height: 8.2rem;
  container-type: inline-size; }
.ck-tile-label { font-size: 1.1rem; font-weight: 700; color: var(--ck-heading); line-height: 1.25; }
/* The figure scales with the tile's own width (container units), so 48.887.818 fits a 1280 px
   screen with the sidebar open and is as large as possible on a 1920 px projector. */
.ck-tile-value { font-size: clamp(1.3rem, 19cqi, 3.2rem); font-weight: 800; color: #0B1F33;
  line-height: 1.15; margin: 0.15rem 0 0.15rem 0; }
.ck-tile-figure { white-space: nowrap; }
/* The status in words: may wrap between words, never between the symbol and the first word. */
.ck-tile.ck-solid .ck-tile-value { font-size: clamp(1.3rem, 14cqi, 2.7rem); }
.ck-tile.ck-solid .ck-tile-figure { white-space: normal; }
.ck-tile-unit { font-size: 1.05rem; font-weight: 700; margin-left: 0.3rem; white-space: nowrap; }
/* A figure with a unit ("1.088.913 /bulan") leaves the unit room in the tile's width, and the unit
   moves under the figure rather than past the card's border when a tile is narrow (issue 11). */
.ck-tile.ck-with-unit .ck-tile-value { font-size: clamp(1.3rem, 15cqi, 3.2rem); display: flex; flex-wrap: wrap;
  align-items: baseline; column-gap: 0.3rem; }
.ck-tile.ck-with-unit .ck-tile-unit { margin-left: 0; }
.ck-tile-context { font-size: 1rem; color: var(--ck-muted); line-height: 1.3; }
.ck-tile.ck-accented .ck-tile-value { color: var(--ck-accent); }
.ck-tile.ck-solid { background: var(--ck-accent); border-color: var(--ck-accent); }
.ck-tile.ck-solid .ck-tile-label, .ck-tile.ck-solid .ck-tile-value,
.ck-tile.ck-solid .ck-tile-context { color: #FFFFFF; }
.ck-note { border-radius: 8px; padding: 0.6rem 1rem; margin: 0.3rem 0 0.6rem 0; font-size: 1.05rem;
  line-height: 1.4; color: var(--ck-ink); background: var(--ck-tint); border-left: 6px solid var(--ck-primary); }
.ck-note.ck-warn { background: #FFF7E6; border-left-color: #B45309; }
.ck-note code { font-size: 0.95rem; background: #FFFFFF; padding: 0 0.25rem; border-radius: 4px; }
.ck-fresh { font-size: 1.05rem; font-weight: 600; color: var(--ck-heading); margin: -0.5rem 0 0.6rem 0; }
.ck-rank-title { font-size: 1.2rem; font-weight: 700; color: var(--ck-heading); margin: 0.2rem 0 0.3rem 0; }
table.ck-rank { width: 100%; border-collapse: collapse; font-size: 1.1rem; margin-bottom: 0.8rem; }
table.ck-rank td { padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--ck-rule); color: var(--ck-ink); }
table.ck-rank td.ck-num { text-align: right; font-weight: 800; white-space: nowrap; }
table.ck-rank td.ck-pos { width: 2rem; color: var(--ck-soft); font-weight: 700; white-space: nowrap; }
table.ck-rank tr.ck-own td { background: var(--ck-tint); font-weight: 800; }
table.ck-rank tr.ck-own td.ck-pos { color: var(--ck-ink); }
table.ck-rank td.ck-badge { white-space: nowrap; font-weight: 700; }
</style>
"""


@dataclass(frozen=True)
class Tile:
    key: str  # stable name for tests, e.g. "peserta_aktif"
    label: str
    value: str  # already formatted (analytics.fmt)
    context: str = ""
    colour: str | None = None  # accent: the left bar, and the figure itself
    solid: bool = False  # whole tile in the colour, white text (the status)
    unit: str = ""  # small text after the figure, e.g. "/bulan"


@dataclass(frozen=True)
class RankRow:
    name: str
    value: str
    badge: str = ""
    colour: str | None = None
    pos: int | str | None = None  # the area's own rank ("–" unranked); None numbers the rows 1, 2, …
    own: bool = False  # the area the page is about, marked among the others


def style() -> None:
    """The tiles' stylesheet (a style-only st.html takes no space on the page)."""
    st.html(CSS)


def tile_html(t: Tile) -> str:
    accent = t.colour or DEFAULT_ACCENT
    classes = ["ck-tile"]
    if t.solid:
        classes.append("ck-solid")
    elif t.colour:
        classes.append("ck-accented")
    if t.unit:
        classes.append("ck-with-unit")
    unit = f'<span class="ck-tile-unit">{escape(t.unit)}</span>' if t.unit else ""
    return (
        f'<div class="{" ".join(classes)}" data-tile="{escape(t.key)}" style="--ck-accent: {accent}">'
        f'<div class="ck-tile-label">{escape(t.label)}</div>'
        f'<div class="ck-tile-value"><span class="ck-tile-figure">{escape(t.value).replace(" ", "&nbsp;", 1)}</span>'
        f"{unit}</div>"
        f'<div class="ck-tile-context">{escape(t.context)}</div>'
        "</div>"
    )


def grid(tiles: Sequence[Tile], columns: int = 5) -> None:
    """Tiles in reading order, `columns` across on a wide screen and two across on a narrow one."""
    body = "".join(tile_html(t) for t in tiles)
    st.html(
        f'<div class="ck-grid"><div class="ck-grid-inner" style="--ck-cols: {columns}">{body}</div></div>'
    )


def note(text: str, warn: bool = False) -> None:
    """A short note in a box; `**bold**` and `` `code` `` are honoured, everything else escaped."""
    kind = "ck-note ck-warn" if warn else "ck-note"
    st.html(f'<div class="{kind}" data-note="1">{_inline(text)}</div>')


def fresh_line(parts: Sequence[str]) -> None:
    """One bold line of what data the page shows and when it was loaded (`a · b`)."""
    st.html(f'<div class="ck-fresh" data-fresh="1">{" · ".join(escape(p) for p in parts)}</div>')


def section_title(text: str) -> None:
    """A title in the style of the ranking's, for a section with nothing under it yet."""
    st.html(f'<div class="ck-rank-title">{escape(text)}</div>')


def ranking(title: str, rows: Sequence[RankRow], key: str) -> None:
    """A numbered list of areas with a figure and a coloured badge, large enough for a projector."""
    body = "".join(
        ('<tr class="ck-own">' if r.own else "<tr>")
        + f'<td class="ck-pos">{"▶ " if r.own else ""}{i if r.pos is None else escape(str(r.pos))}</td>'
        f"<td>{escape(r.name)}</td>"
        f'<td class="ck-num">{escape(r.value)}</td>'
        f'<td class="ck-badge" style="color: {r.colour or palette.MUTED}">{escape(r.badge)}</td>'
        "</tr>"
        for i, r in enumerate(rows, start=1)
    )
    st.html(
        f'<div data-ranking="{escape(key)}"><div class="ck-rank-title">{escape(title)}</div>'
        f'<table class="ck-rank">{body}</table></div>'
    )


# --- reading back what was drawn (page tests) -------------------------------------------------

_TILE = re.compile(
    r'data-tile="(?P<key>[^"]*)".*?<div class="ck-tile-label">(?P<label>.*?)</div>'
    r'<div class="ck-tile-value"><span class="ck-tile-figure">(?P<value>.*?)</span>(?:<span class="ck-tile-unit">(?P<unit>.*?)</span>)?</div>'
    r'<div class="ck-tile-context">(?P<context>.*?)</div>',
    re.S,
)
_ROW = re.compile(
    r'<td class="ck-pos">(?:▶ )?(?:\d+|–)</td><td>(.*?)</td><td class="ck-num">(.*?)</td>'
    r'<td class="ck-badge"[^>]*>(.*?)</td>',
    re.S,
)


def read(fragments: Sequence[str]) -> dict[str, dict[str, str]]:
    """{key: {label, value, unit, context}} of the tiles in some st.html bodies (for tests)."""
    out = {}
    for text in fragments:
        for m in _TILE.finditer(text):
            out[unescape(m["key"])] = {
                k: unescape(m[k] or "").replace("\xa0", " ") for k in ("label", "value", "unit", "context")
            }
    return out


def read_ranking(fragments: Sequence[str], key: str) -> list[tuple[str, str, str]]:
    """The (name, value, badge) rows of the ranking drawn under `key` (for tests)."""
    for text in fragments:
        if f'data-ranking="{key}"' in text:
            return [tuple(unescape(c) for c in m) for m in _ROW.findall(text)]
    return []


def _inline(text: str) -> str:
    out = escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"`(.+?)`", r"<code>\1</code>", out)
    return re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", out)
