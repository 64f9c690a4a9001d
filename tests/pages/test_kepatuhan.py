"""Kepatuhan page: tiles, the gap sentence, the employer list (one page at a time), search, export.

Store: the tiny geography of coverage_fixtures with the employers of employer_fixtures (figures by
hand there) and a 2026 target for Sumatera Selatan of 10.100 against 10.000 active participants
(16.01 + 16.71, 5.000 each in August 2026), so the gap is 100.
"""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analytics.store import connect
from tests.analytics import employer_fixtures as ef
from tests.analytics.coverage_fixtures import use_tiny_reference
from tests.pages.conftest import start
from ui.components import tiles

PAGE = "pages/kepatuhan.py"


def _store(tmp_path, monkeypatch, *, generated: int = 0, employers: bool = True):
    use_tiny_reference(tmp_path, monkeypatch)
    path = tmp_path / "kp.duckdb"
    con = connect(path)
    if employers:
        ef.fill(con)
    else:
        from tests.analytics.coverage_fixtures import insert_aktif

        insert_aktif(con, "16.71", "2026-08", 5_000)
    con.execute("INSERT INTO target VALUES (2026, '16', 'SEMUA', 10100, NULL, DATE '2026-12-31', NULL)")
    if generated:
        ef.insert_generated(con, generated)
    con.close()
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    return path


@pytest.fixture
def store(tmp_path, monkeypatch):
    return _store(tmp_path, monkeypatch)


def open_page(**query) -> AppTest:
    return start(PAGE, timeout=90, **query)


def shown(at) -> dict[str, tuple[str, str]]:
    """Tile key -> (figure with unit, context line)."""
    read = tiles.read([h.value for h in at.html])
    return {k: (v["value"] + (" " + v["unit"] if v["unit"] else ""), v["context"]) for k, v in read.items()}


def notes(at) -> list[str]:
    import html
    import re

    return [html.unescape(re.sub(r"<[^>]+>", "", h.value)) for h in at.html if "data-note" in h.value]


def employer_list(at) -> pd.DataFrame:
    (frame,) = [d.value for d in at.dataframe if "Perusahaan" in d.value.columns]
    return frame


def test_province_tiles(store):
    tiles_shown = shown(open_page(wilayah="16"))
    assert tiles_shown == {
        "tidak_patuh": ("7 perusahaan", "dari 8 perusahaan; bisa masuk lebih dari satu kategori"),
        "PWBD": ("1 perusahaan", "12 tenaga kerja belum terlindungi"),
        "PDS_TK": ("2 perusahaan", "70 tenaga kerja belum terlindungi"),
        "PDS_UPAH": ("1 perusahaan", "selisih upah Rp 200,0 jt per bulan"),
        "PDS_PROGRAM": ("1 perusahaan", "program wajib belum diikuti"),
        "PMI": ("3 perusahaan", "tunggakan Rp 171,0 jt"),
    }


def test_gap_sentence_and_rules(store):
    at = open_page(wilayah="16")
    texts = notes(at)
    # PWBD 12 + PDS-TK 20 + 50 = 82 workers in 3 employers; gap 10.100 − 10.000 = 100 → 82,0%.
    assert (
        "3 perusahaan (PWBD dan PDS-TK) mempekerjakan 82 tenaga kerja belum terlindungi = 82,0% dari gap "
        "menuju target (100 peserta)." in texts
    )
    assert any("Mikro JKK + JKM; Kecil JKK + JKM + JHT; Menengah JKK + JKM + JHT + JP" in t for t in texts)
    assert any(t.startswith("Skor prioritas = 1 poin per tenaga kerja belum terlindungi") for t in texts)
    # "PMI" alone would read as the migrant-worker segment
    assert "PMI – menunggak iuran" in at.multiselect(key="kp_kategori").options


def test_employer_list_in_priority_order(store):
    at = open_page(wilayah="16")
    frame = employer_list(at)
    assert list(frame["Perusahaan"]) == [n for n, _ in ef.ORDER_16]
    first = frame.iloc[0]
    assert (first["No."], first["Kab/kota"], first["Kategori"], first["Skor"]) == (
        "1", "Ogan Komering Ulu", "PDS-TK, PMI – menunggak iuran", "62,0",
    )  # fmt: skip
    assert (first["TK belum terlindungi"], first["Tunggakan"], first["Bln"]) == ("50", "Rp 20,0 jt", "2")
    assert "Menampilkan 1–7 dari 7 perusahaan (halaman 1 dari 1)." in [c.value for c in at.caption]


