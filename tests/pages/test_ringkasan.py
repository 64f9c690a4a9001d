"""Ringkasan as the user sees it: the figures in the tiles, the notes, the ranking, the empty states.

The store is the coverage tests' hand-built fixture (tests/analytics/coverage_fixtures.py); every
expected figure below is computed by hand from the numbers in its docstring. Default period: the
latest loaded month, August 2026 (deadline 31 December 2026, so four months remain).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.store import connect
from tests import tiny_store
from tests.analytics import coverage_fixtures as cf
from tests.analytics import peta_fixtures
from tests.pages.conftest import start
from ui.components import tiles


def _store(tmp_path, monkeypatch, *, data: bool = True, targets: bool = True):
    cf.use_tiny_reference(tmp_path, monkeypatch)
    path = tmp_path / "ringkasan.duckdb"
    con = connect(path)
    if data:
        cf.fill(con)
        tiny_store.add_history(
            con, dataset="kepesertaan", hasil="DITERIMA", waktu=dt.datetime(2026, 9, 2, 9, 30), baris=28
        )
    if not targets:
        con.execute("DELETE FROM target")
    con.close()
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    return path


squares = peta_fixtures.squares


@pytest.fixture
def store(tmp_path, monkeypatch):
    return _store(tmp_path, monkeypatch)


def shown(at) -> dict[str, str]:
    """Tile key -> the figure (with its unit) as displayed."""
    return {
        k: (v["value"] + (" " + v["unit"] if v["unit"] else "")) for k, v in tiles.read(_html(at)).items()
    }


def contexts(at) -> dict[str, str]:
    return {k: v["context"] for k, v in tiles.read(_html(at)).items()}


def notes(at) -> list[str]:
    return [_text(h) for h in _html(at) if "data-note" in h]


def _html(at) -> list[str]:
    return [h.value for h in at.html]


def _text(fragment: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def freshness(at) -> str:
    return next(_text(h) for h in _html(at) if "data-fresh" in h)


def test_national_tiles(store):
    at = start()
    assert shown(at) == {
        # 33.000 + 121.000 + 79.333 + 260.000 + 15.000 + 31.000 + 20.000
        "peserta_aktif": "559.333",
        # Sumatera Selatan 500.000 + Jambi (40% × 50.000 + 30.000) + Kalimantan Barat 30% × 80.000
        "target": "574.000",
        "capaian": "97,4%",  # 559.333 ÷ 574.000
        "gap": "14.667",
        "cakupan": "46,6%",  # ÷ 1.200.000 (Kota Jambi from 2025)
        "status": "▲ Sesuai jalur (agregat)",  # five of its seven kab/kota are short (issue 11)
        "laju_dibutuhkan": "3.667 /bulan",  # ⌈14.667 ÷ 4⌉
        "laju_aktual": "11.583 /bulan",  # (559.333 − 524.583) ÷ 3
        "proyeksi": "227.988",  # analytics.coverage.projection's linear trend (tested there)
        "perusahaan_aktif": "4",  # Palembang June snapshot 3 + OKU March snapshot 1
    }
    ctx = contexts(at)
    assert ctx["cakupan"] == "dari 1.200.000 penduduk bekerja 2025"
    assert ctx["target"] == "batas waktu 31 Desember 2026"
    assert ctx["laju_dibutuhkan"] == "untuk 4 bulan tersisa"
    assert ctx["laju_aktual"] == "rata-rata Mei – Agustus 2026"
    # the pace is enough, but the projection (a trend line of three months here) falls short: said in
    # words; the parts are named in the note under the tiles
    assert ctx["status"] == "laju 3 bulan terakhir cukup, tetapi proyeksi tren di bawah target"
    labels = {k: v["label"] for k, v in tiles.read(_html(at)).items()}
    assert labels["target"] == "Target 2026" and labels["proyeksi"] == "Proyeksi 31 Desember 2026"


def test_national_freshness_and_notes(store):
    at = start()
    assert freshness(at) == "Data kepesertaan s.d. Agustus 2026 · dimuat 2 September 2026, 16.30 WIB"
    # National is the sum of province targets: nothing allocated, so no allocation note.
    assert notes(at) == [
        # 8.667 + 4.000 + 4.000 (Sumatera Selatan) + 5.000 (Kerinci) + 4.000 (Kota Pontianak)
        "5 dari 7 kab/kota belum mencapai target; kekurangan mereka 25.667 peserta (gap bersih wilayah ini 14.667).",
        "Proyeksi 31 Desember 2026: 227.988 peserta (rentang belum dapat dihitung). Cara: garis tren "
        "lurus dari 3 bulan data (belum cukup 24 bulan untuk pola musiman); rentang memuat 8 dari 10 "
        "selisih cara ini terhadap data lampau."
    ]
    assert not at.exception


def test_national_ranks_the_provinces(store):
    at = start()
    # Three provinces with a capaian: one list, no best/worst split.
    assert tiles.read_ranking(_html(at), "semua") == [
        ("Sumatera Selatan", "98,7%", "▲ Sesuai jalur"),
        ("Jambi", "92,0%", "▼ Tertinggal"),
        ("Kalimantan Barat", "83,3%", "– Belum dapat dinilai"),  # no May data: no pace yet
    ]
    assert [s.value for s in at.main.subheader] == ["Tren peserta aktif", "Peringkat Provinsi"]


def test_province_tiles_and_ranking(store):
    at = start(wilayah="16")
    assert shown(at) == {
        "peserta_aktif": "493.333",
        "target": "500.000",
        "capaian": "98,7%",
        "gap": "6.667",
        "cakupan": "49,3%",
        # on course in total, but three of its four kab/kota are short (issue 11)
        "status": "▲ Sesuai jalur (agregat)",
        "laju_dibutuhkan": "1.667 /bulan",
        "laju_aktual": "4.417 /bulan",  # (493.333 − 480.083) ÷ 3
        "proyeksi": "511.000",
        "perusahaan_aktif": "4",
    }
    assert contexts(at)["cakupan"] == "dari 1.000.000 penduduk bekerja 2026"
    assert contexts(at)["status"] == "agregat — 3 kab/kota tertinggal"
    # 16.01 41.667 − 33.000 + 16.02 125.000 − 121.000 + 16.03 83.333 − 79.333 = 16.667
    assert ("3 dari 4 kab/kota belum mencapai target; kekurangan mereka 16.667 peserta (gap bersih wilayah "
            "ini 6.667).") in notes(at)
    (listing,) = [e for e in at.expander if "belum mencapai target" in e.label]
    assert listing.label == "Lihat 3 kab/kota yang belum mencapai target"
    rows = listing.dataframe[0].value  # a data grid since issue 15 (a styled table cost every run)
    assert [tuple(r) for r in rows.itertuples(index=False)] == [
        ("Ogan Komering Ulu", "79,2%", "8.667", "33.000", "41.667"),
        ("Muara Enim", "95,2%", "4.000", "79.333", "83.333"),
        ("Ogan Komering Ilir", "96,8%", "4.000", "121.000", "125.000"),
    ]
    # The province's own target: no allocation note.
    assert not any("dialokasikan" in n for n in notes(at))
    # Allocated shares: 250.000 × 100/600 = 41.667, × 300/600 = 125.000, × 200/600 = 83.333
    assert tiles.read_ranking(_html(at), "semua") == [
        ("Kota Palembang", "104,0%", "✔ Tercapai"),
        ("Ogan Komering Ilir", "96,8%", "! Berisiko"),  # 750 a month of 1.000 needed
        ("Muara Enim", "95,2%", "▲ Sesuai jalur"),
        ("Ogan Komering Ulu", "79,2%", "▼ Tertinggal"),
    ]


def test_regency_with_an_allocated_target(store):
    at = start(wilayah="16.01")
    assert shown(at) == {
        "peserta_aktif": "33.000",
        "target": "41.667",
        "capaian": "79,2%",
        "gap": "8.667",
        "cakupan": "33,0%",
        "status": "▼ Tertinggal",
        "laju_dibutuhkan": "2.167 /bulan",
        "laju_aktual": "1.000 /bulan",
        "proyeksi": "37.000",
        "perusahaan_aktif": "1",
        "peringkat": "4 dari 4",  # issue 11 point 6: its place in Sumatera Selatan (below)
    }
    assert contexts(at)["status"] == "laju aktual 46% dari laju dibutuhkan"
    assert notes(at)[0] == (
        "Target dialokasikan dari target provinsi menurut penduduk bekerja (wilayah ini tidak punya "
        "target sendiri)."
    )
    # Issue 11 point 6: no sub-areas to rank, so the right half shows its place in its province and
    # its neighbours (the built-in shapes here; test_regency_among_its_neighbours uses squares).
    assert any("data-ranking" in h for h in _html(at))
    # 104,0% > 96,8% > 95,2% > 79,2%
    assert contexts(at)["peringkat"] == "kabupaten/kota berdata dan bertarget; 1 = capaian tertinggi"


def test_regency_among_its_neighbours(store, squares):
    """Issue 11 point 6: before, a kab/kota's right half said only that it has no sub-areas."""
    at = start(wilayah="16.01")
    assert "Posisi di Sumatera Selatan" in [h.value for h in at.subheader]
    # squares in a row: 16.01 touches 16.02 only (15.71 lies in Jambi); in rank order, itself marked
    assert tiles.read_ranking(_html(at), "posisi") == [
        ("Ogan Komering Ilir", "96,8%", "! Berisiko"),
        ("Ogan Komering Ulu", "79,2%", "▼ Tertinggal"),
    ]
    html = next(h for h in _html(at) if 'data-ranking="posisi"' in h)
    assert '<tr class="ck-own"><td class="ck-pos">▶ 4</td><td>Ogan Komering Ulu</td>' in html
    assert '<td class="ck-pos">2</td><td>Ogan Komering Ilir</td>' in html
    assert "Dengan tetangganya" in html
    (link,) = [p for p in at.get("page_link") if "Semua kabupaten/kota" in p.proto.label]
    assert link.proto.label == "Semua kabupaten/kota di Sumatera Selatan"
    assert (link.proto.page, link.proto.query_string) == ("capaian-target", "wilayah=16")


