"""Selector lists: provinces, kabupaten/kota, Kanwil, Kantor Cabang, limited to the allowed scope."""

from __future__ import annotations

import duckdb
import pytest

from analytics import areas
from analytics.scope import Level, Scope, ScopeError
from tests import tiny_store


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = tmp_path_factory.mktemp("areas") / "tiny.duckdb"
    tiny_store.create_empty(path)
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def test_provinces_national(con):
    df = areas.provinces(con)
    assert df.to_dict("records") == [
        {"kode_wilayah": "15", "nama": "Jambi"},
        {"kode_wilayah": "16", "nama": "Sumatera Selatan"},
        {"kode_wilayah": "61", "nama": "Kalimantan Barat"},
    ]


def test_kabkota_of_a_province(con):
    assert areas.kabkota(con, "16").to_dict("records") == [
        {"kode_wilayah": "16.10", "nama": "Ogan Ilir", "jenis": "Kabupaten"},
        {"kode_wilayah": "16.71", "nama": "Kota Palembang", "jenis": "Kota"},
    ]
    assert areas.kabkota(con, "99").empty


def test_kanwil_and_their_offices(con):
    assert areas.kanwil(con) == ["Kalimantan", "Sumbagsel"]
    assert areas.kantor(con, "Sumbagsel").to_dict("records") == [
        {"kode_kantor": "K0102", "nama_kantor": "KC Jambi"},
        {"kode_kantor": "K0101", "nama_kantor": "KC Palembang"},
    ]
    assert areas.kantor(con, "Sumbagsel' OR '1'='1").empty


def test_lists_are_limited_to_the_allowed_scope(con):
    kc_jambi = Scope(Level.KANTOR, "K0102")  # Kota Jambi and Ogan Ilir, two provinces
    assert list(areas.provinces(con, kc_jambi).kode_wilayah) == ["15", "16"]
    assert list(areas.kabkota(con, "16", kc_jambi).kode_wilayah) == ["16.10"]
    assert areas.kanwil(con, kc_jambi) == ["Sumbagsel"]
    # KC Palembang serves none of KC Jambi's areas
    assert list(areas.kantor(con, "Sumbagsel", kc_jambi).kode_kantor) == ["K0102"]
    assert areas.kanwil(con, Scope(Level.PROVINSI, "61")) == ["Kalimantan"]


def test_parent_is_one_step_up(con):
    assert areas.parent(con, Scope.wilayah("16.71")) == Scope(Level.PROVINSI, "16")
    assert areas.parent(con, Scope.wilayah("16")) == Scope.nasional()
    assert areas.parent(con, Scope(Level.KANTOR, "K0102")) == Scope(Level.KANWIL, "Sumbagsel")
    assert areas.parent(con, Scope(Level.KANWIL, "Sumbagsel")) == Scope.nasional()
    assert areas.parent(con, Scope.nasional()) is None
    # An office the store no longer knows still leads somewhere: the whole country.
    assert areas.parent(con, Scope(Level.KANTOR, "K9999")) == Scope.nasional()


def test_kanwil_of_kantor(con):
    assert areas.kanwil_of_kantor(con, "K0102") == "Sumbagsel"
    assert areas.kanwil_of_kantor(con, "K9999") is None


@pytest.mark.parametrize(
    "scope,known",
    [
        (Scope.nasional(), True),
        (Scope(Level.PROVINSI, "16"), True),
        (Scope(Level.PROVINSI, "99"), False),
        (Scope(Level.KABKOTA, "16.10"), True),
        (Scope(Level.KABKOTA, "16.99"), False),
        (Scope(Level.KANWIL, "Sumbagsel"), True),
        (Scope(Level.KANWIL, "Papua"), False),
        (Scope(Level.KANTOR, "K0201"), True),
        (Scope(Level.KANTOR, "K0999"), False),
    ],
)
def test_exists(con, scope, known):
    assert areas.exists(con, scope) is known


