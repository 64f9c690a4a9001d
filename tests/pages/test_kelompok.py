"""Kelompok Khusus as the user sees it, on kelompok_fixtures (figures by hand there and in
tests/analytics/test_kelompok.py)."""

from __future__ import annotations

import pytest

from tests.analytics.kelompok_fixtures import group_db  # noqa: F401
from tests.pages.conftest import start
from tests.pages.conftest import tile_figures as shown

PAGE = "pages/kelompok.py"


@pytest.fixture
def store(group_db, monkeypatch):  # noqa: F811
    monkeypatch.setenv("CAKUPAN_DB", str(group_db))
    return group_db


def test_the_groups_and_what_protecting_them_costs(store):
    at = start(PAGE, wilayah="16", periode="2026-08")
    assert not at.exception
    got = shown(at)
    assert {k: v[0] for k, v in got.items()} == {
        "sasaran": "6.000", "terdaftar": "2.300", "belum": "3.700", "cakupan": "38,3%",
        "share": "0,5%",  # 2.300 of 493.333 active participants in August
        "iuran_bulan": "Rp 62,2 jt", "iuran_tahun": "Rp 745,9 jt",  # 3.700 × 16.800, × 12
    }  # fmt: skip
    assert got["iuran_bulan"][1] == "3.700 orang × Rp 16.800"
    groups = at.table[0].value
    assert list(groups.iloc[:, 0]) == ["Pegawai non-ASN", "Perangkat desa", "Petugas ad hoc (KPPS dll.)", "Total"]
    assert list(groups.iloc[0]) == ["Pegawai non-ASN", "2.000", "1.300", "700", "65,0%", "Juni 2026",
                                    "Rp 11,8 jt", "Rp 141,1 jt"]  # fmt: skip
    assert [b.proto.label for b in at.get("download_button")] == ["Unduh CSV", "Unduh Excel"]
    stale = at.table[2].value  # 16.02's November 2025 report is nine months old
    assert list(stale.iloc[0]) == ["Ogan Komering Ilir", "Petugas ad hoc (KPPS dll.)", "November 2025", "9"]


def test_the_contribution_per_person_is_editable(store):
    at = start(PAGE, wilayah="16", periode="2026-08")
    at.number_input(key="kk_iuran").set_value(20_000).run()
    assert shown(at)["iuran_bulan"][0] == "Rp 74,0 jt"  # 3.700 × 20.000


def test_english_and_the_empty_state(store):
    at = start(PAGE, wilayah="16", periode="2026-08", lang="en")
    assert at.title[0].value == "Special Groups"
    assert list(at.table[0].value.iloc[:, 0])[0] == "Non-civil-servant staff"
    empty = start(PAGE, wilayah="61", periode="2026-08")
    assert any("Belum ada laporan kelompok khusus untuk Kalimantan Barat" in h.value for h in empty.html)


def test_the_map_shows_the_coverage(store):
    at = start("pages/peta.py", wilayah="16", periode="2026-08", indikator="kelompok")
    assert not at.exception
    assert any("Cakupan kelompok khusus — Sumatera Selatan, Agustus 2026" in h.value for h in at.html)


@pytest.mark.parametrize("query", [{}, {"wilayah": "16"}, {"wilayah": "16.71"}, {"kanwil": "Sumbagsel"},
                                   {"kantor": "KC02"}, {"wilayah": "61"}])  # fmt: skip
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_scope_in_both_languages(store, query, lang):
    at = start(PAGE, periode="2026-08", lang=lang, **query)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == ("Kelompok Khusus" if lang == "id" else "Special Groups")
