"""The load history as the Riwayat muat tab reads it."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from analytics import history
from tests import tiny_store


@pytest.fixture
def con(tmp_path):
    tiny_store.create_filled(tmp_path / "s.duckdb")
    return duckdb.connect(str(tmp_path / "s.duckdb"))


def test_newest_first_with_counts(con):
    df = history.load_history(con)
    assert list(df.columns) == history.COLUMNS
    records = df.drop(columns=["id"]).to_dict("records")
    assert [r["dataset"] for r in records] == ["target", "kepesertaan"]
    assert records[0]["waktu"] == dt.datetime(2026, 11, 3, 14, 0)
    assert (records[0]["pengguna"], records[0]["hasil"], records[0]["jumlah_galat"]) == ("Budi", "DITOLAK", 1)
    assert (records[1]["baris"], list(records[1]["periode"]), records[1]["jumlah_wilayah"]) == (
        6, ["2026-09", "2026-10"], 4)


def test_paging_and_dataset_filter(con):
    for i in range(30):
        tiny_store.add_history(con, dataset="kecelakaan", hasil="DITERIMA",
                               waktu=dt.datetime(2026, 11, 10) + dt.timedelta(minutes=i), nama_file=f"k{i}.csv")
    assert history.count(con) == 32
    assert history.count(con, "kecelakaan") == 30
    page2 = history.load_history(con, limit=10, offset=10)
    assert list(page2.nama_file) == [f"k{i}.csv" for i in range(19, 9, -1)]
    assert list(history.load_history(con, dataset="target").nama_file) == ["target_2026.xlsx"]


def test_errors_of_a_rejected_load(con):
    rejected = int(history.load_history(con, dataset="target").id[0])
    errors = history.load_errors(con, rejected)
    assert errors.to_dict("records") == [
        {"baris": 3, "kolom": "kode_wilayah", "nilai": "1610", "kunci": "kode_bps",
         "pesan": "Kode BPS tidak diterima"}
    ]
    accepted = int(history.load_history(con, dataset="kepesertaan").id[0])
    assert history.load_errors(con, accepted).empty
    assert history.load_errors(con, 999).empty


def test_missing_user_reads_as_anonim(con):
    tiny_store.add_history(con, dataset="target", hasil="DITERIMA", waktu=dt.datetime(2026, 12, 1), pengguna=None)
    assert history.load_history(con, limit=1).pengguna[0] == "anonim"
