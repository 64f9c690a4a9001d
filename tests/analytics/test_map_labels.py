"""analytics.figures.map_labels: which areas the map names, where, in which colour (issue 11 point 5).

The squares of peta_fixtures: four 1° squares in a row along the equator for Sumatera Selatan,
framed on [101.92, 106.08] × [-0.02, 1.02] (the province map's bounds).
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import pytest
from shapely.geometry import Polygon, box

from analytics import palette
from analytics.figures import map_labels
from analytics.figures import peta as peta_figure
from analytics.reports import peta
from analytics.scope import Scope
from tests.analytics import compliance_fixtures, peta_fixtures

coverage_empty_store = compliance_fixtures.coverage_empty_store
coverage_store = compliance_fixtures.coverage_store
squares = peta_fixtures.squares

BOUNDS = (101.92, -0.02, 106.08, 1.02)
CODES = ("16.01", "16.02", "16.03", "16.71")


def frame() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"kode_wilayah": list(CODES)}, geometry=[peta_fixtures.SQUARES[c] for c in CODES], crs="EPSG:4326"
    )


def test_dark_fills_get_white_text_light_fills_dark_text():
    assert map_labels.luminance("#FFFFFF") == pytest.approx(1.0)
    assert map_labels.luminance("#000000") == 0.0
    blues = palette.sequential("biru", 4)
    # whichever contrasts more: #3182bd has 4,3 with the ink and 4,1 with white
    assert map_labels.contrast("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert [map_labels.ink_on(c) for c in blues] == [palette.INK, palette.INK, palette.INK, map_labels.LIGHT_INK]
    assert map_labels.ink_on(palette.NO_DATA) == palette.INK


def test_a_name_sits_inside_a_shape_whose_centroid_is_outside():
    # A "C": the centroid of the three bars falls in the opening, outside the shape.
    c_shape = Polygon([(0, 0), (3, 0), (3, 1), (1, 1), (1, 2), (3, 2), (3, 3), (0, 3)])
    assert not c_shape.contains(c_shape.centroid)
    assert c_shape.contains(map_labels.inner_point(c_shape))
    assert map_labels.inner_point(box(0, 0, 2, 2)).coords[0] == (1.0, 1.0)  # inside: the centroid


def test_every_area_is_named_when_the_names_fit_behind_first():
    names = {"16.01": "Kabupaten Ogan Komering Ulu", "16.02": "Ogan Komering Ilir", "16.03": "Muara Enim",
             "16.71": "Kota Palembang"}  # fmt: skip
    fills = {"16.01": "#bdd7e7", "16.71": "#08519c"}
    got = map_labels.place(frame(), names, fills, {"16.03"}, BOUNDS)
    # 820 px for 4.16° (197 px per degree): "Kab. Ogan Komering Ulu" is 22 × 0.56 × 14 = 172 px,
    # less than the 197 px between two centres. Muara Enim is behind: named first; the others
    # have equal areas, so they follow in code order.
    assert list(got["kode_wilayah"]) == ["16.03", "16.01", "16.02", "16.71"]
    assert list(got["nama"]) == ["Muara Enim", "Kab. Ogan Komering Ulu", "Ogan Komering Ilir", "Kota Palembang"]
    assert list(got["lon"]) == [104.5, 102.5, 103.5, 105.5]
    assert list(got["lat"]) == [0.5] * 4
    # 16.03 and 16.02 have no fill given: the no-data grey's dark ink
    assert list(got["ink"]) == [palette.INK, palette.INK, palette.INK, map_labels.LIGHT_INK]


def test_names_that_would_overlap_are_left_out_in_priority_order():
    names = dict.fromkeys(CODES, "AAAAAAA")
    # 200 px for 4.16°: 48.08 px per degree, centres 48 px apart; 7 × 0.56 × 14 = 54.9 px per name.
    # 16.02 (behind) first at x = 76.0 -> [48.6, 103.5]; 16.01 at x = 27.9 overlaps it; 16.03 at
    # x = 124.0 -> [96.6, …] overlaps it; 16.71 at x = 172.1 -> [144.7, 199.6] fits in 200 px.
    got = map_labels.place(frame(), names, {}, {"16.02"}, BOUNDS, frame_px=(200, 560))
    assert list(got["kode_wilayah"]) == ["16.02", "16.71"]
    # A name that sticks out of the view is left out: 16.71 alone in a frame too small for it
    got = map_labels.place(frame().iloc[[3]], names, {}, (), (105.0, 0.0, 106.0, 1.0), frame_px=(50, 50))
    assert got.empty


def test_no_shapes_or_no_view_names_nothing():
    assert map_labels.place(None, {}, {}, (), BOUNDS).empty
    assert map_labels.place(frame(), dict.fromkeys(CODES, "A"), {}, (), None).empty


def test_the_province_map_names_its_kabkota_behind_first(coverage_store, squares):
    p = peta.build(coverage_store, Scope.wilayah("16"), dt.date(2026, 8, 1), "capaian")
    # 16.01, 16.02, 16.03 are below target (79,2%, 96,8%, 95,2%); 16.71 at 104,0% comes last.
    assert p.named_first == ("16.01", "16.02", "16.03")
    (trace,) = [t for t in p.figure.data if t.meta == peta_figure.NAMES_META]
    assert list(trace.text) == ["Ogan Komering Ulu", "Ogan Komering Ilir", "Muara Enim", "Kota Palembang"]
    # 16.71 is in the darkest blue: white text; the others' blues are light enough for dark text.
    assert list(trace.textfont.color) == [palette.INK, palette.INK, palette.INK, map_labels.LIGHT_INK]
    assert (trace.mode, trace.hoverinfo, trace.showlegend) == ("text", "skip", False)
