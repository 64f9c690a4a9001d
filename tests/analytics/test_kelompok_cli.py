"""`python -m analytics kelompok` through a subprocess (issue 12): the issue's object, the figures of
test_kelompok, the contribution per person as an option, ringkasan's exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from analytics.cli import COMMANDS
from tests.analytics.kelompok_fixtures import group_db  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def run(db: Path, *args: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analytics", "kelompok", *args], cwd=ROOT,
                          env={**os.environ, "CAKUPAN_DB": str(db), **env}, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


def test_json_object(group_db):  # noqa: F811
    assert COMMANDS["kelompok"] == "analytics.commands.kelompok"
    done = run(group_db, "--wilayah", "16", "--periode", "2026-08", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert list(out) == ["wilayah", "nama", "periode", "iuran_per_orang_rp", "kelompok", "total"]
    assert (out["wilayah"], out["periode"], out["iuran_per_orang_rp"]) == ("16", "2026-08", 16_800)
    assert list(out["kelompok"]) == ["NON_ASN", "PERANGKAT_DESA", "PETUGAS_AD_HOC"]
    assert out["kelompok"]["NON_ASN"] == {
        "sasaran": 2_000, "terdaftar": 1_300, "belum_terdaftar": 700, "cakupan_persen": 65.0,
        "iuran_dibutuhkan_per_bulan_rp": 11_760_000, "periode_laporan_terakhir": "2026-06",
    }  # fmt: skip
    assert out["total"] == {"sasaran": 6_000, "terdaftar": 2_300, "belum_terdaftar": 3_700,
                            "cakupan_persen": 38.33, "iuran_dibutuhkan_per_bulan_rp": 62_160_000}  # fmt: skip


def test_the_contribution_per_person_and_the_text(group_db):  # noqa: F811
    out = json.loads(run(group_db, "--kantor", "KC02", "--periode", "2026-08", "--iuran-per-orang", "20.000", "--json").stdout)
    assert out["iuran_per_orang_rp"] == 20_000 and out["kelompok"]["RT_RW"]["iuran_dibutuhkan_per_bulan_rp"] == 9_000_000
    text = run(group_db, "--wilayah", "16", "--periode", "2026-08").stdout
    assert "Kelompok khusus Sumatera Selatan (16), s.d. Agustus 2026; iuran Rp 16.800 per orang per bulan" in text
    assert "Untuk melindungi semua yang belum terdaftar: Rp 745.920.000 per tahun." in text  # 62.160.000 × 12


def test_exit_codes(group_db, tmp_path):  # noqa: F811
    assert run(group_db, "--wilayah", "61").returncode == 1
    assert run(group_db, "--wilayah", "99", "--periode", "2026-08").returncode == 2
    bad = run(group_db, "--iuran-per-orang", "-5")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert run(tmp_path / "none.duckdb").returncode == 1
