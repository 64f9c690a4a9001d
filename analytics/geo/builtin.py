"""The approximate kabupaten/kota geometry shipped with the project, so the map works out of the box.

Why: no official boundary file may be shipped, yet the map must draw offline on first run. The
shapes in data/geometri_kabkota.geojson are derived from open data by scripts/build_geometry.py
(Voronoi cells of GeoNames places matched to kecamatan/desa names, clipped to Natural Earth's
land; see data/README.md). They are cells, not boundaries: every map that draws them says so
with `NOTE`. Official boundaries, once imported, replace them (analytics.geo.shapes).
"""

from __future__ import annotations

import functools

import geopandas

from analytics import shipped

GEOMETRY_FILE = shipped.data_dir() / "geometri_kabkota.geojson"

NOTE = {
    "id": (
        "Batas wilayah perkiraan, bukan batas resmi: diturunkan dari data terbuka "
        "(titik GeoNames, daratan Natural Earth, nama wilayah Kemendagri)."
    ),
    "en": (
        "Approximate boundaries, not official ones: derived from open data "
        "(GeoNames places, Natural Earth land, Kemendagri area names)."
    ),
}


@functools.cache
def _read() -> geopandas.GeoDataFrame:
    frame = geopandas.read_file(GEOMETRY_FILE)
    frame = frame[["kode_wilayah", "geometry"]].astype({"kode_wilayah": str})
    frame = frame.set_crs("EPSG:4326", allow_override=True)
    return frame.sort_values("kode_wilayah", ignore_index=True)


def kabkota() -> geopandas.GeoDataFrame:
    """All 514 kab/kota: `kode_wilayah` ("PP.KK", sorted) and `geometry` (EPSG:4326, valid
    Polygon/MultiPolygon). The file is read once per process; callers get their own copy."""
    return _read().copy()
