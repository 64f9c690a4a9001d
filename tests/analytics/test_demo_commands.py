"""The `demo` and `init` commands: exit codes, what they print, what they leave in the store."""

from __future__ import annotations

import pytest

from analytics import demo, store
from analytics.cli import main

SAMPAI = "2026-10"


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "cakupan.duckdb"
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    return path


def _counts(path) -> tuple[int, int]:
    con = store.connect(path)
    try:
        return (con.execute("SELECT count(*) FROM kepesertaan").fetchone()[0],
                con.execute("SELECT count(*) FROM riwayat_muat WHERE pengguna = 'demo'").fetchone()[0])  # fmt: skip
    finally:
        con.close()


def test_demo_small_loads_and_reports_times(db, capsys):
    assert main(["demo", "--scale", "small", "--sampai", SAMPAI]) == 0
    out, err = capsys.readouterr()
    files = len(list(demo.generate("small", SAMPAI)))
    assert out.startswith(f"Data demo (small, s.d. {SAMPAI}) dimuat: {files} berkas, ")
    assert "pembuatan " in out and "pemuatan " in out
    assert f"] {files}/{files} " in err  # the progress bar reached the end
    assert _counts(db) == (21 * 4 * 24, files)


def test_demo_rejects_a_bad_month(db, capsys):
    assert main(["demo", "--sampai", "2026-13"]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
    assert not db.exists()


def test_demo_can_only_write_the_files(tmp_path, capsys):
    folder = tmp_path / "berkas"
    assert main(["demo", "--scale", "small", "--sampai", SAMPAI, "--tulis", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f.file_name for f in demo.generate("small", SAMPAI))
    assert "berkas demo" in capsys.readouterr().out


def test_init_fills_an_empty_store_then_leaves_it_alone(db, capsys, monkeypatch):
    real = demo.load_demo
    calls = []

    def small_instead(con, *args, **kwargs):  # the national demo is too slow for a unit test
        calls.append(kwargs)
        return real(con, "small", SAMPAI, on_progress=kwargs.get("on_progress"), stats=kwargs.get("stats"))

    monkeypatch.setattr(demo, "load_demo", small_instead)
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert "belum berisi data kepesertaan" in out and "Data demo (small" in out
    assert len(calls) == 1
    before = _counts(db)

    assert main(["init"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == (f"Basis data {db}: kepesertaan 2024-11 s.d. 2026-10 (21 kab/kota), "
                   f"{_employers(db)} baris perusahaan, {before[1]} pemuatan diterima.")  # fmt: skip
    assert len(calls) == 1 and _counts(db) == before


def _employers(path) -> str:
    from analytics import fmt

    con = store.connect(path)
    try:
        return fmt.angka(con.execute("SELECT count(*) FROM perusahaan").fetchone()[0])
    finally:
        con.close()