def test_regency_without_a_shape_shows_those_ranked_around_it(store, squares, monkeypatch):
    from analytics.geo import shapes

    # Muara Enim (rank 3) loses its shape: its neighbours are unknown, so the rows are the two
    # ranked above it and the one below.
    drop = {k: v for k, v in peta_fixtures.SQUARES.items() if k != "16.03"}
    monkeypatch.setattr(shapes, "_builtin", lambda: peta_fixtures.frame_of(drop))
    shapes.clear_cache()
    at = start(wilayah="16.03")
    assert shown(at)["peringkat"] == "3 dari 4"
    assert [name for name, _, _ in tiles.read_ranking(_html(at), "posisi")] == [
        "Kota Palembang", "Ogan Komering Ilir", "Muara Enim", "Ogan Komering Ulu",
    ]  # fmt: skip
    html = next(h for h in _html(at) if 'data-ranking="posisi"' in h)
    assert "Di sekitar peringkatnya" in html
    assert any("Batas wilayahnya belum ada di peta" in c.value for c in at.caption)


def test_regency_with_its_own_target_has_no_allocation_note(store):
    at = start(wilayah="16.71")
    assert shown(at)["target"] == "250.000"
    assert shown(at)["status"] == "✔ Tercapai"
    assert contexts(at)["gap"] == "target sudah terlampaui"
    assert (shown(at)["laju_dibutuhkan"], contexts(at)["laju_dibutuhkan"]) == (
        "0 /bulan",
        "target sudah terlampaui",
    )
    assert not any("dialokasikan" in n for n in notes(at))


