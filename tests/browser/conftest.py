"""Fixtures for the browser tests: one small-demo store, one app, one Chromium for the session.

The order matters for speed: Chromium is looked for first, so a machine without it skips at once
instead of building a demo store for nothing.
"""

from __future__ import annotations

import duckdb
import pytest

from tests.browser import harness


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = harness.find_chromium()
    if path is None:
        if harness.is_ci():
            pytest.fail(harness.CHROMIUM_MISSING, pytrace=False)
        pytest.skip(harness.CHROMIUM_MISSING)
    return path


@pytest.fixture(scope="session")
def demo_store(chromium_path, tmp_path_factory):
    """A store holding the small demo, closed again before the app opens it (one writer)."""
    db = tmp_path_factory.mktemp("browser-store") / "cakupan.duckdb"
    harness.prepare_demo_store(db, scale="small")
    return db


@pytest.fixture(scope="session")
def demo_facts(demo_store) -> dict[str, str]:
    """Areas the small demo really holds: the tests must not guess which provinces it covers.

    Read before the app starts: once it runs, it holds the only connection DuckDB allows."""
    con = duckdb.connect(str(demo_store), read_only=True)
    try:
        row = con.execute(
            """SELECT p.kode_wilayah, p.nama, min(k.kode_wilayah)
               FROM kepesertaan k JOIN wilayah p ON p.kode_wilayah = left(k.kode_wilayah, 2)
               GROUP BY ALL ORDER BY count(*) DESC, 1 LIMIT 1"""
        ).fetchone()
    finally:
        con.close()
    assert row, "the small demo holds no kepesertaan rows"
    return {"provinsi": row[0], "nama_provinsi": row[1], "kabkota": row[2]}


@pytest.fixture(scope="session")
def demo_province(demo_facts) -> tuple[str, str]:
    """(code, name) of the province with the most membership rows in the small demo."""
    return demo_facts["provinsi"], demo_facts["nama_provinsi"]


@pytest.fixture(scope="session")
def app(demo_store, demo_facts) -> harness.AppServer:
    # demo_facts is requested so its read-only connection is closed before the app starts.
    yield from harness.serve(demo_store)


@pytest.fixture(scope="session")
def app_url(app) -> str:
    return app.url


@pytest.fixture(scope="session")
def chromium(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = harness.launch_chromium(pw, chromium_path)
        yield browser
        browser.close()


@pytest.fixture()
def offline(chromium):
    """A fresh 1920x1080 context whose every request off this machine is aborted and recorded."""
    context = harness.new_context(chromium)
    guard = harness.NetworkGuard().attach(context)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page, guard
    context.close()


@pytest.fixture(scope="session")
def nav_pages(chromium, app_url):
    """The pages the app's navigation offers (leaks are the page tests' business, not this one's)."""
    context = harness.new_context(chromium)
    harness.NetworkGuard().attach(context)  # still abort anything off-machine
    try:
        return harness.discover_pages(context.new_page(), app_url)
    finally:
        context.close()
