"""`python -m analytics kecelakaan` through a subprocess (issue 12): exactly the keys, the figures of
test_kecelakaan, ringkasan's exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from analytics.cli import COMMANDS
from tests.analytics.kecelakaan_fixtures import accident_db  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CAKUPAN_DB": str(db)}
    return subprocess.run([sys.executable, "-m", "analytics", "kecelakaan", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_json_has_exactly_the_issues_keys(accident_db):  # noqa: F811
    assert COMMANDS["kecelakaan"] == "analytics.commands.kecelakaan"
    done = run(accident_db, "--wilayah", "16", "--periode", "2026-08", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "wilayah": "16", "nama": "Sumatera Selatan", "periode": "2026-08", "triwulan": "2026-Q3",
        "bulan_dilaporkan": 2, "kasus_triwulan": 22, "meninggal_triwulan": 2, "cacat_triwulan": 3,
        "klaim_rp_triwulan": 65_000_000, "kasus_tahun_berjalan": 25, "meninggal_tahun_berjalan": 3,
        "peserta_aktif": 493_333, "kasus_per_100rb_peserta_triwulan": 4.46,
    }  # fmt: skip


def test_defaults_and_text(accident_db):  # noqa: F811
    done = run(accident_db, "--kantor", "KC02", "--periode", "2026-08")
    assert done.returncode == 0, done.stderr
    assert "Kecelakaan kerja KC Lintas Batas (KC02), Agustus 2026 (triwulan 2026-Q3)" in done.stdout
    assert "Belum dilaporkan: Agustus 2026 (bukan berarti nol kecelakaan)" in done.stdout
    national = json.loads(run(accident_db, "--json").stdout)
    assert (national["wilayah"], national["periode"], national["peserta_aktif"]) == (None, "2026-09", None)


def test_exit_codes(accident_db, tmp_path):  # noqa: F811
    assert run(accident_db, "--wilayah", "61").returncode == 1  # no accident data
    assert run(accident_db, "--wilayah", "99", "--periode", "2026-08").returncode == 2
    bad = run(accident_db, "--periode", "2026-13")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert run(tmp_path / "none.duckdb", "--json").returncode == 1
