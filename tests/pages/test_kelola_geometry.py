"""Kelola Data → Batas wilayah as the user sees it: the boundaries in use, import, report, reset.

Uploads go through the real analytics.geo.importer on the tiny store's areas (15.71 Kota Jambi,
16.10 Ogan Ilir, 16.71 Kota Palembang, 61.71 Kota Pontianak).
"""

from __future__ import annotations

import json

import duckdb

from tests.pages.conftest import kelola, unescaped

GEOMETRY_TAB = 4  # after Unggah, Riwayat muat, Kelengkapan data, Templat


def _square(x0: float, y0: float, x1: float, y1: float) -> dict:
    return {"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]}


BATAS = json.dumps(
    {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"NAMA": n, "KDPKAB": k}, "geometry": g}
            for n, k, g in [
                ("Kota Jambi", "15.71", _square(100, 0, 101, 1)),
                ("Ogan Ilir", "16.10", _square(101, 0, 102, 1)),
                ("Salah", "16.17", _square(0, 0, 1, 1)),
                ("Kota Palembang", "16.71", _square(102, 0, 104, 1)),
            ]
        ],
    }
).encode()


def tab(at):
    return at.tabs[GEOMETRY_TAB]


def upload(at, name: str, data: bytes):
    at.file_uploader(key="kd_geo_file_0").set_value((name, data, "application/geo+json")).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def stored(path) -> tuple[int, int]:
    con = duckdb.connect(str(path))  # the app holds it read-write in this process
    try:
        return (con.execute("SELECT count(*) FROM geometri_kabkota").fetchone()[0],
                con.execute("SELECT count(*) FROM riwayat_muat").fetchone()[0])
    finally:
        con.close()


def test_tab_says_the_builtin_boundaries_are_in_use(filled_store):
    at = kelola()
    assert tab(at).label == "Batas wilayah"
    assert tab(at).info[0].value == "Sedang dipakai: **batas wilayah perkiraan bawaan** (bukan batas resmi)."
    assert not [c for c in at.checkbox if c.key == "kd_geo_reset_sure"]  # nothing to go back from


def test_bad_file_shows_an_error_naming_the_file_and_stores_nothing(filled_store):
    before = stored(filled_store)
    at = upload(kelola(), "rusak.geojson", b"{bukan geojson")
    message = tab(at).error[0].value
    assert message.startswith("Berkas ditolak; tidak ada yang disimpan.")
    assert "Berkas rusak.geojson tidak dapat dibaca sebagai data batas wilayah" in message
    assert stored(filled_store) == before


def test_bad_file_in_english(filled_store):
    at = upload(kelola(lang="en"), "batas.zip", b"not a zip")
    assert tab(at).label == "Boundaries"
    assert unescaped(tab(at).error[0].value).startswith(
        "File rejected; nothing was stored.\n\nbatas.zip cannot be read as boundary data: "
    )


def test_upload_shows_the_report_then_saves_and_resets(filled_store):
    at = upload(kelola(), "batas.geojson", BATAS)
    t = tab(at)
    assert at.selectbox(key=[s.key for s in at.selectbox if s.key.startswith("kd_geo_column_")][0]).value == "KDPKAB"
    assert [(m.label, m.value) for m in t.metric] == [
        ("Baris dibaca", "4"), ("Kab/kota cocok", "3"), ("Kode tidak cocok", "1"), ("Kab/kota tanpa bentuk", "1"),
    ]
    assert t.dataframe[0].value.to_dict("records") == [
        {"Berkas": "batas.geojson", "Baris": "3", "Kolom": "KDPKAB", "Nilai": "16.17", "Masalah": "tidak dikenal"}
    ]
    assert t.dataframe[1].value.to_dict("records") == [{"Kode": "61.71", "Nama": "Kota Pontianak"}]
    assert stored(filled_store) == (0, 2)  # nothing until "Simpan"

    at.button(key="kd_geo_save").click().run()
    t = tab(at)
    assert t.success[0].value == "Tersimpan: 3 bentuk kabupaten/kota resmi; peta kini memakainya."
    assert t.success[1].value.startswith(
        "Sedang dipakai: **batas wilayah resmi** untuk 3 kabupaten/kota, dari berkas batas.geojson, dimuat "
    )
    assert t.caption[1].value == "1 kabupaten/kota belum punya bentuk resmi dan tidak tergambar di peta: 61.71"
    assert stored(filled_store) == (3, 3)
    assert at.file_uploader(key="kd_geo_file_1").value is None  # a fresh, empty uploader

    assert at.button(key="kd_geo_reset").disabled  # needs the confirmation first
    at.checkbox(key="kd_geo_reset_sure").check().run()
    at.button(key="kd_geo_reset").click().run()
    t = tab(at)
    assert t.success[0].value == "Batas resmi dihapus; peta kembali memakai batas perkiraan bawaan."
    assert t.info[0].value == "Sedang dipakai: **batas wilayah perkiraan bawaan** (bukan batas resmi)."
    assert stored(filled_store) == (0, 4)
