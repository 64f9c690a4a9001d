"""`python -m analytics load`: exit codes and output, run as a user would, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from tests.fixtures import hostile
from tests.fixtures.files import KEPESERTAAN, csv_bytes

ROOT = Path(__file__).resolve().parents[2]


def _cli(db: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the command line with CAKUPAN_DB pointing at a test store."""
    argv = [sys.executable, "-m", "analytics", *args]
    env = {**os.environ, "CAKUPAN_DB": str(db), "PYTHONWARNINGS": "ignore"}
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def _file(tmp_path, rows, name="kepesertaan_2026-10.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(csv_bytes([KEPESERTAAN, *rows]))
    return path


def test_accepted_file_exits_0_with_one_line(load_db, tmp_path):
    path = _file(tmp_path, [["2026-10", "16.10", "PU", "2.056", "", ""], ["2026-10", "16.71", "PU", "7", "", ""]])
    done = _cli(load_db, "load", "kepesertaan", str(path), "--pengguna", "ani")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == ("kepesertaan: 2 baris dimuat dari kepesertaan_2026-10.csv (periode 2026-10; 2 wilayah; "
                           "0 baris diganti; angka gaya Indonesia)\n")


def test_rejected_file_exits_1_with_the_error_table(load_db, tmp_path):
    path = _file(tmp_path, [["2026-10", "1610", "PU", "5", "", ""]])
    done = _cli(load_db, "load", "kepesertaan", str(path))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == "kepesertaan: berkas kepesertaan_2026-10.csv DITOLAK, 1 galat; tidak ada data yang diubah."
    assert lines[1].split() == ["Baris", "Kolom", "Nilai", "Keterangan"]
    assert lines[3].startswith("2      kode_wilayah  1610   Tampaknya kode BPS")
    assert "Traceback" not in done.stdout + done.stderr


def test_english_report_with_lang_en(load_db, tmp_path):
    path = _file(tmp_path, [["2026-10", "16.10", "XX", "5", "", ""]])
    done = _cli(load_db, "load", "kepesertaan", str(path), "--lang", "en")
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == ("kepesertaan: file kepesertaan_2026-10.csv REJECTED, 1 error(s); "
                                           "no data was changed.")
    assert "Must be one of: PU, BPU, JAKON, PMI." in done.stdout


def test_missing_file_is_a_clear_error(load_db, tmp_path):
    done = _cli(load_db, "load", "kepesertaan", str(tmp_path / "tidak_ada.csv"))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"Berkas tidak ditemukan: {tmp_path / 'tidak_ada.csv'}\n"


def test_unknown_dataset_is_a_clear_error(load_db, tmp_path):
    done = _cli(load_db, "load", "pegawai", str(_file(tmp_path, [])))
    assert done.returncode == 2
    assert done.stderr.startswith("Dataset tidak dikenal: pegawai. Pilihan: kepesertaan, penduduk_bekerja")


def test_busy_store_fails_at_once_and_stays_intact(load_db, tmp_path):
    """Another process (the app) holds the file: the load exits 3 at once and never waits (a hang would
    fail on the call's timeout)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(load_db)!r})
            print("held", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        path = _file(tmp_path, [["2026-10", "16.10", "PU", "5", "", ""]])
        done = _cli(load_db, "load", "kepesertaan", str(path), timeout=30)  # a hang fails on the timeout
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 3
    assert "sedang dipakai proses lain" in done.stderr and "Traceback" not in done.stderr
    con = duckdb.connect(str(load_db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM kepesertaan").fetchall() == [(0,)]
    finally:
        con.close()


def test_help_lists_the_load_command(load_db):
    done = _cli(load_db, "load", "--help")
    assert done.returncode == 0 and "--pengguna" in done.stdout


def _stored_and_history(db: Path) -> tuple[int, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT count(*) FROM kepesertaan").fetchall()[0][0]
        return rows, con.execute("SELECT nama_file, hasil FROM riwayat_muat ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("name, data, first_line", [
    ("jauh.xlsx", hostile.far_cell_xlsx(), "Lembar xl/worksheets/sheet1.xml memakai kolom sampai XFD"),
    ("lebar.xlsx", hostile.wide_row_without_references_xlsx(), "Pembaca berkas berhenti sebelum selesai"),
    ("panjang.csv", hostile.long_first_line_csv(200), "Baris judul lebih dari 64 KB"),
    ("gambar.csv", hostile.binary_as_csv(), "Berkas ini bukan berkas CSV teks"),
])
def test_hostile_files_exit_1_with_a_message_and_no_traceback(load_db, tmp_path, name, data, first_line):
    """Before: exit 134 (calamine's abort) for the first, a traceback for the third, a
    'UnicodeDecodeError' printed as 'Exception ignored' for the last."""
    path = tmp_path / name
    path.write_bytes(data)
    done = _cli(load_db, "load", "kepesertaan", str(path))
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == f"kepesertaan: berkas {name} DITOLAK, 1 galat; tidak ada data yang diubah."
    assert first_line in done.stdout
    assert "Traceback" not in done.stdout + done.stderr and "Exception" not in done.stderr
    assert done.stderr == ""
    assert _stored_and_history(load_db) == (0, [(name, "DITOLAK")])


def test_an_unexpected_failure_is_one_line_not_a_traceback(load_db, tmp_path, monkeypatch):
    """Whatever goes wrong inside a command, the CLI says so in one line with how to see more."""
    path = _file(tmp_path, [["2026-10", "16.10", "PU", "5", "", ""]])
    env_db = str(tmp_path / "bukan-folder" / "x")
    (tmp_path / "bukan-folder").write_text("a file where a folder is expected")
    done = _cli(Path(env_db), "load", "kepesertaan", str(path))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("Kesalahan tak terduga")
    assert "CAKUPAN_DEBUG=1" in done.stderr
