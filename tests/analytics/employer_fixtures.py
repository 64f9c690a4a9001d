"""Hand-built employers for the Kepatuhan employer list, its inspection list and its page.

Geography: tests/analytics/coverage_fixtures.py (tiny reference). Period asked: 2026-08. Each
kab/kota is read at its latest snapshot at or before it: 2026-06 (16.71, 16.01, 61.71); the 2026-03
row of 16.71 and its 2026-09 row are never read. Priority score by hand (analytics.compliance.employers):

  npp   nama                    kab/kota  category           unprotected  score
  N007  PT Gabungan             16.01     PDS-TK + PMI        50           50 + 5×2 + 20 jt/10 jt = 62
  N005  PT Menunggak 50% Jaya   16.71     PMI (8 bulan)        0           5×8 + 150 jt/10 jt     = 55
  N003  PT Upah Rendah          16.71     PDS-Upah             0           (600 jt − 400 jt)/5 jt = 40
  N002  PT Sebagian             16.71     PDS-TK              20           20
  –     CV Belum Daftar         16.71     PWBD                12           12
  N008  PT Lima Puluh 5070      16.71     PMI (1 bulan)        0           5×1 + 1 jt/10 jt       = 5,1
  N004  PT Program Kurang       16.01     PDS-Program (JHT, JP) 0          2×2                    = 4
  N006  PT Patuh                16.71     none (not listed)
  –     PT Pontianak            61.71     PWBD               300           300 (outside province 16)
"""

from __future__ import annotations

import datetime as dt

from analytics import derived
from tests.analytics.coverage_fixtures import insert_aktif, month

PERIODE = dt.date(2026, 8, 1)
SNAPSHOT = dt.date(2026, 6, 1)

# periode, npp, nib, nama, kode, sektor, skala, status, tk_wajib, tk_terdaftar, upah_wajib,
# upah_terdaftar, program, tunggakan_rp, bulan_tunggakan
ROWS = [
    ("2026-06", None, "111", "CV Belum Daftar", "16.71", "G", "KECIL", "BELUM_DAFTAR", 12, 0, None, None, None, 0, 0),
    ("2026-06", "N002", "222", "PT Sebagian", "16.71", "C", "MENENGAH", "AKTIF", 50, 30, 250e6, 150e6, "JKK;JKM;JHT;JP", 0, 0),
    ("2026-06", "N003", None, "PT Upah Rendah", "16.71", "C", "BESAR", "AKTIF", 100, 100, 600e6, 400e6, "JKK;JKM;JHT;JP", 0, 0),
    ("2026-06", "N004", None, "PT Program Kurang", "16.01", "F", "MENENGAH", "AKTIF", 30, 30, None, None, "JKK;JKM", 0, 0),
    ("2026-06", "N005", "555", "PT Menunggak 50% Jaya", "16.71", "G", "KECIL", "AKTIF", 10, 10, None, None, "JKK;JKM;JHT", 150e6, 8),
    ("2026-06", "N006", None, "PT Patuh", "16.71", "G", "KECIL", "AKTIF", 10, 10, 50e6, 50e6, "JKK;JKM;JHT", 0, 0),
    ("2026-06", "N007", None, "PT Gabungan", "16.01", "A", "BESAR", "NONAKTIF", 200, 150, None, None, "JKK;JKM;JHT;JP", 20e6, 2),
    ("2026-06", "N008", None, "PT Lima Puluh 5070", "16.71", "G", "MIKRO", "AKTIF", 3, 3, None, None, "JKK;JKM", 1e6, 1),
    ("2026-06", None, "999", "PT Pontianak", "61.71", "G", "KECIL", "BELUM_DAFTAR", 300, 0, None, None, None, 0, 0),
    ("2026-03", None, None, "PT Lama", "16.71", "G", "KECIL", "BELUM_DAFTAR", 1000, 0, None, None, None, 0, 0),
    ("2026-09", None, None, "PT Nanti", "16.71", "G", "KECIL", "BELUM_DAFTAR", 5000, 0, None, None, None, 0, 0),
]  # fmt: skip

# The province-16 list in priority order: (npp or name, score)
ORDER_16 = [
    ("PT Gabungan", 62.0),
    ("PT Menunggak 50% Jaya", 55.0),
    ("PT Upah Rendah", 40.0),
    ("PT Sebagian", 20.0),
    ("CV Belum Daftar", 12.0),
    ("PT Lima Puluh 5070", 5.1),
    ("PT Program Kurang", 4.0),
]


def insert_employers(con, rows=ROWS) -> None:
    con.executemany(
        "INSERT INTO perusahaan VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        [(month(r[0]), *r[1:]) for r in rows],
    )
    derived.ensure_fresh(con)  # written behind a load's back: build what a publish would


def insert_generated(con, n: int, kode: str = "16.02") -> None:
    """`n` PWBD employers in one kab/kota with tk_wajib = 1 … n (score = tk_wajib, all distinct)."""
    con.execute(
        """INSERT INTO perusahaan
           SELECT DATE '2026-06-01', NULL, 'G' || i, 'PT Generasi ' || i, ?, 'G', 'KECIL',
                  'BELUM_DAFTAR', i, 0, NULL, NULL, NULL, 0, 0, NULL
           FROM range(1, ? + 1) AS t(i)""",
        [kode, n],
    )
    derived.ensure_fresh(con)


def fill(con) -> None:
    """Membership for 2026-08 (so the app offers the month) and the employers above."""
    for kode in ("16.01", "16.71", "61.71"):
        insert_aktif(con, kode, "2026-08", 5_000)
    insert_employers(con)
