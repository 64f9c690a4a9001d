"""Loads while serving, with real processes (issue 15).

Two app processes serve one store (as behind nginx, README "Beyond one process"); a command-line
load runs while they do, and each shows the new data: the open page redraws itself on its timer,
a new visit reads it at once. An upload on Kelola Data and a command-line load at the same moment
take turns, and both are stored.
"""

from __future__ import annotations

import os
import shutil
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


def _readme_nginx(ports: list[int], listen: int, folder) -> str:
    """The README's nginx example for several processes, as written, made runnable here: plain HTTP
    on `listen` instead of TLS, the app's processes on `ports`, files under `folder`."""
    import re

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index("**Several processes on one server.**"):]
    block = re.search(r"```nginx\n(.*?)```", part, re.S).group(1)
    assert "hash $cookie_cakupan_sesi" in block and "proxy_set_header Upgrade" in block
    block = block.replace("listen 443 ssl;", f"listen 127.0.0.1:{listen};")
    block = "\n".join(line for line in block.splitlines() if "ssl_certificate" not in line)
    servers = iter(ports)
    block = re.sub(r"server 127\.0\.0\.1:\d+;", lambda m: f"server 127.0.0.1:{next(servers)};", block)
    return (f"worker_processes 1; pid {folder}/nginx.pid; error_log {folder}/error.log;\n"
            "events { worker_connections 256; }\n"
            f"http {{ access_log {folder}/access.log; client_body_temp_path {folder}/body; proxy_temp_path {folder}/proxy;\n"
            f"{block}\n}}\n")  # fmt: skip


NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.path.exists(p)), None)


@pytest.mark.skipif(NGINX is None, reason="nginx not installed (make test installs it when root)")
def test_the_readme_nginx_example_serves_two_processes_with_sticky_sessions(two_servers, master, tmp_path):
    """An official behind the README's nginx: the page, an upload (its HTTP PUT must reach the process
    holding the session) and the save; both processes then show the new month."""
    from tests.browser.harness import free_port

    listen = free_port()
    conf = tmp_path / "nginx.conf"
    conf.write_text(_readme_nginx([s.port for s in two_servers], listen, tmp_path))
    nginx = subprocess.Popen([NGINX, "-c", str(conf), "-g", "daemon off;"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        official = _through_nginx(listen, nginx)
        try:
            page = official.open("kelola-data")
            page = official.upload("kd_file_0", page, "kepesertaan_pontianak.csv", NOV_UPLOAD)
            page = official.set("kd_sure", page, bool_value=True)
            page = official.set("kd_commit", page, trigger_value=True)
            assert "1 baris dimuat dari kepesertaan_pontianak.csv" in _shown(page), _shown(page)
        finally:
            official.close()
        for server in two_servers:
            s = Session(server.url)
            assert "s.d. November 2026" in s.open().text(), server.log()
            s.close()
    finally:
        nginx.terminate()
        nginx.wait(10)


def _through_nginx(port: int, nginx: subprocess.Popen) -> Session:
    import time

    deadline = time.monotonic() + 20
    while True:
        try:
            return Session(f"http://127.0.0.1:{port}")
        except OSError:
            if time.monotonic() > deadline or nginx.poll() is not None:
                raise AssertionError(nginx.stderr.read() if nginx.poll() is not None else "nginx did not answer") from None
            time.sleep(0.2)
