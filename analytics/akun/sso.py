"""Single sign-on (issue 14): an organisation's OpenID Connect provider (Keycloak, Azure AD) signs a
person in through Streamlit's `st.login`; the signed-in e-mail maps to an account, whose role and
area then apply exactly as for a password sign-in.

The provider's sign-in happens inside Streamlit, which cannot set Cakupan's HttpOnly session cookie;
so the app hands the browser a one-time code (`tiket`: random, stored as SHA-256, valid
TICKET_SECONDS, usable once), and the gate (ui.shell.gate, `/_cakupan/sso`) exchanges it for a
session as a password sign-in would. An e-mail no account has gets "ask your admin", nothing else.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import sqlite3

from analytics.akun import accounts, audit, db

TICKET_SECONDS = 60


def account_for(con: sqlite3.Connection, email: str | None):
    """The active account whose e-mail this is (case does not matter), or None."""
    if not isinstance(email, str) or "@" not in email or len(email) > 254:
        return None
    found = accounts.by_email(con, email)
    return found if found is not None and found.aktif else None


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def ticket(con: sqlite3.Connection, nama: str, now: dt.datetime | None = None) -> str:
    """A one-time code that signs `nama` in once, within TICKET_SECONDS."""
    code = secrets.token_urlsafe(32)
    with db.transaction(con):
        con.execute("INSERT INTO tiket (kode_hash, nama, dibuat) VALUES (?, ?, ?)",
                    [_digest(code), nama, db.iso(now or db.now())])  # fmt: skip
        audit.record(con, "masuk.sso", nama)
    return code


def redeem(con: sqlite3.Connection, code: str | None, now: dt.datetime | None = None) -> str | None:
    """The account name a fresh, unused code signs in (the code is spent), else None."""
    if not isinstance(code, str) or not code or len(code) > 200:
        return None
    now = now or db.now()
    with db.transaction(con):
        row = con.execute("SELECT nama, dibuat, dipakai FROM tiket WHERE kode_hash = ?", [_digest(code)]).fetchone()
        if row is None or row["dipakai"]:
            return None
        con.execute("UPDATE tiket SET dipakai = 1 WHERE kode_hash = ?", [_digest(code)])
        con.execute("DELETE FROM tiket WHERE dibuat < ?", [db.iso(now - dt.timedelta(days=1))])
    if now - db.parse(row["dibuat"]) > dt.timedelta(seconds=TICKET_SECONDS):
        return None
    found = accounts.get(con, row["nama"])
    return found.nama if found is not None and found.aktif else None
