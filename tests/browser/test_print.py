"""Browser print (Ctrl+P) in Chromium: A4 landscape, no sidebar, every row, charts drawn (issue 11).

Before: the sidebar was repeated on every printed page, the trend chart printed blank (it lay
outside the scrolling main box, which printed only its visible part) and Capaian Target dropped
rows and columns (its grid draws on a canvas only what is in view).
"""

from __future__ import annotations

import re

import pytest

from tests.browser import harness

pytestmark = pytest.mark.browser

PAGES = ("/", "/capaian-target", "/tren", "/kepatuhan", "/tindak-lanjut", "/peta")

_PRINT_STATE_JS = """
() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const sidebar = document.querySelector('[data-testid="stSidebar"]');
  const doc = document.scrollingElement;
  const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].map(c => {
    const r = c.getBoundingClientRect();
    return {height: r.height, bottom: r.bottom + window.scrollY, paths: c.querySelectorAll('path').length};
  });
  return {
    sidebar: sidebar ? getComputedStyle(sidebar).display : 'none',
    clipped: (() => {  // a box between the content and the page that scrolls cuts the print
      const out = [];
      for (let e = main; e && e !== document.documentElement; e = e.parentElement) {
        const y = getComputedStyle(e).overflowY;
        if (y !== 'visible' && e.scrollHeight > e.clientHeight + 2) out.push([e.tagName, e.getAttribute('data-testid'), y]);
      }
      return out;
    })(),
    docHeight: doc.scrollHeight,
    charts,
  };
}
"""


@pytest.mark.parametrize("path", PAGES)
def test_a_page_prints_on_a4_landscape_without_the_sidebar(app_url, offline, path):
    page, guard = offline
    page.goto(app_url + path)
    harness.wait_until_idle(page)
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    boxes = {tuple(float(v) for v in m) for m in re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)}
    assert boxes and all(abs(w - 841.9) < 2 and abs(h - 595.0) < 2 for w, h in boxes), boxes  # A4 landscape, pt
    page.emulate_media(media="print")
    state = page.evaluate(_PRINT_STATE_JS)
    assert state["sidebar"] == "none"
    assert state["clipped"] == [], "a scrolling box would cut the print"
    for chart in state["charts"]:  # drawn, and inside the printed document
        assert chart["height"] > 100 and chart["paths"] > 0, chart
        assert chart["bottom"] <= state["docHeight"] + 2, (chart, state["docHeight"])
    assert not guard.leaks(), guard.leaks()


def test_capaian_target_prints_every_row_and_column(app_url, offline):
    page, _ = offline
    page.goto(app_url + "/capaian-target")
    harness.wait_until_idle(page)
    page.wait_for_selector('[data-testid="stDataFrame"] [role=grid]', state="attached")  # drawn after the run ends
    rows = page.evaluate(
        "() => Number(document.querySelector('[data-testid=\"stDataFrame\"] [role=grid]').getAttribute('aria-rowcount'))"
    )
    page.emulate_media(media="print")
    printed = page.evaluate("() => document.querySelectorAll('table.ck-print tbody tr').length")
    assert printed == rows - 1  # the grid counts its header row
    headers = page.evaluate("() => [...document.querySelectorAll('table.ck-print th')].map(t => t.textContent)")
    assert {"Aktif", "Target", "Butuh/bln", "Proyeksi"} <= set(headers), headers  # every column, not the compact set
    grid_shown = page.evaluate(
        "() => getComputedStyle(document.querySelector('[data-testid=\"stDataFrame\"]').closest('.stElementContainer')).display"
    )
    assert grid_shown == "none"  # the canvas gives way to the full table
