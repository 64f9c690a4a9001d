"""The Tren page as an official sees it, on the hand-built coverage store (tests/analytics/
coverage_fixtures.py): the year-on-year table's figures, the charts' values, the comparison of two
areas, the empty states, English.

Active participants in the fixture (PU + BPU, BPU always 1.000), plus August 2025 for Palembang:
            2025-08    2026-05    2026-07    2026-08
  16.01        -        30.000       -        33.000
  16.02        -       118.750       -       121.000
  16.03        -        76.333       -        79.333
  16.71        -       255.000       -       260.000
  15.01        -        14.400       -        15.000
  15.71     28.000      30.100       -        31.000   (2025-08: PU joiners 900, leavers 400)
  61.71        -           -      19.000      20.000
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.store import connect
from tests.analytics.coverage_fixtures import fill, insert_aktif, use_tiny_reference

APP = Path(__file__).resolve().parents[2] / "app.py"

TAB = {
    "id": ("Per segmen", "Baru & nonaktif", "Perubahan setahun", "Proyeksi ke target", "Bandingkan wilayah"),
    "en": ("By segment", "Joiners & leavers", "Year on year", "Projection to target", "Compare areas"),
}


@pytest.fixture
def tren_store(tmp_path, monkeypatch):
    use_tiny_reference(tmp_path, monkeypatch)
    path = tmp_path / "tren.duckdb"
    con = connect(path)
    fill(con)
    insert_aktif(con, "15.71", "2025-08", 28_000, baru=900, nonaktif=400)
    con.close()
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    return path


@pytest.fixture
def empty_tren_store(tmp_path, monkeypatch):
    use_tiny_reference(tmp_path, monkeypatch)
    path = tmp_path / "kosong.duckdb"
    connect(path).close()
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    return path


def tren(tab: int = 0, lang: str = "id", **query) -> AppTest:
    """Open the Tren page as `?key=value` would, on the given tab."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in (query | ({"lang": lang} if lang != "id" else {})).items():
        at.query_params[key] = value
    at.run()  # the default page sets up the shell (as a first visit does); its content is not under test
    at.switch_page("pages/tren.py")
    at.session_state["tr_tab"] = TAB[lang][tab]
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def charts(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def traces(spec: dict) -> dict[str, dict]:
    return {t["name"]: t for t in spec["data"] if t.get("name")}


def test_year_on_year_table_by_segment(tren_store):
    at = tren(2, wilayah="15.71")
    assert at.caption[-1].value == "Agustus 2026 dibandingkan Agustus 2025, per segmen."
    # PU 30.000 vs 27.000 (+11,11%); BPU 1.000 vs 1.000; total 31.000 vs 28.000 (+10,71%)
    assert at.table[0].value.to_dict("records") == [
        {"Segmen": "PU – penerima upah", "Agustus 2026": "30.000", "Agustus 2025": "27.000",
         "Perubahan": "+3.000", "Perubahan %": "+11,1%"},
        {"Segmen": "BPU – bukan penerima upah", "Agustus 2026": "1.000", "Agustus 2025": "1.000",
         "Perubahan": "0", "Perubahan %": "0,0%"},
        {"Segmen": "Total", "Agustus 2026": "31.000", "Agustus 2025": "28.000",
         "Perubahan": "+3.000", "Perubahan %": "+10,7%"},
    ]  # fmt: skip
    bars = charts(at)[0]["data"][0]
    assert bars["y"] == ["PU – penerima upah", "BPU – bukan penerima upah", "Total"]
    assert bars["x"] == pytest.approx([100 * 3_000 / 27_000, 0.0, 100 * 3_000 / 28_000])
    assert bars["text"] == ["+11,1%", "0,0%", "+10,7%"]


def test_segments_chart_carries_the_monthly_sums(tren_store):
    at = tren(0, wilayah="16")
    spec = charts(at)[0]
    by_name = traces(spec)
    # Sumatera Selatan: BPU 4 × 1.000; PU the rest (May 480.083 − 4.000, Aug 493.333 − 4.000)
    months = ["Mei 2026", "Juni 2026", "Juli 2026", "Agustus 2026"]
    # segments named (issue 11 point 8: "PMI" must say it means the migrant workers)
    by_name = {k.split(" – ")[0]: v for k, v in by_name.items()}
    assert by_name["PU"]["x"] == months
    assert by_name["PU"]["y"] == [476_083, None, None, 489_333]  # June, July not loaded: a gap, not 0
    assert by_name["BPU"]["y"] == [4_000, None, None, 4_000]
    assert by_name["PU"]["stackgroup"] == by_name["BPU"]["stackgroup"]
    assert by_name["PU"]["customdata"][0] == "476.083"
    at.radio(key="tr_seg_split").set_value(True).run()
    spec = charts(at)[0]
    split = {k.split(" – ")[0]: v for k, v in traces(spec).items()}
    assert split["PU"]["y"] == [476_083, None, None, 489_333] and "stackgroup" not in split["PU"]
    # every panel, not only the bottom one, says which months it shows
    layout = spec["layout"]
    for axis in ("xaxis", "xaxis2"):
        assert layout[axis]["showticklabels"] is True
        assert layout[axis]["ticktext"] == ["Mei 2026", "Jun", "Jul", "Agu"]


def test_projection_to_the_target_and_deadline(tren_store):
    at = tren(3, wilayah="16")
    # target 500.000 (set); straight line through May 480.083 and Aug 493.333 → Dec 511.000
    assert at.markdown[0].value == "Proyeksi pada 31 Desember 2026: **511.000**; target **500.000**."
    assert "garis tren lurus" in at.caption[-2].value
    spec = charts(at)[0]
    by_name = traces(spec)
    assert by_name["Peserta aktif"]["y"] == [480_083, None, None, 493_333]
    proyeksi = by_name["Proyeksi"]
    assert proyeksi["x"][0] == "Agustus 2026" and proyeksi["x"][-1] == "Desember 2026"
    assert proyeksi["y"][0] == 493_333 and proyeksi["y"][-1] == 511_000
    assert by_name["Target 500.000"]["y"] == [500_000, 500_000]
    # the pace needed: gap 6.667 over Sep–Dec = ⌈6.667 ÷ 4⌉ = 1.667 a month, from August's level
    pace = by_name["Laju yang dibutuhkan (1.667/bulan)"]
    assert pace["x"] == ["Agustus 2026", "September 2026", "Oktober 2026", "November 2026", "Desember 2026"]
    assert pace["y"][0] == 493_333 and pace["y"][-1] == 500_000
    assert spec["layout"]["shapes"][0]["x0"] == "Desember 2026"
    assert spec["layout"]["annotations"][0]["text"] == "Batas waktu 31 Desember 2026"


def test_joiners_and_leavers_say_which_segment_gave_none(tren_store):
    at = tren(1, wilayah="15.71")
    assert at.warning[0].value.startswith("Berkas segmen BPU – bukan penerima upah tidak memuat peserta baru/nonaktif")
    assert "PU" in at.caption[-1].value and "sebagian bulan" in at.caption[-1].value
    by_name = traces(charts(at)[0])
    assert by_name["Peserta baru"]["x"][0] == "Agustus 2025"
    assert by_name["Peserta baru"]["y"][0] == 900 and by_name["Peserta nonaktif"]["y"][0] == 400
    assert by_name["Selisih bersih"]["y"][0] == 500
    assert by_name["Peserta baru"]["y"][-1] is None  # August 2026 gave no joiners: empty, not 0


def test_no_joiners_or_leavers_loaded(tren_store):
    at = tren(1, wilayah="16.01")
    assert "tidak memuat peserta baru maupun nonaktif" in at.info[0].value
    assert not charts(at)


def test_compare_two_areas_as_coverage_and_as_counts(tren_store):
    at = tren(4)
    # national scope: provinces, those furthest behind preselected (issue 11): Kalimantan Barat 83,3 %,
    # Jambi 92,0 %, Sumatera Selatan 98,7 % of their targets; coverage first
    assert at.multiselect[0].value == ["wilayah:61", "wilayah:15", "wilayah:16"]
    assert at.multiselect[0].proto.select_all == 0  # no English "Select all" row (issue 11 point 10)
    at.radio(key="tr_cmp_level_nasional_None").set_value("kabkota").run()
    at.multiselect(key="tr_cmp_kabkota_nasional_None").set_value(["wilayah:16.71", "wilayah:15.71"]).run()
    by_name = traces(charts(at)[0])
    assert list(by_name) == ["Kota Palembang", "Kota Jambi"]
    months = ["Agustus 2025", *[f"{m} 2025" for m in ("September", "Oktober", "November", "Desember")]]
    assert by_name["Kota Jambi"]["x"][:5] == months  # one axis for both, from the first month shown
    # 16.71: 255.000 and 260.000 of a 400.000 workforce; no data in 2025
    assert by_name["Kota Palembang"]["y"][0] is None
    assert by_name["Kota Palembang"]["y"][-4:] == pytest.approx([63.75, None, None, 65.0], nan_ok=True)
    # 15.71: 28.000 / 70.000 (2025); in 2026 its 2025 workforce still counts: 30.100 → 43%, 31.000
    assert by_name["Kota Jambi"]["y"][0] == pytest.approx(40.0)
    assert by_name["Kota Jambi"]["y"][-4] == pytest.approx(43.0)
    assert by_name["Kota Jambi"]["customdata"][-1] == "44,29%"
    at.radio(key="tr_cmp_percent").set_value(False).run()
    by_name = traces(charts(at)[0])
    assert by_name["Kota Palembang"]["y"][-4:] == [255_000, None, None, 260_000]
    assert by_name["Kota Jambi"]["y"][0] == 28_000 and by_name["Kota Jambi"]["y"][-1] == 31_000


def test_fewer_than_twelve_months_no_year_on_year(tren_store):
    at = tren(2, wilayah="16.01")
    assert at.info[0].value == (
        "Perubahan setahun butuh data bulan yang sama tahun lalu (Agustus 2025); data wilayah ini "
        "baru ada 4 bulan (Mei 2026 s.d. Agustus 2026)."
    )
    assert not at.table and not charts(at)


def test_fewer_than_three_months_no_projection(tren_store):
    at = tren(3, wilayah="61.71")
    assert at.info[0].value == ("Proyeksi butuh paling sedikit 3 bulan data; wilayah ini baru punya 2 bulan.")
    names = list(traces(charts(at)[0]))
    assert "Proyeksi" not in names and names[0] == "Peserta aktif"
    assert names[-1] == "Target 24.000"  # 30% of 80.000, allocated from Kalimantan Barat


def test_empty_store_explains_what_to_load(empty_tren_store):
    at = tren(0)
    assert at.title[0].value == "Tren Kepesertaan"
    assert at.info[0].value.startswith("Belum ada data kepesertaan untuk wilayah ini.")
    assert not charts(at)


def test_english(tren_store):
    at = tren(2, lang="en", wilayah="15.71")
    assert at.title[0].value == "Membership Trends"
    assert at.table[0].value.to_dict("records")[0] == {
        "Segment": "PU – wage earners", "August 2026": "30,000", "August 2025": "27,000",
        "Change": "+3,000", "Change %": "+11.1%",
    }  # fmt: skip
    at = tren(3, lang="en", wilayah="16")
    assert at.markdown[0].value == "Projection at 31 December 2026: **511,000**; target **500,000**."
    spec = charts(at)[0]
    assert spec["layout"]["separators"] == ".,"
    assert "Active participants" in traces(spec)


def test_the_series_downloads(tren_store):
    """Issue 11 point 13: Tren had no export (tests/ui/tren/test_export.py checks the table)."""
    at = tren(0, wilayah="16")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Unduh seri (CSV)", "Unduh seri (Excel)"]
