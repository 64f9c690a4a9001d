"""Kecelakaan Kerja as the user sees it, on kecelakaan_fixtures (figures by hand there and in
tests/analytics/test_kecelakaan.py)."""

from __future__ import annotations

import pytest

from tests.analytics.kecelakaan_fixtures import accident_db  # noqa: F401
from tests.pages.conftest import start
from tests.pages.conftest import tile_figures as shown

PAGE = "pages/kecelakaan.py"


@pytest.fixture
def store(accident_db, monkeypatch):  # noqa: F811
    monkeypatch.setenv("CAKUPAN_DB", str(accident_db))
    return accident_db


def notes(at) -> str:
    return " ".join(h.value for h in at.html if "data-note" in h.value)


def test_the_quarter_the_month_and_the_year(store):
    at = start(PAGE, wilayah="16", periode="2026-08")
    assert not at.exception
    got = shown(at)
    assert {k: v[0] for k, v in got.items()} == {
        "kasus_triwulan": "22", "meninggal_triwulan": "2", "cacat_triwulan": "3", "klaim_triwulan": "Rp 65,0 jt",
        "rate": "4,46", "kasus_bulan": "12", "meninggal_bulan": "1", "cacat_bulan": "1", "klaim_bulan": "Rp 15,0 jt",
        "kasus_tahun": "25", "meninggal_tahun": "3", "cacat_tahun": "4", "klaim_tahun": "Rp 67,0 jt",
    }  # fmt: skip
    assert got["rate"][1] == "peserta aktif 493.333"
    assert "sel kosong dihitung 0" in notes(at)
    assert "Belum dilaporkan" not in notes(at)
    grid = at.dataframe[0].value
    assert list(grid["Wilayah"]) == ["Ogan Komering Ulu", "Kota Palembang", "Muara Enim", "Ogan Komering Ilir"]
    assert list(grid["Per 100.000 peserta"]) == [12.12, 6.92, 0.0, 0.0]
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Unduh CSV", "Unduh Excel"] * 3  # by area, by segment, by sector


def test_a_month_not_reported_is_named_not_zero(store):
    at = start(PAGE, kantor="KC02", periode="2026-08")
    assert shown(at)["kasus_bulan"][0] == "belum dilaporkan"
    assert "Belum dilaporkan: Agustus 2026. Bulan tanpa laporan bukan berarti nol kecelakaan" in notes(at)


def test_segment_and_sector_tabs(store):
    at = start(PAGE, wilayah="16", periode="2026-08")
    segment, sector = at.table[0].value, at.table[1].value
    assert list(segment.iloc[:, 0]) == ["PU – penerima upah", "BPU – bukan penerima upah"]
    assert list(sector.iloc[:, 0]) == ["C – Industri pengolahan", "A – Pertanian, kehutanan dan perikanan",
                                       "G – Perdagangan besar dan eceran"]  # fmt: skip


def test_english_and_the_empty_state(store):
    at = start(PAGE, wilayah="16", periode="2026-08", lang="en")
    assert at.title[0].value == "Work Accidents"
    assert shown(at)["klaim_triwulan"][0] == "Rp 65.0 m"
    empty = start(PAGE, wilayah="61")
    assert "Belum ada data kecelakaan kerja untuk Kalimantan Barat" in notes(empty)


def test_the_map_shows_the_rate(store):
    at = start("pages/peta.py", wilayah="16", periode="2026-08", indikator="kecelakaan")
    assert not at.exception
    assert at.selectbox(key="peta_indikator").value == "kecelakaan"
    assert any("Kecelakaan per 100.000 peserta — Sumatera Selatan, Agustus 2026" in h.value for h in at.html)


def test_where_accidents_meet_non_compliance_is_said(store):
    # the fixture's employers all register their workers: no area is high in both
    at = start(PAGE, wilayah="16", periode="2026-08")
    assert "Kecelakaan bertemu ketidakpatuhan" in [s.value for s in at.subheader]
    assert any(c.value == "Tidak ada wilayah yang tinggi pada keduanya." for c in at.caption)


@pytest.mark.parametrize("query", [{}, {"wilayah": "16"}, {"wilayah": "16.71"}, {"kanwil": "Sumbagsel"},
                                   {"kantor": "KC02"}, {"wilayah": "61"}])  # fmt: skip
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_scope_in_both_languages(store, query, lang):
    at = start(PAGE, periode="2026-08", lang=lang, **query)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == ("Kecelakaan Kerja" if lang == "id" else "Work Accidents")
