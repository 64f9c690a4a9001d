"""Derived tables (issue 15): each equals the query that defines it, is rebuilt when (and only when)
its sources change, and the enforcement figures read from them equal those read from the sources."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics import derived, published, store
from analytics.enforcement import outcomes as outcomes_module
from analytics.enforcement import outcomes_by_institution
from analytics.scope import Scope
from tests.analytics.enforcement_fixtures import fill_enforcement

TODAY = dt.date(2026, 11, 23)


def _equal_to_definition(con, table: derived.Derived) -> None:
    """The table holds exactly the rows of its defining SELECT (as a multiset)."""
    select, params = table.statement()
    assert con.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0] == \
        con.execute(f"SELECT count(*) FROM ({select})", params).fetchone()[0]  # fmt: skip
    extra = con.execute(f"SELECT count(*) FROM (FROM {table.name} EXCEPT ALL ({select}))", params).fetchone()[0]
    missing = con.execute(f"SELECT count(*) FROM (({select}) EXCEPT ALL FROM {table.name})", params).fetchone()[0]
    assert (extra, missing) == (0, 0), table.name


@pytest.fixture
def con(tmp_path):
    connection = store.connect(tmp_path / "cakupan.duckdb")
    yield connection
    connection.close()


def test_each_table_equals_its_definition_on_the_fixture(con):
    fill_enforcement(con)
    for table in derived.TABLES:
        _equal_to_definition(con, table)
    assert derived.stale(con) == []
    # By hand: 14 actions; the snapshot rows whose NPP (A1, B1, C1), NIB (N3) or name without either
    # (UD Delta, whose actions carry neither) an action carries: all 9 rows of the fixture.
    assert con.execute("SELECT count(*) FROM tindak_lanjut_kunci").fetchone()[0] == \
        con.execute("SELECT count(*) FROM tindak_lanjut").fetchone()[0]  # fmt: skip
    assert con.execute("SELECT kunci_nama, rank FROM tindak_lanjut_kunci WHERE nama_perusahaan = 'UD Delta' "
                       "ORDER BY tanggal LIMIT 1").fetchone() == ("ud delta @16.01", 1)  # fmt: skip
    # One row per snapshot with its employers and the AKTIF among them, counted from SNAPSHOTS.
    assert con.execute("SELECT kode_wilayah, strftime(periode, '%Y-%m'), perusahaan, perusahaan_aktif "
                       "FROM perusahaan_bulan ORDER BY 1, 2").fetchall() == [
        ("16.01", "2026-06", 1, 0), ("16.01", "2026-09", 1, 0),
        ("16.71", "2026-03", 1, 1), ("16.71", "2026-06", 3, 2), ("16.71", "2026-09", 2, 2), ("16.71", "2026-10", 1, 1),
    ]  # fmt: skip


def test_only_the_rows_an_action_can_match_are_kept(con):
    fill_enforcement(con)
    con.execute("""INSERT INTO perusahaan (periode, npp, nib, nama_perusahaan, kode_wilayah, sektor, skala, status,
                   tk_wajib, tk_terdaftar, tunggakan_rp, bulan_tunggakan) VALUES
                   (DATE '2026-09-01', 'Z9', NULL, 'PT Lain', '16.71', 'C', 'KECIL', 'AKTIF', 5, 5, 0, 0),
                   (DATE '2026-09-01', NULL, NULL, ' ud delta', '16.71', 'C', 'KECIL', 'AKTIF', 5, 5, 0, 0)""")  # fmt: skip
    # the actions did not change; the snapshots did (schema 5's perusahaan_bulan, 6's kepatuhan_kubus)
    assert derived.stale(con) == ["perusahaan_ditindak", "perusahaan_bulan", "kepatuhan_kubus"]
    assert derived.ensure_fresh(con) == ["perusahaan_ditindak", "perusahaan_bulan", "kepatuhan_kubus"]
    names = {r[0] for r in con.execute("SELECT nama_perusahaan FROM perusahaan_ditindak").fetchall()}
    assert "PT Lain" not in names  # no action names Z9
    assert " ud delta" not in names  # lower(' ud delta') is not 'ud delta': outcomes would not match it either
    _equal_to_definition(con, derived.TABLES[1])


def test_any_change_to_a_source_is_noticed_and_nothing_else_rebuilds(con):
    fill_enforcement(con)
    assert derived.ensure_fresh(con) == []
    con.execute("UPDATE tindak_lanjut SET catatan = 'diubah' WHERE nama_perusahaan = 'UD Delta'")
    assert derived.ensure_fresh(con) == ["tindak_lanjut_kunci", "perusahaan_ditindak"]
    assert con.execute("SELECT count(*) FROM tindak_lanjut_kunci WHERE catatan = 'diubah'").fetchone()[0] > 0
    con.execute("INSERT INTO kepesertaan (periode, kode_wilayah, segmen, peserta_aktif) VALUES "
                "(DATE '2026-09-01', '16.71', 'PU', 1)")  # fmt: skip
    assert derived.ensure_fresh(con) == []  # membership is no source of these


def test_a_publish_builds_them_so_a_copy_never_disagrees(tmp_path):
    master = tmp_path / "cakupan.duckdb"
    con = store.connect(master)
    con.execute("""INSERT INTO tindak_lanjut (tanggal, npp, nib, nama_perusahaan, kode_wilayah, kategori, tahap,
                   instansi) VALUES (DATE '2026-09-01', 'Q1', NULL, 'PT Q', '16.71', 'PWBD', 'HIMBAUAN', 'BPJS')""")
    con.close()  # written behind the load's back, derived tables not rebuilt
    reader, _ = published.connect(master)
    try:
        assert derived.stale(reader) == []
        assert reader.execute("SELECT npp FROM tindak_lanjut_kunci").fetchall() == [("Q1",)]
    finally:
        reader.close()


def test_outcomes_from_the_derived_rows_equal_those_from_every_snapshot(con, monkeypatch):
    fill_enforcement(con)
    for scope in (Scope.nasional(), Scope.wilayah("16"), Scope.wilayah("16.71"), Scope.wilayah("16.01")):
        for periode in (dt.date(2026, 6, 1), dt.date(2026, 9, 1), dt.date(2026, 10, 1)):
            for kategori in (None, "PWBD", "PMI"):
                fast = outcomes_by_institution(con, scope, periode, None, kategori, TODAY)
                monkeypatch.setattr(outcomes_module, "SNAPSHOTS", "perusahaan")
                slow = outcomes_by_institution(con, scope, periode, None, kategori, TODAY)
                monkeypatch.setattr(outcomes_module, "SNAPSHOTS", "perusahaan_ditindak")
                assert fast.equals(slow), (scope, periode, kategori)
