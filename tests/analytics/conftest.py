"""A small store for import tests: a handful of real Kemendagri areas, built in tmp_path.

The tests never read the shipped data/wilayah.csv, so their expected figures do not move when the
reference data changes.
"""

from __future__ import annotations

import shutil

import pytest

from analytics import reference, store

WILAYAH = """kode_wilayah,nama,tingkat,kode_provinsi,jenis,lat,lon
11,Aceh,provinsi,11,Provinsi,4.7,96.7
16,Sumatera Selatan,provinsi,16,Provinsi,-3.3,104.0
61,Kalimantan Barat,provinsi,61,Provinsi,0.0,111.5
11.01,Kabupaten Aceh Selatan,kabkota,11,Kabupaten,3.3,97.4
16.10,Kabupaten Ogan Ilir,kabkota,16,Kabupaten,-3.4,104.6
16.71,Kota Palembang,kabkota,16,Kota,-2.98,104.76
61.71,Kota Pontianak,kabkota,61,Kota,-0.03,109.33
"""

KANTOR = """kode_kantor,nama_kantor,kanwil,kode_wilayah
KC-BNA,KC Banda Aceh,Sumbagut,11.01
KC-PLG,KC Palembang,Sumbagsel,16.10
KC-PLG,KC Palembang,Sumbagsel,16.71
KC-PTK,KC Pontianak,Kalimantan,61.71
"""

def _write_reference(folder):
    wilayah, kantor = folder / "wilayah.csv", folder / "kantor.csv"
    wilayah.write_text(WILAYAH, encoding="utf-8")
    kantor.write_text(KANTOR, encoding="utf-8")
    return wilayah, kantor


@pytest.fixture
def reference_files(tmp_path, monkeypatch):
    """Point the reference loader at the small CSVs above."""
    wilayah, kantor = _write_reference(tmp_path)
    monkeypatch.setattr(reference, "WILAYAH_CSV", wilayah)
    monkeypatch.setattr(reference, "KANTOR_CSV", kantor)
    return wilayah, kantor


@pytest.fixture(scope="session")
def _store_template(tmp_path_factory):
    """One store with schema and small reference data, built once; tests get a copy."""
    folder = tmp_path_factory.mktemp("store_template")
    wilayah, kantor = _write_reference(folder)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(reference, "WILAYAH_CSV", wilayah)
        mp.setattr(reference, "KANTOR_CSV", kantor)
        store.connect(folder / "cakupan.duckdb").close()
    return folder / "cakupan.duckdb"


@pytest.fixture
def load_db(tmp_path, reference_files, _store_template):
    """A store file of its own for each test, with the schema and the small reference data."""
    path = tmp_path / "cakupan.duckdb"
    shutil.copyfile(_store_template, path)
    return path


@pytest.fixture
def load_con(load_db):
    connection = store.connect(load_db)
    yield connection
    connection.close()
