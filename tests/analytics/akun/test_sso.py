"""Single sign-on's mapping and one-time codes (analytics.akun.sso). No OpenID provider runs here:
what st.login does with one is Streamlit's; what is Cakupan's — which account an e-mail is, and the
code that turns it into a session — is tested here and in tests/ui/shell/test_gate.py."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.akun import accounts, db, sso

SANDI = "rahasia-sekali-1"


@pytest.fixture
def con(tmp_path, monkeypatch):
    monkeypatch.setenv("CAKUPAN_AKUN_DB", str(tmp_path / "akun.sqlite"))
    with db.connect() as con:
        accounts.add(con, "ani", "provinsi", "16", SANDI, email="Ani@Disnaker.example", oleh="uji")
        accounts.add(con, "sso-saja", "kabkota", "16.71", None, email="budi@bpjs.example", oleh="uji")
        yield con


def test_an_email_maps_to_its_active_account(con):
    assert sso.account_for(con, "ani@disnaker.example").nama == "ani"  # case does not matter
    assert sso.account_for(con, "budi@bpjs.example").scope.kode == "16.71"
    assert sso.account_for(con, "orang@lain.example") is None
    assert sso.account_for(con, None) is None and sso.account_for(con, "bukan-email") is None
    accounts.change(con, "ani", oleh="uji", aktif=False)
    assert sso.account_for(con, "ani@disnaker.example") is None
    assert not accounts.get(con, "sso-saja").punya_sandi  # an SSO-only account has no password at all
    assert accounts.sign_in(con, "sso-saja", "apa-saja-123").hasil is accounts.Hasil.SALAH


def test_a_code_signs_in_once_and_briefly(con):
    t0 = dt.datetime(2026, 12, 6, 3, 0, tzinfo=dt.UTC)
    code = sso.ticket(con, "ani", now=t0)
    assert sso.redeem(con, code, now=t0 + dt.timedelta(seconds=30)) == "ani"
    assert sso.redeem(con, code, now=t0 + dt.timedelta(seconds=31)) is None  # spent
    late = sso.ticket(con, "ani", now=t0)
    assert sso.redeem(con, late, now=t0 + dt.timedelta(seconds=61)) is None  # too late
    assert sso.redeem(con, "tebakan", now=t0) is None and sso.redeem(con, None) is None
    assert con.execute("SELECT count(*) FROM tiket WHERE kode_hash = ?", [code]).fetchone()[0] == 0  # hashed
