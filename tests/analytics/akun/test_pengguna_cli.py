"""`python -m analytics pengguna` through a subprocess: the password from standard input, areas
checked against the store, the codes of a refusal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.analytics.coverage_fixtures import coverage_db  # noqa: F401

ROOT = Path(__file__).resolve().parents[3]
SANDI = "rahasia-sekali-1"


def run(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "CAKUPAN_DB": str(db), "CAKUPAN_AKUN_DB": str(db.with_name("akun.sqlite"))}
    return subprocess.run([sys.executable, "-m", "analytics", "pengguna", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_accounts_from_the_command_line(coverage_db):  # noqa: F811
    done = run(coverage_db, "daftar")
    assert done.returncode == 0 and "mode demo tanpa login" in done.stdout
    done = run(coverage_db, "tambah", "admin1", "--peran", "admin", stdin=SANDI + "\n")
    assert done.returncode == 0, done.stderr
    assert "Akun admin1 dibuat: admin" in done.stdout and "harus diganti" in done.stdout
    done = run(coverage_db, "tambah", "ani", "--peran", "provinsi", "--wilayah", "16", "--unggah", stdin=SANDI + "\n")
    assert done.returncode == 0, done.stderr
    done = run(coverage_db, "tambah", "kc", "--peran", "kantor", "--kantor", "KC02", stdin=SANDI + "\n")
    assert done.returncode == 0, done.stderr
    listed = json.loads(run(coverage_db, "daftar", "--json").stdout)
    assert [(a["nama"], a["peran"], a["wilayah"], a["boleh_unggah"], a["harus_ganti"]) for a in listed] == [
        ("admin1", "admin", None, False, True), ("ani", "provinsi", "16", True, True), ("kc", "kantor", "KC02", False, True)]
    done = run(coverage_db, "ubah", "ani", "--peran", "kabkota", "--wilayah", "16.71", "--tanpa-unggah")
    assert done.returncode == 0 and "kabkota 16.71, tanpa unggah" in done.stdout
    done = run(coverage_db, "nonaktifkan", "kc")
    assert done.returncode == 0 and "dinonaktifkan" in done.stdout
    assert "NONAKTIF" in run(coverage_db, "daftar").stdout
    for out in (done.stdout, done.stderr):
        assert SANDI not in out


def test_refusals(coverage_db):  # noqa: F811
    bad_area = run(coverage_db, "tambah", "ani", "--peran", "provinsi", "--wilayah", "99", stdin=SANDI + "\n")
    assert bad_area.returncode == 1 and "tidak dikenal" in bad_area.stderr
    no_area = run(coverage_db, "tambah", "ani", "--peran", "kabkota", stdin=SANDI + "\n")
    assert no_area.returncode == 1 and "membutuhkan wilayah" in no_area.stderr
    national_area = run(coverage_db, "tambah", "ani", "--peran", "pusat", "--wilayah", "16", stdin=SANDI + "\n")
    assert national_area.returncode == 1 and "seluruh Indonesia" in national_area.stderr
    short = run(coverage_db, "tambah", "ani", "--peran", "pusat", stdin="pendek\n")
    assert short.returncode == 1 and "minimal 10" in short.stderr
    assert run(coverage_db, "ubah", "siapa", "--unggah").returncode == 1
    assert run(coverage_db, "tambah", "ani", "--peran", "raja").returncode == 2  # argparse's choices
    assert "Traceback" not in bad_area.stderr + short.stderr
