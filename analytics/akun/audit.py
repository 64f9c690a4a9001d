"""The audit trail: who signed in, uploaded, exported, made a report, changed an account or the
boundaries, and when. Rows older than `CAKUPAN_AUDIT_HARI` days (default 365) are removed as new
ones are written; admins read and export it (Kelola Pengguna)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pandas as pd

from analytics import settings
from analytics.akun import db

COLUMNS = ("waktu", "pengguna", "aksi", "wilayah", "periode", "rincian")
_PURGE_EVERY = 200  # writes between two clean-ups of old rows


def retention_days() -> int:
    return settings.whole("CAKUPAN_AUDIT_HARI", 365)


def record(con: sqlite3.Connection, aksi: str, pengguna: str | None, *, wilayah: str | None = None,
           periode: str | None = None, **rincian) -> None:  # fmt: skip
    """Add one row (inside the caller's transaction when there is one)."""
    cur = con.execute(
        "INSERT INTO audit (waktu, pengguna, aksi, wilayah, periode, rincian) VALUES (?, ?, ?, ?, ?, ?)",
        [db.iso(db.now()), pengguna, aksi, wilayah, periode,
         json.dumps(rincian, ensure_ascii=False, default=str) if rincian else None],
    )  # fmt: skip
    if cur.lastrowid % _PURGE_EVERY == 0:
        purge(con)


def purge(con: sqlite3.Connection, now: dt.datetime | None = None) -> int:
    """Remove rows older than the retention; how many."""
    cutoff = db.iso((now or db.now()) - dt.timedelta(days=retention_days()))
    return con.execute("DELETE FROM audit WHERE waktu < ?", [cutoff]).rowcount


def rows(con: sqlite3.Connection, *, pengguna: str | None = None, aksi: str | None = None,
         sejak: dt.date | None = None, sampai: dt.date | None = None, limit: int = 1000) -> pd.DataFrame:  # fmt: skip
    """The newest rows first, filtered by account, action (a prefix: `masuk` finds `masuk.gagal`)
    and dates (inclusive)."""
    where, params = ["1 = 1"], []
    if pengguna:
        where.append("pengguna = ? COLLATE NOCASE")
        params.append(pengguna)
    if aksi:
        where.append("(aksi = ? OR aksi LIKE ? ESCAPE '\\')")
        params += [aksi, aksi.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%"]
    if sejak:
        where.append("waktu >= ?")
        params.append(sejak.isoformat())
    if sampai:
        where.append("waktu < ?")
        params.append((sampai + dt.timedelta(days=1)).isoformat())
    found = con.execute(
        f"SELECT {', '.join(COLUMNS)} FROM audit WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?",
        [*params, int(limit)],
    ).fetchall()
    frame = pd.DataFrame([dict(r) for r in found], columns=list(COLUMNS))
    frame["waktu"] = pd.to_datetime(frame["waktu"])
    return frame
