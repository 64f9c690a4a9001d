"""A report's (or the deck's) key figures, what the file holds, and its facts, before downloading.

The figures are the report's own (analytics.reports), so what the preview shows is what the file
will say; a download writes the report afresh at the moment of the click.
"""

from __future__ import annotations

import streamlit as st

from analytics.reports.deck import Deck
from analytics.reports.document import Figure, Report
from ui.components import plain, tiles
from ui.texts.laporan import LP


def _tiles(figures: tuple[Figure, ...], prefix: str) -> list[tiles.Tile]:
    return [tiles.Tile(f"{prefix}{i}", f.label, f.value, f.note, colour=f.colour) for i, f in enumerate(figures)]


def draw(content: Report | Deck, lang: str) -> None:
    t = LP.bound(lang)
    st.subheader(t("preview"))
    st.caption(plain.message(content.title))
    if isinstance(content, Deck):
        headline = next((s for s in content.slides if s.key == "ringkasan"), None)
        if headline is not None:
            tiles.grid(_tiles(headline.figures, "lp_"), columns=5)
            tiles.note(plain.message(headline.notes))
        items = [s.title for s in content.slides]
        heading = f"{t('contents')} — {t('slides', n=len(items))}"
    else:
        first = content.sections[0]
        if first.figures:
            tiles.grid(_tiles(first.figures, "lp_"), columns=5)
        if first.intro:
            tiles.note(plain.message(first.intro))
        items = [s.title for s in content.sections]
        heading = t("contents")
    with st.expander(heading, expanded=False):
        st.markdown("\n".join(f"{i}. {plain.md(item)}" for i, item in enumerate(items, start=1)))
    with st.expander(t("facts"), expanded=False):
        st.markdown("\n".join(f"- {plain.md(line, 300)}" for line in content.meta.lines()))
