"""The app as an official sees it: `streamlit run`, Debian's Chromium, no internet.

Every page the navigation offers is opened on the small demo; a page passes when Streamlit finished
running it, it shows its heading and no error, and nothing it asked for left this machine (a tile
server, a CDN font, a telemetry ping would all fail on a government intranet). Screenshots land in
build/screenshots/ for a human to look at.
"""

from __future__ import annotations

import time

import pytest

from tests.browser import harness

pytestmark = pytest.mark.browser


def _open(page, url: str) -> None:
    page.goto(url)
    harness.wait_until_idle(page)


def _assert_offline(guard: harness.NetworkGuard) -> None:
    leaks = guard.leaks()
    assert not leaks, (
        "requests that tried to leave localhost (they fail on an intranet; note that a :material/...: "
        "page_icon is fetched from fonts.gstatic.com):\n  " + "\n  ".join(leaks)
    )


def test_navigation_offers_kelola_data(nav_pages):
    labels = [p.label for p in nav_pages]
    assert any("Kelola Data" in label for label in labels), f"navigation shows {labels}"
    assert len({p.slug for p in nav_pages}) == len(nav_pages), f"two pages share a name: {nav_pages}"


def test_every_page_renders_offline(app, nav_pages, offline):
    """One test over all pages, so one report lists every broken page at once."""
    page, guard = offline
    harness.SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    problems: dict[str, list[str]] = {}
    for nav in nav_pages:
        try:
            _open(page, nav.url)
        except Exception as exc:  # a page that never finishes is one problem among the others
            problems[f"{nav.label} ({nav.url})"] = [f"did not finish running: {exc}".splitlines()[0]]
            continue
        page.screenshot(path=str(harness.SCREENSHOT_DIR / f"{nav.slug}.png"))
        found = harness.page_problems(page)
        if not page.title().strip():
            found.append("the browser tab has no title")
        if found:
            problems[f"{nav.label} ({nav.url})"] = found
    assert not problems, (
        "pages with problems:\n"
        + "\n".join(f"- {name}: {'; '.join(p)}" for name, p in problems.items())
        + f"\n--- end of the server's output (the browser shows no traceback) ---\n{app.log(3000)}"
    )
    _assert_offline(guard)
    # The guard saw the app's own websocket, so it was really listening.
    assert any("/_stcore/stream" in url for url in guard.websockets), guard.websockets


def _sidebar_text(page) -> str:
    return page.locator('[data-testid="stSidebar"]').inner_text()


def test_lang_en_link_shows_english_labels(app_url, offline):
    from ui.texts.shell import T

    page, guard = offline
    _open(page, f"{app_url}/?lang=en")
    sidebar = _sidebar_text(page)
    for key in ("lang_label", "scope_header", "provinsi", "periode"):
        english, indonesian = T(key, "en"), T(key, "id")
        assert english != indonesian, f"{key} is not translated"
        assert english in sidebar, f"{english!r} ({key}) missing from the sidebar:\n{sidebar}"
    assert T("scope_header", "id") not in sidebar, "Indonesian label shown in the English view"
    assert "lang=en" in page.url, f"the language is not kept in the link: {page.url}"
    assert not harness.page_problems(page)
    _assert_offline(guard)


def _sidebar_choice(page, label: str) -> str:
    """What a sidebar selectbox shows (its text lives in an input's value, not in the page text)."""
    box = page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name=label, exact=True)
    return box.input_value()


def test_wilayah_link_opens_that_province(app_url, demo_province, offline):
    from ui.texts.shell import T

    code, name = demo_province
    page, guard = offline
    _open(page, f"{app_url}/?wilayah={code}")
    assert _sidebar_choice(page, T("provinsi", "id")) == name
    assert f"wilayah={code}" in page.url, f"the scope is not kept in the link: {page.url}"
    assert not harness.page_problems(page)
    _assert_offline(guard)


def test_unknown_area_in_link_is_reported_not_fatal(app_url, offline):
    from ui.texts.shell import T

    page, guard = offline
    _open(page, f"{app_url}/?wilayah=99.99")
    notice = T("url_ignored", "id", items="wilayah=99.99")
    assert notice in page.locator('[data-testid="stMain"]').inner_text()
    assert _sidebar_choice(page, T("provinsi", "id")) == T("all_national", "id")  # fell back to national
    assert not harness.page_problems(page)
    _assert_offline(guard)


