"""`pip install .` gives a working Cakupan: the `cakupan` command runs every subcommand and serves
the app, with its reference data and pages found through the installed package (issue 10).

The wheel is built from this checkout and installed with `--no-deps --target` into a folder of its
own; it runs on this venv's Python (which has the dependencies) from another working folder, so
nothing of the checkout is on its path.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.analytics import coverage_fixtures as cf
from tests.browser.harness import free_port

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("paket")
    # A copy of the source tree, so the build's own folders (build/, *.egg-info) never land in the checkout.
    source = work / "sumber"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", "*.duckdb*", ".pytest_cache", ".ruff_cache"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                    "-w", str(work / "dist"), "-q"], check=True, cwd=work, timeout=300)
    (wheel,) = (work / "dist").glob("cakupan-*.whl")
    target = work / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel), "-q"],
                   check=True, cwd=work, timeout=300)
    return target


def _env(installed: Path, db: Path) -> dict:
    # Only the installed copy and this venv's packages: the checkout is not on the path.
    return {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONPATH": str(installed),
            "CAKUPAN_DB": str(db), "PYTHONSAFEPATH": "1"}


def _cakupan(installed: Path, db: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(installed / "bin" / "cakupan"), *args], cwd=cwd, env=_env(installed, db),
                          capture_output=True, text=True, timeout=300)


def test_the_wheel_holds_the_app_its_pages_data_and_sql(installed):
    site = installed / "cakupan_site"
    for path in ("app.py", "pages/ringkasan.py", "data/wilayah.csv", "data/kantor.csv", "data/geometri_kabkota.geojson",
                 "static/topojson/world_110m.json", ".streamlit/config.toml"):
        assert (site / path).is_file(), path
    assert (installed / "analytics" / "coverage" / "metrics.sql").is_file()
    assert not (installed / "tests").exists() and not (installed / "data").exists()
    # every package of the checkout is installed, and every .sql file beside its code
    for init in [*ROOT.glob("analytics/**/__init__.py"), *ROOT.glob("ui/**/__init__.py")]:
        package = init.parent.relative_to(ROOT)
        assert (installed / package / "__init__.py").is_file(), f"{package} is not in pyproject's packages"
    for sql in ROOT.glob("analytics/**/*.sql"):
        assert (installed / sql.relative_to(ROOT)).is_file(), f"{sql.relative_to(ROOT)} is not package data"


def test_installed_cakupan_loads_and_answers_ringkasan(installed, tmp_path):
    db = tmp_path / "cakupan.duckdb"
    done = _cakupan(installed, db, "load", "penduduk_bekerja", str(_penduduk(tmp_path)), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    done = _cakupan(installed, db, "ringkasan", "--wilayah", "16.71", "--periode", "2026-08", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    # The reference data came from the installed package: the code's name is the shipped one.
    assert (out["nama"], out["penduduk_bekerja"], out["peserta_aktif"]) == ("Kota Palembang", 400_000, None)


def _penduduk(folder: Path) -> Path:
    path = folder / "penduduk.csv"
    path.write_text("tahun,kode_wilayah,penduduk_bekerja\n" + "\n".join(
        f"{t},{k},{n}" for t, k, n in cf.PENDUDUK if k.startswith("16")) + "\n", encoding="utf-8")
    return path


def test_installed_cakupan_serves_the_app(installed, tmp_path):
    db = tmp_path / "cakupan.duckdb"
    port = free_port()
    proc = subprocess.Popen([sys.executable, str(installed / "bin" / "cakupan"), "serve", "--server.port", str(port),
                             "--server.address", "127.0.0.1"], cwd=tmp_path, env=_env(installed, db),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline, status = time.monotonic() + 60, None
        while time.monotonic() < deadline and status != 200:
            try:
                with direct.open(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                    status = r.status
            except OSError:
                time.sleep(0.3)
        assert status == 200
        # The installed config is in force: static serving is on (the map's offline TopoJSON).
        with direct.open(f"http://127.0.0.1:{port}/app/static/topojson/world_110m.json", timeout=5) as r:
            assert r.status == 200 and json.loads(r.read())["type"] == "Topology"
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=20)
