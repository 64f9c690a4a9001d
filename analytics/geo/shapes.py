"""What the map draws: official boundaries once imported, else the built-in approximate shapes.

`geometri_kabkota` (analytics.store) holds the kabupaten/kota shapes stored by
analytics.geo.importer; while it is empty the map uses `builtin.kabkota()`. Provinces have no
shapes of their own: they are dissolved from their kabupaten/kota (the first two characters of the
code), so a province always has exactly the outline of its regencies, official or approximate.

A scope's sub-areas are the ones the coverage queries report on (analytics.coverage.areas
`subarea_members`): provinces under national; kabupaten/kota under a province, a Kanwil or a
Kantor Cabang; the kabupaten/kota itself under a kabupaten/kota scope.

Decoding 514 shapes and dissolving 38 provinces takes about a second, so results are cached per
data version: the store file and `analytics.history.count(con)`, which grows with every import
(including the boundary import and the `kantor` mapping that Kanwil scopes depend on). A warm
call returns a copy of the cached frame in milliseconds.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import duckdb
import geopandas as gpd
import pandas as pd
import shapely

from analytics import history
from analytics.coverage.areas import subarea_members
from analytics.scope import Level, Scope

CRS = "EPSG:4326"
COLUMNS = ["kode_wilayah", "nama", "geometry"]
_CACHE_SIZE = 64  # scopes x data versions kept; a national frame is a few MB


@dataclass(frozen=True)
class Shapes:
    """The shapes of a set of areas, and whether they are official."""

    frame: gpd.GeoDataFrame  # kode_wilayah, nama, geometry (EPSG:4326), sorted by kode_wilayah
    resmi: bool  # official boundaries in use (imported), else the built-in approximation
    tanpa_bentuk: tuple[str, ...]  # codes of the sub-areas with no shape


@dataclass(frozen=True)
class Source:
    """Which boundaries are in use, for the Kelola Data tab and the map's note."""

    resmi: bool
    jumlah: int  # kabupaten/kota with an official shape (0 when built-in)
    muat_id: int | None = None
    waktu: object = None  # UTC naive datetime of the import (riwayat_muat.waktu)
    nama_file: str | None = None
    pengguna: str | None = None


def _builtin() -> gpd.GeoDataFrame:
    """The shipped approximate shapes (a seam: unit tests substitute small hand-made squares)."""
    from analytics.geo import builtin  # local: reads the shipped file only when needed

    return builtin.kabkota()


def _has_table(con: duckdb.DuckDBPyConnection) -> bool:
    """False on a store opened read-only before the table existed (an older database file)."""
    return con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'geometri_kabkota' "
        "AND database_name = current_database()"
    ).fetchall()[0][0] > 0


def source(con: duckdb.DuckDBPyConnection) -> Source:
    """Official boundaries in use (with the import that stored them), or built-in."""
    if not _has_table(con):
        return Source(resmi=False, jumlah=0)
    jumlah, muat_id = con.execute("SELECT count(*), max(muat_id) FROM geometri_kabkota").fetchall()[0]
    if not jumlah:
        return Source(resmi=False, jumlah=0)
    row = con.execute(
        "SELECT waktu, nama_file, pengguna FROM riwayat_muat WHERE id = ?", [muat_id]
    ).fetchall()
    waktu, nama_file, pengguna = row[0] if row else (None, None, None)
    return Source(True, int(jumlah), muat_id, waktu, nama_file, pengguna)


def _names(con: duckdb.DuckDBPyConnection, tingkat: str) -> pd.DataFrame:
    return con.execute(
        "SELECT kode_wilayah, nama FROM wilayah WHERE tingkat = ? ORDER BY kode_wilayah", [tingkat]
    ).df()


