"""The Kepatuhan filters in Chromium: Enter picks one match, and the filters live in the URL."""

from __future__ import annotations

import re

import pytest

from tests.browser import harness

pytestmark = pytest.mark.browser


def test_enter_picks_the_first_match_and_the_link_keeps_the_filters(app_url, demo_province, offline):
    """Before (issue 11 point 15): typing "Ogan Ilir" and pressing Enter selected Ogan Komering Ilir
    too, since Streamlit's first dropdown row was "Select 2 matches". Typing a word every kab/kota
    of the province shares ("Ka" of Kabupaten/Kota) and pressing Enter now picks one."""
    page, guard = offline
    kode, _ = demo_province
    page.goto(f"{app_url}/kepatuhan?wilayah={kode}&kategori=PWBD")
    harness.wait_until_idle(page)
    box = page.locator(".st-key-kp_wilayah input").first
    box.scroll_into_view_if_needed()
    box.click()
    box.type("Ka")
    assert "Select" not in page.locator("body").inner_text()  # no English bulk-action row
    box.press("Enter")
    page.wait_for_url(re.compile(r"[?&]kab=\d\d\.\d\d(&|$)"), timeout=30_000)  # one code, no comma
    harness.wait_until_idle(page)
    assert "kategori=PWBD" in page.url and f"wilayah={kode}" in page.url

    # The same link in a fresh tab opens the same filtered list.
    shared = page.url
    page.goto(shared)
    harness.wait_until_idle(page)
    from ui.texts.kepatuhan import K

    chosen = page.locator(".st-key-kp_wilayah").inner_text()
    assert K("f_all", "id") not in chosen, chosen  # a kab/kota shows in the box, not "all"
    assert re.search(r"[?&]kab=\d\d\.\d\d(&|$)", page.url), page.url
    assert not guard.leaks(), guard.leaks()
