"""Special-group reports on the tiny coverage geography (coverage_fixtures), for the kelompok tests.

  periode  kode   kelompok        sasaran terdaftar sumber_dana
  2026-03  16.01  NON_ASN           1.000       400 APBD      (superseded by June)
  2026-06  16.01  NON_ASN           1.200       700 APBD      (one report, two funding sources:
  2026-06  16.01  NON_ASN             300       100 APBDES     1.500 / 800)
  2026-10  16.01  NON_ASN           2.000     2.000 APBD      (after August: not used for August)
  2026-02  16.71  NON_ASN             500       500 APBD
  2026-07  16.71  PERANGKAT_DESA        0         0 –         (sasaran 0: no coverage)
  2025-11  16.02  PETUGAS_AD_HOC    4.000     1.000 APBN
  2026-08  15.01  RT_RW               600       150 APBDES    (Jambi; KC02 crosses the border)

Sumatera Selatan, August 2026, Rp16.800 a person: NON_ASN 2.000 / 1.300 (65,00%, 700 × 16.800 =
11.760.000, last report 2026-06); PERANGKAT_DESA 0 / 0 (no coverage, 2026-07); PETUGAS_AD_HOC
4.000 / 1.000 (25,00%, 50.400.000, 2025-11); total 6.000 / 2.300 (38,33%, 62.160.000).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.store import connect
from tests.analytics.coverage_fixtures import filled_file

ROWS = [
    ("2026-03", "16.01", "NON_ASN", 1_000, 400, "APBD"),
    ("2026-06", "16.01", "NON_ASN", 1_200, 700, "APBD"),
    ("2026-06", "16.01", "NON_ASN", 300, 100, "APBDES"),
    ("2026-10", "16.01", "NON_ASN", 2_000, 2_000, "APBD"),
    ("2026-02", "16.71", "NON_ASN", 500, 500, "APBD"),
    ("2026-07", "16.71", "PERANGKAT_DESA", 0, 0, None),
    ("2025-11", "16.02", "PETUGAS_AD_HOC", 4_000, 1_000, "APBN"),
    ("2026-08", "15.01", "RT_RW", 600, 150, "APBDES"),
]


def insert(con) -> None:
    con.executemany(
        """INSERT INTO kelompok_khusus (periode, kode_wilayah, kelompok, sasaran, terdaftar, sumber_dana)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [(dt.date(int(p[:4]), int(p[5:]), 1), *rest) for p, *rest in ROWS],
    )


@pytest.fixture
def group_db(tmp_path, monkeypatch):
    return filled_file(tmp_path, monkeypatch, "kelompok.duckdb", insert)


@pytest.fixture
def group_store(group_db):
    con = connect(group_db)
    yield con
    con.close()