def test_scope_keeps_other_areas_out(store):
    frame = employer_list(open_page(wilayah="61"))
    assert list(frame["Perusahaan"]) == ["PT Pontianak"]


def test_search_is_literal_and_filters_apply(store):
    at = open_page(wilayah="16")
    at.text_input(key="kp_cari").input("50%").run()
    assert list(employer_list(at)["Perusahaan"]) == ["PT Menunggak 50% Jaya"]
    at.text_input(key="kp_cari").input("").run()
    at.multiselect(key="kp_kategori").select("PDS_UPAH").run()
    assert list(employer_list(at)["Perusahaan"]) == ["PT Upah Rendah"]


def test_large_list_stays_paginated(tmp_path, monkeypatch):
    _store(tmp_path, monkeypatch, generated=20_000)
    at = open_page(wilayah="16.02")
    frame = employer_list(at)
    assert len(frame) == 25
    assert list(frame["TK belum terlindungi"])[:2] == ["20.000", "19.999"]
    assert "Menampilkan 1–25 dari 20.000 perusahaan (halaman 1 dari 800)." in [c.value for c in at.caption]
    at.number_input(key="kp_page").set_value(3).run()
    frame = employer_list(at)
    assert len(frame) == 25
    assert (frame["No."].iloc[0], frame["TK belum terlindungi"].iloc[0]) == ("51", "19.950")
    # A new search starts again at page 1.
    at.text_input(key="kp_cari").input("Generasi 1999").run()
    expected = [f"PT Generasi {i}" for i in range(19_999, 19_989, -1)] + ["PT Generasi 1999"]
    assert list(employer_list(at)["Perusahaan"]) == expected
    assert at.number_input(key="kp_page").value == 1


def test_inspection_list_is_offered_for_the_filters(store):
    """The workbook itself is read back in tests/analytics/test_inspection_list.py."""
    at = open_page(wilayah="16")
    assert not at.get("download_button")  # built only when asked for
    (prepare,) = [b for b in at.button if b.label == "Siapkan daftar sasaran pemeriksaan (XLSX)"]
    prepare.click().run()
    (button,) = at.get("download_button")
    assert button.label == "Unduh daftar sasaran pemeriksaan bersama"
    # A new filter asks again (the file would no longer match the list).
    at.text_input(key="kp_cari").input("gabungan").run()
    assert not at.get("download_button")


def test_without_employer_data_says_what_to_load(tmp_path, monkeypatch):
    _store(tmp_path, monkeypatch, employers=False)
    at = open_page(wilayah="16")
    assert any("Belum ada data perusahaan untuk Sumatera Selatan sampai Agustus 2026" in t for t in notes(at))
    assert not at.dataframe


def test_english(store):
    at = open_page(wilayah="16", lang="en")
    assert shown(at)["PMI"] == ("3 employers", "arrears Rp 171.0 m")
    assert list(employer_list_en(at)["Employer"])[0] == "PT Gabungan"


def employer_list_en(at) -> pd.DataFrame:
    (frame,) = [d.value for d in at.dataframe if "Employer" in d.value.columns]
    return frame


def test_breakdown_by_kabkota(store):
    at = open_page(wilayah="16")
    (frame,) = [d.value for d in at.dataframe if "Wilayah" in d.value.columns]
    assert frame.values.tolist() == [
        # Wilayah, Tidak patuh, PWBD, PDS-TK, PDS-Upah, PDS-Program, PMI, TK belum, selisih, tunggakan
        ["Kota Palembang", "5", "1", "1", "1", "0", "2", "32", "Rp 200,0 jt", "Rp 151,0 jt"],
        ["Ogan Komering Ulu", "2", "0", "1", "0", "1", "1", "50", "Rp 0", "Rp 20,0 jt"],
    ]
    assert "2 wilayah lain belum punya data perusahaan, jadi tidak dicantumkan." in [
        c.value for c in at.caption
    ]


def open_tab(at: AppTest, label: str) -> AppTest:
    """Tabs run lazily: only the chosen one draws."""
    at.session_state["kp_tabs"] = label
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_change_since_the_previous_snapshot(store):
    at = open_tab(open_page(wilayah="16"), "Perubahan")
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Dibanding posisi Maret 2026:") for c in captions)
    (frame,) = [d.value for d in at.dataframe if "Kategori" in d.value.columns and "Masuk" in d.value.columns]
    pwbd = frame.set_index("Kategori").loc["PWBD – wajib belum daftar"]
    assert pwbd["Tidak ditemukan lagi"] == "1"  # PT Lama (March) is not in the June snapshot
    assert pwbd["Keluar (kini patuh)"] == "0"


