"""The months offered by the period selector."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from analytics import derived, periods
from analytics.scope import Level, Scope
from tests import tiny_store


@pytest.fixture
def con(tmp_path):
    tiny_store.create_filled(tmp_path / "s.duckdb")
    return duckdb.connect(str(tmp_path / "s.duckdb"))


def test_months_newest_first(con):
    assert periods.months_available(con) == [dt.date(2026, 10, 1), dt.date(2026, 9, 1)]
    assert periods.latest_month(con) == dt.date(2026, 10, 1)


def test_months_within_a_scope(con):
    # Kota Jambi only has September; Kota Pontianak only October.
    assert periods.months_available(con, Scope(Level.KABKOTA, "15.71")) == [dt.date(2026, 9, 1)]
    assert periods.months_available(con, Scope(Level.PROVINSI, "61")) == [dt.date(2026, 10, 1)]


def test_empty_store_has_no_months(tmp_path):
    tiny_store.create_empty(tmp_path / "e.duckdb")
    con = duckdb.connect(str(tmp_path / "e.duckdb"))
    assert periods.months_available(con) == []
    assert periods.latest_month(con) is None


def test_parse_month():
    assert periods.parse_month("2026-10") == dt.date(2026, 10, 1)
    assert periods.parse_month(" 2026-10 ") == dt.date(2026, 10, 1)


@pytest.mark.parametrize("text", ["2026-1", "2026-13", "10/2026", "", "x-y", "2026-10-01"])
def test_parse_month_refuses_anything_else(text):
    with pytest.raises(ValueError, match="periode harus berbentuk YYYY-MM"):
        periods.parse_month(text)


def test_employer_snapshot_months_are_offered_but_membership_months_open_the_view(con):
    """Offices load the employer file before the month's membership report: its month can be
    chosen (the headline shows what exists), but the view still opens on the latest membership."""
    con.execute("""INSERT INTO perusahaan (periode, nama_perusahaan, kode_wilayah, sektor, skala, status,
                   tk_wajib, tk_terdaftar, tunggakan_rp, bulan_tunggakan)
                   VALUES (DATE '2026-12-01', 'PT Baru', '16.10', 'C', 'KECIL', 'BELUM_DAFTAR', 5, 0, 0, 0)""")
    derived.ensure_fresh(con)
    assert periods.months_available(con) == [dt.date(2026, 12, 1), dt.date(2026, 10, 1), dt.date(2026, 9, 1)]
    assert periods.default_month(con) == dt.date(2026, 10, 1)
    # A scope with employers but no membership yet opens on its snapshot.
    con.execute("DELETE FROM kepesertaan WHERE left(kode_wilayah, 2) = '16'")
    assert periods.default_month(con, Scope(Level.KABKOTA, "16.10")) == dt.date(2026, 12, 1)
    assert periods.default_month(con, Scope(Level.KABKOTA, "15.71")) == dt.date(2026, 9, 1)


def test_month_coverage_counts_the_scopes_kabkota(con):
    # September: Ogan Ilir, Kota Jambi; October: Ogan Ilir, Palembang, Pontianak; 4 kab/kota in all
    assert periods.month_coverage(con) == {dt.date(2026, 10, 1): (3, 4), dt.date(2026, 9, 1): (2, 4)}
    assert periods.month_coverage(con, Scope(Level.PROVINSI, "16")) == {
        dt.date(2026, 10, 1): (2, 2), dt.date(2026, 9, 1): (1, 2)}


def test_the_default_month_is_the_latest_complete_one(con, monkeypatch):
    monkeypatch.delenv(periods.COMPLETE_PERCENT_VARIABLE, raising=False)
    # Nothing complete nationally: the latest month with the most kab/kota
    assert periods.default_month(con) == dt.date(2026, 10, 1)
    # September completed (4 of 4); October stays partial (3 of 4) and is no longer the default
    con.execute("INSERT INTO kepesertaan (periode, kode_wilayah, segmen, peserta_aktif) VALUES "
                "(DATE '2026-09-01', '16.71', 'PU', 490), (DATE '2026-09-01', '61.71', 'PU', 690)")
    assert periods.default_month(con) == dt.date(2026, 9, 1)
    # within Sumatera Selatan, October is complete (2 of 2)
    assert periods.default_month(con, Scope(Level.PROVINSI, "16")) == dt.date(2026, 10, 1)
    # One upload of one regency for December opens the month, but does not make it the default
    con.execute("INSERT INTO kepesertaan (periode, kode_wilayah, segmen, peserta_aktif) VALUES "
                "(DATE '2026-12-01', '16.10', 'PU', 120)")
    assert periods.default_month(con) == dt.date(2026, 9, 1)
    assert periods.months_available(con)[0] == dt.date(2026, 12, 1)  # still choosable
    assert periods.default_month(con, Scope(Level.KABKOTA, "16.10")) == dt.date(2026, 12, 1)


def test_the_completeness_threshold_is_a_setting(con, monkeypatch):
    monkeypatch.setenv(periods.COMPLETE_PERCENT_VARIABLE, "75")
    assert periods.complete_percent() == 75.0
    con.execute("INSERT INTO kepesertaan (periode, kode_wilayah, segmen, peserta_aktif) VALUES "
                "(DATE '2026-09-01', '16.71', 'PU', 490), (DATE '2026-09-01', '61.71', 'PU', 690)")
    assert periods.default_month(con) == dt.date(2026, 10, 1)  # 3 of 4 = 75 %: complete enough
    for bad, expected in (("abc", 100.0), ("0", 1.0), ("250", 100.0), ("", 100.0)):
        monkeypatch.setenv(periods.COMPLETE_PERCENT_VARIABLE, bad)
        assert periods.complete_percent() == expected
