"""analytics.reports.peta: the map's values, legend, traces, bubbles and title on the tiny fixtures.

Shapes are the squares of peta_fixtures (61.71 has none, so Kalimantan Barat is listed but not
drawn); figures are those computed by hand in test_geo_indicators and test_coverage_subareas.
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import plotly.graph_objects as go
import pytest
import shapely
from shapely.geometry import Point, box

from analytics import palette
from analytics.figures import map_labels
from analytics.figures import peta as peta_figure
from analytics.geo import classify
from analytics.reports import peta
from analytics.scope import Level, Scope
from tests.analytics import compliance_fixtures, peta_fixtures

coverage_empty_store = compliance_fixtures.coverage_empty_store
coverage_store = compliance_fixtures.coverage_store
compliance_coverage_store = compliance_fixtures.compliance_coverage_store
squares = peta_fixtures.squares

AUG = dt.date(2026, 8, 1)
SUMSEL = Scope.wilayah("16")
S = palette.STATUS_COLOURS
B = palette.sequential("biru", 4)


def legend(p: peta_figure.Peta) -> list[tuple[str, str, int]]:
    return [(r.label, r.colour, r.count) for r in p.legend]


def choropleths(p: peta_figure.Peta) -> list[go.Choropleth]:
    return [t for t in p.figure.data if t.type == "choropleth"]


def test_capaian_of_a_province_in_a_sequential_palette(coverage_store, squares):
    p = peta.build(coverage_store, SUMSEL, AUG, "capaian")
    # Issue 11 point 5: capaian classes are four blues at 75/90/100%, never the status colours
    # (red/amber/green mean the status, a different rule). 79,2% in "75% – 90%"; 96,8%, 95,2% in
    # "90% – 100%"; 104,0% (16.71) in "≥ 100%".
    assert legend(p) == [
        ("< 75%", B[0], 0),
        ("75% – 90%", B[1], 1),
        ("90% – 100%", B[2], 2),
        ("≥ 100%", B[3], 1),
        ("Tidak ada data", palette.NO_DATA, 0),
    ]
    assert not {c for _, c, _ in legend(p)} & set(S.values())
    assert p.values[["kode_wilayah", "teks", "kelas"]].to_dict("records") == [
        {"kode_wilayah": "16.01", "teks": "79,2%", "kelas": "75% – 90%"},
        {"kode_wilayah": "16.02", "teks": "96,8%", "kelas": "90% – 100%"},
        {"kode_wilayah": "16.03", "teks": "95,2%", "kelas": "90% – 100%"},
        {"kode_wilayah": "16.71", "teks": "104,0%", "kelas": "≥ 100%"},
    ]
    traces = choropleths(p)
    assert [t.name for t in traces] == ["75% – 90% (1)", "90% – 100% (2)", "≥ 100% (1)"]  # empty classes get no trace
    assert [list(t.locations) for t in traces] == [["16.01"], ["16.02", "16.03"], ["16.71"]]
    assert [t.colorscale[0][1] for t in traces] == [B[1], B[2], B[3]]
    assert traces[0].featureidkey == "properties.kode_wilayah"
    assert [f["properties"]["kode_wilayah"] for f in traces[1].geojson["features"]] == ["16.02", "16.03"]
    assert list(traces[1].text)[0] == (
        "<b>Ogan Komering Ilir</b><br>Capaian target: 96,8%<br>Peserta aktif: 121.000<br>"
        "Cakupan pekerja: 40,3%<br>Gap peserta: 4.000<br>Status: Berisiko"
    )
    assert p.title == "Capaian target — Sumatera Selatan, Agustus 2026"
    assert p.note == peta_fixtures.NOTE
    geo = p.figure.layout.geo
    assert (geo.visible, geo.fitbounds, geo.scope, geo.resolution) == (False, None, None, None)
    # framed on the squares 102–106 °E, 0–1 °N: 2% of the width, at least 0.02° of margin
    assert geo.projection.type == "mercator"
    assert list(geo.lonaxis.range) == pytest.approx([101.92, 106.08])
    assert list(geo.lataxis.range) == pytest.approx([-0.02, 1.02])
    assert p.figure.layout.title.text is None  # the page writes the title above the map


def test_exterior_rings_are_clockwise_for_plotly(coverage_store, squares):
    ring = choropleths(peta.build(coverage_store, SUMSEL, AUG, "capaian"))[-1].geojson["features"][0]
    exterior = shapely.LinearRing(ring["geometry"]["coordinates"][0])
    assert not exterior.is_ccw
    assert shapely.Polygon(exterior).equals(peta_fixtures.SQUARES["16.71"])


def test_cakupan_in_quantiles(coverage_store, squares):
    # 33,0 | 39,67 | 40,33 | 65,0; n = 4, k = 5 -> breaks v[1], v[2], v[3] -> one area per class
    p = peta.build(coverage_store, SUMSEL, AUG, "cakupan", "kuantil", 5)
    blues = palette.sequential("biru", 4)
    assert legend(p) == [
        ("33,0% – 39,7%", blues[0], 1),
        ("39,7% – 40,3%", blues[1], 1),
        ("40,3% – 65,0%", blues[2], 1),
        ("65,0%", blues[3], 1),
        ("Tidak ada data", palette.NO_DATA, 0),
    ]
    assert [list(t.locations) for t in choropleths(p)] == [["16.01"], ["16.03"], ["16.02"], ["16.71"]]


def test_status_nationally_counts_an_area_without_a_shape(coverage_store, squares):
    p = peta.build(coverage_store, Scope.nasional(), AUG, "status")
    assert legend(p) == [
        ("Tercapai", S["TERCAPAI"], 0),
        ("Sesuai jalur", S["SESUAI_JALUR"], 1),
        ("Berisiko", S["BERISIKO"], 0),
        ("Tertinggal", S["TERTINGGAL"], 1),
        ("Belum dapat dinilai", S[None], 1),
        ("Tidak ada data", palette.NO_DATA, 0),
    ]
    assert p.shapes.tanpa_bentuk == ("61",)
    # 61 is counted (and listed in values) but has no shape to draw
    assert [(t.name, list(t.locations)) for t in choropleths(p)] == [
        ("Sesuai jalur (1)", ["16"]), ("Tertinggal (1)", ["15"]),
    ]  # fmt: skip
    assert list(p.values["kode_wilayah"]) == ["15", "16", "61"]
    assert p.title == "Status capaian — Indonesia, Agustus 2026"


def test_method_the_indicator_does_not_allow(coverage_store, squares):
    with pytest.raises(ValueError, match="allows methods"):
        peta.build(coverage_store, SUMSEL, AUG, "status", "kuantil")
    with pytest.raises(KeyError, match="unknown indicator"):
        peta.build(coverage_store, SUMSEL, AUG, "kepatuhan")


def test_compliance_indicator_with_snapshot_month_in_the_title(compliance_coverage_store, squares):
    p = peta.build(compliance_coverage_store, SUMSEL, AUG, "pwbd")
    # 16.01: 1, 16.71: 2, 16.02/16.03 no employers -> no data. n = 2, k = 5 -> break 2.
    reds = palette.sequential("ungu", 2)
    assert legend(p) == [("1 – 2", reds[0], 1), ("2", reds[1], 1), ("Tidak ada data", palette.NO_DATA, 2)]
    assert [(t.name, list(t.locations)) for t in choropleths(p)] == [
        ("1 – 2 (1)", ["16.01"]), ("2 (1)", ["16.71"]), ("Tidak ada data (2)", ["16.02", "16.03"]),
    ]  # fmt: skip
    assert p.title == "Perusahaan PWBD — Sumatera Selatan, snapshot Juni 2026"


def test_compliance_indicator_without_any_snapshot_is_all_no_data(compliance_coverage_store, squares):
    p = peta.build(compliance_coverage_store, Scope.wilayah("15"), AUG, "tunggakan")
    assert legend(p) == [("Tidak ada data", palette.NO_DATA, 2)]
    assert p.title == "Tunggakan iuran — Jambi"
    assert [list(t.locations) for t in choropleths(p)] == [["15.01", "15.71"]]


def test_bubbles_sized_by_gap(coverage_store, squares):
    p = peta.build(coverage_store, SUMSEL, AUG, "capaian", gelembung="gap")
    bubble = [t for t in p.figure.data if t.type == "scattergeo" and t.meta != peta_figure.NAMES_META]
    assert len(bubble) == 1
    b = bubble[0]
    # gap 8.667, 4.000, 4.000; 16.71 has gap 0: no circle
    assert list(b.marker.size) == [8_667, 4_000, 4_000]
    assert list(b.customdata) == ["16.01", "16.02", "16.03"]
    assert b.marker.sizemode == "area"
    assert b.marker.sizeref == pytest.approx(2 * 8_667 / peta_figure.BUBBLE_MAX_PX**2)
    assert b.name == "Ukuran lingkaran: Kekurangan kab/kota (terbesar 8.667)"
    for code, lon, lat in zip(b.customdata, b.lon, b.lat, strict=True):
        assert peta_fixtures.SQUARES[code].contains(Point(lon, lat))
    assert list(b.text)[0] == "<b>Ogan Komering Ulu</b><br>8.667"


def test_kabkota_scope_shows_the_area_among_its_neighbours(coverage_store, squares):
    p = peta.build(coverage_store, Scope.wilayah("16.71"), AUG, "capaian")
    # Values, legend and class traces hold the chosen area only (104,0% -> "≥ 100%").
    assert p.values[["kode_wilayah", "teks"]].to_dict("records") == [{"kode_wilayah": "16.71", "teks": "104,0%"}]
    assert legend(p) == [
        ("< 75%", B[0], 0),
        ("75% – 90%", B[1], 0),
        ("90% – 100%", B[2], 0),
        ("≥ 100%", B[3], 1),
        ("Tidak ada data", palette.NO_DATA, 0),
    ]
    context, chosen = choropleths(p)  # the context first: drawn underneath
    assert (context.name, context.meta, context.showlegend) == (
        "Kabupaten/kota lain di provinsi ini", peta_figure.CONTEXT_META, False,
    )  # fmt: skip
    assert list(context.locations) == ["16.01", "16.02", "16.03"]  # Sumatera Selatan's others; not Jambi's
    assert [f["properties"]["kode_wilayah"] for f in context.geojson["features"]] == ["16.01", "16.02", "16.03"]
    assert {c[1] for c in context.colorscale} == {peta_figure.CONTEXT_FILL}
    assert list(context.text) == ["Ogan Komering Ulu", "Ogan Komering Ilir", "Muara Enim"]
    assert context.hovertemplate == "<b>%{text}</b><br>klik untuk membuka<extra></extra>"
    assert (chosen.name, list(chosen.locations)) == ("≥ 100% (1)", ["16.71"])
    assert chosen.colorscale[0][1] == B[3]
    assert (chosen.marker.line.color, chosen.marker.line.width) == (palette.INK, 2.5)
    # 16.71 is [105, 106] x [0, 1]; grown 3x around its centre: [104, 107] x [-1, 2]; cut to the
    # province's box [102, 106] x [0, 1]: [104, 106] x [0, 1]; margins max(2% of side, 0.02°).
    assert p.bounds == pytest.approx((103.96, -0.02, 106.04, 1.02))
    geo = p.figure.layout.geo
    assert list(geo.lonaxis.range) == pytest.approx([103.96, 106.04])
    assert list(geo.lataxis.range) == pytest.approx([-0.02, 1.02])
    # Every exterior ring of the context is clockwise too.
    for feature in context.geojson["features"]:
        assert not shapely.LinearRing(feature["geometry"]["coordinates"][0]).is_ccw


def test_neighbours_are_named_where_enough_of_them_shows(coverage_store, squares):
    p = peta.build(coverage_store, Scope.wilayah("16.71"), AUG, "capaian")
    # View [103.96, 106.04] x [-0.02, 1.02] (area 2.1632; 3% = 0.0649); labels stay 12% of the
    # width (0.2496°) and 5% of the height (0.052°) inside it: [104.2096, 105.7904] x [0.032, 0.968].
    # 16.01 and 16.02 are outside that; 16.03 shows [104.2096, 105] x [0.032, 0.968] (0.74) ->
    # only Muara Enim, at that part's centre.
    labels = map_labels.context_labels(p.context, p.bounds).to_dict("records")
    assert [(r["kode_wilayah"], r["nama"]) for r in labels] == [("16.03", "Muara Enim")]
    assert (labels[0]["lon"], labels[0]["lat"]) == pytest.approx(((104.2096 + 105) / 2, 0.5))
    # The map keeps 4% of the view's width (0.0832°) around the chosen area free of names:
    # 16.03's part ends at 105 - 0.0832.
    labels = map_labels.context_labels(p.context, p.bounds, p.shapes.frame).to_dict("records")
    assert (labels[0]["lon"], labels[0]["lat"]) == pytest.approx(((104.2096 + 104.9168) / 2, 0.5))
    labels = [t for t in p.figure.data if t.type == "scattergeo"]
    assert [(t.meta, t.mode, t.hoverinfo, list(t.text)) for t in labels] == [
        (peta_figure.CONTEXT_META, "text", "skip", ["Muara Enim"]),
        (peta_figure.NAMES_META, "text", "skip", ["Kota Palembang"]),  # the chosen area is named too
    ]


def test_an_inner_kabkota_is_framed_with_neighbours_on_both_sides(coverage_store, squares):
    p = peta.build(coverage_store, Scope.wilayah("16.02"), AUG, "capaian")
    # 16.02 is [103, 104] x [0, 1]: [102, 105] x [-1, 2], cut to [102, 105] x [0, 1], plus margins.
    assert p.bounds == pytest.approx((101.94, -0.02, 105.06, 1.02))
    assert [list(t.locations) for t in choropleths(p)] == [["16.01", "16.03", "16.71"], ["16.02"]]


def test_a_kabkota_in_a_large_province_is_framed_three_times_its_size_in_the_frames_proportions():
    area = gpd.GeoDataFrame({"kode_wilayah": ["1"]}, geometry=[box(0, 0, 1, 1)], crs="EPSG:4326")
    province = gpd.GeoDataFrame({"kode_wilayah": ["2"]}, geometry=[box(-5, -5, 5, 5)], crs="EPSG:4326")
    # [0, 1]² grown 3x: [-1, 2]²; widened to 1.6 x 3 = 4.8 wide: [-1.9, 2.9]; margins 2% (0.096, 0.06)
    assert peta_figure.frame_bounds(area, province) == pytest.approx((-1.996, -1.06, 2.996, 2.06))
    # A small kota (0.2°): 3x is 0.6°, below the 1.5° minimum: [-0.65, 0.85]², widened to 2.4°:
    # [-1.1, 1.3]; margins 0.048, 0.03.
    kota = gpd.GeoDataFrame({"kode_wilayah": ["1"]}, geometry=[box(0, 0, 0.2, 0.2)], crs="EPSG:4326")
    assert peta_figure.frame_bounds(kota, province) == pytest.approx((-1.148, -0.68, 1.348, 0.88))
    # An area without a shape is framed on its province; no context: the shapes' own box.
    assert peta_figure.frame_bounds(area.iloc[:0], province) == pytest.approx((-5.2, -5.2, 5.2, 5.2))
    assert peta_figure.frame_bounds(area) == pytest.approx((-0.02, -0.02, 1.02, 1.02))
    assert peta_figure.frame_bounds(area.iloc[:0]) is None


def test_other_scopes_have_no_context(coverage_store, squares):
    p = peta.build(coverage_store, SUMSEL, AUG, "capaian")
    assert p.context is None
    assert not [t for t in p.figure.data if t.meta == peta_figure.CONTEXT_META]
    assert {t.marker.line.color for t in choropleths(p)} == {palette.BORDER}


def test_kabkota_files_carry_the_context(coverage_store, squares, tmp_path):
    p = peta.build(coverage_store, Scope.wilayah("16.71"), AUG, "capaian", lang="en")
    html = peta_figure.to_html(p)
    # plotly's JSON writes "/" as \u002f
    assert '"meta":"konteks","name":"Other regencies\\u002fcities of the province"' in html
    assert '"locations":["16.01","16.02","16.03"]' in html
    assert "click to open" not in html  # nothing opens from a file: the hover is the name only
    assert "click to open" in p.figure.data[0].hovertemplate  # the page's figure is left as it was
    out = peta_figure.write(p, tmp_path / "kota.png")
    assert out.stat().st_size > 10_000


def test_frames_given_by_the_page_are_used(coverage_store, squares):
    from analytics.coverage import coverage_by_subarea

    cov = coverage_by_subarea(coverage_store, SUMSEL, AUG)
    cov.loc[cov["wilayah"] == "16.01", "capaian_persen"] = 50.0
    p = peta.build(coverage_store, SUMSEL, AUG, "capaian", coverage_frame=cov)
    assert p.values["teks"].iloc[0] == "50,0%" and legend(p)[0][2] == 1


def test_english(coverage_store, squares):
    p = peta.build(coverage_store, Scope(Level.KANTOR, "KC01"), AUG, "gap", "interval", 2, lang="en")
    # KC01 serves 16.01 (gap 8.667) and 16.71 (gap 0): breaks 0 .. 8.667 in 2 -> 4.334 (rounded up)
    assert legend(p)[-1][0] == "No data"
    assert [r[0] for r in legend(p)] == ["0 – 4,334", "4,334 – 8,667", "No data"]
    assert p.title == "Regencies/cities' shortfall — KC Palembang, August 2026"
    assert p.lang == "en"


def test_plotly_config_and_empty_topojson():
    assert peta_figure.PLOTLY_CONFIG["displaylogo"] is False
    assert peta_figure.PLOTLY_CONFIG["topojsonURL"] == "/app/static/topojson/"
    assert peta_figure.EMPTY_TOPOJSON["type"] == "Topology" and peta_figure.EMPTY_TOPOJSON["arcs"] == []
    assert set(peta_figure.EMPTY_TOPOJSON["objects"]) == {
        "land", "ocean", "lakes", "rivers", "countries", "subunits", "coastlines",
    }  # fmt: skip
    assert all(o["geometries"] == [] for o in peta_figure.EMPTY_TOPOJSON["objects"].values())


def test_write_refuses_an_unknown_suffix(coverage_store, squares, tmp_path):
    p = peta.build(coverage_store, SUMSEL, AUG, "capaian")
    with pytest.raises(ValueError, match=r"\.png or \.html"):
        peta_figure.write(p, tmp_path / "peta.pdf")
    assert not (tmp_path / "peta.pdf").exists()


def test_no_data_class_is_last_and_missing_is_no_data(coverage_store, squares):
    coverage_store.execute("DELETE FROM kepesertaan WHERE kode_wilayah = '16.03'")
    p = peta.build(coverage_store, SUMSEL, AUG, "status")
    assert legend(p)[-1] == ("Tidak ada data", palette.NO_DATA, 1)
    assert classify.missing(p.values.set_index("kode_wilayah").loc["16.03", "nilai"])
