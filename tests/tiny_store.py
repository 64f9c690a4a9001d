"""A tiny store for tests of scope, selectors, freshness, history and the pages.

Four kabupaten/kota in three provinces and three offices, one of which (KC Jambi) crosses the
Jambi / Sumatera Selatan border, so office scopes cannot be faked with code prefixes. Built with the
store's own schema; the reference tables are filled here, so `analytics.store.connect` never needs
the shipped CSV files.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb

from analytics import store

WILAYAH = [
    # kode, nama, tingkat, kode_provinsi, jenis
    ("15", "Jambi", "provinsi", "15", "Provinsi"),
    ("15.71", "Kota Jambi", "kabkota", "15", "Kota"),
    ("16", "Sumatera Selatan", "provinsi", "16", "Provinsi"),
    ("16.10", "Ogan Ilir", "kabkota", "16", "Kabupaten"),
    ("16.71", "Kota Palembang", "kabkota", "16", "Kota"),
    ("61", "Kalimantan Barat", "provinsi", "61", "Provinsi"),
    ("61.71", "Kota Pontianak", "kabkota", "61", "Kota"),
]
KANTOR = [
    # kode_kantor, nama_kantor, kanwil, kode_wilayah
    ("K0101", "KC Palembang", "Sumbagsel", "16.71"),
    ("K0102", "KC Jambi", "Sumbagsel", "15.71"),
    ("K0102", "KC Jambi", "Sumbagsel", "16.10"),  # crosses the province border
    ("K0201", "KC Pontianak", "Kalimantan", "61.71"),
]
SEP, OKT = dt.date(2026, 9, 1), dt.date(2026, 10, 1)
KEPESERTAAN = [
    # periode, kode_wilayah, segmen, peserta_aktif
    (SEP, "16.10", "PU", 100),
    (OKT, "16.10", "PU", 110),
    (OKT, "16.10", "BPU", 40),
    (OKT, "16.71", "PU", 500),
    (SEP, "15.71", "PU", 300),
    (OKT, "61.71", "PU", 700),
]


def create_empty(path: Path) -> None:
    """Schema and reference areas, no data."""
    con = duckdb.connect(str(path))
    store.create_schema(con)
    for kode, nama, tingkat, prov, jenis in WILAYAH:
        con.execute(
            "INSERT INTO wilayah VALUES (?, ?, ?, ?, ?, NULL, NULL)", [kode, nama, tingkat, prov, jenis]
        )
    for row in KANTOR:
        con.execute(
            "INSERT INTO kantor (kode_kantor, nama_kantor, kanwil, kode_wilayah) VALUES (?, ?, ?, ?)", row
        )
    con.close()


def add_history(con, *, dataset, hasil, waktu, pengguna="Sari", nama_file="f.csv", baris=0,
                periode=(), wilayah=(), galat=None) -> int:
    """Record one load attempt as analytics.load would (used until fixtures load through it)."""
    return con.execute(
        """INSERT INTO riwayat_muat (waktu, pengguna, dataset, nama_file, sha256, baris, periode,
               wilayah, hasil, jumlah_galat, galat)
           VALUES (?, ?, ?, ?, 'x', ?, ?, ?, ?, ?, ?) RETURNING id""",
        [waktu, pengguna, dataset, nama_file, baris, list(periode), list(wilayah), hasil,
         len(galat or []), json.dumps(galat) if galat else None],
    ).fetchone()[0]


def create_filled(path: Path) -> None:
    """The empty store plus kepesertaan rows and one accepted and one rejected load."""
    create_empty(path)
    con = duckdb.connect(str(path))
    muat = add_history(
        con, dataset="kepesertaan", hasil="DITERIMA", waktu=dt.datetime(2026, 11, 2, 9, 30),
        nama_file="kepesertaan_okt.csv", baris=6, periode=["2026-09", "2026-10"],
        wilayah=["15.71", "16.10", "16.71", "61.71"],
    )
    for periode, kode, segmen, aktif in KEPESERTAAN:
        con.execute(
            "INSERT INTO kepesertaan (periode, kode_wilayah, segmen, peserta_aktif, muat_id) "
            "VALUES (?, ?, ?, ?, ?)",
            [periode, kode, segmen, aktif, muat],
        )
    add_history(
        con, dataset="target", hasil="DITOLAK", waktu=dt.datetime(2026, 11, 3, 14, 0),
        pengguna="Budi", nama_file="target_2026.xlsx", baris=2,
        galat=[{"baris": 3, "kolom": "kode_wilayah", "nilai": "1610", "kunci": "kode_bps",
                "pesan": "Kode BPS tidak diterima"}],
    )
    con.close()
