"""Hostile names and link values render as plain text: no link, no outside image, no request.

Acceptance testing found a `?wilayah=` value shown as a clickable phishing link inside the app's own
notice, an `![x](http://…)` that made the browser fetch an outside image, and office and Kanwil
names from a `kantor` upload rendered as links in the Peta and Kelola Data headings (issue 9).
"""

from __future__ import annotations

import shutil
from urllib.parse import quote

import duckdb
import pytest

from analytics import load
from tests.browser import harness

pytestmark = pytest.mark.browser

PHISHING = "[Sesi berakhir — klik di sini](http://evil.example/login)"
PIXEL = "![x](http://evil.example/pixel.png)"


@pytest.fixture()
def hostile_app(demo_store, demo_facts, tmp_path):
    """The demo on its own copy, after a `kantor` upload that renames the office of one kab/kota."""
    copy = tmp_path / "cakupan.duckdb"
    shutil.copyfile(demo_store, copy)
    con = duckdb.connect(str(copy))
    try:
        office = con.execute("SELECT kode_kantor FROM kantor WHERE kode_wilayah = ?",
                             [demo_facts["kabkota"]]).fetchone()[0]
        served = [r[0] for r in con.execute(
            "SELECT kode_wilayah FROM kantor WHERE kode_kantor = ? ORDER BY 1", [office]).fetchall()]
        rows = "".join(f'{office},"{PHISHING} {PIXEL}","Kanwil {PIXEL}",{kode}\n' for kode in served)
        report = load.load_file(con, "kantor", ("kode_kantor,nama_kantor,kanwil,kode_wilayah\n" + rows).encode(),
                                "kantor.csv", user="uji")
        assert report.accepted, report.render_errors()
    finally:
        con.close()
    server = next(harness.serve(copy))
    server.office = office
    yield server
    server.stop()


def _no_markup_from_outside(page) -> None:
    links = page.locator('a[href*="evil.example"]')
    assert links.count() == 0, [links.nth(i).evaluate("e => e.parentElement.parentElement.outerHTML")[:600]
                                for i in range(links.count())]
    images = page.locator('img[src*="evil.example"]')
    assert images.count() == 0, [images.nth(i).evaluate("e => e.parentElement.parentElement.outerHTML")[:600]
                                 for i in range(images.count())]


def test_hostile_office_names_and_link_values_are_plain_text(hostile_app, offline):
    page, guard = offline
    office = quote(hostile_app.office)
    # Laporan and Presentasi name the office in the preview, the report's title, its facts and the slides
    for path in (f"/peta?kantor={office}", f"/kelola-data?kantor={office}", f"/?kantor={office}",
                 f"/laporan?kantor={office}", f"/presentasi?kantor={office}",
                 f"/?wilayah={quote(PHISHING)}", f"/peta?wilayah={quote(PIXEL)}&indikator={quote(PHISHING)}"):
        page.goto(hostile_app.url + path)
        harness.wait_until_idle(page)
        assert not harness.page_problems(page), (path, harness.page_problems(page), hostile_app.log())
        _no_markup_from_outside(page)
        body = page.locator('[data-testid="stMain"]').text_content()  # hidden tabs too
        assert "Sesi berakhir" in body or "pixel.png" in body, (path, body[:500])
    # The notice shows the value as typed (cut short), and the brackets are there as text.
    page.goto(hostile_app.url + f"/?wilayah={quote(PHISHING)}")
    harness.wait_until_idle(page)
    shown = page.locator('[data-testid="stAlert"]').first.inner_text().replace("\u200b", "")  # ui.components.plain's breaks
    assert "wilayah=[Sesi berakhir — klik di sini](http://evil.example/" in shown
    assert guard.leaks() == []


def test_no_table_offers_the_grid_s_own_csv_download(app, offline):
    """The grid's "Download as CSV" writes raw text (a name starting with "=" becomes a formula in
    Excel); the pages' own CSV/XLSX buttons write text as text, so the grid's is hidden everywhere."""
    page, _ = offline
    page.goto(app.url + "/kelola-data")
    harness.wait_until_idle(page)
    page.get_by_role("tab", name="Riwayat muat").click()
    grid = page.locator('[data-testid="stDataFrame"]').filter(visible=True).first
    grid.hover()
    page.wait_for_timeout(300)
    toolbar = page.locator('[data-testid="stElementToolbar"]')
    assert toolbar.count() >= 1
    download = page.locator('[data-testid="stElementToolbar"] button[aria-label="Download as CSV"]')
    assert all(not download.nth(i).is_visible() for i in range(download.count()))