def _kelola_data(nav_pages) -> harness.NavPage:
    return next(p for p in nav_pages if "Kelola Data" in p.label)


def _upload(page, name: str, data: bytes, *, then: str, mime: str = "text/csv") -> None:
    """Through Streamlit's real upload endpoint, which AppTest does not exercise. The data uploader
    is the first one on the page (its tab comes first; the Batas wilayah tab has its own).

    Returns once the page shows `then` (a text of the outcome) and is idle: found in CI, waiting for
    "idle twice, 400 ms apart" alone can end between the upload and its run, or between a run and
    the rerun it asks for (a rejection is recorded, then the page redrawn), on a busy machine."""
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": data}]
    )
    page.locator('[data-testid="stMain"]').get_by_text(then, exact=False).first.wait_for(timeout=60_000)
    harness.wait_until_idle(page)


def _slow_uploads(page, seconds: float = 1.5) -> None:
    """Hold every file upload a while, as a busy server or a slow intranet does. Found in CI: a
    test that looked 300 ms after choosing the file read the page before the upload had ended."""

    def slow(route) -> None:
        time.sleep(seconds)
        route.continue_()

    page.route("**/_stcore/upload_file/**", slow)


def test_upload_of_a_valid_file_shows_it_ready_to_save(nav_pages, demo_facts, offline):
    from ui.texts.shell import T

    page, guard = offline
    _open(page, _kelola_data(nav_pages).url)
    code = demo_facts["kabkota"]
    csv = f"periode;kode_wilayah;segmen;peserta_aktif\n2026-10;{code};PU;1.234\n2026-10;{code};BPU;56\n"
    _upload(page, "kepesertaan_uji.csv", csv.encode(), then=T("up_valid", "id"))
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert T("up_valid", "id") in main, main
    assert T("up_rows", "id") in main
    assert not harness.page_problems(page)
    _assert_offline(guard)


def test_upload_of_a_bad_file_is_rejected_with_a_report(nav_pages, offline):
    from ui.texts.shell import T

    page, guard = offline
    _open(page, _kelola_data(nav_pages).url)
    _slow_uploads(page)
    rejected = T("up_rejected", "id").split(".")[0]
    bad = b"periode,kode_wilayah,segmen,peserta_aktif\n2026-10,99.99,XX,banyak\n"
    _upload(page, "kepesertaan_salah.csv", bad, then=rejected)
    assert not page.locator('[data-testid="stException"]').count()
    errors = page.locator('[data-testid="stAlertContentError"]')
    assert errors.count() and rejected in errors.first.inner_text()
    assert page.locator('[data-testid="stMain"] [data-testid="stDataFrame"]').count(), "no error table"
    _assert_offline(guard)


def test_a_file_of_another_type_is_refused_in_the_users_language(nav_pages, offline):
    """Before (issue 11 point 10): Streamlit's own "application/pdf files are not allowed", in
    English, also hidden in the markup. Now the upload reaches analytics.load, which names it."""
    page, guard = offline
    _open(page, _kelola_data(nav_pages).url)
    refused = "Format berkas .pdf tidak didukung"
    _upload(page, "laporan.pdf", b"%PDF-1.4 bukan tabel", then=refused, mime="application/pdf")
    html = page.locator('[data-testid="stMain"]').inner_html()
    assert "not allowed" not in html
    assert refused in page.locator('[data-testid="stMain"]').inner_text()
    assert not page.locator('[data-testid="stException"]').count()
    _assert_offline(guard)


def test_the_case_workbook_is_built_when_clicked(app_url, offline):
    """Tindak Lanjut builds its case workbook only on a click (st.download_button's deferred data,
    on another thread with a cursor of its own): the file arrives and is an XLSX."""
    page, guard = offline
    page.goto(f"{app_url}/tindak-lanjut")
    harness.wait_until_idle(page)
    button = page.locator(".st-key-tl_export button").first
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=30_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename.startswith("tindak-lanjut_") and download.suggested_filename.endswith(".xlsx")
    assert open(download.path(), "rb").read(2) == b"PK"
    _assert_offline(guard)
