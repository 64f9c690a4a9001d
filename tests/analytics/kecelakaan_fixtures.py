"""Work-accident rows on the tiny coverage geography (coverage_fixtures), for the kecelakaan tests.

  periode  kode   segmen sektor kasus meninggal cacat  klaim_rp
  2025-12  16.71  PU     C          9         0     0          0   (last year: no year to date)
  2026-05  16.01  PU     A          3         1     1  2.000.000   (Q2: year to date only)
  2026-07  16.71  PU     C         10         1     2 50.000.000
  2026-07  15.01  JAKON  F          7         2     1 30.000.000   (Jambi; KC02 crosses the border)
  2026-08  16.71  PU     C          6         0     –          –   (optional cells empty: 0)
  2026-08  16.71  BPU    G          2         1     1 10.000.000
  2026-08  16.01  PU     A          4         0     0  5.000.000
  2026-09  16.02  PU     C          5         0     0          0   (after August; no membership in September)

Sumatera Selatan, August 2026 (2026-Q3 = July + August): kasus 10 + 6 + 2 + 4 = 22, meninggal 2,
cacat 2 + 0 + 1 + 0 = 3, klaim 65.000.000; year to date kasus 22 + 3 = 25, meninggal 3; both months
reported; active participants 493.333 -> 22 × 100.000 ÷ 493.333 = 4,4594… -> 4,46.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.store import connect
from tests.analytics.coverage_fixtures import filled_file

ROWS = [
    ("2025-12", "16.71", "PU", "C", 9, 0, 0, 0),
    ("2026-05", "16.01", "PU", "A", 3, 1, 1, 2_000_000),
    ("2026-07", "16.71", "PU", "C", 10, 1, 2, 50_000_000),
    ("2026-07", "15.01", "JAKON", "F", 7, 2, 1, 30_000_000),
    ("2026-08", "16.71", "PU", "C", 6, 0, None, None),
    ("2026-08", "16.71", "BPU", "G", 2, 1, 1, 10_000_000),
    ("2026-08", "16.01", "PU", "A", 4, 0, 0, 5_000_000),
    ("2026-09", "16.02", "PU", "C", 5, 0, 0, 0),
]


def insert(con) -> None:
    con.executemany(
        """INSERT INTO kecelakaan (periode, kode_wilayah, segmen, sektor, kasus, meninggal, cacat, klaim_rp)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [(dt.date(int(p[:4]), int(p[5:]), 1), *rest) for p, *rest in ROWS],
    )


@pytest.fixture
def accident_db(tmp_path, monkeypatch):
    """The coverage fixture plus the rows above, as a closed file (for the command line)."""
    return filled_file(tmp_path, monkeypatch, "kecelakaan.duckdb", insert)


@pytest.fixture
def accident_store(accident_db):
    con = connect(accident_db)
    yield con
    con.close()
