"""Hand-made square shapes for the map tests, on the tiny geography of coverage_fixtures.

Each kabupaten/kota is a 1 × 1 degree square in a row along the equator; 61.71 Kota Pontianak has
no shape, so Kalimantan Barat (61) is a sub-area that is listed but not drawn. Provinces are
dissolved by analytics.geo.shapes itself: 15 = [100, 102] × [0, 1], 16 = [102, 106] × [0, 1].
"""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import box

from analytics.geo import shapes

SQUARES = {
    "15.01": box(100, 0, 101, 1),
    "15.71": box(101, 0, 102, 1),
    "16.01": box(102, 0, 103, 1),
    "16.02": box(103, 0, 104, 1),
    "16.03": box(104, 0, 105, 1),
    "16.71": box(105, 0, 106, 1),
}
NOTE = "Batas wilayah perkiraan (uji)."


def frame_of(squares: dict) -> gpd.GeoDataFrame:
    """The built-in shapes' frame for some of the squares."""
    return gpd.GeoDataFrame({"kode_wilayah": list(squares)}, geometry=list(squares.values()), crs="EPSG:4326")


@pytest.fixture
def squares(monkeypatch):
    """The built-in shapes are the squares above, with a known note; the shape cache starts empty."""

    monkeypatch.setattr(shapes, "_builtin", lambda: frame_of(SQUARES))
    from analytics.reports import peta

    monkeypatch.setattr(peta, "_builtin_note", lambda lang: NOTE)
    shapes.clear_cache()
    yield SQUARES
    shapes.clear_cache()
