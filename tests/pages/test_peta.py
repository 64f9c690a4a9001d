"""Peta: the map of the scope's sub-areas, its legend, moving into an area and back up, empty states.

Two stores: the tiny one (tests/tiny_store.py: three provinces, four kab/kota, membership only, no
targets, no employers) for structure and empty states, and the coverage fixture
(tests/analytics/coverage_fixtures.py, August 2026) for values, whose capaian are worked out by hand
in tests/pages/test_capaian_target.py.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from analytics.figures import peta as peta_figure
from analytics.geo import builtin
from tests.analytics.coverage_fixtures import coverage_db, coverage_empty_store, coverage_store  # noqa: F401
from tests.pages.conftest import sidebar_values, start

PAGE = "pages/peta.py"
ROOT = Path(__file__).resolve().parents[2]


def open_page(**query) -> AppTest:
    return start(PAGE, **query)


def map_spec(at: AppTest) -> dict:
    charts = at.get("plotly_chart")
    assert len(charts) == 1, f"{len(charts)} charts on the page"
    return json.loads(charts[0].proto.spec)


def locations(at: AppTest) -> list[str]:
    """Every area the map colours (one choropleth trace per class; not the grey context)."""
    traces = [t for t in map_spec(at)["data"] if t.get("type") == "choropleth" and t.get("meta") != peta_figure.CONTEXT_META]
    return sorted(code for t in traces for code in t.get("locations", []))


def context_traces(at: AppTest) -> list[dict]:
    return [t for t in map_spec(at)["data"] if t.get("meta") == peta_figure.CONTEXT_META]


def legend(at: AppTest) -> list[tuple[str, int]]:
    """(label, count) of each legend row, as drawn beside the map."""
    html = next(h.value for h in at.html if "peta-legend" in h.value)
    rows = re.findall(r'data-count="(\d+)">.*?<span class="lbl">(.*?)</span>', html)
    return [(label, int(n)) for n, label in rows]


def captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def open_box(at: AppTest):
    return next(s for s in at.selectbox if str(s.key).startswith("peta_open_"))


def table(at: AppTest) -> pd.DataFrame:
    proto = at.dataframe[0].proto
    return dataframe_util.convert_arrow_bytes_to_pandas_df(proto.arrow_data.styler.display_values)


def context_line(at) -> str:
    return next(h.value for h in at.html if "cakupan-context" in h.value)


def test_the_served_base_layer_is_the_empty_topology():
    """plotly.js asks PLOTLY_CONFIG's topojsonURL for world_110m.json; the app serves this file."""
    served = json.loads((ROOT / "static" / "topojson" / "world_110m.json").read_text())
    assert served == peta_figure.EMPTY_TOPOJSON
    assert peta_figure.PLOTLY_CONFIG["topojsonURL"] == "/app/static/topojson/"
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["enableStaticServing"] is True


# --- the tiny store --------------------------------------------------------------------------------


def test_national_map_draws_every_province_with_a_shape(filled_store):
    at = open_page()
    assert locations(at) == ["15", "16", "61"]
    assert map_spec(at)["layout"]["geo"]["visible"] is False
    # The approximate boundaries say so, next to the map.
    assert builtin.NOTE["id"] in captions(at)


def test_legend_counts_every_subarea_once(filled_store):
    at = open_page()
    rows = legend(at)
    assert sum(n for _, n in rows) == 3
    # No targets in the tiny store: every province falls in the no-data class, listed last.
    assert rows[-1] == ("Tidak ada data", 3)


def test_status_indicator_shows_the_status_legend(filled_store):
    at = open_page()
    before = [label for label, _ in legend(at)]
    at.selectbox(key="peta_indikator").set_value("status").run()
    assert not at.exception
    labels = [label for label, _ in legend(at)]
    assert labels != before
    assert labels == [
        "Tercapai",
        "Sesuai jalur",
        "Berisiko",
        "Tertinggal",
        "Belum dapat dinilai",
        "Tidak ada data",
    ]
    # Fixed thresholds only: the method cannot be changed and there is no number of classes.
    assert not [w for w in at.get("button_group") if w.key == "peta_kelas"]


