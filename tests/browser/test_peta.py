"""The Peta page in Chromium with the network shut: the map draws, nothing leaves the machine, and a
click on a province opens it.

Plotly fetches base-layer topojson for any geo trace; the page points it at the empty topology the
app serves itself (/app/static/topojson/world_110m.json), so the guard must see no request off
localhost, and the SVG must hold one shape per sub-area. Expected shape counts come from the
built-in geometry (the demo store has no official boundaries): 38 provinces nationally, and each
province's kabupaten/kota.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from analytics.geo import builtin
from tests.browser import harness

pytestmark = pytest.mark.browser

SHAPES = "path.choroplethlocation"

# Plotly binds each drawn shape to its calcdata point; `loc` is the area code (its `location`).
_LOCATIONS_JS = "els => els.map(e => (e.__data__ && e.__data__.loc) || null)"

# A point of the page inside the given shape (its box's centre may be sea or a neighbour). The
# shapes ignore the mouse themselves (pointer-events: none; plotly finds the feature under its drag
# layer), so the test asks the SVG geometry, in the path's own coordinates.
_POINT_IN_JS = """
(el) => {
  const r = el.getBoundingClientRect();
  const toPath = el.getScreenCTM().inverse();
  const n = 40;
  for (let i = 1; i < n; i++) for (let j = 1; j < n; j++) {
    const x = r.left + r.width * i / n, y = r.top + r.height * j / n;
    if (el.isPointInFill(new DOMPoint(x, y).matrixTransform(toPath))) return [x, y];
  }
  return null;
}
"""


def kabkota_per_province() -> Counter:
    return Counter(code[:2] for code in builtin.kabkota()["kode_wilayah"])


def _wait_for_map(page, count: int) -> None:
    page.wait_for_function(f"document.querySelectorAll('{SHAPES}').length === {count}", timeout=30_000)


def test_map_draws_offline_and_a_click_opens_the_province(app_url, offline, demo_province):
    page, guard = offline
    per_province = kabkota_per_province()
    assert len(per_province) == 38

    topojson = []
    page.on("request", lambda r: topojson.append(r.url) if "topojson" in r.url else None)
    page.goto(f"{app_url}/peta")
    harness.wait_until_idle(page)
    _wait_for_map(page, 38)
    assert page.locator(SHAPES).count() == 38
    assert "Batas wilayah perkiraan" in page.locator('[data-testid="stMain"]').inner_text()
    harness.SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(harness.SCREENSHOT_DIR / "peta_nasional.png"))
    assert topojson and all(harness.is_local(u) for u in topojson), topojson
    assert not guard.leaks(), guard.leaks()
    assert not harness.page_problems(page)

    # Click the demo's biggest province on its own shape.
    kode, nama = demo_province
    shapes = page.locator(SHAPES)
    codes = shapes.evaluate_all(_LOCATIONS_JS)
    assert sorted(codes) == sorted(per_province), codes
    target = shapes.nth(codes.index(kode))
    target.scroll_into_view_if_needed()
    point = target.evaluate(_POINT_IN_JS)
    assert point, f"no visible point of {nama}'s shape"
    page.mouse.click(*point)
    page.wait_for_url(re.compile(rf"wilayah={kode}\b"), timeout=30_000)
    harness.wait_until_idle(page)
    _wait_for_map(page, per_province[kode])
    assert page.locator(SHAPES).count() == per_province[kode]
    assert nama in page.locator('[data-testid="stMain"] .cakupan-context').inner_text()
    page.screenshot(path=str(harness.SCREENSHOT_DIR / "peta_provinsi.png"))
    assert not guard.leaks(), guard.leaks()
    assert not harness.page_problems(page)
