"""Official boundary import: formats, CRS, repairs, code matching, the report, and all-or-nothing.

The fixture is four rows written in tmp_path as GeoJSON, GeoPackage and a zipped Shapefile, on the
tiny store (15.71 Kota Jambi, 16.10 Ogan Ilir, 16.71 Kota Palembang, 61.71 Kota Pontianak):
row 1 15.71 a 1 x 1 degree square; row 2 16.10 a self-crossing "bow-tie"; row 3 16.17 a code that
does not exist; row 4 16.71 a 2 x 1 degree rectangle. 61.71 has no shape.
"""

from __future__ import annotations

import io
import zipfile

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import Point, Polygon, box

from analytics import cli, store
from analytics.geo import importer
from analytics.geo.import_report import GeometryError, ImportReport, Unmatched
from tests import tiny_store

BOWTIE = Polygon([(101, 0), (102, 1), (102, 0), (101, 1)])  # crosses itself at (101.5, 0.5)
ROWS = {
    "KODE": ["15.71", "16.10", "16.17", "16.71"],
    "NAMA": ["Kota Jambi", "Ogan Ilir", "Salah", "Kota Palembang"],
}
SHAPES = [box(100, 0, 101, 1), BOWTIE, box(0, 0, 1, 1), box(102, 0, 104, 1)]


@pytest.fixture
def con(tmp_path):
    path = tmp_path / "cakupan.duckdb"
    tiny_store.create_empty(path)
    connection = store.connect(path)
    yield connection
    connection.close()


def frame(rows=None, shapes=None, crs="EPSG:4326") -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(rows or ROWS, geometry=shapes or SHAPES, crs=crs)


def write(gdf: gpd.GeoDataFrame, folder, kind: str):
    """The frame as a file of `kind` (geojson, gpkg, shpzip) in folder; returns its path."""
    if kind == "geojson":
        path = folder / "batas.geojson"
        gdf.to_file(path, driver="GeoJSON")
    elif kind == "gpkg":
        path = folder / "batas.gpkg"
        gdf.to_file(path, driver="GPKG", layer="kabkota")
    else:
        shp = folder / "shp"
        shp.mkdir()
        gdf.to_file(shp / "batas.shp")
        path = folder / "batas.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for part in sorted(shp.iterdir()):
                archive.write(part, f"BATAS_KABKOTA/{part.name}")
    return path


def stored(con) -> tuple[list, int]:
    codes = [r[0] for r in con.execute("SELECT kode_wilayah FROM geometri_kabkota ORDER BY 1").fetchall()]
    return codes, con.execute("SELECT count(*) FROM riwayat_muat").fetchone()[0]


def area(gdf, code) -> float:
    return round(float(shapely.area(gdf.geometry[gdf["kode_wilayah"] == code].iloc[0])), 6)


@pytest.mark.parametrize("kind", ["geojson", "gpkg", "shpzip"])
def test_report_names_the_wrong_code_the_missing_area_and_the_repair(con, tmp_path, kind):
    prepared = importer.prepare(con, importer.read(write(frame(), tmp_path, kind)), "KODE")
    report = prepared.report
    assert (report.rows, report.total, report.repaired) == (4, 4, 1)
    assert report.matched == ["15.71", "16.10", "16.71"]
    assert report.unmatched == [Unmatched(3, "KODE", "16.17", "tidak_dikenal")]
    assert report.missing == [("61.71", "Kota Pontianak")]
    assert report.crs_from is None and not report.crs_assumed
    out = prepared.frame
    assert list(out["kode_wilayah"]) == ["15.71", "16.10", "16.71"]
    assert shapely.is_valid(out.geometry.array).all()
    # the bow-tie becomes its two triangles (0.25 each); squares keep their corners exactly
    assert (area(out, "15.71"), area(out, "16.10"), area(out, "16.71")) == (1.0, 0.5, 2.0)
    assert out.geometry[0].normalize().equals(box(100, 0, 101, 1).normalize())
    lines = report.lines("id")
    assert lines[0] == f"batas.{'zip' if kind == 'shpzip' else kind}: 4 baris dibaca; 3 dari 4 kabupaten/kota mendapat bentuk."
    assert "  - baris 3, kolom KODE, nilai '16.17': tidak dikenal" in lines
    assert lines[-2:] == [
        "1 kabupaten/kota tanpa bentuk (peta menampilkannya tanpa warna):",
        "  - 61.71 Kota Pontianak",
    ]
    assert "1 bentuk tidak valid (mis. garis batas yang bersilangan) diperbaiki." in lines
    assert "  - row 3, column KODE, value '16.17': unknown" in report.lines("en")


