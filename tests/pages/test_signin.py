"""The shell with accounts (issue 14): without a session nothing is drawn but the way to sign in
(also when the app runs without the gate in front); without accounts the demo says so; `serve`
keeps the demo on localhost."""

from __future__ import annotations

import pytest

from analytics.akun import accounts, db
from tests.pages.conftest import start
from ui.shell import serve


@pytest.fixture
def akun(filled_store, tmp_path, monkeypatch):
    monkeypatch.setenv("CAKUPAN_AKUN_DB", str(tmp_path / "akun.sqlite"))
    return tmp_path / "akun.sqlite"


def test_demo_mode_says_so(akun):
    at = start()
    assert any("Mode demo — tanpa login" in c.value for c in at.sidebar.caption)


def test_without_a_session_only_the_sign_in_link_shows(akun):
    with db.connect() as con:
        accounts.add(con, "ani", "provinsi", "16", "rahasia-sekali-1", oleh="uji")
    at = start(wilayah="61")
    assert [i.value for i in at.info] == ["Silakan masuk untuk membuka Cakupan."]
    assert not at.sidebar.selectbox and not at.metric and not at.get("download_button")
    assert "Kota Pontianak" not in " ".join(h.value for h in at.html)


def test_serve_keeps_the_demo_on_localhost():
    assert serve.demo_mode_argv(["--server.port", "8501"], accounts_exist=False)[-2:] == ["--server.address", "127.0.0.1"]
    assert serve.demo_mode_argv(["--server.address=localhost"], accounts_exist=False) == ["--server.address=localhost"]
    with pytest.raises(ValueError, match="cakupan pengguna tambah NAMA --peran admin"):
        serve.demo_mode_argv(["--server.address", "0.0.0.0"], accounts_exist=False)
    assert serve.demo_mode_argv(["--server.address", "0.0.0.0"], accounts_exist=True) == ["--server.address", "0.0.0.0"]