def test_opening_an_area_moves_the_scope_and_back_up_returns(filled_store):
    at = open_page()
    open_box(at).set_value("16").run()
    assert not at.exception
    assert sidebar_values(at)["provinsi"] == "16"
    assert at.query_params["wilayah"] == "16"
    assert "Sumatera Selatan" in context_line(at)
    assert locations(at) == ["16.10", "16.71"]
    assert sum(n for _, n in legend(at)) == 2

    up = at.button(key="peta_up")
    # the name beside an up arrow (issue 11 point 5: one toolbar row at 1280 px); the help says "back to"
    assert (up.label, up.help) == ("Nasional", "Kembali ke Nasional")
    up.click().run()
    assert not at.exception
    assert sidebar_values(at)["provinsi"] == ""
    assert "wilayah" not in at.query_params
    assert locations(at) == ["15", "16", "61"]


def test_national_has_no_way_up(filled_store):
    at = open_page()
    assert not [b for b in at.button if b.key == "peta_up"]


def test_a_kabkota_is_shown_among_its_province_with_the_way_up(filled_store):
    at = open_page(wilayah="16.71")
    assert at.info[0].value.startswith(
        "Kota Palembang adalah kabupaten/kota: peta menampilkannya di antara kabupaten/kota lain di Sumatera Selatan"
    )
    assert locations(at) == ["16.71"]
    # The tiny store's other kab/kota of Sumatera Selatan, grey, first (underneath), not in the legend.
    context, labels = context_traces(at)
    assert (context["type"], context["locations"], context["showlegend"]) == ("choropleth", ["16.10"], False)
    assert context["name"] == "Kabupaten/kota lain di provinsi ini"
    assert map_spec(at)["data"][0] is not None and map_spec(at)["data"][0]["meta"] == peta_figure.CONTEXT_META
    assert (labels["type"], labels["text"]) == ("scattergeo", ["Ogan Ilir"])  # named as in the tiny store
    assert sum(n for _, n in legend(at)) == 1
    assert list(table(at)["Wilayah"]) == ["Kota Palembang"]
    # The neighbours open from the list too (a keyboard cannot click a shape).
    assert open_box(at).options == ["Ogan Ilir"]
    up = at.button(key="peta_up")
    assert (up.label, up.help) == ("Sumatera Selatan", "Kembali ke Sumatera Selatan")
    up.click().run()
    assert at.query_params["wilayah"] == "16"
    assert locations(at) == ["16.10", "16.71"]
    assert not context_traces(at)


def test_opening_a_neighbour_moves_to_it(filled_store):
    at = open_page(wilayah="16.71")
    open_box(at).set_value("16.10").run()
    assert not at.exception
    assert at.query_params["wilayah"] == "16.10"
    assert locations(at) == ["16.10"]
    assert context_traces(at)[0]["locations"] == ["16.71"]


def test_an_office_goes_up_to_its_kanwil(filled_store):
    at = open_page(kantor="K0102")
    assert locations(at) == ["15.71", "16.10"]  # KC Jambi crosses the province border
    up = at.button(key="peta_up")
    assert (up.label, up.help) == ("Kanwil Sumbagsel", "Kembali ke Kanwil Sumbagsel")
    up.click().run()
    assert at.query_params["kanwil"] == "Sumbagsel"
    assert locations(at) == ["15.71", "16.10", "16.71"]
    assert at.button(key="peta_up").label == "Nasional"


def test_compliance_indicator_without_employers_explains_itself(filled_store):
    at = open_page()
    at.selectbox(key="peta_indikator").set_value("pwbd").run()
    assert not at.exception
    warning = at.warning[0].value
    assert "Belum ada data perusahaan untuk Indonesia" in warning
    assert legend(at)[-1] == ("Tidak ada data", 3)
    assert locations(at) == ["15", "16", "61"]


def test_empty_store_says_there_is_no_data(empty_store):
    at = open_page()
    assert "Belum ada data kepesertaan" in at.info[0].value
    assert not at.get("plotly_chart")