def test_saved_shapes_replace_the_table_and_are_recorded_in_the_history(con, tmp_path):
    prepared = importer.prepare(con, importer.read(write(frame(), tmp_path, "gpkg")), "KODE")
    muat_id = importer.save(con, prepared, user="Sari")
    assert stored(con) == (["15.71", "16.10", "16.71"], 1)
    row = con.execute(
        "SELECT dataset, nama_file, pengguna, baris, wilayah, hasil, baris_diganti FROM riwayat_muat WHERE id = ?",
        [muat_id],
    ).fetchone()
    assert row == ("geometri", "batas.gpkg", "Sari", 4, ["15.71", "16.10", "16.71"], "DITERIMA", 0)
    # a second file replaces the whole table
    second = importer.prepare(con, importer.read(write(frame({"KODE": ["61.71"]}, [box(109, -1, 110, 0)]),
                                                       tmp_path, "geojson")), "KODE")
    importer.save(con, second)
    assert stored(con) == (["61.71"], 2)
    assert con.execute("SELECT baris_diganti FROM riwayat_muat ORDER BY id DESC LIMIT 1").fetchone()[0] == 3
    geom = shapely.from_wkb(con.execute("SELECT wkb FROM geometri_kabkota").fetchone()[0])
    assert geom.normalize().equals(box(109, -1, 110, 0).normalize())
    importer.remove(con, user="Sari")
    assert stored(con) == ([], 3)


@pytest.mark.parametrize("epsg", [32748, 3857])
def test_a_foreign_crs_is_converted_to_longitude_latitude(con, tmp_path, epsg):
    path = write(frame().to_crs(epsg), tmp_path, "gpkg")
    prepared = importer.prepare(con, importer.read(path), "KODE")
    assert prepared.report.crs_from == f"EPSG:{epsg}"
    assert prepared.frame.crs.to_epsg() == 4326
    bounds = prepared.frame.geometry.bounds.round(3)
    assert bounds.to_dict("records") == [
        {"minx": 100.0, "miny": 0.0, "maxx": 101.0, "maxy": 1.0},
        {"minx": 101.0, "miny": 0.0, "maxx": 102.0, "maxy": 1.0},
        {"minx": 102.0, "miny": 0.0, "maxx": 104.0, "maxy": 1.0},
    ]
    assert f"Koordinat diubah dari EPSG:{epsg} ke WGS84 (EPSG:4326)." in prepared.report.lines("id")


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_a_file_without_crs_is_taken_as_wgs84_only_when_it_is_longitude_latitude(con, tmp_path):
    lonlat = write(frame(crs=None), tmp_path, "gpkg")
    prepared = importer.prepare(con, importer.read(lonlat), "KODE")
    assert prepared.report.crs_assumed and prepared.report.matched == ["15.71", "16.10", "16.71"]
    metres = frame().to_crs(32748).set_crs(None, allow_override=True)
    (tmp_path / "m").mkdir()
    with pytest.raises(GeometryError) as err:
        importer.prepare(con, importer.read(write(metres, tmp_path / "m", "gpkg")), "KODE")
    assert err.value.key == "no_crs"
    assert err.value.message("id").startswith("Berkas batas.gpkg tidak menyebut sistem koordinatnya (CRS)")


