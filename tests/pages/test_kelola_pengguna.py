"""Kelola Pengguna (issue 14): the first admin from demo mode, then accounts and the audit trail for
admins only."""

from __future__ import annotations

import pytest

from analytics.akun import accounts, audit, db
from analytics.akun.accounts import Akun
from tests.pages.conftest import start
from ui.shell import signin

PAGE = "pages/kelola_pengguna.py"


@pytest.fixture
def akun(filled_store, tmp_path, monkeypatch):
    monkeypatch.setenv("CAKUPAN_AKUN_DB", str(tmp_path / "akun.sqlite"))


def _as(monkeypatch, nama: str, peran: str, wilayah=None):
    account = Akun(nama, peran, wilayah, None, False, True, False, 0, None, True)
    monkeypatch.setattr(signin, "account", lambda lang: account)


def test_demo_mode_creates_the_first_admin_then_asks_everyone_to_sign_in(akun):
    at = start(PAGE)
    assert any("Belum ada akun" in i.value for i in at.info)
    at.text_input(key="kp_add_nama").input("kepala")
    at.text_input(key="kp_add_sandi").input("rahasia-sekali-1")
    at.text_input(key="kp_add_ulang").input("rahasia-sekali-1")
    at.button(key="kp_add_go").click().run()
    with db.connect() as con:
        made = accounts.get(con, "kepala")
    assert (made.peran, made.harus_ganti) == ("admin", True)
    assert [i.value for i in at.info] == ["Silakan masuk untuk membuka Cakupan."]  # the door is now closed


def test_admins_manage_accounts_and_read_the_trail(akun, monkeypatch):
    with db.connect() as con:
        accounts.add(con, "kepala", "admin", None, "rahasia-sekali-1", oleh="uji")
    _as(monkeypatch, "kepala", "admin")
    at = start(PAGE)
    at.text_input(key="kp_add_nama").input("ani")
    at.selectbox(key="kp_add_peran").set_value("provinsi").run()
    at.selectbox(key="kp_add_wilayah").set_value("16")
    at.checkbox(key="kp_add_unggah").check()
    at.text_input(key="kp_add_sandi").input("pertama-sekali-1")
    at.text_input(key="kp_add_ulang").input("pertama-sekali-1")
    at.button(key="kp_add_go").click().run()
    assert not at.exception
    assert any("Akun ani dibuat" in s.value for s in at.success)
    with db.connect() as con:
        ani = accounts.get(con, "ani")
        assert (ani.peran, ani.wilayah, ani.boleh_unggah) == ("provinsi", "16", True)
        assert list(audit.rows(con, aksi="pengguna")["pengguna"])[0] == "kepala"  # who made it
    listed = at.dataframe[0].value
    assert list(listed.iloc[:, 0]) == ["ani", "kepala"]
    at.selectbox(key="kp_ch_nama").set_value("kepala")
    at.run()
    at.selectbox(key="kp_ch_peran_kepala").set_value("pusat")
    at.button(key="kp_ch_go").click().run()
    assert any("tidak dapat mencabut peran admin" in e.value for e in at.error)  # not yourself


def test_other_roles_see_no_such_page(akun, monkeypatch):
    with db.connect() as con:
        accounts.add(con, "kepala", "admin", None, "rahasia-sekali-1", oleh="uji")
    _as(monkeypatch, "ani", "provinsi", "16")
    at = start()
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(PAGE)  # not offered to a provincial official at all
