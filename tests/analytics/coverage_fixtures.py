"""A tiny hand-built store for the coverage tests (imported by test_coverage*.py and friends).

Three provinces, seven kabupaten/kota, four offices; one of them (KC02) serves a kab/kota on each
side of the Jambi / Sumatera Selatan border. Every figure the tests expect is computed by hand in
the tests from the numbers below.

Workforce (penduduk_bekerja), targets 2026 (segment SEMUA):
  16 Sumatera Selatan   target 500.000 (set, 31-12-2026)          workforce 2026 = 1.000.000
    16.01   workforce 100.000  no own target -> allocated
    16.02   workforce 300.000  no own target -> allocated
    16.03   workforce 200.000  no own target -> allocated
    16.71   workforce 400.000  target 250.000 set (31-12-2026)
  15 Jambi              no own target -> sum of its kab/kota
    15.01   workforce 50.000 (2026)              target 40% (deadline 31-10-2026)
    15.71   workforce 65.000 (2024), 70.000 (2025), none in 2026   target 30.000 (30-11-2026)
  61 Kalimantan Barat   target 30% (31-12-2026)
    61.71   workforce 80.000  no own target -> allocated

Active participants (PU + BPU; BPU is always 1.000):
            2026-05    2026-07    2026-08
  16.01      30.000        -       33.000
  16.02     118.750        -      121.000
  16.03      76.333        -       79.333
  16.71     255.000        -      260.000
  15.01      14.400        -       15.000
  15.71      30.100        -       31.000
  61.71         -        19.000     20.000

Employers (perusahaan): 16.71 has snapshots 2026-03 (2 AKTIF), 2026-06 (3 AKTIF, 1 NONAKTIF,
1 BELUM_DAFTAR) and 2026-09 (10 AKTIF, after the period); 16.01 only 2026-03 (1 AKTIF, 1 NONAKTIF).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analytics import derived, reference
from analytics.store import connect

WILAYAH = """kode_wilayah,nama,tingkat,kode_provinsi,jenis,lat,lon
15,Jambi,provinsi,15,Provinsi,-1.6,103.6
15.01,Kerinci,kabkota,15,Kabupaten,-2.0,101.4
15.71,Kota Jambi,kabkota,15,Kota,-1.6,103.6
16,Sumatera Selatan,provinsi,16,Provinsi,-3.0,104.7
16.01,Ogan Komering Ulu,kabkota,16,Kabupaten,-4.0,104.0
16.02,Ogan Komering Ilir,kabkota,16,Kabupaten,-3.4,105.5
16.03,Muara Enim,kabkota,16,Kabupaten,-3.7,103.8
16.71,Kota Palembang,kabkota,16,Kota,-3.0,104.7
61,Kalimantan Barat,provinsi,61,Provinsi,-0.0,109.3
61.71,Kota Pontianak,kabkota,61,Kota,-0.0,109.3
"""

KANTOR = """kode_kantor,nama_kantor,kanwil,kode_wilayah
KC01,KC Palembang,Sumbagsel,16.71
KC01,KC Palembang,Sumbagsel,16.01
KC02,KC Lintas Batas,Sumbagsel,16.02
KC02,KC Lintas Batas,Sumbagsel,15.01
KC03,KC Jambi,Sumbagteng,15.71
KC03,KC Jambi,Sumbagteng,16.03
KC04,KC Pontianak,Kalbar,61.71
"""

PENDUDUK = [
    (2026, "16.01", 100_000),
    (2026, "16.02", 300_000),
    (2026, "16.03", 200_000),
    (2026, "16.71", 400_000),
    (2026, "15.01", 50_000),
    (2024, "15.71", 65_000),
    (2025, "15.71", 70_000),
    (2026, "61.71", 80_000),
]

# (tahun, kode_wilayah, segmen, target_peserta, target_cakupan_persen, batas_waktu)
TARGET = [
    (2026, "16", "SEMUA", 500_000, None, dt.date(2026, 12, 31)),
    (2026, "16.71", "SEMUA", 250_000, None, dt.date(2026, 12, 31)),
    (2026, "15.01", "SEMUA", None, 40.0, dt.date(2026, 10, 31)),
    (2026, "15.71", "SEMUA", 30_000, None, dt.date(2026, 11, 30)),
    (2026, "61", "SEMUA", None, 30.0, dt.date(2026, 12, 31)),
    # Noise the resolution must ignore: another segment, another year.
    (2026, "16", "PU", 400_000, None, dt.date(2026, 12, 31)),
    (2025, "16", "SEMUA", 450_000, None, dt.date(2025, 12, 31)),
]

AKTIF = {
    "16.01": {"2026-05": 30_000, "2026-08": 33_000},
    "16.02": {"2026-05": 118_750, "2026-08": 121_000},
    "16.03": {"2026-05": 76_333, "2026-08": 79_333},
    "16.71": {"2026-05": 255_000, "2026-08": 260_000},
    "15.01": {"2026-05": 14_400, "2026-08": 15_000},
    "15.71": {"2026-05": 30_100, "2026-08": 31_000},
    "61.71": {"2026-07": 19_000, "2026-08": 20_000},
}
BPU = 1_000

# (periode, kode_wilayah, status, how many)
PERUSAHAAN = [
    ("2026-03", "16.71", "AKTIF", 2),
    ("2026-06", "16.71", "AKTIF", 3),
    ("2026-06", "16.71", "NONAKTIF", 1),
    ("2026-06", "16.71", "BELUM_DAFTAR", 1),
    ("2026-09", "16.71", "AKTIF", 10),
    ("2026-03", "16.01", "AKTIF", 1),
    ("2026-03", "16.01", "NONAKTIF", 1),
]


def month(text: str) -> dt.date:
    return dt.date(int(text[:4]), int(text[5:7]), 1)


def use_tiny_reference(tmp_path, monkeypatch) -> None:
    """Point the shipped reference files at the tiny geography above."""
    (tmp_path / "wilayah.csv").write_text(WILAYAH, encoding="utf-8")
    (tmp_path / "kantor.csv").write_text(KANTOR, encoding="utf-8")
    monkeypatch.setattr(reference, "WILAYAH_CSV", tmp_path / "wilayah.csv")
    monkeypatch.setattr(reference, "KANTOR_CSV", tmp_path / "kantor.csv")


def insert_aktif(con, kode: str, periode: str, aktif: int, baru=None, nonaktif=None) -> None:
    """One month of one kab/kota, split into PU (aktif − 1.000) and BPU (1.000)."""
    con.executemany(
        "INSERT INTO kepesertaan VALUES (?, ?, ?, ?, ?, ?, NULL)",
        [
            (month(periode), kode, "PU", aktif - BPU, baru, nonaktif),
            (month(periode), kode, "BPU", BPU, None, None),
        ],
    )


def fill(con) -> None:
    con.executemany("INSERT INTO penduduk_bekerja VALUES (?, ?, ?, NULL, NULL, NULL)", PENDUDUK)
    con.executemany("INSERT INTO target VALUES (?, ?, ?, ?, ?, ?, NULL)", TARGET)
    for kode, months in AKTIF.items():
        for periode, aktif in months.items():
            insert_aktif(con, kode, periode, aktif)
    rows = []
    for periode, kode, status, n in PERUSAHAAN:
        for i in range(n):
            npp = None if status == "BELUM_DAFTAR" else f"{kode}-{periode}-{status}-{i}"
            rows.append((month(periode), npp, kode, status))
    con.executemany(
        """INSERT INTO perusahaan (periode, npp, nama_perusahaan, kode_wilayah, sektor, skala, status,
                                   tk_wajib, tk_terdaftar, tunggakan_rp, bulan_tunggakan)
           VALUES (?, ?, 'PT Contoh', ?, 'C', 'KECIL', ?, 10, 10, 0, 0)""",
        rows,
    )
    derived.ensure_fresh(con)  # written behind a load's back: build what a publish would


def filled_file(tmp_path, monkeypatch, name: str, *more) -> Path:
    """The tiny geography with the data in the module docstring, plus whatever each of `more`
    (a function of the connection) inserts, as a closed store file (for the command line)."""
    use_tiny_reference(tmp_path, monkeypatch)
    path = tmp_path / name
    con = connect(path)
    fill(con)
    for insert in more:
        insert(con)
    con.close()
    return path


@pytest.fixture
def coverage_empty_store(tmp_path, monkeypatch):
    """A store with the tiny geography and no data."""
    use_tiny_reference(tmp_path, monkeypatch)
    con = connect(tmp_path / "t.duckdb")
    yield con
    con.close()


@pytest.fixture
def coverage_store(coverage_empty_store):
    """The tiny geography with the data in the module docstring."""
    fill(coverage_empty_store)
    return coverage_empty_store


@pytest.fixture
def coverage_db(tmp_path, monkeypatch):
    """The filled store as a closed file, for the command line (CAKUPAN_DB)."""
    return filled_file(tmp_path, monkeypatch, "cli.duckdb")


# The headline of Sumatera Selatan, August 2026, as JSON: the hand computation is in
# test_coverage_headline.test_province_headline; the CLI test expects the same object.
SUMSEL_AUG_JSON = {
    "wilayah": "16",
    "nama": "Sumatera Selatan",
    "periode": "2026-08",
    "peserta_aktif": 493_333,
    "target_peserta": 500_000,
    "target_dialokasikan": False,
    "capaian_persen": 98.67,
    "gap": 6_667,
    "batas_waktu": "2026-12-31",
    "bulan_tersisa": 4,
    "laju_dibutuhkan_per_bulan": 1_667,
    "laju_aktual_per_bulan": 4_417,
    "status": "SESUAI_JALUR",
    "penduduk_bekerja": 1_000_000,
    "tahun_penduduk_bekerja": 2026,
    "cakupan_persen": 49.33,
    "perusahaan_aktif": 4,
    "proyeksi_batas_waktu": 511_000,
    # issue 11: its kab/kota 16.01, 16.02, 16.03 are short 8.667 + 4.000 + 4.000 (test_coverage_parts)
    "kekurangan_bagian": 16_667,
    "bagian_belum_tercapai": 3,
    "bagian_bertarget": 4,
}
