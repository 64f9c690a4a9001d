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
        (("--periode", "2026-06"), 1, "tidak ada data kepesertaan Indonesia untuk Juni 2026"),
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