def test_trend_tab(store):
    at = open_tab(open_page(wilayah="16"), "Tren")
    assert "Jumlah perusahaan per kategori pada setiap posisi data (triwulan). Turun = membaik." in [
        c.value for c in at.caption
    ]
    assert len(at.get("plotly_chart")) == 1


def test_regency_scope(store):
    at = open_page(wilayah="16.01")
    assert list(employer_list(at)["Perusahaan"]) == ["PT Gabungan", "PT Program Kurang"]
    assert any(c.value.startswith("Ogan Komering Ulu adalah kabupaten/kota") for c in at.caption)
    assert at.multiselect(key="kp_wilayah").disabled


def test_sectors_are_named_in_both_languages(store):
    """Issue 11 point 9 (sectors were bare KBLI letters) and point 10 (scales untranslated)."""
    at = open_page(wilayah="16")
    first = employer_list(at).iloc[0]  # PT Gabungan: section A, BESAR
    assert (first["Sektor"], first["Skala"]) == ("A – Pertanian, kehutanan dan perikanan", "Besar")
    options = at.multiselect(key="kp_sektor").options
    assert len(options) == 21 and options[6] == "G – Perdagangan besar dan eceran"
    at = open_tab(at, "Per sektor")
    (frame,) = [d.value for d in at.dataframe if "Sektor (KBLI)" in d.value.columns]
    assert all(" – " in s for s in frame["Sektor (KBLI)"]), list(frame["Sektor (KBLI)"])
    assert "A – Pertanian, kehutanan dan perikanan" in list(frame["Sektor (KBLI)"])

    en = open_page(wilayah="16", lang="en")
    first = employer_list_en(en).iloc[0]
    assert (first["Sector"], first["Scale"]) == ("A – Agriculture, forestry and fishing", "Large")
    assert en.multiselect(key="kp_skala").options == ["Micro", "Small", "Medium", "Large"]


def test_filters_have_no_english_select_all(store):
    """Issue 11 points 10 and 15: Streamlit's "Select all" / "Select 2 matches" row is English and
    made Enter pick every match; every multiselect of the page turns it off (proto 0 = never)."""
    at = open_page(wilayah="16")
    boxes = {m.key: m.proto.select_all for m in at.multiselect}
    assert set(boxes) == {"kp_kategori", "kp_sektor", "kp_skala", "kp_wilayah"}
    assert set(boxes.values()) == {0}


def test_filters_come_from_a_shared_link_and_go_back_into_the_url(store):
    """Issue 11 point 15: a filtered list (the joint inspection list) can be shared as a link."""
    at = open_page(wilayah="16", kategori="PDS_UPAH")
    assert at.multiselect(key="kp_kategori").value == ["PDS_UPAH"]
    assert list(employer_list(at)["Perusahaan"]) == ["PT Upah Rendah"]
    at.multiselect(key="kp_kategori").set_value([]).run()
    assert "kategori" not in at.query_params
    at.multiselect(key="kp_skala").set_value(["MIKRO", "BESAR"]).run()
    at.text_input(key="kp_cari").input("jaya").run()
    assert (at.query_params["skala"], at.query_params["cari"]) == ("MIKRO,BESAR", "jaya")
    at = open_page(wilayah="16", kab="16.71", sektor="g,Z", cari="50%")
    assert at.multiselect(key="kp_wilayah").value == ["16.71"]
    assert at.multiselect(key="kp_sektor").value == ["G"]  # a lower-case letter is the section
    assert at.text_input(key="kp_cari").value == "50%"
    assert list(employer_list(at)["Perusahaan"]) == ["PT Menunggak 50% Jaya"]
    notice = next(c.value for c in at.caption if "sektor=Z" in c.value)
    assert "tidak dikenali" in notice


def test_a_link_cannot_reach_an_area_outside_the_scope(store):
    at = open_page(wilayah="61", kab="16.71")
    assert at.multiselect(key="kp_wilayah").value == []
    assert list(employer_list(at)["Perusahaan"]) == ["PT Pontianak"]
    assert any("kab=16.71" in c.value for c in at.caption)
