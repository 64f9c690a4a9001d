"""`python -m analytics kepatuhan`: the JSON keys, the Indonesian summary, and the user errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analytics.cli import COMMANDS
from tests.analytics import compliance_fixtures as fx
from tests.analytics.test_compliance_summary import PALEMBANG

compliance_db = fx.compliance_db

ROOT = Path(__file__).resolve().parents[2]
M = fx.M


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CAKUPAN_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "analytics", "kepatuhan", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_registered_as_a_command():
    assert COMMANDS["kepatuhan"] == "analytics.commands.kepatuhan"


def test_json_has_exactly_the_issues_keys_and_values(compliance_db):
    done = run_cli(compliance_db, "--wilayah", "16.71", "--periode", "2026-08", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert list(out) == ["wilayah", "periode", "perusahaan_tidak_patuh", "PWBD", "PDS_TK", "PDS_UPAH",
                         "PDS_PROGRAM", "PMI"]  # fmt: skip
    assert list(out["PMI"]) == ["perusahaan", "tunggakan_rp", "umur"]
    assert out == PALEMBANG


def test_json_for_the_kantor_and_the_latest_snapshot(compliance_db):
    # KC01 = 16.71 (2026-09 snapshot) + 16.01 (2026-03): PWBD Toko Baru (2) + CV Maju (6)
    done = run_cli(compliance_db, "--kantor", "KC01", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["wilayah"], out["periode"], out["perusahaan_tidak_patuh"]) == ("KC01", "2026-09", 11)
    assert out["PWBD"] == {"perusahaan": 2, "tk_belum_terlindungi": 8}


def test_national_json_has_a_null_wilayah(compliance_db):
    out = json.loads(run_cli(compliance_db, "--periode", "2026-08", "--json").stdout)
    assert (out["wilayah"], out["perusahaan_tidak_patuh"], out["PWBD"]["tk_belum_terlindungi"]) == (None, 17, 119)


def test_text_summary_in_bahasa_indonesia(compliance_db):
    done = run_cli(compliance_db, "--wilayah", "16", "--periode", "2026-08")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "Kepatuhan perusahaan Sumatera Selatan (16), snapshot Juni 2026" in text
    assert "sebagian kab/kota memakai snapshot lebih lama, sejak Maret 2026" in text
    assert "PMI – menunggak iuran" in text
    assert "Rp 46.000.000" in text and "Rp 50.000.000" in text
    assert "menunggak >12 bulan" in text
    # no membership data in this store: no gap to set the unprotected workers against
    assert "Potensi penutupan gap" in text and "belum ada target atau data kepesertaan" in text
    # 16.71 March → June (16.01 has one snapshot): nobody left a category, 7 entered PMI
    assert "Perubahan sejak snapshot Maret 2026:" in text
    assert "PMI – menunggak iuran" in text.split("Perubahan sejak")[1]
    assert "0 keluar (patuh), 7 masuk" in text


@pytest.mark.parametrize(
    "args,code,message",
    [(["--wilayah", "99"], 2, "wilayah/kantor tidak dikenal"),
     (["--wilayah", "abc"], 2, "kode wilayah tidak dikenal"),
     (["--periode", "2026-13"], 2, "periode harus berbentuk YYYY-MM"),
     (["--periode", "2026-01"], 1, "belum ada data perusahaan"),
     (["--wilayah", "16.02"], 1, "belum ada data perusahaan")],
)  # fmt: skip
def test_user_errors_are_one_line(compliance_db, args, code, message):
    done = run_cli(compliance_db, *args)
    assert done.returncode == code
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_missing_database(tmp_path):
    done = run_cli(tmp_path / "tidak-ada.duckdb", "--json")
    assert done.returncode == 1 and "belum ada" in done.stderr and "Traceback" not in done.stderr
