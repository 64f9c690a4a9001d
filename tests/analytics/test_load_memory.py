"""A file's cells never sit in the app's memory: the check runs in the reader's process and a valid
file's rows wait on disk until the save (issue 9: a 300 MB CSV held 2,5 GB while its tab was open)."""

from __future__ import annotations

import gc
import os
from pathlib import Path

from analytics import load
from tests.fixtures.files import PERUSAHAAN


def _rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _big_file(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write(",".join(PERUSAHAAN) + "\n")
        for i in range(rows):
            f.write(f"2026-09,N{i:09d},,PT Contoh Usaha Bersama Sejahtera {i},16.10,C,KECIL,AKTIF,{i % 400 + 1},1,,,"
                    "JKK;JKM;JHT,0,0\n")
    return path


def test_a_valid_file_is_checked_elsewhere_and_its_rows_wait_on_disk(load_con, tmp_path):
    path = _big_file(tmp_path / "perusahaan.csv", 400_000)
    assert path.stat().st_size > 38 * 2**20
    gc.collect()
    before = _rss_mb()
    validation = load.validate(load_con, "perusahaan", path, path.name)
    gc.collect()
    held = _rss_mb() - before
    assert validation.ok and validation.rows.count == 400_000
    # Before: the typed rows (and the text cells) stayed in this process, several times the file.
    assert held < 40, f"the app's process holds {held:.0f} MB more after checking a 40 MB file"
    rows_file = Path(validation.rows.path)
    assert rows_file.exists() and rows_file.stat().st_size < path.stat().st_size
    assert validation.preview(2)["nama_perusahaan"].tolist() == [
        "PT Contoh Usaha Bersama Sejahtera 0", "PT Contoh Usaha Bersama Sejahtera 1"]
    report = load.commit(load_con, validation, "uji")
    assert report.rows_inserted == 400_000
    assert load_con.execute("SELECT count(*), sum(tk_wajib) FROM perusahaan").fetchall() == [
        (400_000, sum(i % 400 + 1 for i in range(400_000)))]
    # The rows' file goes when the validation is dropped (a save, a new upload, the session's end).
    del validation
    gc.collect()
    assert not rows_file.exists()