def test_parse_url_values():
    assert areas.parse("wilayah", "16.10") == Scope(Level.KABKOTA, "16.10")
    assert areas.parse("wilayah", "16") == Scope(Level.PROVINSI, "16")
    assert areas.parse("kanwil", "Sumbagsel") == Scope(Level.KANWIL, "Sumbagsel")
    assert areas.parse("kantor", "K0101") == Scope(Level.KANTOR, "K0101")
    for kind, kode in [("wilayah", "16.1"), ("wilayah", "x"), ("kantor", ""), ("negara", "ID")]:
        with pytest.raises(ScopeError):
            areas.parse(kind, kode)


@pytest.mark.parametrize(
    "nama, short",
    [
        ("Kabupaten Purwakarta", "Kab. Purwakarta"),
        ("Kabupaten Kepulauan Meranti", "Kab. Kep. Meranti"),
        ("Kota Palembang", "Kota Palembang"),
        ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
        ("Daerah Istimewa Yogyakarta", "DI Yogyakarta"),
        ("Kepulauan Bangka Belitung", "Kep. Bangka Belitung"),
        ("Sumatera Selatan", "Sumatera Selatan"),
        (None, None),
    ],
)
def test_short_name_uses_the_usual_abbreviations(nama, short):
    assert areas.short_name(nama) == short


def test_comparable_areas_and_their_options(con):
    """The Tren page's comparison choices, from analytics (one definition of the labels)."""
    from analytics.areas import comparable, option_scope

    assert comparable(con, "provinsi") == {
        "wilayah:15": "Jambi", "wilayah:16": "Sumatera Selatan", "wilayah:61": "Kalimantan Barat"}
    assert comparable(con, "kabkota") == {
        "wilayah:15.71": "Kota Jambi — Jambi", "wilayah:16.71": "Kota Palembang — Sumatera Selatan",
        "wilayah:16.10": "Ogan Ilir — Sumatera Selatan", "wilayah:61.71": "Kota Pontianak — Kalimantan Barat"}
    assert comparable(con, "kabkota", Scope.wilayah("16")) == {
        "wilayah:16.71": "Kota Palembang", "wilayah:16.10": "Ogan Ilir"}  # one province: no suffix
    assert comparable(con, "kantor") == {
        "kantor:K0201": "KC Pontianak — Kanwil Kalimantan", "kantor:K0102": "KC Jambi — Kanwil Sumbagsel",
        "kantor:K0101": "KC Palembang — Kanwil Sumbagsel"}
    assert option_scope("wilayah:16.71") == Scope.wilayah("16.71")
    assert option_scope("kantor:K0101") == Scope(Level.KANTOR, "K0101")


def test_default_comparison_is_the_area_itself_or_the_five_furthest_behind():
    import pandas as pd

    from analytics import areas
    from analytics.scope import Level, Scope

    def never():
        raise AssertionError("a kab/kota or an office has no sub-areas to read")

    assert areas.default_comparison(Scope.wilayah("16.71"), never) == ("kabkota", ["wilayah:16.71"])
    assert areas.default_comparison(Scope(Level.KANTOR, "K0101"), never) == ("kantor", ["kantor:K0101"])
    subs = pd.DataFrame({"wilayah": ["16.01", "16.02", "16.03", "16.04", "16.05", "16.06", "16.07"],
                         "peserta_aktif": [10, 70, None, 70, 30, 50, 20],
                         "capaian_persen": [90.0, 61.6, None, 61.6, 104.4, 80.0, None],
                         "cakupan_persen": [30.0, 20.0, None, 25.0, 40.0, 35.0, 10.0]})
    # lowest capaian first, ties by code; areas without a capaian (or any figure) are left out
    assert areas.default_comparison(Scope.wilayah("16"), lambda: subs) == (
        "kabkota", ["wilayah:16.02", "wilayah:16.04", "wilayah:16.06", "wilayah:16.01", "wilayah:16.05"])
    # without targets: the lowest workforce coverage
    no_targets = subs.assign(capaian_persen=None)
    assert areas.default_comparison(Scope.wilayah("16"), lambda: no_targets)[1] == [
        "wilayah:16.07", "wilayah:16.02", "wilayah:16.04", "wilayah:16.01", "wilayah:16.06"]
    assert areas.default_comparison(Scope.nasional(), lambda: subs.head(0))[0] == "provinsi"
    assert areas.option_names({"wilayah:16.71": "Kota Palembang — Sumatera Selatan"}, ["wilayah:16.71"]) == {
        "16.71": "Kota Palembang"}
