"""Loads while serving, with real processes (issue 15).

Two app processes serve one store (as behind nginx, README "Beyond one process"); a command-line
load runs while they do, and each shows the new data: the open page redraws itself on its timer,
a new visit reads it at once. An upload on Kelola Data and a command-line load at the same moment
take turns, and both are stored.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import duckdb
import pytest

from analytics import published, writer_lock
from scripts.wsclient import Session
from tests import tiny_store
from tests.browser.harness import REPO_ROOT, AppServer

NOV_CLI = b"periode;kode_wilayah;segmen;peserta_aktif\n2026-11;16.10;PU;1.120\n2026-11;16.71;PU;5.010\n"
NOV_ALL = NOV_CLI + b"2026-11;16.10;BPU;40\n2026-11;61.71;PU;700\n"  # every kab/kota of October: a complete month
NOV_UPLOAD = b"periode;kode_wilayah;segmen;peserta_aktif\n2026-11;61.71;PU;7.340\n"


@pytest.fixture
def master(tmp_path):
    path = tmp_path / "cakupan.duckdb"
    tiny_store.create_filled(path)
    return path


@pytest.fixture
def two_servers(master):
    servers = [AppServer(master).start(), AppServer(master).start()]
    yield servers
    for s in servers:
        s.stop()


def _cli_load(master, path, user: str = "cron") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "analytics", "load", "kepesertaan", str(path), "--pengguna", user],
                            cwd=REPO_ROOT, env={**os.environ, "CAKUPAN_DB": str(master)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def _shown(drawn) -> str:
    """The page's text as read: markdown escapes (plain.md) removed."""
    return drawn.text().replace("\\", "")


def _stored(master, sql: str) -> list[tuple]:
    con = published.connect(master)[0]
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_two_processes_serve_the_store_and_both_see_a_command_line_load(two_servers, master, tmp_path):
    a, b = two_servers
    watching, visiting = Session(a.url), Session(b.url)
    try:
        # National, October: 110 + 40 + 500 + 700 = 1.350 active; the data reach October.
        before = watching.open()
        assert "1.350" in before.text() and "s.d. Oktober 2026" in before.text(), a.log()
        assert "s.d. Oktober 2026" in visiting.open().text()

        (tmp_path / "kepesertaan_nov.csv").write_bytes(NOV_ALL)
        load = _cli_load(master, tmp_path / "kepesertaan_nov.csv")
        out, err = load.communicate(timeout=120)
        assert load.returncode == 0, (out, err)  # the app's processes never held the store
        assert "kepesertaan_nov.csv" in out

        # The page left open redraws itself from the new copy on its timer (no click, no restart);
        # it keeps the month the official was looking at.
        redrawn = watching.tick()
        assert redrawn is not None and not redrawn.exceptions(), a.log()
        assert "s.d. November 2026" in redrawn.text() and "1.350" in redrawn.text()
        # The other process: its open page on its next run, and a new visit to a link, read the new
        # copy; November is 1.120 + 40 + 5.010 + 700.
        assert "s.d. November 2026" in visiting.open().text(), b.log()
        newcomer = Session(b.url)
        again = newcomer.open("", "periode=2026-11")
        newcomer.close()
        assert "s.d. November 2026" in again.text() and "6.870" in again.text(), b.log()
        assert not again.exceptions()
        # A timer with nothing new published draws nothing.
        assert watching.tick() is None
    finally:
        watching.close()
        visiting.close()


def test_an_upload_and_a_command_line_load_at_the_same_moment_are_both_stored(two_servers, master, tmp_path):
    a, _ = two_servers
    (tmp_path / "kepesertaan_nov.csv").write_bytes(NOV_CLI)
    official = Session(a.url)
    try:
        page = official.open("kelola-data")
        page = official.upload("kd_file_0", page, "kepesertaan_pontianak.csv", NOV_UPLOAD)
        assert "kepesertaan_pontianak.csv" in _shown(page), a.log()
        page = official.set("kd_sure", page, bool_value=True)

        saved: dict = {}
        with writer_lock.held(master, doing="uji: penahan"):  # both arrive while the store is being written
            load = _cli_load(master, tmp_path / "kepesertaan_nov.csv")
            saving = threading.Thread(target=lambda: saved.update(page=official.set("kd_commit", page, trigger_value=True)))
            saving.start()
            saving.join(3)
            assert saving.is_alive() and load.poll() is None  # both wait their turn
        saving.join(120)
        out, err = load.communicate(timeout=120)
        assert load.returncode == 0, (out, err)
        assert not saving.is_alive() and not saved["page"].exceptions(), a.log()
        assert "1 baris dimuat dari kepesertaan_pontianak.csv" in _shown(saved["page"]), _shown(saved["page"])
    finally:
        official.close()

    assert _stored(master, "SELECT nama_file, hasil FROM riwayat_muat WHERE nama_file IN ('kepesertaan_nov.csv', 'kepesertaan_pontianak.csv') ORDER BY 1") == [
        ("kepesertaan_nov.csv", "DITERIMA"), ("kepesertaan_pontianak.csv", "DITERIMA")]  # fmt: skip
    assert _stored(master, "SELECT kode_wilayah, peserta_aktif FROM kepesertaan WHERE periode = DATE '2026-11-01' ORDER BY 1") == [
        ("16.10", 1120), ("16.71", 5010), ("61.71", 7340)]  # fmt: skip
    # Nothing was written behind the published copy's back: the master agrees with it.
    con = duckdb.connect(str(master), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM kepesertaan WHERE periode = DATE '2026-11-01'").fetchone()[0] == 3
    finally:
        con.close()
