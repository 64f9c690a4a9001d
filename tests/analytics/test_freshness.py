"""Freshness and completeness per dataset, checked against hand-counted tiny data.

Tiny store (tests/tiny_store.py): kepesertaan in 16.10 (Sep, Oct x2), 16.71 (Oct), 15.71 (Sep),
61.71 (Oct); one accepted kepesertaan load and one rejected target load.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from analytics import freshness
from analytics.scope import Level, Scope
from tests import tiny_store

SEP, OKT = dt.date(2026, 9, 1), dt.date(2026, 10, 1)


@pytest.fixture
def con(tmp_path):
    tiny_store.create_filled(tmp_path / "s.duckdb")
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    # A province-level target for Sumatera Selatan, a workforce figure for Ogan Ilir, one action.
    con.execute("INSERT INTO target (tahun, kode_wilayah, segmen, target_peserta) VALUES (2026, '16', 'SEMUA', 900)")
    con.execute("INSERT INTO penduduk_bekerja (tahun, kode_wilayah, penduduk_bekerja) VALUES (2025, '16.10', 250000)")
    con.execute(
        "INSERT INTO tindak_lanjut (tanggal, npp, kode_wilayah, kategori, tahap, instansi) "
        "VALUES (DATE '2026-08-15', 'N1', '61.71', 'PMI', 'HIMBAUAN', 'BPJS')"
    )
    return con


def row(df, dataset):
    return df[df.dataset == dataset].iloc[0].to_dict()


def test_kepesertaan_national_latest_month(con):
    r = row(freshness.freshness(con, Scope.nasional(), OKT), "kepesertaan")
    assert (r["baris"], r["periode_terakhir"], r["periode_dinilai"]) == (6, "2026-10", "2026-10")
    assert (r["wilayah_ada"], r["wilayah_total"], r["kelengkapan"]) == (3, 4, 75.0)
    assert r["muat_diterima"] == r["muat_terakhir"] == dt.datetime(2026, 11, 2, 9, 30)
    assert r["hasil_terakhir"] == "DITERIMA"


def test_kepesertaan_for_an_earlier_month(con):
    r = row(freshness.freshness(con, Scope(Level.PROVINSI, "16"), SEP), "kepesertaan")
    # 4 rows in the province; in September only Ogan Ilir has data: 1 of 2.
    assert (r["baris"], r["periode_terakhir"], r["periode_dinilai"]) == (4, "2026-10", "2026-09")
    assert (r["wilayah_ada"], r["wilayah_total"], r["kelengkapan"]) == (1, 2, 50.0)


def test_office_scope_across_a_border(con):
    r = row(freshness.freshness(con, Scope(Level.KANTOR, "K0102"), SEP), "kepesertaan")
    # KC Jambi: Kota Jambi (Sep) and Ogan Ilir (Sep, Oct, Oct).
    assert (r["baris"], r["periode_dinilai"], r["wilayah_ada"], r["wilayah_total"]) == (4, "2026-09", 2, 2)


def test_no_period_means_latest(con):
    r = row(freshness.freshness(con, Scope(Level.KANTOR, "K0102"), None), "kepesertaan")
    assert (r["periode_dinilai"], r["wilayah_ada"], r["kelengkapan"]) == ("2026-10", 1, 50.0)


def test_province_target_covers_its_kabkota(con):
    df = freshness.freshness(con, Scope.nasional(), OKT)
    r = row(df, "target")
    assert (r["baris"], r["periode_terakhir"], r["periode_dinilai"]) == (1, "2026", "2026")
    assert (r["wilayah_ada"], r["wilayah_total"], r["kelengkapan"]) == (2, 4, 50.0)
    assert (r["muat_diterima"], r["hasil_terakhir"]) == (None, "DITOLAK")  # only a rejected attempt
    r = row(freshness.freshness(con, Scope(Level.KABKOTA, "16.71"), OKT), "target")
    assert (r["baris"], r["wilayah_ada"], r["kelengkapan"]) == (1, 1, 100.0)
    r = row(freshness.freshness(con, Scope(Level.PROVINSI, "61"), OKT), "target")
    assert (r["baris"], r["wilayah_ada"], r["kelengkapan"]) == (0, 0, 0.0)


def test_yearly_data_uses_latest_year_on_or_before_the_month(con):
    r = row(freshness.freshness(con, Scope(Level.PROVINSI, "16"), OKT), "penduduk_bekerja")
    assert (r["baris"], r["periode_terakhir"], r["periode_dinilai"], r["wilayah_ada"]) == (1, "2025", "2025", 1)
    assert r["kelengkapan"] == 50.0
    r = row(freshness.freshness(con, Scope(Level.PROVINSI, "16"), dt.date(2024, 12, 1)), "penduduk_bekerja")
    assert (r["periode_dinilai"], r["wilayah_ada"], r["kelengkapan"]) == (None, 0, 0.0)


def test_dated_actions_are_assessed_by_month(con):
    r = row(freshness.freshness(con, Scope.nasional(), OKT), "tindak_lanjut")
    assert (r["baris"], r["periode_terakhir"], r["periode_dinilai"], r["wilayah_ada"]) == (1, "2026-08", "2026-08", 1)
    assert r["kelengkapan"] == 25.0


def test_office_mapping_completeness(con):
    r = row(freshness.freshness(con, Scope.nasional(), OKT), "kantor")
    assert (r["baris"], r["periode_terakhir"], r["wilayah_ada"], r["kelengkapan"]) == (4, None, 4, 100.0)
    assert (r["muat_terakhir"], r["hasil_terakhir"]) == (None, None)  # shipped, never loaded


def test_every_dataset_is_listed_in_contract_order(con):
    from analytics.contract import DATASETS

    df = freshness.freshness(con, Scope.nasional(), OKT)
    assert list(df.dataset) == list(DATASETS)
    assert list(df.columns) == freshness.COLUMNS


def test_empty_datasets_report_zero(con):
    r = row(freshness.freshness(con, Scope.nasional(), OKT), "kecelakaan")
    assert (r["baris"], r["wilayah_ada"], r["wilayah_total"], r["kelengkapan"]) == (0, 0, 4, 0.0)


def test_has_user_data(con, tmp_path):
    assert freshness.has_user_data(con)
    tiny_store.create_empty(tmp_path / "e.duckdb")
    empty = duckdb.connect(str(tmp_path / "e.duckdb"))
    assert not freshness.has_user_data(empty)  # the shipped office mapping does not count
