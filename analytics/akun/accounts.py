"""Accounts: add, change, deactivate, list, and sign in with a password.

Every function takes the accounts file's connection (analytics.akun.db.connect) and the one who
acts (`oleh`, for the audit trail). Passwords are hashed here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from dataclasses import dataclass
from enum import StrEnum

from analytics import settings
from analytics.akun import audit, db, roles

MIN_PASSWORD = 10
MAX_PASSWORD = 256  # a longer "password" is a paste accident or an attack on the hash's time
SLOW_FROM = 3  # the third failure in a row waits 1 s, the fourth 2 s
LOCK_AFTER = 5


def lock_minutes() -> int:
    return settings.whole("CAKUPAN_KUNCI_MENIT", 15)


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id, RFC 9106 low-memory parameters


# A hash of nothing anyone types, so an unknown name costs a verification like a known one.
_DUMMY = None


def _dummy_hash() -> str:
    global _DUMMY
    if _DUMMY is None:
        _DUMMY = _hasher().hash("cakupan-tidak-ada-pengguna-ini")
    return _DUMMY


@dataclass(frozen=True)
class Akun:
    nama: str
    peran: str
    wilayah: str | None
    email: str | None
    boleh_unggah: bool
    aktif: bool
    harus_ganti: bool
    gagal: int
    kunci_sampai: dt.datetime | None
    punya_sandi: bool

    @property
    def scope(self):
        return roles.scope_of(self.peran, self.wilayah)

    @property
    def admin(self) -> bool:
        return self.peran == "admin"


class AkunError(ValueError):
    """A mistake an admin can fix: the message says which, in Bahasa Indonesia."""


def _akun(row: sqlite3.Row) -> Akun:
    return Akun(row["nama"], row["peran"], row["wilayah"], row["email"], bool(row["boleh_unggah"]), bool(row["aktif"]),
                bool(row["harus_ganti"]), row["gagal"], db.parse(row["kunci_sampai"]), row["hash"] is not None)  # fmt: skip


def check_password(nama: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AkunError(f"kata sandi minimal {MIN_PASSWORD} karakter")
    if len(password) > MAX_PASSWORD:
        raise AkunError(f"kata sandi maksimal {MAX_PASSWORD} karakter")
    if password.strip().casefold() == nama.strip().casefold():
        raise AkunError("kata sandi tidak boleh sama dengan nama pengguna")


def _check_name(nama: str) -> str:
    nama = nama.strip()
    if not nama or len(nama) > 64 or any(not (c.isalnum() or c in "._-@") for c in nama):
        raise AkunError("nama pengguna: 1–64 huruf, angka, titik, garis, garis bawah atau @")
    return nama


def get(con: sqlite3.Connection, nama: str) -> Akun | None:
    row = con.execute("SELECT * FROM pengguna WHERE nama = ?", [nama.strip()]).fetchone()
    return _akun(row) if row else None


def by_email(con: sqlite3.Connection, email: str) -> Akun | None:
    row = con.execute("SELECT * FROM pengguna WHERE email = ?", [email.strip()]).fetchone()
    return _akun(row) if row else None


def listing(con: sqlite3.Connection) -> list[Akun]:
    return [_akun(r) for r in con.execute("SELECT * FROM pengguna ORDER BY nama COLLATE NOCASE")]


def add(con: sqlite3.Connection, nama: str, peran: str, wilayah: str | None, password: str | None, *,
        email: str | None = None, boleh_unggah: bool = False, oleh: str) -> Akun:  # fmt: skip
    """A new account; it must change `password` at its first sign-in. `password` None: single
    sign-on only (an `email` is then required). `wilayah` as analytics.akun.roles.check returned it."""
    nama = _check_name(nama)
    if password is None and not email:
        raise AkunError("akun tanpa kata sandi membutuhkan email (masuk lewat SSO)")
    if password is not None:
        check_password(nama, password)
    stamp = db.iso(db.now())
    hashed = _hasher().hash(password) if password is not None else None
    try:
        with db.transaction(con):
            con.execute(
                """INSERT INTO pengguna (nama, peran, wilayah, email, hash, boleh_unggah, harus_ganti, dibuat, diubah)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [nama, peran, wilayah, (email or "").strip() or None, hashed, int(boleh_unggah),
                 int(password is not None), stamp, stamp],
            )  # fmt: skip
            audit.record(con, "pengguna.tambah", oleh, wilayah=wilayah, nama=nama, peran=peran, unggah=boleh_unggah)
    except sqlite3.IntegrityError:
        raise AkunError(f"nama pengguna atau email sudah dipakai: {nama}") from None
    return get(con, nama)


