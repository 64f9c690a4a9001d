"""Roles and the area each account may see, as the analytics.scope.Scope every query takes.

| role     | area written as          | sees                                   |
|----------|--------------------------|----------------------------------------|
| admin    | –                        | the whole country; accounts, boundaries |
| pusat    | –                        | the whole country                       |
| kanwil   | the Kanwil's name        | its offices' kab/kota                   |
| kantor   | the kode_kantor          | its Kantor Cabang's kab/kota            |
| provinsi | the province code (PP)   | the province and its kab/kota           |
| kabkota  | the kab/kota code (PP.KK)| the kab/kota                            |
"""

from __future__ import annotations

import re

import duckdb

from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.scope import Level, Scope, ScopeError

PERAN = ("admin", "pusat", "kanwil", "kantor", "provinsi", "kabkota")
NATIONAL = ("admin", "pusat")

NAMA_PERAN = Catalog({
    "admin": _m("Admin", "Admin"),
    "pusat": _m("Pusat (seluruh Indonesia)", "Head office (all of Indonesia)"),
    "kanwil": _m("Kantor Wilayah", "Regional office"),
    "kantor": _m("Kantor Cabang", "Branch office"),
    "provinsi": _m("Provinsi", "Province"),
    "kabkota": _m("Kabupaten/kota", "Regency/city"),
})  # fmt: skip

_PROVINSI = re.compile(r"\d{2}")
_KABKOTA = re.compile(r"\d{2}\.\d{2}")


class PeranError(ValueError):
    """A role or area that cannot be an account's (the message says why, in Bahasa Indonesia)."""


def scope_of(peran: str, wilayah: str | None) -> Scope:
    """The scope a role with its area may see."""
    if peran in NATIONAL:
        return Scope.nasional()
    if not wilayah:
        raise PeranError(f"peran {peran} membutuhkan wilayah")
    match peran:
        case "kanwil":
            return Scope(Level.KANWIL, wilayah)
        case "kantor":
            return Scope(Level.KANTOR, wilayah)
        case "provinsi":
            if not _PROVINSI.fullmatch(wilayah):
                raise PeranError(f"peran provinsi membutuhkan kode provinsi PP, bukan {wilayah!r}")
            return Scope.wilayah(wilayah)
        case "kabkota":
            if not _KABKOTA.fullmatch(wilayah):
                raise PeranError(f"peran kabkota membutuhkan kode kab/kota PP.KK, bukan {wilayah!r}")
            return Scope.wilayah(wilayah)
    raise PeranError(f"peran tidak dikenal: {peran!r} (pilih {', '.join(PERAN)})")


def check(con: duckdb.DuckDBPyConnection, peran: str, wilayah: str | None) -> tuple[str | None, Scope]:
    """The area as stored (None for a national role) and its scope; PeranError when the role is
    unknown, an area is missing or given where none belongs, or the store does not know it."""
    if peran not in PERAN:
        raise PeranError(f"peran tidak dikenal: {peran!r} (pilih {', '.join(PERAN)})")
    if peran in NATIONAL:
        if wilayah:
            raise PeranError(f"peran {peran} melihat seluruh Indonesia: jangan beri wilayah ({wilayah!r})")
        return None, Scope.nasional()
    wilayah = (wilayah or "").strip()
    scope = scope_of(peran, wilayah)
    from analytics.scope import scope_name

    try:
        scope_name(con, scope)
    except ScopeError:
        raise PeranError(f"wilayah/kantor tidak dikenal untuk peran {peran}: {wilayah!r}") from None
    return wilayah, scope


def area_choices(con: duckdb.DuckDBPyConnection, peran: str) -> dict[str, str]:
    """The areas an account of `peran` can be given, as {value stored: name shown}, in code order
    (empty for a national role)."""
    match peran:
        case "provinsi":
            sql = "SELECT kode_wilayah, kode_wilayah || ' ' || nama FROM wilayah WHERE tingkat = 'provinsi' ORDER BY 1"
        case "kabkota":
            sql = "SELECT kode_wilayah, kode_wilayah || ' ' || nama FROM wilayah WHERE tingkat = 'kabkota' ORDER BY 1"
        case "kanwil":
            sql = "SELECT DISTINCT kanwil, 'Kanwil ' || kanwil FROM kantor ORDER BY 1"
        case "kantor":
            sql = "SELECT kode_kantor, kode_kantor || ' ' || min(nama_kantor) FROM kantor GROUP BY kode_kantor ORDER BY 1"
        case _:
            return {}
    return dict(con.execute(sql).fetchall())