@pytest.mark.parametrize(
    "values",
    [
        ["1571", "1610", "1671"],  # PPKK text
        [1571, 1610, 1671],  # integers
        [1571.0, 16.1, 1671.0],  # Excel-style numbers: 16.1 is 16.10
        ["15.71", "16,1", "16.71 "],
    ],
)
def test_codes_in_other_spellings_are_matched(con, tmp_path, values):
    gdf = frame({"KODE": values}, [box(100, 0, 101, 1), box(101, 0, 102, 1), box(102, 0, 103, 1)])
    prepared = importer.prepare(con, importer.read(write(gdf, tmp_path, "gpkg")), "KODE")
    assert prepared.report.matched == ["15.71", "16.10", "16.71"]
    assert prepared.report.unmatched == []


@pytest.mark.parametrize(
    "value, code",
    [("16.10", "16.10"), ("16.1", "16.10"), (16.1, "16.10"), ("16,1", "16.10"), (1610, "16.10"),
     (1610.0, "16.10"), ("1610.0", "16.10"), (np.int64(1101), "11.01"), (11.01, "11.01"), ("16", "16"),
     (None, ""), (float("nan"), ""), ("  61.71 ", "61.71"), ("K16.10", "K16.10")],
)
def test_normalise_code(value, code):
    assert importer.normalise_code(value)[0] == code


def test_rows_sharing_a_code_are_unioned_and_points_are_skipped(con, tmp_path):
    gdf = frame(
        {"KODE": ["16.71", "16.71", "15.71", "15.71"]},
        [box(102, 0, 103, 1), box(103, 0, 104, 1), Point(100.5, 0.5), box(100, 0, 101, 1)],
    )
    prepared = importer.prepare(con, importer.read(write(gdf, tmp_path, "geojson")), "KODE")
    report = prepared.report
    assert report.merged == {"16.71": 2}
    assert report.dropped == [(3, "bukan_poligon", "Point")]
    assert area(prepared.frame, "16.71") == 2.0
    assert prepared.frame.geometry[1].normalize().equals(box(102, 0, 104, 1).normalize())
    assert "Baris 3 dilewati: bukan poligon (Point)." in report.lines("id")


def test_bytes_of_an_upload_read_like_the_file(tmp_path):
    path = write(frame(), tmp_path, "shpzip")
    from_bytes = importer.read(path.read_bytes(), "unggahan.zip")
    from_path = importer.read(path)
    assert from_bytes.file_name == "unggahan.zip" and from_bytes.sha256 == from_path.sha256
    assert from_bytes.frame.drop(columns="geometry").equals(from_path.frame.drop(columns="geometry"))
    assert list(from_bytes.columns) == ["KODE", "NAMA"]


def test_the_code_column_is_guessed_from_its_values(con, tmp_path):
    gdf = frame({"ID": [1, 2, 3, 4], "NAMA": ROWS["NAMA"], "KDPKAB": ROWS["KODE"]})
    raw = importer.read(write(gdf, tmp_path, "geojson"))
    assert importer.guess_column(con, raw) == "KDPKAB"
    assert importer.prepare(con, raw, None).report.column == "KDPKAB"
    assert importer.prepare(con, raw, "kdpkab").report.column == "KDPKAB"  # case does not matter


def test_geopackage_reads_the_first_polygon_layer_or_the_named_one(con, tmp_path):
    path = tmp_path / "dua.gpkg"
    gpd.GeoDataFrame({"KODE": ["15.71"]}, geometry=[Point(100.5, 0.5)], crs=4326).to_file(path, layer="ibukota")
    frame().to_file(path, layer="kabkota")
    raw = importer.read(path)
    assert (raw.layer, raw.layers) == ("kabkota", ["ibukota", "kabkota"])
    assert "Lapisan yang dibaca: kabkota (ada: ibukota, kabkota)." in importer.prepare(con, raw, "KODE").report.lines("id")
    with pytest.raises(GeometryError) as err:
        importer.read(path, layer="batas")
    assert err.value.message("id") == "Lapisan batas tidak ada di berkas dua.gpkg. Lapisan yang ada: ibukota, kabkota."


