"""Store a validated file (replace by period, one transaction) and record every attempt.

Replace by period: the stored rows whose (period, kode_wilayah) pairs occur in the file are deleted
and the file's rows inserted, with the history row, in one transaction; any failure rolls all of it
back. So loading the same file twice leaves the same rows, and a rejected file changes nothing but
the history. `rows_to_replace` counts, read-only and with the same SQL, what a commit would delete.
"""

from __future__ import annotations

import datetime as dt
import getpass
import time
import uuid

import duckdb

from analytics import derived, periods
from analytics.contract import Dataset
from analytics.load import rules
from analytics.load.report import LoadReport
from analytics.load.validate import Validation


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "?"


def utc_now() -> dt.datetime:
    """Now in UTC, naive: what riwayat_muat.waktu holds (see analytics.store), whatever the server's zone."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _history(con: duckdb.DuckDBPyConnection, v: Validation, user: str | None, accepted: bool) -> int:
    r = v.report
    row = con.execute(
        """INSERT INTO riwayat_muat (waktu, pengguna, dataset, nama_file, sha256, baris, periode, wilayah,
               hasil, jumlah_galat, galat, peringatan, baris_diganti, durasi_detik, ukuran_byte)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
        [
            utc_now(),
            user or default_user(),
            r.dataset,
            r.file_name,
            r.sha256,
            r.rows,
            r.periods,
            r.areas,
            "DITERIMA" if accepted else "DITOLAK",
            r.error_count,
            r.errors_json(v.lang),
            r.warnings_json(v.lang),
            r.rows_replaced,
            r.duration_s,
            r.size_bytes,
        ],
    ).fetchall()[0]
    return row[0]


def _replaced(ds: Dataset, rows_name: str) -> str:
    """`FROM <table> WHERE <stored row's period x area occurs in the file>`: the rows a commit replaces.

    The one text both `commit` (DELETE ...) and `rows_to_replace` (SELECT count(*) ...) run, so the
    figure the page shows before saving is the one the save deletes. `rows_name` is the file's
    registered rows; datasets without a period are replaced by area alone.
    """
    table = ds.table  # identifier from the contract
    stored_period, file_period = rules.period_expr(ds), rules.period_expr(ds, prefix="f.")
    if stored_period is None:
        match = f"{table}.kode_wilayah IN (SELECT DISTINCT kode_wilayah FROM {rows_name})"
    else:
        match = (f"EXISTS (SELECT 1 FROM (SELECT DISTINCT {file_period} AS p, f.kode_wilayah AS k FROM {rows_name} f) "
                 f"AS pairs WHERE pairs.p = {stored_period} AND pairs.k = {table}.kode_wilayah)")
    return f"FROM {table} WHERE {match}"


def rows_to_replace(con: duckdb.DuckDBPyConnection, validation: Validation) -> int:
    """Stored rows that committing `validation` would delete now (0 for a file that cannot be committed).

    Read-only; shown before the user saves. Same predicate as the commit's DELETE (`_replaced`).
    """
    if not validation.ok:
        return 0
    rows_name = f"_muat_rows_{uuid.uuid4().hex[:10]}"
    con = con.cursor()  # see validate(): a private cursor is not blocked by the caller's results
    validation.rows.view(con, rows_name)
    try:
        return con.execute(f"SELECT count(*) {_replaced(validation.dataset, rows_name)}").fetchall()[0][0]
    finally:
        con.execute(f"DROP VIEW IF EXISTS {rows_name}")
        con.close()


def new_partial_months(con: duckdb.DuckDBPyConnection, validation: Validation) -> list[tuple[str, int, int]]:
    """The months a membership file would open for only part of the country: (YYYY-MM, kab/kota the
    file has for it, kab/kota in the country), for months with no membership stored yet whose
    coverage is not complete (analytics.periods). Shown before the user saves: the month becomes
    choosable, but views keep opening on the latest complete month."""
    if not validation.ok or validation.dataset.name != "kepesertaan":
        return []
    rows_name = f"_muat_rows_{uuid.uuid4().hex[:10]}"
    con = con.cursor()  # see validate(): a private cursor is not blocked by the caller's results
    validation.rows.view(con, rows_name)
    try:
        rows = con.execute(
            f"""WITH baru AS (
                    SELECT periode, count(DISTINCT kode_wilayah) AS ada FROM {rows_name}
                    WHERE periode NOT IN (SELECT DISTINCT periode FROM kepesertaan) GROUP BY periode
                )
                SELECT strftime(periode, '%Y-%m'), ada,
                       (SELECT count(*) FROM wilayah WHERE tingkat = 'kabkota') AS total
                FROM baru ORDER BY periode"""
        ).fetchall()
    finally:
        con.execute(f"DROP VIEW IF EXISTS {rows_name}")
        con.close()
    return [(m, int(ada), int(total)) for m, ada, total in rows if not periods.is_complete(ada, total)]


def reject(con: duckdb.DuckDBPyConnection, validation: Validation, user: str | None = None) -> LoadReport:
    """Record a rejected attempt; nothing else changes."""
    r = validation.report
    con = con.cursor()  # see validate(): a private cursor is not blocked by the caller's results
    r.accepted = False
    r.duration_s = time.perf_counter() - validation.started
    r.muat_id = _history(con, validation, user, accepted=False)
    con.close()
    return r


def commit(con: duckdb.DuckDBPyConnection, validation: Validation, user: str | None = None, *,
           derive: bool = True) -> LoadReport:
    """Write a valid file: delete the file's period x area pairs, insert its rows, record history, and
    rebuild the derived tables the dataset feeds (analytics.derived), all in one transaction.
    `derive=False` leaves that to the caller (a bulk load rebuilds once at its end)."""
    if not validation.ok:
        raise ValueError("only a valid file can be committed; call reject() for this one")
    ds, r = validation.dataset, validation.report
    table = ds.table  # identifier from the contract
    rows_name = f"_muat_rows_{uuid.uuid4().hex[:10]}"
    columns = ", ".join(ds.column_names)
    con = con.cursor()
    validation.rows.view(con, rows_name)
    try:
        con.begin()
        try:
            r.rows_replaced = con.execute(f"DELETE {_replaced(ds, rows_name)}").fetchall()[0][0]
            r.duration_s = time.perf_counter() - validation.started
            muat_id = _history(con, validation, user, accepted=True)
            con.execute(f"INSERT INTO {table} ({columns}, muat_id) SELECT {columns}, ? FROM {rows_name}", [muat_id]).fetchall()
            if derive:
                derived.refresh_in_transaction(con, ds.name)
            con.commit()
        except BaseException:
            con.rollback()
            r.rows_replaced = 0
            raise
    finally:
        con.execute(f"DROP VIEW IF EXISTS {rows_name}")
    r.accepted, r.muat_id, r.rows_inserted = True, muat_id, validation.rows.count
    r.duration_s = time.perf_counter() - validation.started
    con.execute("UPDATE riwayat_muat SET durasi_detik = ? WHERE id = ?", [r.duration_s, muat_id]).fetchall()
    con.close()
    return r

