"""A link straight to a page works on a freshly started server.

Streamlit still has its old `pages/` folder route: until some session has called st.navigation, a
request for `/tren` runs pages/tren.py without app.py (no store cursor, no sidebar) and shows a
"Page not found" dialog. An official who opens a bookmarked link first thing in the morning must
get the page, not an error. The app is served by `python -m ui.shell.serve`, which switches that route off.
"""

from __future__ import annotations

import shutil

import pytest

from tests.browser import harness

pytestmark = pytest.mark.browser


@pytest.fixture()
def fresh_app(demo_store, demo_facts, tmp_path):
    # Its own copy of the store: the session's app may already hold the shared one (DuckDB allows
    # one writing process), depending on which browser test ran first.
    copy = tmp_path / "cakupan.duckdb"
    shutil.copyfile(demo_store, copy)
    yield from harness.serve(copy)


def test_deep_link_on_fresh_server_opens_the_page(fresh_app, offline):
    page, guard = offline
    page.goto(f"{fresh_app.url}/tren?lang=id")
    harness.wait_until_idle(page)
    problems = harness.page_problems(page)
    assert not problems, f"{problems}\n--- server log ---\n{fresh_app.log()}"
    assert page.get_by_role("heading", name="Tren").first.is_visible()
    # The shell ran: the sidebar with the scope selectors is there.
    assert page.get_by_text("Wilayah tampilan").first.is_visible()
    assert "/tren" in page.url
    assert page.get_by_text("Page not found").count() == 0
    assert not guard.leaks()


# /laporan and /presentasi were here until issue 13 built them; /laporan/extra stands for them now.
@pytest.mark.parametrize("path", ["/a/b/c", "/kelola-data/extra", "/tidak-ada", "/laporan/extra", "/rapat"])
def test_an_unknown_address_opens_the_home_page_with_a_notice(app, offline, path):
    """Before: a nested unknown path gave a blank white page (the page's assets resolved under it)."""
    page, guard = offline
    page.goto(app.url + path)
    harness.wait_until_idle(page)
    assert not harness.page_problems(page), harness.page_problems(page)
    assert page.locator('[data-testid="stMain"] h1').first.inner_text().strip() == "Ringkasan"
    notice = page.locator('[data-testid="stAlert"]').first.inner_text().replace("\u200b", "")
    assert f"Alamat {path} tidak ada di aplikasi ini; halaman utama ditampilkan." in notice
    assert "alamat=" not in page.url
    assert not guard.leaks()


def test_the_default_page_by_its_own_name_opens_it(app, offline):
    """Found while signing in (issue 14): a link to /ringkasan (the default page's name, where the
    sign-in page may send someone back to) showed Streamlit's "Page not found"; st.navigation serves
    the default page at "/" only. It is redirected there, the link's query kept."""
    page, guard = offline
    page.goto(app.url + "/ringkasan?lang=en")
    harness.wait_until_idle(page)
    assert not harness.page_problems(page), harness.page_problems(page)
    assert page.get_by_text("Page not found").count() == 0
    assert page.locator('[data-testid="stMain"] h1').first.inner_text().strip() == "Overview"
    assert "lang=en" in page.url
    assert not guard.leaks()
