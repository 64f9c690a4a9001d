"""Which areas a metrics query reports on, as SQL: the `members` relation of metrics.sql.

A scope is reported either as one area (the headline) or split into its sub-areas (the league
table and the map): provinces under national; kabupaten/kota under a province, a Kanwil or a Kantor
Cabang; nothing under a kabupaten/kota. Each area also carries its kind, because the kind decides
how its target is resolved (see analytics.coverage).
"""

from __future__ import annotations

from analytics.scope import Level, Scope

# The area code the national headline uses inside queries (never shown: `wilayah` is null).
KODE_NASIONAL = "00"

_KIND = {
    Level.NASIONAL: "nasional",
    Level.PROVINSI: "provinsi",
    Level.KABKOTA: "kabkota",
    Level.KANWIL: "kantor",
    Level.KANTOR: "kantor",
}


def scope_members(scope: Scope) -> tuple[str, list]:
    """The scope as one area: every kabupaten/kota in it, under the scope's own code."""
    area = scope.kode if scope.kode is not None else KODE_NASIONAL
    return scope.kabkota_sql("CAST(? AS VARCHAR) AS area, CAST(? AS VARCHAR) AS area_kind, kode_wilayah",
                             [area, _KIND[scope.level]])


def subarea_members(scope: Scope) -> tuple[str, list] | None:
    """The scope split into sub-areas, or None when it has none (a kabupaten/kota)."""
    match scope.level:
        case Level.NASIONAL:
            select = "kode_provinsi AS area, 'provinsi' AS area_kind"
        case Level.PROVINSI | Level.KANWIL | Level.KANTOR:
            select = "kode_wilayah AS area, 'kabkota' AS area_kind"
        case Level.KABKOTA:
            return None
    return scope.kabkota_sql(f"{select}, kode_wilayah")