def _zip_of(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buf.getvalue()


POINTS = frame({"KODE": ["15.71", "16.10"]}, [Point(100.5, 0.5), Point(101.5, 0.5)])
NOTHING_MATCHES = frame({"KODE": ["99.01", "16"]}, [box(0, 0, 1, 1), box(1, 0, 2, 1)])


@pytest.mark.parametrize(
    "make, column, key, message",
    [
        (lambda p: (b"{bukan geojson", "rusak.geojson"), "KODE", "unreadable",
         "Berkas rusak.geojson tidak dapat dibaca sebagai data batas wilayah"),
        (lambda p: (b"kode;nama\n16.10;Ogan Ilir\n", "batas.csv"), "KODE", "unsupported",
         "Jenis berkas batas.csv tidak didukung. Gunakan GeoJSON (.geojson, .json), GeoPackage (.gpkg)"),
        (lambda p: (_zip_of({"baca.txt": b"kosong"}), "batas.zip"), "KODE", "zip_without_map",
         "Berkas batas.zip (zip) tidak berisi Shapefile (.shp), GeoPackage (.gpkg) atau GeoJSON."),
        (lambda p: (write(frame(), p, "gpkg").read_bytes(), "batas.gpkg"), "KODE_KAB", "column_missing",
         "Kolom KODE_KAB tidak ada di berkas batas.gpkg. Kolom yang ada: KODE, NAMA."),
        (lambda p: (write(POINTS, p, "geojson").read_bytes(), "titik.geojson"), "KODE", "no_polygon",
         "Berkas titik.geojson tidak berisi poligon (bentuk wilayah) yang dapat dipakai; jenis bentuk yang ada: Point."),
        (lambda p: (write(NOTHING_MATCHES, p, "geojson").read_bytes(), "lain.geojson"), "KODE", "none_matched",
         "Tidak satu pun nilai di kolom KODE berkas lain.geojson cocok dengan kode kabupaten/kota Kemendagri "
         "(PP.KK, mis. 16.10). Contoh nilai: '99.01', '16'."),
    ],
    ids=["unreadable", "unsupported", "zip-without-map", "missing-column", "no-polygon", "nothing-matched"],
)
def test_bad_files_raise_a_clear_error_and_change_nothing(con, tmp_path, make, column, key, message):
    first = importer.prepare(con, importer.read(write(frame(), tmp_path, "geojson")), "KODE")
    importer.save(con, first)
    before = stored(con)
    folder = tmp_path / "buruk"
    folder.mkdir()
    data, name = make(folder)
    with pytest.raises(GeometryError) as err:
        importer.prepare(con, importer.read(data, name), column)
    assert err.value.key == key
    assert err.value.message("id").startswith(message)
    assert name in err.value.message("en")
    assert stored(con) == before  # the earlier official shapes stay; no history row


def _wiggly_edge(a, b, n=200):
    """A border from a to b with a wiggle; the same vertices whichever neighbour draws it."""
    (x0, y0), (x1, y1) = sorted([a, b])
    t = np.linspace(0, 1, n)
    off = 0.02 * np.sin(t * np.pi * 37) * np.sin(t * np.pi)
    off[0] = off[-1] = 0.0
    points = list(zip(x0 + (x1 - x0) * t + off * (y1 - y0), y0 + (y1 - y0) * t + off * (x1 - x0), strict=True))
    return points if (x0, y0) == a else points[::-1]


def _wiggly_grid(count: int, size: float = 0.5, cols: int = 23) -> np.ndarray:
    cells = []
    for k in range(count):
        i, j = divmod(k, cols)
        x, y = 95 + j * size, -10 + i * size
        corners = [(x, y), (x + size, y), (x + size, y + size), (x, y + size)]
        ring = []
        for a, b in zip(corners, corners[1:] + corners[:1], strict=True):
            ring += _wiggly_edge(a, b)[:-1]
        cells.append(Polygon(ring))
    return np.array(cells, dtype=object)


def test_national_shapes_are_simplified_under_the_size_budget_keeping_shared_borders():
    cells = _wiggly_grid(514)
    codes = [f"{i // 100:02d}.{i % 100:02d}" for i in range(514)]
    assert shapely.coverage_is_valid(cells)
    assert importer.geojson_size(codes, cells) > 10_000_000
    report = ImportReport("nasional.gpkg", "KODE")
    out = importer.simplify_for_web(codes, cells, 514, report)
    assert report.size_bytes == importer.geojson_size(codes, out) <= importer.SIZE_BUDGET < 3_000_000
    assert report.borders_kept and shapely.coverage_is_valid(out) and shapely.is_valid(out).all()
    # still the same cells: each keeps its area within 2%
    assert np.allclose(shapely.area(out), 0.25, rtol=0.02)


def test_a_tighter_budget_raises_the_tolerance(monkeypatch):
    cells = _wiggly_grid(60)
    codes = [f"16.{i:02d}" for i in range(60)]
    monkeypatch.setattr(importer, "SIZE_BUDGET", 150_000)
    report = ImportReport("x.gpkg", "KODE")
    out = importer.simplify_for_web(codes, cells, 60, report)
    assert report.tolerance > importer.TOLERANCES[0]
    assert importer.geojson_size(codes, out) <= 150_000


def test_cli_imports_checks_and_removes(con, tmp_path, monkeypatch, capsys):
    db = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()[0]
    con.close()
    monkeypatch.setenv("CAKUPAN_DB", db)
    path = write(frame(), tmp_path, "gpkg")

    assert cli.main(["geometri", str(path), "--kolom-kode", "KODE", "--periksa"]) == 0
    out = capsys.readouterr().out
    assert "batas.gpkg: 4 baris dibaca; 3 dari 4 kabupaten/kota mendapat bentuk." in out
    assert out.rstrip().endswith("Pemeriksaan saja (--periksa): tidak ada yang disimpan.")

    assert cli.main(["geometri", str(path), "--kolom-kode", "KODEX"]) == 1
    assert capsys.readouterr().err.strip() == "Galat: Kolom KODEX tidak ada di berkas batas.gpkg. Kolom yang ada: KODE, NAMA."
    assert cli.main(["geometri", str(tmp_path / "tidak_ada.gpkg"), "--kolom-kode", "KODE"]) == 2
    assert cli.main(["geometri"]) == 2
    capsys.readouterr()

    assert cli.main(["geometri", str(path), "--pengguna", "Sari"]) == 0  # column guessed
    out = capsys.readouterr().out
    assert out.startswith("Kolom kode: KODE (dipilih otomatis).")
    assert "  - 61.71 Kota Pontianak" in out
    assert out.rstrip().endswith("Tersimpan: 3 bentuk kabupaten/kota resmi; peta kini memakainya.")
    check = store.connect(db, read_only=True)
    assert stored(check) == (["15.71", "16.10", "16.71"], 1)
    check.close()

    assert cli.main(["geometri", "--hapus", "--lang", "en"]) == 0
    assert "built-in approximate boundaries" in capsys.readouterr().out
    check = store.connect(db, read_only=True)
    assert stored(check) == ([], 2)
    check.close()


def test_a_province_without_any_shape_is_one_line_of_the_report():
    report = ImportReport(file_name="sumsel.gpkg", column="KODE")
    report.missing = [("11.01", "Kabupaten Aceh Selatan"), ("11.71", "Kota Banda Aceh"),
                      ("16.01", "Kabupaten Ogan Komering Ulu"), ("61.71", "Kota Pontianak")]
    report.provinces = {"11": ("Aceh", 2), "16": ("Sumatera Selatan", 17), "61": ("Kalimantan Barat", 1)}
    assert report.missing_lines("id") == [
        "11 Aceh: seluruh 2 kabupaten/kota",  # every kab/kota of Aceh is missing
        "16.01 Kabupaten Ogan Komering Ulu",  # one of 17
        "61.71 Kota Pontianak",  # a province of one: its kab/kota says more than its name
    ]
    assert report.missing_lines("en")[0] == "11 Aceh: all 2 regencies/cities"
