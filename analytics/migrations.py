"""Ordered schema migrations, so a store that already holds years of data gets every new column.

`analytics.store.SCHEMA` is the schema as version 1 had it, frozen; every change since is a
`Migration` here, numbered from 2. A new store is built from version 1 and then migrated like any
other, so a fresh store and a migrated one have the same schema by construction.

Each migration runs in one transaction with the version bump in `meta`: a failure (a full disk, a
kill) leaves the store at the version before, with nothing half-done, and the next open tries again.
A migration only adds (columns with defaults, tables, indexes), so it loses nothing. A store with a
load history records every migration it gets there (dataset `skema`), with the time and the version
change; a store with none has nothing to tell. A store written by a newer Cakupan than this one is refused with a clear message,
never opened half-understood.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from analytics import derived as _derived


@dataclass(frozen=True)
class Migration:
    version: int  # the schema version this migration brings the store to
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        2,
        "riwayat_muat.ukuran_byte: the size of every loaded file in bytes",
        ("ALTER TABLE riwayat_muat ADD COLUMN IF NOT EXISTS ukuran_byte BIGINT",),
    ),
    # Employer identity across snapshots and actions, written once for every caller (compliance
    # changes, enforcement cases, enforcement outcomes): npp, then nib, then the trimmed lower-case
    # name within its kab/kota. `perusahaan_kunci(tingkat, …)` is the key at one step (NULL when that
    # step's field is empty), for callers that match step by step; `perusahaan_id(…)` is the key of
    # the first step with a value, as text ('NPP …', 'NIB …', 'NAMA … @PP.KK').
    Migration(
        3,
        "macros nama_kunci, perusahaan_kunci, perusahaan_id: one employer identity for every query",
        (
            "CREATE OR REPLACE MACRO nama_kunci(nama) AS lower(trim(nama))",
            """CREATE OR REPLACE MACRO perusahaan_kunci(tingkat, npp, nib, nama, kode_wilayah) AS
                CASE tingkat WHEN 1 THEN npp WHEN 2 THEN nib
                             ELSE nama_kunci(nama) || ' @' || kode_wilayah END""",
            """CREATE OR REPLACE MACRO perusahaan_id(npp, nib, nama, kode_wilayah) AS
                CASE WHEN npp IS NOT NULL THEN 'NPP ' || npp
                     WHEN nib IS NOT NULL THEN 'NIB ' || nib
                     ELSE 'NAMA ' || nama_kunci(nama) || ' @' || kode_wilayah END""",
        ),
    ),
    # Derived tables (analytics.derived): built from their sources before every publish, so an empty
    # one here is filled by the publish that follows this migration.
    Migration(
        4,
        "derived tables tindak_lanjut_kunci, perusahaan_ditindak and their sources' fingerprints (turunan)",
        (
            *(t.create() for t in _derived.TABLES if t.since == 4),
            f"CREATE TABLE IF NOT EXISTS {_derived.FINGERPRINTS} (nama VARCHAR PRIMARY KEY, sidik VARCHAR)",
        ),
    ),
    Migration(
        5,
        "derived table perusahaan_bulan: one row per employer snapshot with its employer counts",
        tuple(t.create() for t in _derived.TABLES if t.since == 5),
    ),
    Migration(
        6,
        "derived table kepatuhan_kubus: the compliance figures of every employer snapshot per sector, "
        "scale and arrears age (default settings)",
        tuple(t.create() for t in _derived.TABLES if t.since == 6),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version if MIGRATIONS else 1
HISTORY_DATASET = "skema"


class StoreTooNew(RuntimeError):
    """The store was written by a newer version of Cakupan than the one running."""


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The store's schema version; None for a store with no meta table yet (a new one)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'"
    ).fetchall()[0][0]
    if not exists:
        return None
    row = con.execute("SELECT nilai FROM meta WHERE kunci = 'schema_version'").fetchall()
    return int(row[0][0]) if row else 1


def refuse_newer(version: int | None, path: str) -> None:
    if version is not None and version > SCHEMA_VERSION:
        raise StoreTooNew(
            f"Basis data {path} berskema versi {version}, lebih baru daripada Cakupan ini (versi "
            f"{SCHEMA_VERSION}). Perbarui aplikasi Cakupan; basis data tidak diubah. / The database has "
            f"schema version {version}, newer than this Cakupan (version {SCHEMA_VERSION}). Update Cakupan; "
            "the database was not changed."
        )


def migrate(con: duckdb.DuckDBPyConnection, from_version: int, record: bool) -> list[Migration]:
    """Apply the migrations after `from_version`, each in its own transaction; return those applied.

    `record`: write a history row per migration (a store with a load history).
    """
    applied = []
    for migration in MIGRATIONS:
        if migration.version <= from_version:
            continue
        con.begin()
        try:
            for statement in migration.statements:
                con.execute(statement)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(migration.version)])
            if record:
                con.execute(
                    """INSERT INTO riwayat_muat (waktu, pengguna, dataset, nama_file, baris, hasil, jumlah_galat)
                       VALUES (?, 'sistem', ?, ?, 0, 'DITERIMA', 0)""",
                    [dt.datetime.now(dt.UTC).replace(tzinfo=None), HISTORY_DATASET,
                     f"migrasi skema {migration.version - 1} → {migration.version}: {migration.description}"],
                )
            con.commit()
        except BaseException:
            con.rollback()
            raise
        applied.append(migration)
    return applied
