"""Sign-in sessions: a random token the browser keeps, of which only the SHA-256 is stored.

A session is valid while it has not been ended, its account is active, and it has been used within
`CAKUPAN_SESI_JAM` hours (default 8). Using it moves that clock on (written at most once a minute,
so a busy page does not write on every run).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import sqlite3

from analytics import settings
from analytics.akun import audit, db
from analytics.akun.accounts import Akun, get

TOUCH_SECONDS = 60


def idle_hours() -> float:
    return settings.number("CAKUPAN_SESI_JAM", 8.0, 0.05)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start(con: sqlite3.Connection, nama: str, now: dt.datetime | None = None) -> str:
    """A new session for `nama`; the token to give the browser (never stored as such)."""
    token = secrets.token_urlsafe(32)
    stamp = db.iso(now or db.now())
    with db.transaction(con):
        con.execute("INSERT INTO sesi (token_hash, nama, dibuat, terakhir) VALUES (?, ?, ?, ?)",
                    [_digest(token), nama, stamp, stamp])  # fmt: skip
        audit.record(con, "masuk", nama)
    return token


def account(con: sqlite3.Connection, token: str | None, now: dt.datetime | None = None) -> Akun | None:
    """The active account a token signs in, or None (unknown, ended, idle too long, deactivated)."""
    if not isinstance(token, str) or not token or len(token) > 200:
        return None
    now = now or db.now()
    row = con.execute("SELECT nama, terakhir, berakhir FROM sesi WHERE token_hash = ?", [_digest(token)]).fetchone()
    if row is None or row["berakhir"]:
        return None
    last = db.parse(row["terakhir"])
    if now - last > dt.timedelta(hours=idle_hours()):
        return None
    found = get(con, row["nama"])
    if found is None or not found.aktif:
        return None
    if (now - last).total_seconds() >= TOUCH_SECONDS:
        con.execute("UPDATE sesi SET terakhir = ? WHERE token_hash = ?", [db.iso(now), _digest(token)])
    return found


def end(con: sqlite3.Connection, token: str | None) -> None:
    """Sign out: the token no longer signs anyone in."""
    if not token:
        return
    row = con.execute("SELECT nama FROM sesi WHERE token_hash = ? AND berakhir = 0", [_digest(token)]).fetchone()
    if row is None:
        return
    with db.transaction(con):
        con.execute("UPDATE sesi SET berakhir = 1 WHERE token_hash = ?", [_digest(token)])
        audit.record(con, "keluar", row["nama"])
