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


def test_a_kabkota_among_its_neighbours_from_a_link_and_a_click_opens_one(app_url, offline, demo_province):
    """A link with the map's choices opens a kota among its province's kab/kota; clicking a grey
    neighbour opens it, keeping the choices; leaving the page leaves them behind."""
    page, guard = offline
    province, _ = demo_province
    codes_in_province = sorted(c for c in builtin.kabkota()["kode_wilayah"] if c[:2] == province)
    kota = next(c for c in codes_in_province if c[3:] >= "71")  # a small area: neighbours all round
    page.goto(f"{app_url}/peta?wilayah={kota}&indikator=cakupan")
    harness.wait_until_idle(page)
    _wait_for_map(page, len(codes_in_province))  # the kota and every other kab/kota of its province
    main = page.locator('[data-testid="stMain"]')
    assert "Cakupan pekerja" in main.inner_text()
    assert "di antara kabupaten/kota lain" in main.inner_text()
    page.screenshot(path=str(harness.SCREENSHOT_DIR / "peta_kabkota.png"))

    shapes = page.locator(SHAPES)
    codes = shapes.evaluate_all(_LOCATIONS_JS)
    assert sorted(codes) == codes_in_province, codes
    point, neighbour = None, None
    for code in codes:
        if code == kota:
            continue
        point = shapes.nth(codes.index(code)).evaluate(_POINT_IN_JS)
        if point:
            neighbour = code
            break
    assert point, "no neighbour shows on the map"
    page.mouse.click(*point)
    page.wait_for_url(re.compile(rf"wilayah={re.escape(neighbour)}\b"), timeout=30_000)
    harness.wait_until_idle(page)
    assert "indikator=cakupan" in page.url
    _wait_for_map(page, len(codes_in_province))

    # Another page: the sidebar's keys stay, the map's go.
    page.get_by_role("link", name="Ringkasan").first.click()
    page.wait_for_function("!location.pathname.endsWith('/peta')", timeout=30_000)  # Ringkasan is "/"
    harness.wait_until_idle(page)
    assert page.get_by_role("heading", name="Ringkasan").first.is_visible()
    assert f"wilayah={neighbour}" in page.url
    assert "indikator" not in page.url, page.url
    assert not guard.leaks(), guard.leaks()
    assert not harness.page_problems(page)
