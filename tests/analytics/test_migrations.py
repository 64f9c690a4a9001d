"""Schema migrations: a store built with version 1's DDL and filled keeps every row and gains the new
columns; a store from a newer Cakupan is refused (issue 9)."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from analytics import load, migrations, store
from tests.fixtures.files import KEPESERTAAN, csv_bytes


def _version_1_store(path) -> None:
    """What a store written by Cakupan before migrations looked like: version 1's DDL, meta = 1,
    a load in its history and data in its tables."""
    con = duckdb.connect(str(path))
    for ddl in store.SCHEMA:
        con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO wilayah VALUES ('16', 'Sumatera Selatan', 'provinsi', '16', 'Provinsi', 0, 0), "
                "('16.10', 'Kabupaten Ogan Ilir', 'kabkota', '16', 'Kabupaten', 0, 0)")
    con.execute("""INSERT INTO riwayat_muat (waktu, pengguna, dataset, nama_file, baris, hasil)
                   VALUES (TIMESTAMP '2025-01-02 03:04:05', 'Sari', 'kepesertaan', 'lama.csv', 1, 'DITERIMA')""")
    con.execute("INSERT INTO kepesertaan VALUES (DATE '2025-01-01', '16.10', 'PU', 1234, NULL, NULL, 1)")
    con.close()


def _columns(con, table: str) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table]).fetchall()]


def test_a_version_1_store_is_migrated_and_loses_nothing(tmp_path, reference_files):
    path = tmp_path / "lama.duckdb"
    _version_1_store(path)
    con = store.connect(path)
    try:
        assert con.execute("SELECT nilai FROM meta WHERE kunci = 'schema_version'").fetchall() == [
            (str(migrations.SCHEMA_VERSION),)]
        assert "ukuran_byte" in _columns(con, "riwayat_muat")
        assert con.execute("SELECT periode, kode_wilayah, peserta_aktif, muat_id FROM kepesertaan").fetchall() == [
            (dt.date(2025, 1, 1), "16.10", 1234, 1)]
        history = con.execute("SELECT id, pengguna, dataset, nama_file, hasil, ukuran_byte FROM riwayat_muat "
                              "ORDER BY id").fetchall()
        assert history == [
            (1, "Sari", "kepesertaan", "lama.csv", "DITERIMA", None),
            (2, "sistem", "skema", "migrasi skema 1 → 2: riwayat_muat.ukuran_byte: the size of every loaded "
                                   "file in bytes", "DITERIMA", None),
            (3, "sistem", "skema", "migrasi skema 2 → 3: macros nama_kunci, perusahaan_kunci, perusahaan_id: "
                                   "one employer identity for every query", "DITERIMA", None),
            (4, "sistem", "skema", "migrasi skema 3 → 4: derived tables tindak_lanjut_kunci, perusahaan_ditindak "
                                   "and their sources' fingerprints (turunan)", "DITERIMA", None),  # issue 15
            (5, "sistem", "skema", "migrasi skema 4 → 5: derived table perusahaan_bulan: one row per employer "
                                   "snapshot with its employer counts", "DITERIMA", None),  # issue 15
            (6, "sistem", "skema", "migrasi skema 5 → 6: derived table kepatuhan_kubus: the compliance figures "
                                   "of every employer snapshot per sector, scale and arrears age (default settings)",
             "DITERIMA", None),  # issue 15
        ]
        # The new column is used: the next load records its file's size.
        data = csv_bytes([KEPESERTAAN, ["2026-10", "16.10", "PU", "7", "", ""]])
        assert load.load_file(con, "kepesertaan", data, "baru.csv", user="uji").accepted
        assert con.execute("SELECT nama_file, ukuran_byte FROM riwayat_muat ORDER BY id DESC LIMIT 1").fetchall() == [
            ("baru.csv", len(data))]
    finally:
        con.close()
    # Opening again migrates nothing more and records nothing more.
    con = store.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM riwayat_muat WHERE dataset = 'skema'").fetchall() == [(5,)]  # 1→2 … 5→6
    finally:
        con.close()


def test_a_new_store_has_the_same_schema_as_a_migrated_one(tmp_path, reference_files):
    old, new = tmp_path / "lama.duckdb", tmp_path / "baru.duckdb"
    _version_1_store(old)
    store.connect(old).close()
    store.connect(new).close()
    a, b = duckdb.connect(str(old), read_only=True), duckdb.connect(str(new), read_only=True)
    try:
        schema = ("SELECT table_name, column_name, data_type FROM information_schema.columns "
                  "ORDER BY table_name, ordinal_position")
        assert a.execute(schema).fetchall() == b.execute(schema).fetchall()
        macros = ("SELECT function_name, macro_definition FROM duckdb_functions() "
                  "WHERE function_type = 'macro' AND NOT internal ORDER BY function_name")
        assert [name for name, _ in b.execute(macros).fetchall()] == [
            "nama_kunci", "perusahaan_id", "perusahaan_kunci"]
        assert a.execute(macros).fetchall() == b.execute(macros).fetchall()
        assert b.execute("SELECT count(*) FROM riwayat_muat").fetchall() == [(0,)]  # nothing to tell
    finally:
        a.close()
        b.close()


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path, reference_files, monkeypatch):
    path = tmp_path / "lama.duckdb"
    _version_1_store(path)
    broken = migrations.Migration(2, "broken", ("ALTER TABLE riwayat_muat ADD COLUMN x BIGINT",
                                                "ALTER TABLE tidak_ada ADD COLUMN y BIGINT"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (broken,))
    with pytest.raises(duckdb.CatalogException):
        store.connect(path)
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT nilai FROM meta WHERE kunci = 'schema_version'").fetchall() == [("1",)]
        assert "x" not in _columns(con, "riwayat_muat")
        assert con.execute("SELECT count(*) FROM riwayat_muat").fetchall() == [(1,)]
    finally:
        con.close()


def test_a_store_from_a_newer_cakupan_is_refused_unchanged(tmp_path, reference_files):
    path = tmp_path / "baru.duckdb"
    store.connect(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET nilai = '99' WHERE kunci = 'schema_version'")
    con.close()
    with pytest.raises(store.StoreTooNew, match="skema versi 99, lebih baru daripada Cakupan ini"):
        store.connect(path)
    with pytest.raises(store.StoreTooNew):
        store.connect(path, read_only=True)
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT nilai FROM meta WHERE kunci = 'schema_version'").fetchall() == [("99",)]
    finally:
        con.close()
