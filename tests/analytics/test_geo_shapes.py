"""What the map draws: built-in or official kabupaten/kota shapes, provinces dissolved, per scope.

The built-in shapes are replaced by hand-made squares (1 x 1 degree unless said), so areas and
dissolved outlines are known exactly; the store is tests/tiny_store.py (15.71 Kota Jambi, 16.10
Ogan Ilir, 16.71 Kota Palembang, 61.71 Kota Pontianak; KC Jambi K0102 serves 15.71 and 16.10).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import geopandas as gpd
import pytest
import shapely
from shapely.geometry import box

from analytics import store
from analytics.geo import importer, shapes
from analytics.scope import Level, Scope
from tests import tiny_store

BUILTIN = {
    "15.71": box(100, 0, 101, 1),
    "16.10": box(101, 0, 102, 1),
    "16.71": box(102, 0, 104, 1),  # 2 square degrees; shares its west edge with 16.10
    "99.99": box(0, 0, 1, 1),  # not in the reference: never drawn
    # 61.71 has no built-in shape
}


@pytest.fixture
def calls(monkeypatch):
    """The built-in shapes are the squares above; counts how often they are read."""
    count = {"n": 0}

    def fake_builtin():
        count["n"] += 1
        return gpd.GeoDataFrame(
            {"kode_wilayah": list(BUILTIN)}, geometry=list(BUILTIN.values()), crs="EPSG:4326"
        )

    monkeypatch.setattr(shapes, "_builtin", fake_builtin)
    return count


@pytest.fixture
def con(tmp_path, calls):
    path = tmp_path / "cakupan.duckdb"
    tiny_store.create_empty(path)
    connection = store.connect(path)
    yield connection
    connection.close()


def areas(s: shapes.Shapes) -> dict[str, float]:
    return dict(zip(s.frame["kode_wilayah"], shapely.area(s.frame.geometry.array).round(9), strict=True))


def test_builtin_shapes_when_nothing_is_imported(con):
    s = shapes.kabkota_shapes(con)
    assert s.resmi is False
    assert s.frame.crs == "EPSG:4326"
    assert s.frame[["kode_wilayah", "nama"]].to_dict("records") == [
        {"kode_wilayah": "15.71", "nama": "Kota Jambi"},
        {"kode_wilayah": "16.10", "nama": "Ogan Ilir"},
        {"kode_wilayah": "16.71", "nama": "Kota Palembang"},
    ]
    assert areas(s) == {"15.71": 1.0, "16.10": 1.0, "16.71": 2.0}
    assert s.tanpa_bentuk == ("61.71",)


def test_provinces_are_dissolved_from_their_kabkota(con):
    s = shapes.subarea_shapes(con, Scope.nasional())
    assert s.frame[["kode_wilayah", "nama"]].to_dict("records") == [
        {"kode_wilayah": "15", "nama": "Jambi"},
        {"kode_wilayah": "16", "nama": "Sumatera Selatan"},
    ]
    assert areas(s) == {"15": 1.0, "16": 3.0}
    # one polygon, the shared edge of Ogan Ilir and Palembang gone
    assert s.frame.geometry.iloc[1].normalize().equals(box(101, 0, 104, 1).normalize())
    assert s.tanpa_bentuk == ("61",)  # Kalimantan Barat: its only kab/kota has no shape


@pytest.mark.parametrize(
    "scope, codes, missing",
    [
        (Scope(Level.PROVINSI, "16"), ["16.10", "16.71"], ()),
        (Scope(Level.PROVINSI, "61"), [], ("61.71",)),
        (Scope(Level.KANWIL, "Sumbagsel"), ["15.71", "16.10", "16.71"], ()),
        (Scope(Level.KANTOR, "K0102"), ["15.71", "16.10"], ()),  # crosses the province border
        (Scope(Level.KANTOR, "K0201"), [], ("61.71",)),
        (Scope(Level.KABKOTA, "16.71"), ["16.71"], ()),
        (Scope(Level.KABKOTA, "61.71"), [], ("61.71",)),
    ],
)
def test_subarea_shapes_per_scope(con, scope, codes, missing):
    s = shapes.subarea_shapes(con, scope)
    assert list(s.frame["kode_wilayah"]) == codes
    assert s.tanpa_bentuk == missing
    assert list(s.frame.columns) == ["kode_wilayah", "nama", "geometry"]


def test_official_shapes_replace_builtin_after_import_and_removal_restores_them(con, tmp_path):
    assert shapes.kabkota_shapes(con).resmi is False  # warms the cache
    path = tmp_path / "resmi.geojson"
    gpd.GeoDataFrame(
        {"KODE": ["16.10", "61.71"]}, geometry=[box(104, 0, 105, 1), box(109, -1, 111, 0)], crs="EPSG:4326"
    ).to_file(path)
    importer.save(con, importer.prepare(con, importer.read(path), "KODE"), user="uji")

    s = shapes.kabkota_shapes(con)
    assert s.resmi is True
    assert areas(s) == {"16.10": 1.0, "61.71": 2.0}
    assert s.frame.geometry.iloc[0].normalize().equals(box(104, 0, 105, 1).normalize())
    assert s.tanpa_bentuk == ("15.71", "16.71")  # official files are not mixed with built-in shapes
    national = shapes.subarea_shapes(con, Scope.nasional())
    assert (national.resmi, areas(national), national.tanpa_bentuk) == (True, {"16": 1.0, "61": 2.0}, ("15",))
    source = shapes.source(con)
    assert (source.resmi, source.jumlah, source.nama_file, source.pengguna) == (True, 2, "resmi.geojson", "uji")

    importer.remove(con, user="uji")
    back = shapes.kabkota_shapes(con)
    assert (back.resmi, list(back.frame["kode_wilayah"])) == (False, ["15.71", "16.10", "16.71"])
    assert shapes.source(con) == shapes.Source(resmi=False, jumlah=0)


def test_warm_calls_reuse_the_cache_until_the_history_changes(con, calls):
    first = shapes.subarea_shapes(con, Scope.nasional())
    shapes.subarea_shapes(con, Scope.nasional())
    shapes.kabkota_shapes(con)
    assert calls["n"] == 1
    first.frame["nama"] = "diubah"  # a caller's change does not reach the cache
    assert list(shapes.subarea_shapes(con, Scope.nasional()).frame["nama"]) == ["Jambi", "Sumatera Selatan"]
    tiny_store.add_history(con, dataset="kantor", hasil="DITERIMA", waktu=dt.datetime(2026, 11, 1))
    shapes.kabkota_shapes(con)
    assert calls["n"] == 2


def test_representative_points_are_inside_their_shapes(con):
    points = shapes.representative_points(shapes.kabkota_shapes(con))
    assert points.to_dict("records") == [
        {"kode_wilayah": "15.71", "lat": 0.5, "lon": 100.5},
        {"kode_wilayah": "16.10", "lat": 0.5, "lon": 101.5},
        {"kode_wilayah": "16.71", "lat": 0.5, "lon": 103.0},
    ]


def test_read_only_store_without_the_table_uses_builtin(tmp_path, calls):
    path = tmp_path / "lama.duckdb"
    tiny_store.create_empty(path)
    old = duckdb.connect(str(path))
    old.execute("DROP TABLE geometri_kabkota")
    old.close()
    con = store.connect(path, read_only=True)
    try:
        s = shapes.kabkota_shapes(con)
        assert (s.resmi, len(s.frame)) == (False, 3)
        assert shapes.source(con).resmi is False
    finally:
        con.close()