def _official(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    if not _has_table(con):
        return None
    rows = con.execute("SELECT kode_wilayah, wkb FROM geometri_kabkota ORDER BY kode_wilayah").fetchall()
    if not rows:
        return None
    return pd.DataFrame(
        {"kode_wilayah": [r[0] for r in rows], "geometry": shapely.from_wkb([bytes(r[1]) for r in rows])}
    )


def _frame(names: pd.DataFrame, shapes: pd.DataFrame) -> gpd.GeoDataFrame:
    """The reference areas that have a shape, with their names, sorted by code."""
    merged = names.merge(shapes[["kode_wilayah", "geometry"]], on="kode_wilayah", how="inner")
    merged = merged[~shapely.is_empty(merged["geometry"].array) & merged["geometry"].notna()]
    frame = gpd.GeoDataFrame(merged[COLUMNS], geometry="geometry", crs=CRS)
    return frame.sort_values("kode_wilayah", ignore_index=True)


def _missing(codes, frame: gpd.GeoDataFrame) -> tuple[str, ...]:
    have = set(frame["kode_wilayah"])
    return tuple(sorted(c for c in codes if c not in have))


def _kabkota_uncached(con: duckdb.DuckDBPyConnection) -> Shapes:
    names = _names(con, "kabkota")
    official = _official(con)
    resmi = official is not None
    frame = _frame(names, official if resmi else pd.DataFrame(_builtin()))
    return Shapes(frame, resmi, _missing(names["kode_wilayah"], frame))


def _dissolve_provinces(con: duckdb.DuckDBPyConnection, kabkota: Shapes) -> Shapes:
    """Each province's shape is the union of its kabupaten/kota shapes."""
    names = _names(con, "provinsi")
    parts = kabkota.frame.assign(kode_provinsi=kabkota.frame["kode_wilayah"].str[:2])
    unions = [
        {"kode_wilayah": kode, "geometry": shapely.union_all(group["geometry"].array)}
        for kode, group in parts.groupby("kode_provinsi", sort=True)
    ]
    shapes = pd.DataFrame(unions, columns=["kode_wilayah", "geometry"])
    frame = _frame(names, shapes)
    return Shapes(frame, kabkota.resmi, _missing(names["kode_wilayah"], frame))


def _members(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[str]:
    """The codes of the scope's sub-areas, exactly as the coverage queries split it."""
    members = subarea_members(scope)
    if members is None:  # a kabupaten/kota: the area itself
        return [scope.kode]
    sql, params = members
    return [r[0] for r in con.execute(f"SELECT DISTINCT area FROM ({sql}) ORDER BY 1", params).fetchall()]


def _subarea_uncached(con: duckdb.DuckDBPyConnection, scope: Scope) -> Shapes:
    kabkota = kabkota_shapes(con)
    codes = _members(con, scope)
    if scope.level is Level.NASIONAL:  # provinces, dissolved from their kabupaten/kota
        provinces = _provinces(con, kabkota)
        frame = provinces.frame[provinces.frame["kode_wilayah"].isin(codes)].reset_index(drop=True)
        return Shapes(frame, kabkota.resmi, _missing(codes, frame))
    frame = kabkota.frame[kabkota.frame["kode_wilayah"].isin(codes)].reset_index(drop=True)
    return Shapes(frame, kabkota.resmi, _missing(codes, frame))


# --- cache per data version --------------------------------------------------------------------

_lock = threading.Lock()
_cache: OrderedDict[tuple, Shapes] = OrderedDict()


def _version(con: duckdb.DuckDBPyConnection) -> tuple | None:
    """(store file, history count): changes with every import; None for an in-memory store."""
    path = con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchall()[0][0]
    if not path:
        return None
    return (str(path), history.count(con))


def _copy(shapes: Shapes) -> Shapes:
    return Shapes(shapes.frame.copy(), shapes.resmi, shapes.tanpa_bentuk)


def _cached(con: duckdb.DuckDBPyConnection, what: tuple, compute) -> Shapes:
    version = _version(con)
    if version is None:
        return compute()
    key = (*version, *what)
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return _copy(hit)
    value = compute()  # outside the lock: a slow dissolve must not block other sessions' hits
    with _lock:
        _cache[key] = value
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return _copy(value)


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def _provinces(con: duckdb.DuckDBPyConnection, kabkota: Shapes) -> Shapes:
    return _cached(con, ("provinsi",), lambda: _dissolve_provinces(con, kabkota))


# --- public ------------------------------------------------------------------------------------


def kabkota_shapes(con: duckdb.DuckDBPyConnection) -> Shapes:
    """Every kabupaten/kota of the reference: official shapes when imported, else built-in."""
    return _cached(con, ("kabkota",), lambda: _kabkota_uncached(con))


def subarea_shapes(con: duckdb.DuckDBPyConnection, scope: Scope) -> Shapes:
    """The shapes of the scope's sub-areas (provinces under national, else kabupaten/kota)."""
    return _cached(con, ("subarea", str(scope.level), scope.kode), lambda: _subarea_uncached(con, scope))


def representative_points(shapes: Shapes) -> pd.DataFrame:
    """A point guaranteed inside each shape (for bubbles and labels): kode_wilayah, lat, lon."""
    points = shapely.point_on_surface(shapes.frame["geometry"].array)
    return pd.DataFrame(
        {
            "kode_wilayah": shapes.frame["kode_wilayah"].to_numpy(),
            "lat": shapely.get_y(points),
            "lon": shapely.get_x(points),
        }
    )


TOUCH_DEG = 0.005  # ~500 m: shapes this close count as touching (official boundaries have slivers)


def neighbours(con: duckdb.DuckDBPyConnection, kode: str) -> list[str]:
    """The kabupaten/kota of `kode`'s own province whose shapes touch or overlap its shape (sorted);
    [] when it has no shape. Within the province only: the caller may see that province, not the
    next (analytics.coverage.standing)."""
    frame = kabkota_shapes(con).frame
    codes = frame["kode_wilayah"].astype(str)
    own = frame[codes == kode]
    if own.empty:
        return []
    same = frame[(codes.str[:2] == kode[:2]) & (codes != kode)]
    near = shapely.intersects(same["geometry"].array, shapely.buffer(own["geometry"].iloc[0], TOUCH_DEG))
    return sorted(str(c) for c in same["kode_wilayah"][near])
