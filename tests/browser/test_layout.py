"""Layout at the projector's sizes (issue 11): what a tile says stays inside its card."""

from __future__ import annotations

import pytest

from tests.browser import harness

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_tile_figures_and_units_stay_inside_their_cards(app, chromium, width, height):
    """Before: the national 'Laju dibutuhkan' tile's '/bulan' ran into the card's border."""
    context = harness.new_context(chromium, width, height)
    harness.NetworkGuard().attach(context)
    try:
        page = context.new_page()
        page.goto(app.url + "/ringkasan")
        harness.wait_until_idle(page)
        # the national demo's figures (1.088.913 /bulan in the walk-through), longer than the small demo's
        page.evaluate("""() => document.querySelectorAll('.ck-tile-figure').forEach(e => {
                             if (e.nextElementSibling) e.textContent = '1.088.913'; })""")
        boxes = page.evaluate(
            """() => [...document.querySelectorAll('.ck-tile')].map(tile => {
                   const card = tile.getBoundingClientRect();
                   const parts = [...tile.querySelectorAll('.ck-tile-figure, .ck-tile-unit')]
                       .map(e => e.getBoundingClientRect());
                   return {key: tile.dataset.tile, right: card.right,
                           inner: Math.max(...parts.map(r => r.right))};
               })"""
        )
        assert len(boxes) == 10, boxes
        outside = [b for b in boxes if b["inner"] > b["right"] - 2]  # the 1 px border stays clear
        assert outside == [], outside
    finally:
        context.close()