def test_english(filled_store):
    at = open_page(lang="en")
    assert at.title[0].value == "Map"
    assert builtin.NOTE["en"] in captions(at)
    assert legend(at)[-1] == ("No data", 3)


# --- the coverage fixture: values ------------------------------------------------------------------


@pytest.fixture
def store(coverage_db, monkeypatch):  # noqa: F811
    monkeypatch.setenv("CAKUPAN_DB", str(coverage_db))
    return coverage_db


def test_table_lists_capaian_highest_first(store):
    at = open_page()
    shown = table(at)
    assert list(shown.columns) == ["Wilayah", "Capaian target", "Kelas"]
    # 493.333/500.000, 46.000/50.000, 20.000/24.000 (see test_capaian_target.py)
    assert list(zip(shown["Wilayah"], shown["Capaian target"], strict=True)) == [
        ("Sumatera Selatan", "98,7%"),
        ("Jambi", "92,0%"),
        ("Kalimantan Barat", "83,3%"),
    ]
    assert sum(n for _, n in legend(at)) == 3
    assert legend(at)[-1] == ("Tidak ada data", 0)


# --- the map's choices in the URL -----------------------------------------------------------------


def test_a_link_opens_the_status_map(filled_store):
    at = open_page(indikator="status")
    assert at.selectbox(key="peta_indikator").value == "status"
    assert at.selectbox(key="peta_gelembung").index == 0  # "Tanpa gelembung" shows, not an empty box
    assert [label for label, _ in legend(at)][:2] == ["Tercapai", "Sesuai jalur"]
    assert not [i for i in at.info if "tidak dikenali" in i.value]
    assert at.query_params["indikator"] == "status"


def test_a_link_with_every_choice(filled_store):
    at = open_page(wilayah="16", indikator="cakupan", metode="interval", kelas="3", gelembung="gap")
    assert at.selectbox(key="peta_indikator").value == "cakupan"
    assert at.get("button_group")[0].value == "interval"
    assert at.get("button_group")[1].value == 3
    assert at.selectbox(key="peta_gelembung").value == "gap"
    assert {k: at.query_params[k] for k in ("indikator", "metode", "kelas", "gelembung")} == {
        "indikator": "cakupan", "metode": "interval", "kelas": "3", "gelembung": "gap",
    }  # fmt: skip


def test_an_invalid_link_is_ignored_with_the_notice(filled_store):
    at = open_page(indikator="xyz", kelas="9")
    notice = next(i.value for i in at.info if "tidak dikenali" in i.value)
    assert "indikator=xyz" in notice and "kelas=9" in notice
    assert at.selectbox(key="peta_indikator").value == "capaian"  # the default map
    assert "indikator" not in at.query_params and "kelas" not in at.query_params
    # Said once: the next run (any widget) no longer repeats it.
    at.selectbox(key="peta_gelembung").set_value("gap").run()
    assert not [i for i in at.info if "tidak dikenali" in i.value]


def test_a_method_the_indicator_does_not_allow_is_ignored(filled_store):
    at = open_page(indikator="status", metode="kuantil")
    notice = next(i.value for i in at.info if "tidak dikenali" in i.value)
    assert "metode=kuantil" in notice and "indikator" not in notice
    assert at.selectbox(key="peta_indikator").value == "status"


def test_choosing_writes_the_url_and_defaults_stay_out(filled_store):
    at = open_page()
    assert not {"indikator", "metode", "kelas", "gelembung"} & set(at.query_params)
    at.selectbox(key="peta_indikator").set_value("pwbd").run()
    assert at.query_params["indikator"] == "pwbd"
    assert "metode" not in at.query_params  # pwbd's default method
    at.selectbox(key="peta_gelembung").set_value("tk_belum_terlindungi").run()
    assert at.query_params["gelembung"] == "tk_belum_terlindungi"
    at.selectbox(key="peta_indikator").set_value("capaian").run()
    assert "indikator" not in at.query_params
    assert at.query_params["gelembung"] == "tk_belum_terlindungi"
