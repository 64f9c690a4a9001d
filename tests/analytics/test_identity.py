"""The store's one employer identity (macros perusahaan_id, perusahaan_kunci, nama_kunci; issue 10):
npp, then nib, then the trimmed lower-case name within its kab/kota."""

from __future__ import annotations

import pytest

from analytics import store


@pytest.fixture
def con(reference_files):
    con = store.connect(":memory:")
    yield con
    con.close()


@pytest.mark.parametrize(
    ("npp", "nib", "nama", "expected"),
    [
        ("12345678", "9120000000001", "PT Apa", "NPP 12345678"),
        (None, "9120000000001", "PT Apa", "NIB 9120000000001"),
        (None, None, "  Toko MAKMUR ", "NAMA toko makmur @16.10"),
    ],
)
def test_perusahaan_id_is_the_first_step_with_a_value(con, npp, nib, nama, expected):
    assert con.execute("SELECT perusahaan_id(?, ?, ?, '16.10')", [npp, nib, nama]).fetchall() == [(expected,)]


def test_perusahaan_kunci_is_one_step_and_null_when_its_field_is_empty(con):
    row = con.execute(
        """SELECT perusahaan_kunci(1, NULL, 'N1', 'Toko', '16.10'), perusahaan_kunci(2, NULL, 'N1', 'Toko', '16.10'),
                  perusahaan_kunci(3, NULL, 'N1', ' Toko ', '16.10'), perusahaan_kunci(3, NULL, 'N1', 'toko', '16.11')"""
    ).fetchall()
    assert row == [(None, "N1", "toko @16.10", "toko @16.11")]
