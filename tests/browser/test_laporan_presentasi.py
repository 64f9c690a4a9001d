"""The Laporan and Presentasi pages in Chromium (issue 13): every download works and holds what it
says, the keys a presentation clicker sends move the slide, a league row opens its area with a way
back, a link reopens the same slide, and nothing is fetched beyond localhost."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from tests.browser import harness

pytestmark = pytest.mark.browser


def _download(page, button):
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=60_000) as info:
        button.click()
    download = info.value
    return download.suggested_filename, open(download.path(), "rb").read()


def test_laporan_downloads_every_format(app_url, demo_province, offline):
    page, guard = offline
    kode, nama = demo_province
    page.goto(f"{app_url}/laporan?wilayah={kode}")
    harness.wait_until_idle(page)
    assert not harness.page_problems(page), harness.page_problems(page)
    assert page.locator('[data-tile="lp_0"]').count() == 1  # the preview's first figure
    name, data = _download(page, page.get_by_role("button", name="Unduh XLSX"))
    assert re.fullmatch(r"laporan-bulanan_.+_\d{4}-\d\d\.xlsx", name), name
    assert load_workbook(io.BytesIO(data)).sheetnames[-1] == "Keterangan"
    name, data = _download(page, page.get_by_role("button", name="Unduh PDF"))
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert f"Laporan bulanan kepesertaan — {nama}" in text

    page.get_by_text("Bahan rapat koordinasi", exact=True).click()
    harness.wait_until_idle(page)
    name, data = _download(page, page.get_by_role("button", name="Unduh PPTX"))
    assert name.endswith(".pptx") and 8 <= len(Presentation(io.BytesIO(data)).slides) <= 12

    page.get_by_role("button", name="Buat paket laporan").click()
    harness.wait_until_idle(page, timeout_ms=120_000)
    name, data = _download(page, page.get_by_role("button", name="Unduh paket (ZIP)"))
    assert name.startswith("paket-laporan-bulanan_") and name.endswith(".zip")
    members = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "DAFTAR-ISI.txt" in members and any(m.endswith(".pdf") for m in members)
    assert not guard.leaks(), guard.leaks()


def _slide(page) -> int:
    return int(page.locator("[data-slide-count]").get_attribute("data-slide-count"))


def _wait_slide(page, n: int) -> None:
    page.wait_for_function(f"document.querySelector('[data-slide-count]')?.dataset.slideCount === '{n}'", timeout=30_000)
    harness.wait_until_idle(page)


def test_presentasi_keys_links_and_drill(app_url, demo_province, offline):
    page, guard = offline
    kode, nama = demo_province
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{app_url}/presentasi?wilayah={kode}")
    harness.wait_until_idle(page)
    assert not harness.page_problems(page), harness.page_problems(page)
    assert _slide(page) == 1
    assert not page.locator('section[data-testid="stSidebar"]').is_visible()  # full width, no sidebar

    page.locator("body").press("ArrowRight")
    _wait_slide(page, 2)
    page.keyboard.press("PageDown")
    _wait_slide(page, 3)
    page.keyboard.press("PageUp")
    _wait_slide(page, 2)
    assert "slide=2" in page.url
    page.keyboard.press("End")
    _wait_slide(page, int(page.locator("[data-slide-count]").inner_text().split()[-1]))
    page.get_by_role("button", name="Sebelumnya").click()
    harness.wait_until_idle(page)

    # the league table (slide 4): large type, a row opens its kab/kota, and a button leads back
    page.goto(f"{app_url}/presentasi?wilayah={kode}&slide=4")
    _wait_slide(page, 4)
    table = page.locator("[data-slide-table] tbody tr").first
    size = float(table.locator("td").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
    assert size >= 20, size  # readable from the back of the room at 1280 × 720
    opened = table.get_attribute("data-kode")
    table.click()
    _wait_slide(page, 2)
    assert f"wilayah={opened}" in page.url
    page.get_by_role("button", name=re.compile(f"Kembali ke {re.escape(nama)}")).click()
    _wait_slide(page, 4)
    assert f"wilayah={kode}" in page.url

    # the same link in a fresh tab reopens the same slide
    shared = page.url
    page.goto(shared)
    _wait_slide(page, 4)
    assert not guard.leaks(), guard.leaks()
