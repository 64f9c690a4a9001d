"""Derived tables: the expensive work done once per load, not on every first visit of a page.

A derived table is a pure function of stored tables (its `sources`), written by one query in a .sql
file beside this module. A load rebuilds the tables its dataset feeds inside its own transaction
(`refresh_in_transaction`, from analytics.load.write), so the new rows and what is derived from them
commit together; a load of a dataset that feeds none rebuilds nothing. A bulk load (the demo) may
defer that to one rebuild at its end. As a safety net, `ensure_fresh` compares a fingerprint of each
source (row count and the sum of every row's hash, so any insert, delete or update shows) with the
one recorded when the table was last built, and rebuilds what differs: analytics.published calls it
under the writer's lock before every publish, so no reader ever sees a copy whose derived tables
disagree with their sources, whatever wrote them (a migration, a test fixture, a person at the
`duckdb` prompt).

Tables (each read by one module, which says why):
  tindak_lanjut_kunci   the follow-up actions with each one's name key and ladder position
                        (analytics.enforcement: every case query keyed them again, 0,3 s nationally)
  perusahaan_ditindak   the employer snapshot rows that can match an enforcement case (by NPP, NIB
                        or name): 0,84 of 7,6 million rows nationally (analytics.enforcement.outcomes)
  perusahaan_bulan      one row per employer snapshot (kab/kota × month) with its employer counts:
                        which snapshot a view reads and the AKTIF employers of each, 4 thousand rows
                        for 7,6 million (analytics.coverage metrics, analytics.compliance)
  kepatuhan_kubus       the compliance figures of every snapshot per sector, scale and arrears age,
                        under the default settings (analytics.compliance.kubus says why)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from analytics import sqlfile
from analytics.contract import TAHAP


@dataclass(frozen=True)
class Derived:
    name: str
    sources: tuple[str, ...]
    columns: str  # the table's DDL column list (the migration that adds the table creates it)
    since: int  # the schema version that added it (analytics.migrations)
    # The SELECT and its parameters, when the table needs parameters or its domain module defines it
    # (else `<name>.sql` beside this module, none); what it depends on beyond its sources' rows
    # (settings) goes into its fingerprint.
    query: Callable[[], tuple[str, list | dict]] | None = None
    signature: Callable[[], str] | None = None

    def create(self) -> str:
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({self.columns})"  # names from TABLES

    def statement(self) -> tuple[str, list | dict]:
        """The SELECT that defines the table, and its parameters."""
        return self.query() if self.query else (sqlfile.read(__file__, f"{self.name}.sql"), [])


def _with_ladder() -> tuple[str, list]:
    """tindak_lanjut_kunci.sql and the ladder whose positions it gives the actions."""
    return sqlfile.read(__file__, "tindak_lanjut_kunci.sql"), [list(TAHAP)]


def _kubus() -> Derived:
    from analytics.compliance import kubus  # the domain defines it; imported here to keep layers one way

    return Derived(kubus.TABLE, ("perusahaan",), kubus.COLUMNS, since=6, query=kubus.build_query,
                   signature=kubus.signature)  # fmt: skip


TABLES = (
    Derived("tindak_lanjut_kunci", ("tindak_lanjut",),
            "tanggal DATE, npp VARCHAR, nib VARCHAR, nama_perusahaan VARCHAR, kode_wilayah VARCHAR, "
            "kategori VARCHAR, tahap VARCHAR, instansi VARCHAR, nomor_dokumen VARCHAR, catatan VARCHAR, "
            "kunci_nama VARCHAR, rank INTEGER", since=4, query=_with_ladder),
    Derived("perusahaan_ditindak", ("perusahaan", "tindak_lanjut"),
            "periode DATE, npp VARCHAR, nib VARCHAR, nama_perusahaan VARCHAR, kode_wilayah VARCHAR, "
            "tk_terdaftar BIGINT, tunggakan_rp DOUBLE", since=4),
    Derived("perusahaan_bulan", ("perusahaan",),
            "periode DATE, kode_wilayah VARCHAR, perusahaan BIGINT, perusahaan_aktif BIGINT", since=5),
    _kubus(),
)  # fmt: skip
FINGERPRINTS = "turunan"  # name -> the fingerprint of its sources when it was built


def fingerprint(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """Row count and the sum of the rows' hashes: changes with any insert, delete or update."""
    count, total = con.execute(f"SELECT count(*), coalesce(sum(hash(t)), 0) FROM {table} AS t").fetchone()  # table: from TABLES
    return f"{count}:{total}"


def _sources_fingerprint(con: duckdb.DuckDBPyConnection, table: Derived, cache: dict) -> str:
    for source in table.sources:
        if source not in cache:
            cache[source] = fingerprint(con, source)
    found = ";".join(f"{s}={cache[s]}" for s in table.sources)
    return f"{found};{table.signature()}" if table.signature else found


def _rebuild(con: duckdb.DuckDBPyConnection, table: Derived, sources_fingerprint: str) -> None:
    con.execute(f"DELETE FROM {table.name}")  # names from TABLES, never from input
    select, params = table.statement()
    con.execute(f"INSERT INTO {table.name} {select}", params)
    con.execute(f"INSERT OR REPLACE INTO {FINGERPRINTS} VALUES (?, ?)", [table.name, sources_fingerprint])


def refresh(con: duckdb.DuckDBPyConnection, table: Derived, sources_fingerprint: str | None = None) -> None:
    """Rebuild `table` from its sources in one transaction and record their fingerprint."""
    sources_fingerprint = sources_fingerprint or _sources_fingerprint(con, table, {})
    con.begin()
    try:
        _rebuild(con, table, sources_fingerprint)
        con.commit()
    except BaseException:
        con.rollback()
        raise


def refresh_in_transaction(con: duckdb.DuckDBPyConnection, dataset: str) -> list[str]:
    """Inside the caller's open transaction (a load's, analytics.load.write): rebuild every derived
    table `dataset`'s table feeds, so the load and its derived rows commit or roll back together."""
    cache: dict[str, str] = {}
    rebuilt = []
    for table in TABLES:
        if dataset in table.sources:
            _rebuild(con, table, _sources_fingerprint(con, table, cache))
            rebuilt.append(table.name)
    return rebuilt


def ensure_fresh(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild every derived table whose sources changed since it was built; the names rebuilt."""
    recorded = dict(con.execute(f"SELECT nama, sidik FROM {FINGERPRINTS}").fetchall())
    cache: dict[str, str] = {}
    rebuilt = []
    for table in TABLES:
        now = _sources_fingerprint(con, table, cache)
        if recorded.get(table.name) != now:
            refresh(con, table, now)
            rebuilt.append(table.name)
    return rebuilt


def stale(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The derived tables whose sources changed since they were built (for tests and checks)."""
    recorded = dict(con.execute(f"SELECT nama, sidik FROM {FINGERPRINTS}").fetchall())
    cache: dict[str, str] = {}
    return [t.name for t in TABLES if recorded.get(t.name) != _sources_fingerprint(con, t, cache)]
