"""The accounts file: where it is, its schema, and a short connection to it.

SQLite in WAL mode (readers never wait for the writer), a busy timeout so two writers queue rather
than fail, and foreign keys on. The schema carries its version in `PRAGMA user_version`; a file
written by a newer Cakupan is refused, like the analytics store.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

SCHEMA_VERSION = 2  # 2: tiket (single sign-on's one-time codes)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pengguna (
    nama          TEXT PRIMARY KEY COLLATE NOCASE,
    peran         TEXT NOT NULL,
    wilayah       TEXT,                        -- the role's area as written; NULL for admin and pusat
    email         TEXT UNIQUE COLLATE NOCASE,  -- single sign-on maps an e-mail to this account
    hash          TEXT,                        -- argon2id; NULL: single sign-on only
    boleh_unggah  INTEGER NOT NULL DEFAULT 0,
    aktif         INTEGER NOT NULL DEFAULT 1,
    harus_ganti   INTEGER NOT NULL DEFAULT 1,  -- must change the password at the next sign-in
    gagal         INTEGER NOT NULL DEFAULT 0,  -- failed attempts in a row
    kunci_sampai  TEXT,                        -- locked until (UTC, ISO)
    dibuat        TEXT NOT NULL,
    diubah        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sesi (
    token_hash    TEXT PRIMARY KEY,            -- SHA-256 of the browser's token
    nama          TEXT NOT NULL REFERENCES pengguna (nama) ON DELETE CASCADE,
    dibuat        TEXT NOT NULL,
    terakhir      TEXT NOT NULL,               -- last seen (UTC, ISO): idle time counts from here
    berakhir      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS audit (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    waktu         TEXT NOT NULL,               -- UTC, ISO
    pengguna      TEXT,
    aksi          TEXT NOT NULL,
    wilayah       TEXT,
    periode       TEXT,
    rincian       TEXT                         -- JSON
);
CREATE TABLE IF NOT EXISTS tiket (             -- single sign-on: a one-time code that becomes a session
    kode_hash     TEXT PRIMARY KEY,
    nama          TEXT NOT NULL REFERENCES pengguna (nama) ON DELETE CASCADE,
    dibuat        TEXT NOT NULL,
    dipakai       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS audit_waktu ON audit (waktu);
CREATE INDEX IF NOT EXISTS sesi_nama ON sesi (nama);
"""


class AkunTooNew(RuntimeError):
    """The accounts file was written by a newer Cakupan."""


def path() -> Path:
    """CAKUPAN_AKUN_DB, else akun.sqlite beside the analytics store."""
    if os.environ.get("CAKUPAN_AKUN_DB"):
        return Path(os.environ["CAKUPAN_AKUN_DB"])
    from analytics.store import db_path

    return db_path().with_name("akun.sqlite")


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def parse(text: str | None) -> dt.datetime | None:
    return None if not text else dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _open(file: Path) -> sqlite3.Connection:
    file.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(str(file), timeout=10, isolation_level=None)  # autocommit; BEGIN where needed
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA busy_timeout = 10000")
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        con.close()
        raise AkunTooNew(f"berkas akun {file} dibuat oleh Cakupan yang lebih baru (skema {version}); "
                         f"perbarui Cakupan / the accounts file is from a newer Cakupan")  # fmt: skip
    if version < SCHEMA_VERSION:
        con.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
    return con


@contextlib.contextmanager
def connect(file: Path | None = None):
    """A short connection to the accounts file (created with its schema when missing)."""
    con = _open(Path(file) if file is not None else path())
    try:
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def transaction(con: sqlite3.Connection):
    """BEGIN IMMEDIATE … COMMIT: the writer takes the lock first, so two writers queue."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def exists(file: Path | None = None) -> bool:
    """Whether any account exists (no file: none), without creating the file."""
    file = Path(file) if file is not None else path()
    if not file.exists():
        return False
    with connect(file) as con:
        return con.execute("SELECT count(*) FROM pengguna").fetchone()[0] > 0
