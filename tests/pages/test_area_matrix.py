"""Role × page (issue 14): for each role with an area, every page it is offered shows nothing of
another area — no name or code of a kab/kota or province outside it in any text, table, chart or
selector — and a link to another area changes nothing. A kab/kota's own province may show (its
rank and neighbours: the province is what a kab/kota official compares with)."""

from __future__ import annotations

import pytest

from analytics.akun.accounts import Akun
from tests.pages.conftest import start
from ui.shell import nav, signin

# tests/tiny_store: 15 Jambi (15.71 Kota Jambi), 16 Sumatera Selatan (16.10 Ogan Ilir, 16.71 Kota
# Palembang), 61 Kalimantan Barat (61.71 Kota Pontianak); KC Jambi (K0102) serves 15.71 and 16.10.
AREAS = {
    "15": "Jambi", "15.71": "Kota Jambi", "16": "Sumatera Selatan", "16.10": "Ogan Ilir",
    "16.71": "Kota Palembang", "61": "Kalimantan Barat", "61.71": "Kota Pontianak",
}  # fmt: skip
ROLES = {
    # role, area: the codes that may show, and a link that tries to leave
    ("provinsi", "16"): ({"16", "16.10", "16.71"}, {"wilayah": "61"}),
    ("kabkota", "16.71"): ({"16", "16.10", "16.71"}, {"wilayah": "15.71"}),
    ("kantor", "K0201"): ({"61", "61.71"}, {"wilayah": "16"}),
    ("kanwil", "Kalimantan"): ({"61", "61.71"}, {"kantor": "K0101"}),
}
PAGES = [path for path, *_ in nav.PAGES if path not in nav.ADMIN_ONLY]


def everything(at) -> str:
    """Every text the run drew: markdown and HTML, notices, metrics, tables, charts, selectors."""
    parts = []
    for kind in ("markdown", "caption", "html", "info", "warning", "error", "success", "title", "header",
                 "subheader", "text", "metric", "json", "code"):  # fmt: skip
        for element in at.get(kind):
            parts.append(str(getattr(element, "value", "")) + " " + str(getattr(element, "label", "")))
    for element in (*at.get("dataframe"), *at.get("table")):
        parts.append(element.value.to_string())
    for element in at.get("plotly_chart"):
        parts.append(element.proto.spec)
    for element in (*at.get("selectbox"), *at.get("multiselect"), *at.get("radio")):
        parts.append(" ".join(map(str, element.options)))
    return "\n".join(parts)


def _as(monkeypatch, peran: str, wilayah: str | None) -> None:
    account = Akun("uji", peran, wilayah, None, True, True, False, 0, None, True)
    monkeypatch.setattr(signin, "account", lambda lang: account)


@pytest.mark.parametrize("role", list(ROLES), ids=lambda r: f"{r[0]}-{r[1]}")
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.removeprefix("pages/").removesuffix(".py"))
def test_nothing_outside_the_area(filled_store, monkeypatch, role, page):
    mine, escape = ROLES[role]
    _as(monkeypatch, *role)
    for query in ({}, escape):
        at = start(page, **query)
        assert not at.exception, [e.value for e in at.exception]
        shown = everything(at)
        foreign = {code: name for code, name in AREAS.items() if code not in mine}
        leaks = [f"{code} {name}" for code, name in foreign.items()
                 if name in shown.replace("KC Jambi", "") or f'"{code}"' in shown]  # fmt: skip
        assert leaks == [], (page, query, leaks)


def test_the_check_sees_other_areas_when_they_are_shown(filled_store, monkeypatch):
    """The control: a national account's league table names every province, so the same scan finds
    them (a scan that could not find anything would prove nothing)."""
    _as(monkeypatch, "pusat", None)
    shown = everything(start("pages/capaian_target.py"))
    assert {"Jambi", "Kalimantan Barat", "Sumatera Selatan"} <= {n for n in AREAS.values() if n in shown}
