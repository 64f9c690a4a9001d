"""One store with every dataset, on the tiny coverage geography, for the report tests.

The coverage fixture (membership to 2026-08, targets, workforce), its accidents
(kecelakaan_fixtures) and special groups (kelompok_fixtures), the compliance employers
(compliance_fixtures) plus three whose names a spreadsheet would run as formulas, the follow-up
actions (enforcement_fixtures.ACTIONS) and a load history for the freshness lines:

  kepesertaan  loaded 2026-09-05 03:00 UTC (10.00 WIB)
  perusahaan   loaded 2026-10-02 02:30 UTC (09.30 WIB)

The reports' figures are compared with the JSON commands (which their own tests check by hand);
what only the reports compute (segments per sub-area, changes per sub-area) is computed by hand in
the tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analytics import derived
from tests.analytics import compliance_fixtures, enforcement_fixtures, kecelakaan_fixtures, kelompok_fixtures
from tests.analytics.compliance_fixtures import employer
from tests.analytics.coverage_fixtures import filled_file

# Employers whose names start like a formula: a PWBD employer each in Kota Palembang, 2026-09.
HOSTILE = ('=HYPERLINK("http://contoh.invalid","klik")', "+62 Niaga", "@SUM(A1:A9)")


def _employers(con) -> None:
    compliance_fixtures.fill_employers(con)
    rows = [employer("2026-09", "16.71", name, status="BELUM_DAFTAR", tk=(40 + i, 0), program=None)
            for i, name in enumerate(HOSTILE)]  # fmt: skip
    cols = compliance_fixtures.COLUMNS
    con.executemany(f"INSERT INTO perusahaan ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
    derived.ensure_fresh(con)


def _actions(con) -> None:
    con.executemany(
        """INSERT INTO tindak_lanjut (tanggal, npp, nib, nama_perusahaan, kode_wilayah, kategori, tahap,
               instansi, nomor_dokumen, catatan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(enforcement_fixtures.d(r[0]), *r[1:]) for r in enforcement_fixtures.ACTIONS],
    )


LOADS = [
    (dt.datetime(2026, 9, 5, 3, 0), "kepesertaan"),
    (dt.datetime(2026, 10, 2, 2, 30), "perusahaan"),
]


def _history(con) -> None:
    con.executemany(
        """INSERT INTO riwayat_muat (waktu, pengguna, dataset, nama_file, baris, hasil, jumlah_galat)
           VALUES (?, 'uji', ?, 'berkas.csv', 1, 'DITERIMA', 0)""",
        LOADS,
    )


@pytest.fixture
def report_db(tmp_path, monkeypatch):
    """Every dataset in a closed store file (for the command line: CAKUPAN_DB)."""
    path = filled_file(tmp_path, monkeypatch, "laporan.duckdb", kecelakaan_fixtures.insert, kelompok_fixtures.insert,
                       _employers, _actions, _history)  # fmt: skip
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    return path
