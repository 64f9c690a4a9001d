"""`python -m analytics ringkasan`: the JSON keys, the Indonesian summary, and the user errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analytics.cli import COMMANDS
from analytics.commands import ringkasan
from analytics.store import connect
from tests.analytics import coverage_fixtures
from tests.analytics.coverage_fixtures import use_tiny_reference

# Fixtures shared by the coverage tests (tests/analytics/conftest.py belongs to the import tests).
coverage_db = coverage_fixtures.coverage_db

ROOT = Path(__file__).resolve().parents[2]

SUMSEL_AUG = coverage_fixtures.SUMSEL_AUG_JSON


def run_cli(db: Path, *args: str, module=("analytics.commands.ringkasan",)) -> subprocess.CompletedProcess:
    env = {**os.environ, "CAKUPAN_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", *module, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_json_has_exactly_the_issues_keys_and_values(coverage_db):
    done = run_cli(coverage_db, "--wilayah", "16", "--periode", "2026-08", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert list(out) == list(SUMSEL_AUG)
    assert out == SUMSEL_AUG


def test_registered_in_the_command_line(coverage_db):
    assert COMMANDS["ringkasan"] == "analytics.commands.ringkasan"
    done = run_cli(coverage_db, "ringkasan", "--kantor", "KC02", "--json", module=("analytics",))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["wilayah"], out["periode"], out["target_peserta"], out["target_dialokasikan"]) == (
        "KC02",
        "2026-08",
        145_000,
        True,
    )


def main(monkeypatch, db, *argv):
    monkeypatch.setenv("CAKUPAN_DB", str(db))
    return ringkasan.main(list(argv))


def test_json_nulls_where_undefined(coverage_db, monkeypatch, capsys):
    # 61.71: no May data → no pace, no status; no employers. National has no code.
    assert main(monkeypatch, coverage_db, "--wilayah", "61.71", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["laju_aktual_per_bulan"], out["status"], out["perusahaan_aktif"]) == (None, None, None)
    assert out["target_dialokasikan"] is True
    assert main(monkeypatch, coverage_db, "--json") == 0
    assert json.loads(capsys.readouterr().out)["wilayah"] is None


def test_summary_in_bahasa_indonesia(coverage_db, monkeypatch, capsys):
    assert main(monkeypatch, coverage_db, "--wilayah", "16", "--periode", "2026-08") == 0
    text = capsys.readouterr().out
    assert "Sumatera Selatan (16), Agustus 2026" in text
    for expected in (
        "493.333",
        "500.000",
        "98,67%",
        "6.667",
        "31 Desember 2026 (4 bulan lagi)",
        "1.667 per bulan",
        "4.417 per bulan",
        "Sesuai jalur",
        "Penduduk bekerja (2026)",
        "1.000.000",
        "49,33%",
        "511.000",
    ):
        assert expected in text, expected


def test_summary_says_when_a_target_is_allocated_and_pace_unknown(coverage_db, monkeypatch, capsys):
    assert main(monkeypatch, coverage_db, "--wilayah", "61.71") == 0
    text = capsys.readouterr().out
    assert "24.000 (dialokasikan dari target provinsi)" in text
    assert "belum cukup data 3 bulan" in text and "Belum dapat dinilai" in text
    assert main(monkeypatch, coverage_db, "--kantor", "KC02") == 0
    assert "145.000 (termasuk alokasi dari target provinsi)" in capsys.readouterr().out


def test_kanwil_by_name(coverage_db, monkeypatch, capsys):
    assert main(monkeypatch, coverage_db, "--kanwil", "Sumbagsel", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["nama"], out["peserta_aktif"], out["target_peserta"]) == (
        "Kanwil Sumbagsel",
        429_000,
        436_667,
    )


def test_excel_mangled_code_is_read_with_its_trailing_zero(coverage_db, monkeypatch, capsys):
    # 16.1 → 16.10, which the tiny geography does not have: a clear "unknown" error, not a crash.
    assert main(monkeypatch, coverage_db, "--wilayah", "16.1") == 2
    assert "16.10" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (("--wilayah", "99"), 2, "tidak dikenal"),
        (("--wilayah", "abc"), 2, "tidak dikenal"),
        (("--kantor", "KC99"), 2, "tidak dikenal"),
        (("--periode", "2026-13"), 2, "YYYY-MM"),
        (("--wilayah", "61.71", "--periode", "2020-01"), 1, "tidak ada data Kota Pontianak untuk Januari 2020"),
    ],
)
def test_user_errors_exit_non_zero_with_a_message(coverage_db, monkeypatch, capsys, argv, code, message):
    assert main(monkeypatch, coverage_db, *argv) == code
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_missing_database_and_empty_database(tmp_path, monkeypatch, capsys):
    assert main(monkeypatch, tmp_path / "none.duckdb", "--json") == 1
    assert "python -m analytics init" in capsys.readouterr().err
    use_tiny_reference(tmp_path, monkeypatch)
    connect(tmp_path / "empty.duckdb").close()
    assert main(monkeypatch, tmp_path / "empty.duckdb", "--json") == 1
    assert "belum ada data kepesertaan" in capsys.readouterr().err


def test_no_traceback_from_the_process(coverage_db):
    done = run_cli(coverage_db, "--wilayah", "99")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "tidak dikenal" in done.stderr


@pytest.fixture
def employers_only_db(tmp_path, monkeypatch):
    """Targets, the workforce and employer snapshots loaded, the membership report not yet."""
    use_tiny_reference(tmp_path, monkeypatch)
    path = tmp_path / "sebagian.duckdb"
    con = connect(path)
    monkeypatch.setattr(coverage_fixtures, "AKTIF", {})
    coverage_fixtures.fill(con)
    con.close()
    return path


# KC01 (KC Palembang) serves 16.71 and 16.01. June 2026, by hand:
# perusahaan_aktif: 16.71's June snapshot has 3 AKTIF; 16.01's latest at or before June is March's,
#   with 1 AKTIF → 4.
# target: 16.71's own 250.000; 16.01 gets Sumsel's 500.000 − 250.000 by workforce among the kab/kota
#   without a target (100k of 100k + 300k + 200k) = 41.667 → 291.667, allocated.
# penduduk_bekerja: 400.000 + 100.000 (2026). Batas waktu 31-12-2026, 6 months after June.
KC01_JUNE = {
    "wilayah": "KC01", "nama": "KC Palembang", "periode": "2026-06", "peserta_aktif": None,
    "target_peserta": 291_667, "target_dialokasikan": True, "capaian_persen": None, "gap": None,
    "batas_waktu": "2026-12-31", "bulan_tersisa": 6, "laju_dibutuhkan_per_bulan": None,
    "laju_aktual_per_bulan": None, "status": None, "penduduk_bekerja": 500_000,
    "tahun_penduduk_bekerja": 2026, "cakupan_persen": None, "perusahaan_aktif": 4,
    "proyeksi_batas_waktu": None,
    "kekurangan_bagian": None, "bagian_belum_tercapai": 0, "bagian_bertarget": 0,  # no membership: no parts
}  # fmt: skip


def test_partial_data_prints_every_key_and_exits_0(employers_only_db):
    """Before: exit 1, because no membership was loaded yet."""
    done = run_cli(employers_only_db, "ringkasan", "--kantor", "KC01", "--periode", "2026-06", "--json",
                   module=("analytics",))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert list(out) == list(SUMSEL_AUG) and out == KC01_JUNE


def test_partial_data_without_a_period_uses_the_latest_employer_snapshot(employers_only_db, monkeypatch, capsys):
    assert main(monkeypatch, employers_only_db, "--kantor", "KC01", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["periode"], out["perusahaan_aktif"], out["peserta_aktif"]) == ("2026-09", 11, None)  # 10 + 1


def test_partial_data_summary_says_membership_is_missing(employers_only_db, monkeypatch, capsys):
    assert main(monkeypatch, employers_only_db, "--kantor", "KC01", "--periode", "2026-06") == 0
    text = capsys.readouterr().out
    assert "Data kepesertaan Juni 2026 belum dimuat" in text
    for expected in ("Peserta aktif              belum ada data", "291.667 (termasuk alokasi dari target provinsi)",
                     "Penduduk bekerja (2026)", "500.000", "Perusahaan aktif           4"):
        assert expected in text, expected


def test_a_scope_with_no_data_at_all_exits_1(employers_only_db, monkeypatch, capsys):
    assert main(monkeypatch, employers_only_db, "--kantor", "KC04", "--periode", "2025-01") == 1
    assert "tidak ada data KC Pontianak untuk Januari 2025" in capsys.readouterr().err
