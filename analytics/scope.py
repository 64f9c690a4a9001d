"""The scope a user looks at, and may see.

Every query function in `analytics` takes a `Scope` and applies it itself through
`Scope.kabkota_filter`, so no page can forget it. A scope resolves to a set of kabupaten/kota:
national (all), a province (its kabupaten/kota), one kabupaten/kota, a Kanwil (the kabupaten/kota
its offices serve) or a Kantor Cabang (the kabupaten/kota it serves). Offices can cross province
borders, so office scopes go through the `kantor` table, never through code prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import duckdb

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$")
_KODE_PROVINSI = re.compile(r"^\d{2}$")
_KODE_KABKOTA = re.compile(r"^\d{2}\.\d{2}$")


class Level(StrEnum):
    NASIONAL = "nasional"
    PROVINSI = "provinsi"
    KABKOTA = "kabkota"
    KANWIL = "kanwil"
    KANTOR = "kantor"


class ScopeError(ValueError):
    """A scope that names no known area."""


@dataclass(frozen=True)
class Scope:
    level: Level = Level.NASIONAL
    kode: str | None = None  # province PP, kab/kota PP.KK, Kanwil name, or kode_kantor

    def __post_init__(self):
        object.__setattr__(self, "level", Level(self.level))
        if self.level is Level.NASIONAL:
            if self.kode is not None:
                raise ScopeError("a national scope has no code")
        elif not self.kode:
            raise ScopeError(f"a {self.level} scope needs a code")
        if self.level is Level.PROVINSI and not _KODE_PROVINSI.match(self.kode):
            raise ScopeError(f"not a province code: {self.kode!r}")
        if self.level is Level.KABKOTA and not _KODE_KABKOTA.match(self.kode):
            raise ScopeError(f"not a kabupaten/kota code: {self.kode!r}")

    @classmethod
    def nasional(cls) -> Scope:
        return cls()

    @classmethod
    def wilayah(cls, kode: str) -> Scope:
        """A province (`PP`) or kabupaten/kota (`PP.KK`) scope from a Kemendagri code."""
        level = Level.PROVINSI if _KODE_PROVINSI.match(kode or "") else Level.KABKOTA
        return cls(level, kode)

    def kabkota_filter(self, column: str = "kode_wilayah") -> tuple[str, list]:
        """A SQL condition (and its parameters) true for kabupaten/kota codes in this scope.

        `column` is an identifier written in code, never user input; it is still checked.
        """
        if not _IDENTIFIER.match(column):
            raise ValueError(f"not an identifier: {column!r}")
        match self.level:
            case Level.NASIONAL:
                return "TRUE", []
            case Level.PROVINSI:
                return f"(length({column}) = 5 AND left({column}, 2) = ?)", [self.kode]
            case Level.KABKOTA:
                return f"{column} = ?", [self.kode]
            case Level.KANWIL:
                return f"{column} IN (SELECT kode_wilayah FROM kantor WHERE kanwil = ?)", [self.kode]
            case Level.KANTOR:
                return f"{column} IN (SELECT kode_wilayah FROM kantor WHERE kode_kantor = ?)", [self.kode]
        raise AssertionError(self.level)

    def kabkota_sql(self, columns: str = "kode_wilayah", column_params: Sequence = ()) -> tuple[str, list]:
        """The scope's kabupaten/kota as a relation: `SELECT <columns> FROM wilayah WHERE <one of
        this scope's kab/kota>` and its parameters (`column_params` first, for `?` in `columns`).

        The one definition of a scope's membership, for every query that starts from its areas
        (metrics, freshness, area lists). `columns` is written in code, never user input.
        """
        cond, params = self.kabkota_filter("kode_wilayah")
        return (f"SELECT {columns} FROM wilayah WHERE tingkat = 'kabkota' AND {cond}",
                [*column_params, *params])

    def contains(self, con: duckdb.DuckDBPyConnection, other: Scope) -> bool:
        """True when every kabupaten/kota of `other` lies in this scope (permission check)."""
        mine = set(kabkota_in_scope(con, self))
        theirs = set(kabkota_in_scope(con, other))
        return bool(theirs) and theirs <= mine


def kabkota_in_scope(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[str]:
    """The kabupaten/kota codes a scope covers, sorted."""
    sql, params = scope.kabkota_sql()
    rows = con.execute(f"{sql} ORDER BY 1", params).fetchall()
    return [r[0] for r in rows]


def scope_name(con: duckdb.DuckDBPyConnection, scope: Scope) -> str:
    """The human name of a scope: 'Indonesia', 'Sumatera Selatan', 'KC Palembang', ..."""
    match scope.level:
        case Level.NASIONAL:
            return "Indonesia"
        case Level.PROVINSI | Level.KABKOTA:
            row = con.execute("SELECT nama FROM wilayah WHERE kode_wilayah = ?", [scope.kode]).fetchone()
        case Level.KANWIL:
            row = con.execute("SELECT DISTINCT 'Kanwil ' || kanwil FROM kantor WHERE kanwil = ?", [scope.kode]).fetchone()
        case Level.KANTOR:
            row = con.execute("SELECT DISTINCT nama_kantor FROM kantor WHERE kode_kantor = ?", [scope.kode]).fetchone()
    if row is None:
        raise ScopeError(f"unknown {scope.level}: {scope.kode!r}")
    return row[0]
