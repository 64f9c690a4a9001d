"""Sign-in and per-area access in Chromium (issue 14): a provincial official signs in (changing a first
password), tries another province by URL, exports, and finds nothing outside the area; a browser
without a session gets nothing but the sign-in page; signing out ends it."""

from __future__ import annotations

import csv
import io
import shutil
import urllib.error
import urllib.request

import duckdb
import pytest

from analytics.akun import accounts, db
from tests.browser import harness

pytestmark = pytest.mark.browser

FIRST, NEW = "pertama-sekali-1", "baru-sekali-123"


@pytest.fixture()
def signed_app(demo_store, demo_facts, tmp_path, monkeypatch):
    """The demo on its own copy, with one admin and one official of the demo's main province."""
    copy = tmp_path / "cakupan.duckdb"
    shutil.copyfile(demo_store, copy)
    monkeypatch.setenv("CAKUPAN_AKUN_DB", str(tmp_path / "akun.sqlite"))
    with db.connect() as con:
        accounts.add(con, "admin", "admin", None, FIRST, oleh="uji")
        accounts.add(con, "pejabat", "provinsi", demo_facts["provinsi"], FIRST, oleh="uji")
    con = duckdb.connect(str(copy), read_only=True)
    other = con.execute("SELECT min(left(kode_wilayah, 2)) FROM kepesertaan WHERE left(kode_wilayah, 2) <> ?",
                        [demo_facts["provinsi"]]).fetchone()[0]  # fmt: skip
    names = dict(con.execute("SELECT nama, kode_provinsi FROM wilayah WHERE tingkat = 'kabkota'").fetchall())
    con.close()
    server = harness.AppServer(db_path=copy, extra_env={"CAKUPAN_AKUN_DB": str(tmp_path / "akun.sqlite")})
    server.start(timeout=60)
    server.other, server.province_of = other, names
    yield server
    server.stop()


def _sign_in(page, base: str, path: str, password: str) -> None:
    page.goto(base + path)
    page.wait_for_url("**/_cakupan/masuk**")
    page.fill("#nama", "pejabat")
    page.fill("#sandi", password)
    page.click("button[type=submit]")


def test_a_provincial_official_sees_only_the_province(signed_app, demo_facts, offline):
    page, guard = offline
    base = signed_app.url
    # nothing of the app without a session: the page load goes to the sign-in page, metrics say 401
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(base + "/_stcore/metrics", timeout=10)
    assert refused.value.code == 401
    _sign_in(page, base, f"/capaian-target?wilayah={signed_app.other}", FIRST)
    assert "gantilah sebelum masuk" in page.content()  # a first password is changed first
    page.fill("#sandi", FIRST)
    page.fill("#sandi_baru", NEW)
    page.fill("#sandi_ulang", NEW)
    page.click("button[type=submit]")
    page.wait_for_url("**/capaian-target**")
    harness.wait_until_idle(page)
    assert not harness.page_problems(page), harness.page_problems(page)
    kode = demo_facts["provinsi"]
    notice = page.locator('[data-testid="stAlert"]').first.inner_text()
    assert f"wilayah={signed_app.other}" in notice  # the other province, named and ignored
    assert f"wilayah={kode}" in page.url
    assert "Masuk sebagai" in page.locator('section[data-testid="stSidebar"]').inner_text()

    button = page.get_by_role("button", name="Unduh CSV").first
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=30_000) as info:
        button.click()
    rows = list(csv.reader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read()), delimiter=";"))
    named = [r[1] for r in rows[3:] if len(r) > 1]  # the CSV names areas (no codes: Excel would mangle them)
    assert named and all(signed_app.province_of.get(n) == kode for n in named), named[:5]

    page.goto(base + "/_cakupan/keluar")
    page.wait_for_url("**/_cakupan/masuk**")
    page.goto(base + "/peta")
    page.wait_for_url("**/_cakupan/masuk**")  # signed out: the app is closed again
    assert not guard.leaks(), guard.leaks()
