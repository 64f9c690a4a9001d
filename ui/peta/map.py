"""Draw the map (analytics.figures.peta) and report which area was clicked.

The figure is built in analytics so the page and `python -m analytics peta` show the same map;
here it only gets a height that fills a projector and goes through st.plotly_chart with the
offline config (topojson from /app/static/, no plotly logo). A click selects a point; its
`location` is the area's code (Streamlit returns it for choropleth traces).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection

import streamlit as st

from analytics.figures import peta as peta_figure

MIN_HEIGHT, MAX_HEIGHT = 380, 660  # a wide country needs less than 500 px: no empty bands
WIDTH_GUESS = 1100  # px of the main column on a 1920 px projector; the height follows the shapes


def height_for(bounds) -> int:
    """A height that fits the framed box (analytics.figures.peta.Peta `bounds`) without empty bands
    above and below: Indonesia is about three times wider than tall, a province often taller than
    wide."""
    if bounds is None:
        return MAX_HEIGHT
    minx, miny, maxx, maxy = bounds
    if maxx - minx <= 0:
        return MAX_HEIGHT
    ratio = (maxy - miny) / (maxx - minx)
    return int(min(MAX_HEIGHT, max(MIN_HEIGHT, WIDTH_GUESS * ratio * 1.05)))


def draw(figure, key: str, codes: Collection[str], on_pick: Callable[[str], None]) -> None:
    """Draw the map; a click on one of `codes` calls `on_pick(code)` before the next run.

    Plotly's legend is hidden: ui.peta.legend draws every class, with its count, above the map. The
    figure comes laid out from ui.cached.peta (height, no margins, no legend) and is shared by every
    session, so it is never changed here.
    """
    st.plotly_chart(
        figure,
        on_select=functools.partial(_on_select, key, tuple(codes), on_pick),
        selection_mode="points",
        config=peta_figure.PLOTLY_CONFIG,
        key=key,
    )


def _on_select(key: str, codes: Collection[str], on_pick: Callable[[str], None]) -> None:
    if code := clicked(st.session_state.get(key), codes):
        on_pick(code)


def clicked(event, codes: Collection[str]) -> str | None:
    """The first selected point's area code; bubbles and unknown locations are ignored."""
    selection = (event or {}).get("selection") or {}
    for point in selection.get("points") or []:
        location = point.get("location")
        if location in codes:
            return location
    return None
