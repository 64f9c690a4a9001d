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


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_the_province_map_starts_above_the_fold_named_and_in_blues(app, chromium, demo_province, width, height):
    """Before (issue 11 point 5): at 1280×720 the controls pushed the map below the fold, the
    province map had no kab/kota names, and capaian classes used the status red/amber/green."""
    from analytics import palette

    kode, _ = demo_province
    context = harness.new_context(chromium, width, height)
    harness.NetworkGuard().attach(context)
    try:
        page = context.new_page()
        page.goto(f"{app.url}/peta?wilayah={kode}")
        harness.wait_until_idle(page)
        page.wait_for_function("document.querySelectorAll('path.choroplethlocation').length > 0", timeout=30_000)
        top = page.evaluate(
            "() => document.querySelector('[data-testid=\"stPlotlyChart\"]').getBoundingClientRect().top"
        )
        assert top < height * 0.6, f"the map starts at {top} px of {height}"
        # the toolbar is one row: every control's top within a few px of the indicator's
        tops = page.evaluate(
            """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stHorizontalBlock"]')]
                   .slice(0, 1).flatMap(row => [...row.children].map(c => c.getBoundingClientRect().bottom))"""
        )
        assert len(tops) >= 4 and max(tops) - min(tops) < 8, tops  # indicator, classes, open, up
        names = page.evaluate(
            "() => [...document.querySelectorAll('g.geo g.trace.scattergeo text')].map(t => t.textContent).filter(Boolean)"
        )
        assert len(names) >= 3, names  # the kab/kota are named (the ones behind first)
        fills = page.evaluate(
            "() => [...document.querySelectorAll('path.choroplethlocation')].map(p => getComputedStyle(p).fill)"
        )

        def rgb(colour: str) -> str:
            r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
            return f"rgb({r}, {g}, {b})"

        status = {rgb(c) for c in palette.STATUS_COLOURS.values() if c}
        assert fills and not status & set(fills), set(fills)
    finally:
        context.close()
