"""The areas a user can choose: provinces, their kabupaten/kota, Kanwil and their Kantor Cabang.

These feed the scope selectors. Each takes `within`, the scope a user is allowed to see (national
until sign-in exists), so a selector never offers an area the user may not open. Offices cross
province borders, so everything goes through the kabupaten/kota set of `within`.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pandas as pd

from analytics.scope import Level, Scope, ScopeError

NATIONAL = Scope.nasional()


def _in_scope_cte(within: Scope) -> tuple[str, list]:
    """A CTE `dalam` with the kabupaten/kota (and their province) the user may see."""
    sql, params = within.kabkota_sql("kode_wilayah, kode_provinsi")
    return f"WITH dalam AS ({sql})", params


def provinces(con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL) -> pd.DataFrame:
    """Provinces with at least one kabupaten/kota in `within`: kode_wilayah, nama; by code."""
    cte, params = _in_scope_cte(within)
    return con.execute(
        f"""{cte}
        SELECT w.kode_wilayah, w.nama FROM wilayah w
        WHERE w.tingkat = 'provinsi' AND w.kode_wilayah IN (SELECT kode_provinsi FROM dalam)
        ORDER BY w.kode_wilayah""",
        params,
    ).df()


def kabkota(
    con: duckdb.DuckDBPyConnection, kode_provinsi: str, within: Scope = NATIONAL
) -> pd.DataFrame:
    """The kabupaten/kota of a province that lie in `within`: kode_wilayah, nama, jenis."""
    cte, params = _in_scope_cte(within)
    return con.execute(
        f"""{cte}
        SELECT w.kode_wilayah, w.nama, w.jenis FROM wilayah w
        WHERE w.tingkat = 'kabkota' AND w.kode_provinsi = ?
          AND w.kode_wilayah IN (SELECT kode_wilayah FROM dalam)
        ORDER BY w.kode_wilayah""",
        [*params, kode_provinsi],
    ).df()


def kanwil(con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL) -> list[str]:
    """Kanwil names that serve at least one kabupaten/kota in `within`, sorted."""
    cte, params = _in_scope_cte(within)
    rows = con.execute(
        f"""{cte}
        SELECT DISTINCT kanwil FROM kantor
        WHERE kode_wilayah IN (SELECT kode_wilayah FROM dalam)
        ORDER BY kanwil""",
        params,
    ).fetchall()
    return [r[0] for r in rows]


def kantor(
    con: duckdb.DuckDBPyConnection, kanwil_name: str, within: Scope = NATIONAL
) -> pd.DataFrame:
    """The Kantor Cabang of a Kanwil serving `within`: kode_kantor, nama_kantor; by name."""
    cte, params = _in_scope_cte(within)
    return con.execute(
        f"""{cte}
        SELECT DISTINCT kode_kantor, nama_kantor FROM kantor
        WHERE kanwil = ? AND kode_wilayah IN (SELECT kode_wilayah FROM dalam)
        ORDER BY nama_kantor, kode_kantor""",
        [*params, kanwil_name],
    ).df()


def kanwil_of_kantor(con: duckdb.DuckDBPyConnection, kode_kantor: str) -> str | None:
    """The Kanwil an office belongs to (to preselect it from a `?kantor=` link)."""
    row = con.execute(
        "SELECT min(kanwil) FROM kantor WHERE kode_kantor = ?", [kode_kantor]
    ).fetchone()
    return row[0] if row else None


def parent(con: duckdb.DuckDBPyConnection, scope: Scope) -> Scope | None:
    """The scope one step up, for a "back up" button: kab/kota -> its province, province ->
    national, Kantor Cabang -> its Kanwil, Kanwil -> national; None at national (nothing above)."""
    match scope.level:
        case Level.NASIONAL:
            return None
        case Level.KABKOTA:
            return Scope(Level.PROVINSI, scope.kode[:2])
        case Level.KANTOR:
            kanwil_name = kanwil_of_kantor(con, scope.kode)
            return Scope(Level.KANWIL, kanwil_name) if kanwil_name else NATIONAL
    return NATIONAL


def exists(con: duckdb.DuckDBPyConnection, scope: Scope) -> bool:
    """True when the scope names a known area of the right level (links may be stale)."""
    match scope.level:
        case Level.NASIONAL:
            return True
        case Level.PROVINSI | Level.KABKOTA:
            sql = "SELECT count(*) FROM wilayah WHERE kode_wilayah = ? AND tingkat = ?"
            params = [scope.kode, str(scope.level)]
        case Level.KANWIL:
            sql, params = "SELECT count(*) FROM kantor WHERE kanwil = ?", [scope.kode]
        case Level.KANTOR:
            sql, params = "SELECT count(*) FROM kantor WHERE kode_kantor = ?", [scope.kode]
    return con.execute(sql, params).fetchone()[0] > 0


def parse(level: str, kode: str) -> Scope:
    """A Scope from untrusted text (a URL); raises ScopeError when it cannot be one."""
    if level == "wilayah":
        return Scope.wilayah(kode)
    if level in (Level.KANWIL, Level.KANTOR):
        return Scope(Level(level), kode)
    raise ScopeError(f"unknown scope kind: {level!r}")


# The usual short forms of area names, longest first; a label or a narrow column uses them.
_SHORT = (
    ("Daerah Khusus Ibukota ", "DKI "),
    ("Daerah Istimewa ", "DI "),
    ("Kabupaten ", "Kab. "),
    ("Kepulauan ", "Kep. "),
)


def short_name(nama):
    """`Kab. Kep. Meranti` for `Kabupaten Kepulauan Meranti`, `DKI Jakarta`, `DI Yogyakarta`: the
    forms officials write in tables and on maps, for a map label or a column that must fit 1280 px.
    Anything that is not a string (a missing name) comes back unchanged."""
    if not isinstance(nama, str):
        return nama
    for long, short in _SHORT:
        nama = nama.replace(long, short)
    return nama


COMPARE_LEVELS = ("provinsi", "kabkota", "kantor")


def comparable(con: duckdb.DuckDBPyConnection, level: str, within: Scope = NATIONAL) -> dict[str, str]:
    """Areas of one kind a user may compare: option ('wilayah:16.71', 'kantor:K0101') → label.

    Kabupaten/kota are labelled with their province when `within` spans several; offices with their
    Kanwil. `option_scope` reads an option back.
    """
    if level not in COMPARE_LEVELS:
        raise ValueError(f"unknown level {level!r}")
    prov = provinces(con, within)
    if level == "provinsi":
        return {f"wilayah:{k}": n for k, n in zip(prov["kode_wilayah"], prov["nama"], strict=True)}
    out: dict[str, str] = {}
    if level == "kabkota":
        for kode_prov, nama_prov in zip(prov["kode_wilayah"], prov["nama"], strict=True):
            kk = kabkota(con, kode_prov, within)
            for k, n in zip(kk["kode_wilayah"], kk["nama"], strict=True):
                out[f"wilayah:{k}"] = f"{n} — {nama_prov}" if len(prov) > 1 else n
        return out
    for name in kanwil(con, within):
        kc = kantor(con, name, within)
        for k, n in zip(kc["kode_kantor"], kc["nama_kantor"], strict=True):
            out[f"kantor:{k}"] = f"{n} — Kanwil {name}"
    return out


def option_scope(option: str) -> Scope:
    """The scope of a `comparable` option."""
    kind, kode = option.split(":", 1)
    return Scope(Level.KANTOR, kode) if kind == "kantor" else Scope.wilayah(kode)


def default_comparison(scope: Scope, subareas: Callable[[], pd.DataFrame]) -> tuple[str, list[str]]:
    """The kind of area a comparison starts with, and the `comparable` options to preselect: the
    scope itself when it is one kab/kota or office, else its five sub-areas furthest behind
    (provinces under national, kabupaten/kota otherwise): the lowest capaian of those with a target,
    or without targets the lowest workforce coverage; ties by code (issue 11: a comparison that
    opens on the areas doing well hides the ones a meeting must discuss).

    `subareas`: gives the scope's sub-area table (analytics.coverage.coverage_by_subarea: `wilayah`,
    `peserta_aktif`, `capaian_persen`, `cakupan_persen`), called only for a scope with sub-areas.
    """
    if scope.level is Level.KABKOTA:
        return "kabkota", [f"wilayah:{scope.kode}"]
    if scope.level is Level.KANTOR:
        return "kantor", [f"kantor:{scope.kode}"]
    level = "provinsi" if scope.level is Level.NASIONAL else "kabkota"
    subs = subareas().dropna(subset=["peserta_aktif"])
    by = "capaian_persen" if subs["capaian_persen"].notna().any() else "cakupan_persen"
    behind = subs.dropna(subset=[by]).sort_values([by, "wilayah"], ascending=[True, True]).head(5)
    return level, [f"wilayah:{k}" for k in behind["wilayah"]]


def option_names(options: dict[str, str], picked: list[str]) -> dict[str, str]:
    """The short name of each picked option by its scope's code ('Kota Palembang — Sumatera Selatan'
    reads 'Kota Palembang' in a legend)."""
    return {option_scope(o).kode: options[o].split(" — ")[0] for o in picked}
