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


# (page, the key of the table's "Semua kolom" switch): the lists issue 11 found cut off at 1280×720.
WIDE_TABLES = (
    ("/capaian-target", "capaian_semua_kolom"), ("/kepatuhan", "kp_semua_kolom"), ("/tindak-lanjut", "tl_semua_kolom"),
)  # fmt: skip

# The first grid after the switch, in document order (a grid with no selection has no key class).
_GRID_AFTER_JS = """
(key) => {
  const toggle = document.querySelector(`.st-key-${key}`);
  if (!toggle) return null;
  const grids = [...document.querySelectorAll('[data-testid="stDataFrame"]')];
  const grid = grids.find(g => toggle.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (!grid) return null;
  grid.scrollIntoView();
  const s = grid.querySelector('.dvn-scroller');
  const cols = grid.querySelector('[role=grid]');
  return s && cols ? [s.scrollWidth, s.clientWidth, Number(cols.getAttribute('aria-colcount'))] : null;
}
"""


@pytest.mark.parametrize(("path", "toggle"), WIDE_TABLES)
def test_wide_tables_fit_a_projector_in_their_compact_layout(app, chromium, path, toggle):
    """Before (issue 11 point 12): the employer list showed 5 of its 13 columns at 1280×720 and
    Tindak Lanjut cut off Kab/kota and NPP; Capaian's status pushed Butuh/bln and Proyeksi off.
    Now each opens in a compact layout whose every column shows without scrolling sideways, and
    "Semua kolom" brings the rest (which may then scroll)."""
    context = harness.new_context(chromium, 1280, 720)
    harness.NetworkGuard().attach(context)
    try:
        page = context.new_page()
        page.goto(app.url + path)
        harness.wait_until_idle(page)
        page.wait_for_selector(f".st-key-{toggle}", timeout=30_000)
        sizes = page.wait_for_function(_GRID_AFTER_JS, arg=toggle, timeout=30_000).json_value()
        assert sizes[0] <= sizes[1] + 2, f"{path}: the grid is {sizes[0]} px wide in {sizes[1]} px"
        page.locator(f".st-key-{toggle} label").first.click()
        harness.wait_until_idle(page)
        wider = page.wait_for_function(
            f"(key) => {{ const r = ({_GRID_AFTER_JS})(key); return r && r[2] > {sizes[2]} ? r : null; }}",
            arg=toggle, timeout=30_000,
        ).json_value()
        assert wider[2] > sizes[2], (sizes, wider)  # every column: more than the compact layout
    finally:
        context.close()