def test_office_across_a_province_border(store):
    at = start(kantor="KC02")
    assert shown(at) == {
        "peserta_aktif": "136.000",  # Ogan Komering Ilir 121.000 + Kerinci 15.000
        "target": "145.000",  # allocated 125.000 + 40% × 50.000
        "capaian": "93,8%",
        "gap": "9.000",
        "cakupan": "38,9%",  # ÷ 350.000
        "status": "▼ Tertinggal",
        "laju_dibutuhkan": "2.250 /bulan",  # the later deadline of the two: 31 December
        "laju_aktual": "950 /bulan",  # (136.000 − 133.150) ÷ 3
        "proyeksi": "139.800",
        "perusahaan_aktif": "–",
    }
    assert contexts(at)["perusahaan_aktif"] == "data perusahaan belum dimuat"
    # Tertinggal in total too: no "(agregat)", but the parts are named (121.000 of 125.000, 15.000 of 20.000)
    assert notes(at)[0] == ("2 dari 2 kab/kota belum mencapai target; kekurangan mereka 9.000 peserta (gap bersih "
                            "wilayah ini 9.000).")
    assert notes(at)[1].startswith("Target ini termasuk bagian yang dialokasikan dari target provinsi")
    assert tiles.read_ranking(_html(at), "semua") == [
        ("Ogan Komering Ilir", "96,8%", "! Berisiko"),
        ("Kerinci", "75,0%", "▼ Tertinggal"),
    ]


def test_english(store):
    at = start(lang="en")
    assert shown(at) == {
        "peserta_aktif": "559,333",
        "target": "574,000",
        "capaian": "97.4%",
        "gap": "14,667",
        "cakupan": "46.6%",
        "status": "▲ On track (aggregate)",
        "laju_dibutuhkan": "3,667 /month",
        "laju_aktual": "11,583 /month",
        "proyeksi": "227,988",
        "perusahaan_aktif": "4",
    }
    labels = {k: v["label"] for k, v in tiles.read(_html(at)).items()}
    assert labels["peserta_aktif"] == "Active participants"
    assert labels["gap"] == "Gap to target"
    assert contexts(at)["cakupan"] == "of 1,200,000 people in work (2025)"
    assert freshness(at) == "Membership data up to August 2026 · loaded 2 September 2026, 16:30 WIB"
    assert at.title[0].value == "Overview"
    assert tiles.read_ranking(_html(at), "semua")[0] == ("Sumatera Selatan", "98.7%", "▲ On track")


