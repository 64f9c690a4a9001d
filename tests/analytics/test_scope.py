"""A scope lets through exactly its own kabupaten/kota, whatever the level or the input."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from analytics.scope import Level, Scope, ScopeError, kabkota_in_scope, scope_name
from tests import tiny_store

SEP, OKT = dt.date(2026, 9, 1), dt.date(2026, 10, 1)


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = tmp_path_factory.mktemp("scope") / "tiny.duckdb"
    tiny_store.create_filled(path)
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def kepesertaan_rows(con, scope: Scope) -> list[tuple]:
    """A typical analytics query: the scope's filter, with its parameters, and nothing else."""
    cond, params = scope.kabkota_filter("kode_wilayah")
    return con.execute(
        f"SELECT periode, kode_wilayah, segmen, peserta_aktif FROM kepesertaan WHERE {cond} "
        "ORDER BY periode, kode_wilayah, segmen",
        params,
    ).fetchall()


@pytest.mark.parametrize(
    "scope,expected_kabkota,expected_rows",
    [
        (
            Scope.nasional(),
            ["15.71", "16.10", "16.71", "61.71"],
            [
                (SEP, "15.71", "PU", 300),
                (SEP, "16.10", "PU", 100),
                (OKT, "16.10", "BPU", 40),
                (OKT, "16.10", "PU", 110),
                (OKT, "16.71", "PU", 500),
                (OKT, "61.71", "PU", 700),
            ],
        ),
        (
            Scope(Level.PROVINSI, "16"),
            ["16.10", "16.71"],
            [(SEP, "16.10", "PU", 100), (OKT, "16.10", "BPU", 40), (OKT, "16.10", "PU", 110), (OKT, "16.71", "PU", 500)],
        ),
        (
            Scope(Level.KABKOTA, "16.10"),
            ["16.10"],
            [(SEP, "16.10", "PU", 100), (OKT, "16.10", "BPU", 40), (OKT, "16.10", "PU", 110)],
        ),
        (
            Scope(Level.KANWIL, "Sumbagsel"),
            ["15.71", "16.10", "16.71"],
            [
                (SEP, "15.71", "PU", 300),
                (SEP, "16.10", "PU", 100),
                (OKT, "16.10", "BPU", 40),
                (OKT, "16.10", "PU", 110),
                (OKT, "16.71", "PU", 500),
            ],
        ),
        (
            # KC Jambi serves Kota Jambi (Jambi) and Ogan Ilir (Sumatera Selatan): across a border.
            Scope(Level.KANTOR, "K0102"),
            ["15.71", "16.10"],
            [(SEP, "15.71", "PU", 300), (SEP, "16.10", "PU", 100), (OKT, "16.10", "BPU", 40), (OKT, "16.10", "PU", 110)],
        ),
        (Scope(Level.KANTOR, "K0101"), ["16.71"], [(OKT, "16.71", "PU", 500)]),
        (Scope(Level.KANWIL, "Kalimantan"), ["61.71"], [(OKT, "61.71", "PU", 700)]),
    ],
)
def test_scope_returns_exactly_its_rows(con, scope, expected_kabkota, expected_rows):
    assert kabkota_in_scope(con, scope) == expected_kabkota
    assert kepesertaan_rows(con, scope) == expected_rows


@pytest.mark.parametrize("kode", ["15.71", "16.10", "16.71", "61.71"])
def test_kabupaten_scope_never_returns_another_area(con, kode):
    rows = kepesertaan_rows(con, Scope(Level.KABKOTA, kode))
    assert rows
    assert {r[1] for r in rows} == {kode}


def test_province_scope_is_not_a_prefix_match_on_longer_codes(con):
    # A province filter compares the first two characters of PP.KK codes only.
    assert kabkota_in_scope(con, Scope(Level.PROVINSI, "61")) == ["61.71"]
    assert kabkota_in_scope(con, Scope(Level.PROVINSI, "62")) == []


@pytest.mark.parametrize(
    "level,kode",
    [
        (Level.KABKOTA, "16.10' OR '1'='1"),
        (Level.PROVINSI, "16' OR '1'='1"),
        (Level.KABKOTA, "16.10; DROP TABLE kepesertaan"),
        (Level.PROVINSI, "1"),
        (Level.KABKOTA, "1610"),  # a BPS code is not a Kemendagri code
        (Level.NASIONAL, "16"),
        (Level.KABKOTA, None),
    ],
)
def test_malformed_area_codes_raise_scope_error(level, kode):
    with pytest.raises(ScopeError):
        Scope(level, kode)


@pytest.mark.parametrize(
    "scope",
    [
        Scope(Level.KANWIL, "Sumbagsel' OR '1'='1"),
        Scope(Level.KANTOR, "K0101' OR '1'='1"),
        Scope(Level.KANTOR, "K0101') OR TRUE --"),
    ],
)
def test_injected_office_names_are_values_and_match_nothing(con, scope):
    assert kepesertaan_rows(con, scope) == []
    assert kabkota_in_scope(con, scope) == []
    assert con.execute("SELECT count(*) FROM kepesertaan").fetchone()[0] == 6


def test_filter_column_must_be_an_identifier():
    with pytest.raises(ValueError):
        Scope.nasional().kabkota_filter("kode_wilayah; DROP TABLE x")


def test_wilayah_constructor_picks_the_level_from_the_code():
    assert Scope.wilayah("16") == Scope(Level.PROVINSI, "16")
    assert Scope.wilayah("16.10") == Scope(Level.KABKOTA, "16.10")
    with pytest.raises(ScopeError):
        Scope.wilayah("16.1")


@pytest.mark.parametrize(
    "scope,name",
    [
        (Scope.nasional(), "Indonesia"),
        (Scope(Level.PROVINSI, "16"), "Sumatera Selatan"),
        (Scope(Level.KABKOTA, "16.10"), "Ogan Ilir"),
        (Scope(Level.KANWIL, "Sumbagsel"), "Kanwil Sumbagsel"),
        (Scope(Level.KANTOR, "K0102"), "KC Jambi"),
    ],
)
def test_scope_name(con, scope, name):
    assert scope_name(con, scope) == name


def test_scope_name_of_unknown_area_raises(con):
    with pytest.raises(ScopeError):
        scope_name(con, Scope(Level.KABKOTA, "99.99"))


def test_contains_is_a_subset_check_across_levels(con):
    sumbagsel = Scope(Level.KANWIL, "Sumbagsel")
    assert sumbagsel.contains(con, Scope(Level.KANTOR, "K0102"))
    assert sumbagsel.contains(con, Scope(Level.PROVINSI, "16"))
    assert not Scope(Level.PROVINSI, "16").contains(con, Scope(Level.KANTOR, "K0102"))
    assert not sumbagsel.contains(con, Scope(Level.KABKOTA, "61.71"))
    assert not sumbagsel.contains(con, Scope(Level.KABKOTA, "99.99"))  # unknown: nothing to contain