def change(con: sqlite3.Connection, nama: str, *, oleh: str, peran: str | None = None, wilayah: str | None = None,
           email: str | None = None, boleh_unggah: bool | None = None, aktif: bool | None = None,
           password: str | None = None, buka_kunci: bool = False) -> Akun:  # fmt: skip
    """Change what is given. A password set here must be changed at the next sign-in; deactivating
    ends the account's sessions."""
    current = get(con, nama)
    if current is None:
        raise AkunError(f"pengguna tidak ada: {nama}")
    sets, params, changed = [], [], {}
    if peran is not None:
        sets += ["peran = ?", "wilayah = ?"]
        params += [peran, wilayah]
        changed.update(peran=peran, wilayah=wilayah)
    if email is not None:
        sets.append("email = ?")
        params.append(email.strip() or None)
        changed["email"] = email.strip() or None
    if boleh_unggah is not None:
        sets.append("boleh_unggah = ?")
        params.append(int(boleh_unggah))
        changed["unggah"] = boleh_unggah
    if aktif is not None:
        sets.append("aktif = ?")
        params.append(int(aktif))
        changed["aktif"] = aktif
    if password is not None:
        check_password(current.nama, password)
        sets += ["hash = ?", "harus_ganti = 1"]
        params.append(_hasher().hash(password))
        changed["sandi"] = "diganti"
    if buka_kunci:
        sets += ["gagal = 0", "kunci_sampai = NULL"]
        changed["kunci"] = "dibuka"
    if not sets:
        return current
    sets.append("diubah = ?")
    params.append(db.iso(db.now()))
    try:
        with db.transaction(con):
            con.execute(f"UPDATE pengguna SET {', '.join(sets)} WHERE nama = ?", [*params, current.nama])
            if aktif is False:
                con.execute("UPDATE sesi SET berakhir = 1 WHERE nama = ?", [current.nama])
            audit.record(con, "pengguna.ubah", oleh, nama=current.nama, **changed)
    except sqlite3.IntegrityError:
        raise AkunError(f"email sudah dipakai akun lain: {email}") from None
    return get(con, current.nama)


class Hasil(StrEnum):
    OK = "ok"
    SALAH = "salah"  # unknown name or wrong password: never said which
    TERKUNCI = "terkunci"
    NONAKTIF = "nonaktif"


@dataclass(frozen=True)
class Masuk:
    hasil: Hasil
    akun: Akun | None = None
    kunci_sampai: dt.datetime | None = None


def sign_in(con: sqlite3.Connection, nama: str, password: str, *, sleep=time.sleep,
            now: dt.datetime | None = None) -> Masuk:  # fmt: skip
    """Check a password. Failures slow down and then lock (see analytics.akun); every attempt is in
    the audit trail. `akun.harus_ganti` on success: the caller asks for a new password first."""
    now = now or db.now()
    account = get(con, nama) if nama.strip() else None
    if account is None or not account.punya_sandi:
        _verify(_dummy_hash(), password)  # the same time as a real check
        audit.record(con, "masuk.gagal", nama.strip()[:64] or None, alasan="tidak dikenal")
        return Masuk(Hasil.SALAH)
    if account.kunci_sampai is not None and account.kunci_sampai > now:
        audit.record(con, "masuk.gagal", account.nama, alasan="terkunci")
        return Masuk(Hasil.TERKUNCI, kunci_sampai=account.kunci_sampai)
    row = con.execute("SELECT hash FROM pengguna WHERE nama = ?", [account.nama]).fetchone()
    if not _verify(row["hash"], password):
        failures = account.gagal + 1
        locked = db.iso(now + dt.timedelta(minutes=lock_minutes())) if failures >= LOCK_AFTER else None
        with db.transaction(con):
            con.execute("UPDATE pengguna SET gagal = ?, kunci_sampai = ? WHERE nama = ?",
                        [0 if locked else failures, locked, account.nama])  # fmt: skip
            audit.record(con, "masuk.gagal", account.nama, alasan="sandi salah", ke=failures,
                         terkunci=bool(locked))  # fmt: skip
        if locked:
            return Masuk(Hasil.TERKUNCI, kunci_sampai=db.parse(locked))
        if failures >= SLOW_FROM:
            sleep(float(2 ** (failures - SLOW_FROM)))
        return Masuk(Hasil.SALAH)
    if not account.aktif:
        audit.record(con, "masuk.gagal", account.nama, alasan="nonaktif")
        return Masuk(Hasil.NONAKTIF)
    hasher = _hasher()
    new_hash = hasher.hash(password) if hasher.check_needs_rehash(row["hash"]) else None
    with db.transaction(con):
        con.execute("UPDATE pengguna SET gagal = 0, kunci_sampai = NULL, hash = coalesce(?, hash) WHERE nama = ?",
                    [new_hash, account.nama])  # fmt: skip
    return Masuk(Hasil.OK, get(con, account.nama))


def _verify(hashed: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    if len(password) > MAX_PASSWORD:
        return False
    try:
        return _hasher().verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def set_own_password(con: sqlite3.Connection, nama: str, old: str, new: str) -> None:
    """The account changes its own password (required at the first sign-in): the old one must be
    right and the new one differ from it."""
    account = get(con, nama)
    if account is None or not account.punya_sandi:
        raise AkunError("pengguna tidak ada")
    row = con.execute("SELECT hash FROM pengguna WHERE nama = ?", [account.nama]).fetchone()
    if not _verify(row["hash"], old):
        raise AkunError("kata sandi lama salah")
    if new == old:
        raise AkunError("kata sandi baru harus berbeda dari yang lama")
    check_password(account.nama, new)
    with db.transaction(con):
        con.execute("UPDATE pengguna SET hash = ?, harus_ganti = 0, diubah = ? WHERE nama = ?",
                    [_hasher().hash(new), db.iso(db.now()), account.nama])  # fmt: skip
        audit.record(con, "pengguna.ganti_sandi", account.nama, nama=account.nama)
