"""The DuckDB store: where the file lives, its schema, and how to open it safely.

One file per deployment (`CAKUPAN_DB`, default `data/cakupan.duckdb` in a checkout; see
analytics.shipped for an installed Cakupan). DuckDB lets one process
write; a second process that tries to open the file gets a lock error at once, which `connect`
turns into `StoreBusy` with a message that says what to do, so a command line load never hangs
or corrupts while the app runs.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from analytics import migrations, shipped
from analytics.contract import DATASETS, SQL_TYPE
from analytics.migrations import StoreTooNew  # noqa: F401 — re-exported for callers of connect()

DEFAULT_DB = shipped.default_db()
SCHEMA_VERSION = migrations.SCHEMA_VERSION


class StoreBusy(RuntimeError):
    """The database file is held by another process (usually the running app)."""


def db_path() -> Path:
    return Path(os.environ.get("CAKUPAN_DB") or DEFAULT_DB)


def connect(path: str | Path | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store and make sure its schema and reference data exist."""
    path = Path(path) if path is not None else db_path()
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            holder = re.search(r"PID (\d+)", str(exc))
            who = f" (PID {holder.group(1)})" if holder else ""
            raise StoreBusy(
                f"Basis data {path} sedang dipakai proses lain{who}, biasanya aplikasi Cakupan yang "
                "sedang berjalan. Unggah berkas lewat halaman Kelola Data, atau hentikan aplikasi "
                "lalu ulangi perintah ini. / The database is in use by another process (usually "
                "the running app): upload on the Kelola Data page, or stop the app and retry."
            ) from exc
        raise
    try:
        if read_only:
            migrations.refuse_newer(migrations.stored_version(con), str(path))
        else:
            ensure_schema(con, str(path))
    except BaseException:
        con.close()
        raise
    return con


def _dataset_ddl(name: str) -> str:
    ds = DATASETS[name]
    cols = [f"{c.name} {SQL_TYPE[c.kind]}" for c in ds.columns]
    cols.append("muat_id BIGINT")  # the load (riwayat_muat.id) that wrote the row
    return f"CREATE TABLE IF NOT EXISTS {ds.table} ({', '.join(cols)})"


# The schema as version 1 had it: frozen. Every change since is a migration (analytics.migrations).
SCHEMA = [
    """CREATE TABLE IF NOT EXISTS meta (kunci VARCHAR PRIMARY KEY, nilai VARCHAR)""",
    # Reference: 38 provinces and 514 kabupaten/kota (data/wilayah.csv).
    """CREATE TABLE IF NOT EXISTS wilayah (
        kode_wilayah VARCHAR PRIMARY KEY,
        nama VARCHAR NOT NULL,
        tingkat VARCHAR NOT NULL,          -- 'provinsi' | 'kabkota'
        kode_provinsi VARCHAR NOT NULL,
        jenis VARCHAR,                     -- 'Provinsi' | 'Kabupaten' | 'Kota'
        lat DOUBLE,
        lon DOUBLE
    )""",
    """CREATE SEQUENCE IF NOT EXISTS riwayat_muat_id START 1""",
    # Load history: every attempt, accepted or rejected. `waktu` is UTC as a naive TIMESTAMP (not the
    # server's clock zone, not TIMESTAMPTZ, whose rendering follows the session's TimeZone); pages
    # show it in WIB through analytics.fmt.waktu.
    """CREATE TABLE IF NOT EXISTS riwayat_muat (
        id BIGINT PRIMARY KEY DEFAULT nextval('riwayat_muat_id'),
        waktu TIMESTAMP NOT NULL,           -- UTC, naive (analytics.load.write.utc_now)
        pengguna VARCHAR,
        dataset VARCHAR NOT NULL,
        nama_file VARCHAR,
        sha256 VARCHAR,
        baris BIGINT,                       -- data rows in the file
        periode VARCHAR[],                  -- periods touched (YYYY-MM, YYYY or empty)
        wilayah VARCHAR[],                  -- area codes touched
        hasil VARCHAR NOT NULL,             -- 'DITERIMA' | 'DITOLAK'
        jumlah_galat BIGINT DEFAULT 0,
        galat VARCHAR,                      -- JSON: the first errors, as shown to the user
        peringatan VARCHAR,                 -- JSON: warnings (ignored columns, ...)
        baris_diganti BIGINT,               -- stored rows the load replaced
        durasi_detik DOUBLE
    )""",
    *[_dataset_ddl(name) for name in DATASETS],
    # Official kabupaten/kota boundaries imported by analytics.geo.importer (WKB, EPSG:4326,
    # simplified); empty = the map uses the built-in approximate shapes (analytics.geo.shapes).
    """CREATE TABLE IF NOT EXISTS geometri_kabkota (
        kode_wilayah VARCHAR PRIMARY KEY,
        wkb BLOB NOT NULL,
        muat_id BIGINT                      -- the riwayat_muat row (dataset 'geometri') that stored it
    )""",
]


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """A new store's tables at the current version: version 1's, then every migration (unrecorded)."""
    for ddl in SCHEMA:
        con.execute(ddl)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', '1')")
    migrations.migrate(con, 1, record=False)


def ensure_schema(con: duckdb.DuckDBPyConnection, path: str = "") -> None:
    """Create a new store's tables, migrate an older one, refuse a newer one; load the shipped
    reference data once."""
    version = migrations.stored_version(con)
    migrations.refuse_newer(version, path)
    if version is None:
        create_schema(con)
    else:
        for ddl in SCHEMA:  # tables version 1 had, should one be missing
            con.execute(ddl)
        has_history = con.execute("SELECT count(*) FROM riwayat_muat").fetchall()[0][0] > 0
        migrations.migrate(con, version, record=has_history)
    from analytics import reference  # local import: reference reads files only when needed

    reference.ensure_loaded(con)
    # DuckDB 2.0 refuses register()/sql() while a result of execute() is not fetched to the end
    # (e.g. after `.fetchone()`); finish it so callers get a connection ready for any work.
    con.complete()
