"""The HTML map file `python -m analytics peta --out FILE.html` writes draws offline in Chromium.

Opened from file:// with every other request aborted and recorded: the shapes must draw (one
`path.choroplethlocation` per area with a shape) and nothing may have tried to leave the file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.figures import peta as peta_figure
from analytics.reports import peta
from analytics.scope import Scope
from tests.analytics import compliance_fixtures, peta_fixtures
from tests.browser import harness

coverage_empty_store = compliance_fixtures.coverage_empty_store
coverage_store = compliance_fixtures.coverage_store
squares = peta_fixtures.squares

pytestmark = pytest.mark.browser


def test_html_file_draws_every_shape_without_any_request(chromium, coverage_store, squares, tmp_path):
    built = peta.build(coverage_store, Scope.wilayah("16"), dt.date(2026, 8, 1), "capaian", gelembung="gap")
    path = peta_figure.write(built, tmp_path / "peta.html")

    context = harness.new_context(chromium, 1600, 900)
    attempted: list[str] = []

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            attempted.append(r.request.url)
            r.abort("blockedbyclient")

    context.route("**/*", route)
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("path.choroplethlocation", timeout=30_000)
        assert page.locator("path.choroplethlocation").count() == 4  # 16.01, 16.02, 16.03, 16.71
        assert page.locator(".scattergeo path.point").count() == 3  # gap > 0: 16.01, 16.02, 16.03
        assert "Capaian target — Sumatera Selatan, Agustus 2026" in page.inner_text("body")
    finally:
        context.close()
    assert attempted == []