def test_no_target_for_the_year_still_shows_the_rest(tmp_path, monkeypatch):
    _store(tmp_path, monkeypatch, targets=False)
    at = start()
    figures = shown(at)
    assert figures["peserta_aktif"] == "559.333"
    assert figures["cakupan"] == "46,6%"
    assert (figures["target"], figures["capaian"], figures["gap"]) == ("belum ada", "–", "–")
    assert figures["status"] == "– Belum dapat dinilai"
    assert contexts(at)["target"] == "target tahun 2026 belum dimuat"
    assert notes(at)[0].startswith("Belum ada target tahun 2026 untuk Indonesia (nasional)")
    assert not at.exception


def test_empty_store_says_what_to_load(tmp_path, monkeypatch):
    _store(tmp_path, monkeypatch, data=False)
    at = start()
    assert not tiles.read(_html(at))
    text = " ".join(_text(h) for h in _html(at))
    assert "Belum ada data kepesertaan untuk Indonesia (nasional)" in text
    assert "python -m analytics demo" in text and "Kelola Data" in text
    assert not at.exception


def test_month_without_membership_shows_what_exists(store):
    """July has membership only for Pontianak; Sumatera Selatan has its target, its workforce and
    employer snapshots. By hand: target 500.000 (its own), penduduk bekerja 100k + 300k + 200k + 400k
    = 1.000.000 (2026), active employers 3 (16.71, June) + 1 (16.01, March) = 4."""
    at = start(wilayah="16", periode="2026-07")
    assert shown(at) == {"peserta_aktif": "belum dimuat", "target": "500.000", "penduduk_bekerja": "1.000.000",
                         "perusahaan_aktif": "4"}
    assert contexts(at)["penduduk_bekerja"] == "data tahun 2026"
    assert notes(at)[0] == (
        "Data kepesertaan Juli 2026 belum dimuat. Yang sudah ada ditampilkan di bawah; capaian, gap, cakupan, "
        "laju dan status dihitung setelah data kepesertaan bulan ini dimuat. Data kepesertaan terakhir wilayah "
        "ini: Agustus 2026; pilih bulan itu di sisi kiri untuk angka lengkap.")
    assert not at.exception


def test_partial_month_is_flagged(store):
    at = start(periode="2026-07")  # only 1 of 7 kabupaten/kota loaded July
    assert notes(at)[0] == (
        "Juli 2026: baru 1 dari 7 kabupaten/kota yang punya data, jadi angka ini belum lengkap."
    )
    assert shown(at)["peserta_aktif"] == "19.000"
    # Only Kalimantan Barat has July data: the others are counted, not ranked.
    assert tiles.read_ranking(_html(at), "semua") == [("Kalimantan Barat", "79,2%", "– Belum dapat dinilai")]
    assert [c.value for c in at.main.caption] == [
        "2 provinsi lain belum punya data atau target untuk periode ini, jadi tidak diperingkat."
    ]


def test_figures_follow_a_new_load(store):
    """The headline is cached per published copy of the store (ui.cached, analytics.published): a
    load publishes a new copy, and the next run shows its figures (issue 15: no restart)."""
    from analytics import published

    at = start(wilayah="16.01")
    assert shown(at)["peserta_aktif"] == "33.000"
    at.run()
    assert shown(at)["peserta_aktif"] == "33.000"
    with published.writing(store) as con:
        con.execute(
            "UPDATE kepesertaan SET peserta_aktif = peserta_aktif + 500 WHERE kode_wilayah = '16.01' "
            "AND segmen = 'PU' AND periode = DATE '2026-08-01'"
        )
        tiny_store.add_history(con, dataset="kepesertaan", hasil="DITERIMA", waktu=dt.datetime(2026, 9, 3, 1, 0))
    at.run()
    assert shown(at)["peserta_aktif"] == "33.500"


def test_the_figures_download_as_a_workbook(store):
    """Issue 11 point 13: Ringkasan had no export (tests/analytics/test_ringkasan_book.py checks
    the cells)."""
    at = start(wilayah="16")
    (button,) = [b for b in at.get("download_button") if "Excel" in b.proto.label]
    assert button.proto.label == "Unduh angka ringkasan (Excel)"
    assert "Excel" in start(wilayah="16.01").get("download_button")[0].proto.label  # a kab/kota too
