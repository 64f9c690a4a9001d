"""Accounts, sign-in, sessions and the audit trail (issue 14), on a fresh accounts file."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.akun import accounts, audit, db, roles, sessions
from analytics.akun.accounts import AkunError, Hasil
from analytics.scope import Level, Scope

SANDI = "rahasia-sekali-1"


@pytest.fixture
def con(tmp_path, monkeypatch):
    monkeypatch.setenv("CAKUPAN_AKUN_DB", str(tmp_path / "akun.sqlite"))
    with db.connect() as con:
        yield con


def test_the_file_sits_beside_the_store_and_is_sqlite_in_wal(tmp_path, monkeypatch):
    monkeypatch.delenv("CAKUPAN_AKUN_DB", raising=False)
    monkeypatch.setenv("CAKUPAN_DB", str(tmp_path / "x" / "cakupan.duckdb"))
    assert db.path() == tmp_path / "x" / "akun.sqlite"
    assert not db.exists()  # asking does not create it
    assert not (tmp_path / "x" / "akun.sqlite").exists()
    with db.connect() as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION


def test_add_list_change_deactivate(con):
    made = accounts.add(con, "ani", "provinsi", "16", SANDI, boleh_unggah=True, oleh="uji")
    assert (made.peran, made.wilayah, made.boleh_unggah, made.harus_ganti, made.aktif) == ("provinsi", "16", True, True, True)
    assert made.scope == Scope.wilayah("16")
    assert [a.nama for a in accounts.listing(con)] == ["ani"]
    with pytest.raises(AkunError, match="sudah dipakai"):
        accounts.add(con, "ANI", "pusat", None, SANDI, oleh="uji")  # names compare without case
    changed = accounts.change(con, "ani", oleh="uji", peran="kabkota", wilayah="16.71", boleh_unggah=False)
    assert (changed.peran, changed.wilayah, changed.boleh_unggah) == ("kabkota", "16.71", False)
    token = sessions.start(con, "ani")
    accounts.change(con, "ani", oleh="uji", aktif=False)
    assert sessions.account(con, token) is None  # deactivating ends its sessions
    assert [r for r in audit.rows(con)["aksi"]] == ["pengguna.ubah", "masuk", "pengguna.ubah", "pengguna.tambah"]


def test_passwords_are_hashed_with_argon2id_and_checked(con, tmp_path):
    for bad, why in (("pendek", "minimal 10"), ("ani-ani-ani", None)):
        if why:
            with pytest.raises(AkunError, match=why):
                accounts.add(con, "ani", "pusat", None, bad, oleh="uji")
    with pytest.raises(AkunError, match="sama dengan nama"):
        accounts.add(con, "panjang-sekali", "pusat", None, "Panjang-Sekali", oleh="uji")
    accounts.add(con, "ani", "pusat", None, SANDI, oleh="uji")
    stored = con.execute("SELECT hash FROM pengguna").fetchone()[0]
    assert stored.startswith("$argon2id$") and SANDI not in stored
    assert SANDI.encode() not in (tmp_path / "akun.sqlite").read_bytes()
    assert SANDI not in audit.rows(con).to_string()


def test_sign_in_slows_down_then_locks(con):
    accounts.add(con, "ani", "pusat", None, SANDI, oleh="uji")
    waits = []
    now = dt.datetime(2026, 12, 6, 8, 0, tzinfo=dt.UTC)
    results = [accounts.sign_in(con, "ani", "salah-salah-salah", sleep=waits.append, now=now).hasil for _ in range(4)]
    assert results == [Hasil.SALAH] * 4 and waits == [1.0, 2.0]  # the third and fourth wait
    fifth = accounts.sign_in(con, "ani", "salah-salah-salah", sleep=waits.append, now=now)
    assert fifth.hasil is Hasil.TERKUNCI and fifth.kunci_sampai == now + dt.timedelta(minutes=15)
    # locked: even the right password is refused until then
    assert accounts.sign_in(con, "ani", SANDI, now=now + dt.timedelta(minutes=14)).hasil is Hasil.TERKUNCI
    ok = accounts.sign_in(con, "ani", SANDI, now=now + dt.timedelta(minutes=15, seconds=1))
    assert ok.hasil is Hasil.OK and ok.akun.harus_ganti and ok.akun.gagal == 0
    failed = audit.rows(con, aksi="masuk.gagal")
    assert len(failed) == 6 and set(failed["pengguna"]) == {"ani"}


def test_unknown_names_and_inactive_accounts(con):
    assert accounts.sign_in(con, "siapa", SANDI).hasil is Hasil.SALAH  # never says the name is unknown
    accounts.add(con, "ani", "pusat", None, SANDI, oleh="uji")
    accounts.change(con, "ani", oleh="uji", aktif=False)
    assert accounts.sign_in(con, "ani", SANDI).hasil is Hasil.NONAKTIF
    assert accounts.sign_in(con, "ani", "x" * 10_000).hasil is Hasil.SALAH  # a huge paste is refused unhashed


def test_first_sign_in_changes_the_password(con):
    accounts.add(con, "ani", "pusat", None, SANDI, oleh="uji")
    with pytest.raises(AkunError, match="lama salah"):
        accounts.set_own_password(con, "ani", "bukan-ini-ya", "baru-lagi-1234")
    with pytest.raises(AkunError, match="berbeda"):
        accounts.set_own_password(con, "ani", SANDI, SANDI)
    accounts.set_own_password(con, "ani", SANDI, "baru-lagi-1234")
    assert not accounts.get(con, "ani").harus_ganti
    assert accounts.sign_in(con, "ani", "baru-lagi-1234").hasil is Hasil.OK
    # an admin's new password must be changed again
    accounts.change(con, "ani", oleh="admin", password="dari-admin-123")
    assert accounts.get(con, "ani").harus_ganti


def test_sessions_survive_until_idle_or_signed_out(con, monkeypatch):
    accounts.add(con, "ani", "pusat", None, SANDI, oleh="uji")
    t0 = dt.datetime(2026, 12, 6, 1, 0, tzinfo=dt.UTC)
    token = sessions.start(con, "ani", now=t0)
    assert con.execute("SELECT count(*) FROM sesi WHERE token_hash = ?", [token]).fetchone()[0] == 0  # hashed
    assert sessions.account(con, token, now=t0 + dt.timedelta(hours=7)).nama == "ani"  # and moves the clock on
    assert sessions.account(con, token, now=t0 + dt.timedelta(hours=14, minutes=59)).nama == "ani"  # 7 h 59 idle
    assert sessions.account(con, token, now=t0 + dt.timedelta(hours=23)) is None  # 8 h 1 min idle
    monkeypatch.setenv("CAKUPAN_SESI_JAM", "1")
    other = sessions.start(con, "ani", now=t0)
    assert sessions.account(con, other, now=t0 + dt.timedelta(minutes=61)) is None
    third = sessions.start(con, "ani")
    sessions.end(con, third)
    assert sessions.account(con, third) is None
    assert sessions.account(con, "forged-token") is None and sessions.account(con, None) is None
    assert list(audit.rows(con, aksi="keluar")["pengguna"]) == ["ani"]


def test_audit_filters_and_retention(con, monkeypatch):
    audit.record(con, "ekspor.xlsx", "ani", wilayah="16", periode="2026-10", berkas="x.xlsx")
    audit.record(con, "laporan.rapat", "budi", wilayah="32")
    con.execute("UPDATE audit SET waktu = '2025-01-01T00:00:00' WHERE pengguna = 'budi'")
    assert list(audit.rows(con, aksi="ekspor")["pengguna"]) == ["ani"]
    assert list(audit.rows(con, pengguna="BUDI")["aksi"]) == ["laporan.rapat"]
    assert list(audit.rows(con, sejak=dt.date(2026, 1, 1))["pengguna"]) == ["ani"]
    monkeypatch.setenv("CAKUPAN_AUDIT_HARI", "30")
    assert audit.purge(con) == 1
    assert list(audit.rows(con)["pengguna"]) == ["ani"]


def test_roles_map_to_scopes():
    assert roles.scope_of("admin", None) == Scope.nasional() == roles.scope_of("pusat", None)
    assert roles.scope_of("kanwil", "Sumbagsel") == Scope(Level.KANWIL, "Sumbagsel")
    assert roles.scope_of("kantor", "KC01") == Scope(Level.KANTOR, "KC01")
    assert roles.scope_of("provinsi", "16") == Scope.wilayah("16")
    assert roles.scope_of("kabkota", "16.71") == Scope.wilayah("16.71")
    for peran, wilayah in (("provinsi", "16.71"), ("kabkota", "16"), ("kanwil", None), ("raja", "16")):
        with pytest.raises(roles.PeranError):
            roles.scope_of(peran, wilayah)
