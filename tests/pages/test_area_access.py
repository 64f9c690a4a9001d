"""Each account sees its own area (issue 14): the selectors offer nothing outside it, a link to
another area is named and ignored, and the view's scope is clamped whatever asks. The account is
given directly (AppTest sends no cookie; the gate and the session are tested in
tests/ui/shell/test_gate.py and tests/analytics/akun)."""

from __future__ import annotations

import pytest

from analytics.akun.accounts import Akun
from tests.pages.conftest import sidebar_values, start
from ui.shell import signin


def _as(monkeypatch, peran: str, wilayah: str | None) -> None:
    account = Akun("uji", peran, wilayah, None, False, True, False, 0, None, True)
    monkeypatch.setattr(signin, "account", lambda lang: account)


def _options(at, key: str) -> list[str]:
    return list(at.sidebar.selectbox(key=key).options)


def test_a_province_account_sees_its_province_only(filled_store, monkeypatch):
    _as(monkeypatch, "provinsi", "16")
    at = start()
    assert "scope_mode" not in [r.key for r in at.sidebar.radio]  # by region only
    assert _options(at, "provinsi") == ["Sumatera Selatan"]  # no "Semua (nasional)"
    assert _options(at, "kabkota")[1:] == ["Ogan Ilir", "Kota Palembang"]  # and the whole province first
    assert sidebar_values(at)["provinsi"] == "16"
    at = start(wilayah="61.71")  # another province's city, by link
    assert any("wilayah=61.71" in i.value for i in at.info)
    assert sidebar_values(at)["provinsi"] == "16"
    assert "Kota Pontianak" not in " ".join(h.value for h in at.html)


def test_a_kabkota_account_cannot_widen_to_its_province(filled_store, monkeypatch):
    _as(monkeypatch, "kabkota", "16.71")
    at = start(wilayah="16")
    assert _options(at, "kabkota") == ["Kota Palembang"]
    assert sidebar_values(at)["kabkota"] == "16.71"
    assert any("wilayah=16" in i.value for i in at.info)


def test_an_office_account_picks_by_office_within_it(filled_store, monkeypatch):
    _as(monkeypatch, "kantor", "K0102")  # KC Jambi: Kota Jambi and Ogan Ilir, across the border
    at = start(kantor="K0201")
    assert "scope_mode" not in [r.key for r in at.sidebar.radio]
    assert _options(at, "kanwil") == ["Sumbagsel"] and _options(at, "kantor") == ["KC Jambi"]
    assert any("kantor=K0201" in i.value for i in at.info)


@pytest.mark.parametrize("peran, wilayah", [("pusat", None), ("admin", None)])
def test_national_accounts_choose_freely(filled_store, monkeypatch, peran, wilayah):
    _as(monkeypatch, peran, wilayah)
    at = start(wilayah="61")
    assert _options(at, "provinsi")[0] == "Semua (nasional)"
    assert sidebar_values(at)["provinsi"] == "61"


def _kelola(monkeypatch, peran, wilayah, boleh_unggah):
    from tests.pages.conftest import KELOLA

    account = Akun("uji", peran, wilayah, None, boleh_unggah, True, False, 0, None, True)
    monkeypatch.setattr(signin, "account", lambda lang: account)
    return start(KELOLA)


def test_uploads_need_the_permission_and_stay_in_the_area(filled_store, monkeypatch):
    from tests.pages.conftest import tab

    at = _kelola(monkeypatch, "provinsi", "16", False)
    assert any("tidak memiliki izin mengunggah" in i.value for i in tab(at, "upload").info)
    assert not at.get("file_uploader")
    at = _kelola(monkeypatch, "provinsi", "16", True)
    offered = at.selectbox(key="kd_dataset").options
    assert len(offered) == 7 and not any(o.endswith("(kantor)") for o in offered)  # the office mapping is national
    assert any("Hanya admin" in i.value for i in at.tabs[4].info)  # boundaries: admins only
