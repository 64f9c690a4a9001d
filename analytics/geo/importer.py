"""Official kabupaten/kota boundaries: read a GIS file, make it fit for the web map, store it.

The same steps serve `python -m analytics geometri` and the Kelola Data tab:

1. `read(source, file_name)` — a path or the uploaded bytes of a GeoJSON (.geojson/.json),
   GeoPackage (.gpkg: the first polygon layer unless one is named), Shapefile (.shp beside its
   .dbf/.shx) or a .zip holding one of these; geopandas with pyogrio.
2. `prepare(con, raw, column)` — checks and repairs, all in memory: the coordinates are converted
   to WGS84 (a file without a CRS is taken as WGS84 only when its bounds are longitude/latitude);
   invalid polygons are repaired (shapely.make_valid, polygonal parts kept) and rows without a
   polygon are skipped and reported; the codes are read as the data import reads them (`16.10`,
   `16,1`/`16.1` from Excel -> `16.10`, numbers like 1610 or 1610.0) and, unlike the data import,
   a 4-digit code is taken as the Kemendagri code without its dot (`1610` -> `16.10`), since
   boundary files (BIG's among them) write them so; rows sharing a code are unioned; shapes are
   simplified for the web (shapely.coverage_simplify, which keeps shared borders identical, or
   shape by shape when the shapes overlap) and coordinates rounded to 4 decimals (about 11 m),
   with the tolerance raised until the national GeoJSON stays under `SIZE_BUDGET`. The report
   names every code that matched nothing (row, column, value) and every kabupaten/kota left
   without a shape.
3. `save(con, prepared)` — replaces the whole `geometri_kabkota` table and records the import in
   `riwayat_muat` (dataset 'geometri') in one transaction; `remove(con)` empties it (the map goes
   back to the built-in shapes), also recorded. The history count changes, so the shape caches
   (analytics.geo.shapes) refresh.

A file that cannot be used raises `GeometryError` (unreadable, unsupported type, column not found,
no polygon, no code matched) before anything is written; rejected files are not recorded in the
history (nothing about the store changes).

Row numbers in messages count the file's features from 1, in file order.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import duckdb
import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping

from analytics.geo.import_report import GeometryError, ImportReport, M, Unmatched
from analytics.load.write import default_user, utc_now

DATASET = "geometri"
SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".zip")
SIZE_BUDGET = 2_500_000  # bytes of GeoJSON for all kabupaten/kota; the issue asks < 3 MB
TOLERANCES = (0.005, 0.01, 0.02, 0.04, 0.08)  # degrees (0.005 is about 550 m)
DECIMALS = 4  # about 11 m at the equator


@dataclass
class RawFile:
    """A boundary file as read, before any check (the Kelola Data tab lists its columns)."""

    frame: gpd.GeoDataFrame
    file_name: str
    layer: str | None
    layers: list[str]
    sha256: str

    @property
    def columns(self) -> list[str]:
        return [c for c in self.frame.columns if c != self.frame.geometry.name]


@dataclass
class Prepared:
    """Shapes ready to store: one per matched kabupaten/kota (kode_wilayah, geometry, EPSG:4326)."""

    frame: gpd.GeoDataFrame
    report: ImportReport


# --- reading -----------------------------------------------------------------------------------


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


def _unzip(path: Path, folder: Path, name: str) -> Path:
    """Extract a zip (member names made safe) and return the map file inside it."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                parts = [p for p in PurePosixPath(info.filename.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
                if info.is_dir() or not parts or parts[0] == "__MACOSX":
                    continue
                target = folder.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(info))
    except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
        raise GeometryError("unreadable", file=name, detail=_short(exc)) from exc
    for suffix in (".shp", ".gpkg", ".geojson", ".json"):
        found = sorted(p for p in folder.rglob("*") if p.suffix.lower() == suffix)
        if found:
            return found[0]
    raise GeometryError("zip_without_map", file=name)


def _choose_layer(path: Path, name: str, layer: str | None) -> tuple[str | None, list[str]]:
    try:
        listed = pyogrio.list_layers(path)
    except Exception as exc:  # noqa: BLE001 — any driver failure is an unreadable file
        raise GeometryError("unreadable", file=name, detail=_short(exc)) from exc
    names = [str(row[0]) for row in listed]
    if layer is not None:
        if layer not in names:
            raise GeometryError("layer_missing", file=name, layer=layer, layers=", ".join(names) or "-")
        return layer, names
    polygonal = [str(row[0]) for row in listed if "polygon" in str(row[1]).lower()]
    return (polygonal or names or [None])[0], names


def read(source: str | Path | bytes, file_name: str | None = None, layer: str | None = None) -> RawFile:
    """Read a boundary file from a path or from bytes (then `file_name` gives its type)."""
    with tempfile.TemporaryDirectory(prefix="cakupan_geo_") as tmp:
        folder = Path(tmp)
        if isinstance(source, bytes | bytearray):
            name = Path(file_name or "berkas").name
            data = bytes(source)
            path = folder / (re.sub(r"[^\w.\-]", "_", name) or "berkas")
            if Path(name).suffix.lower() in SUFFIXES:
                path.write_bytes(data)
        else:
            path = Path(source)
            name = file_name or path.name
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise GeometryError("unreadable", file=name, detail=_short(exc)) from exc
        if path.suffix.lower() not in SUFFIXES:
            raise GeometryError("unsupported", file=name)
        if path.suffix.lower() == ".zip":
            path = _unzip(path, folder / "zip", name)
        chosen, layers = _choose_layer(path, name, layer)
        try:
            frame = gpd.read_file(path, layer=chosen, engine="pyogrio")
        except Exception as exc:  # noqa: BLE001 — any driver failure is an unreadable file
            raise GeometryError("unreadable", file=name, detail=_short(exc)) from exc
    if not isinstance(frame, gpd.GeoDataFrame) or frame.active_geometry_name is None:
        raise GeometryError("no_polygon", file=name, types="-")
    if frame.empty:
        raise GeometryError("no_rows", file=name)
    return RawFile(frame.reset_index(drop=True), name, chosen, layers, hashlib.sha256(data).hexdigest())


# --- codes -------------------------------------------------------------------------------------


def normalise_code(value) -> tuple[str, bool]:
    """A cell as a Kemendagri code, and whether it was written as 4 digits without the dot.

    Same reading as the data import (analytics.load.parse): `16,1`/`16.1` -> `16.10`; numbers keep
    their digits (`1610.0` -> `1610`); then `1610` -> `16.10` (boundary files write codes so).
    """
    if value is None or (isinstance(value, float | np.floating) and math.isnan(value)):
        return "", False
    if isinstance(value, bool | np.bool_):
        text = str(value)
    elif isinstance(value, int | np.integer):
        text = str(int(value))
    elif isinstance(value, float | np.floating):
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
    else:
        text = str(value).strip()
    text = text.replace(",", ".")
    if re.fullmatch(r"\d{4}\.0+", text):
        text = text.split(".")[0]
    if re.fullmatch(r"\d{2}\.\d", text):
        return text + "0", False
    if re.fullmatch(r"\d{4}", text):
        return f"{text[:2]}.{text[2:]}", True
    return text, False


def _reference(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, str], dict[str, str]]:
    """(kab/kota code -> name, province code -> name) of the reference."""
    rows = con.execute("SELECT kode_wilayah, nama, tingkat FROM wilayah ORDER BY kode_wilayah").fetchall()
    return {k: n for k, n, t in rows if t == "kabkota"}, {k: n for k, n, t in rows if t == "provinsi"}


def _find_column(raw: RawFile, column: str) -> str:
    if column in raw.columns:
        return column
    folded = [c for c in raw.columns if str(c).casefold() == column.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    raise GeometryError("column_missing", file=raw.file_name, column=column, columns=", ".join(map(str, raw.columns)) or "-")


def guess_column(con: duckdb.DuckDBPyConnection, raw: RawFile) -> str | None:
    """The column whose values name the most kabupaten/kota of the reference (None when none does)."""
    kabkota, _ = _reference(con)
    best, best_hits = None, 0
    for column in raw.columns:
        values = raw.frame[column].drop_duplicates().head(5000)
        hits = len({code for code, _ in map(normalise_code, values)} & kabkota.keys())
        if hits > best_hits:
            best, best_hits = column, hits
    return best


# --- geometry ----------------------------------------------------------------------------------


def _polygonal(geom) -> Polygon | MultiPolygon | None:
    """The polygonal part of a geometry (parts of a collection kept), or None."""
    if geom is None or geom.is_empty:
        return None
    if isinstance(geom, Polygon | MultiPolygon):
        return geom
    polygons = [p for p in shapely.get_parts(geom) if isinstance(p, Polygon | MultiPolygon) and not p.is_empty]
    if hasattr(geom, "geoms") and not polygons:  # nested collections
        polygons = [q for p in shapely.get_parts(geom) if (q := _polygonal(p)) is not None]
    if not polygons:
        return None
    union = shapely.union_all(polygons)
    return union if isinstance(union, Polygon | MultiPolygon) else _polygonal(union)


def _to_wgs84(frame: gpd.GeoDataFrame, report: ImportReport) -> gpd.GeoDataFrame:
    if frame.crs is None:
        minx, miny, maxx, maxy = frame.total_bounds
        if not all(map(math.isfinite, (minx, miny, maxx, maxy))):
            raise GeometryError("no_polygon", file=report.file_name, types=_types(frame))
        if -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90:
            report.crs_assumed = True
            return frame.set_crs(4326)
        bounds = ", ".join(f"{v:.0f}" for v in (minx, miny, maxx, maxy))
        raise GeometryError("no_crs", file=report.file_name, bounds=bounds)
    if frame.crs.to_epsg() == 4326 or frame.crs.to_string() == "OGC:CRS84":
        return frame.to_crs(4326) if frame.crs.to_epsg() != 4326 else frame
    label = f"EPSG:{frame.crs.to_epsg()}" if frame.crs.to_epsg() else (frame.crs.name or frame.crs.to_string())
    try:
        out = frame.to_crs(4326)
    except Exception as exc:  # noqa: BLE001 — a CRS pyproj cannot convert
        raise GeometryError("bad_crs", file=report.file_name, crs=label, detail=_short(exc)) from exc
    report.crs_from = label
    return out


def _types(frame: gpd.GeoDataFrame) -> str:
    kinds = sorted({g.geom_type for g in frame.geometry if g is not None and not g.is_empty})
    return ", ".join(kinds) or "-"


def _clean(frame: gpd.GeoDataFrame, report: ImportReport) -> list:
    """One polygonal geometry (or None) per row; repairs counted, skipped rows reported."""
    out = []
    for i, geom in enumerate(frame.geometry.array, start=1):
        if geom is None or geom.is_empty:
            report.dropped.append((i, "kosong", ""))
            out.append(None)
            continue
        geom = shapely.force_2d(geom)
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
            report.repaired += 1
        polygon = _polygonal(geom)
        if polygon is None:
            report.dropped.append((i, "bukan_poligon", geom.geom_type))
        out.append(polygon)
    return out


def _round(geoms: np.ndarray) -> np.ndarray:
    rounded = shapely.transform(geoms, lambda xy: np.round(xy, DECIMALS))
    bad = ~shapely.is_valid(rounded)
    if bad.any():
        rounded[bad] = [_polygonal(shapely.make_valid(g)) for g in rounded[bad]]
    return rounded


def _simplify(geoms: np.ndarray, tolerance: float, coverage: bool) -> np.ndarray:
    if coverage:
        out = shapely.coverage_simplify(geoms, tolerance)
    else:
        out = shapely.simplify(geoms, tolerance, preserve_topology=True)
    out = _round(out)
    lost = np.array([g is None or g.is_empty for g in out])
    if lost.any():  # a sliver simplified away: keep it as it was, only rounded
        out[lost] = _round(geoms[lost])
    return out


def geojson_size(codes, geoms) -> int:
    """Bytes of the FeatureCollection the browser receives for these shapes."""
    features = [
        {"type": "Feature", "id": k, "properties": {"kode_wilayah": k}, "geometry": mapping(g)}
        for k, g in zip(codes, geoms, strict=True)
    ]
    return len(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")))


def simplify_for_web(codes: list[str], geoms: np.ndarray, total: int, report: ImportReport) -> np.ndarray:
    """Simplify with the smallest tolerance whose national-equivalent size fits SIZE_BUDGET."""
    coverage = bool(shapely.coverage_is_valid(geoms))
    report.borders_kept = coverage
    budget = SIZE_BUDGET * len(codes) / max(total, len(codes))  # a partial file gets its share
    for tolerance in TOLERANCES:
        out = _simplify(geoms, tolerance, coverage)
        size = geojson_size(codes, out)
        if size <= budget:
            break
    report.tolerance, report.size_bytes = tolerance, size
    return out


# --- prepare, save, remove ---------------------------------------------------------------------


def prepare(con: duckdb.DuckDBPyConnection, raw: RawFile, column: str | None) -> Prepared:
    """Check, repair, match and simplify a file's shapes (nothing is written)."""
    kabkota, provinces = _reference(con)
    if column is None:
        column = guess_column(con, raw)
        if column is None:
            raise GeometryError("no_column_guess", file=raw.file_name, columns=", ".join(map(str, raw.columns)) or "-")
    column = _find_column(raw, column)
    report = ImportReport(raw.file_name, str(column), rows=len(raw.frame), total=len(kabkota),
                          layer=raw.layer, layers=raw.layers, sha256=raw.sha256)
    geoms = _clean(raw.frame, report)
    if all(g is None for g in geoms):
        raise GeometryError("no_polygon", file=raw.file_name, types=_types(raw.frame))
    frame = _to_wgs84(gpd.GeoDataFrame({"geometry": geoms}, geometry="geometry", crs=raw.frame.crs), report)

    by_code: dict[str, list] = {}
    for i, (value, geom) in enumerate(zip(raw.frame[column], frame.geometry.array, strict=True), start=1):
        if geom is None:
            continue
        code, four = normalise_code(value)
        if code in kabkota:
            by_code.setdefault(code, []).append(geom)
            report.four_digit |= four
            continue
        why = "kosong" if code == "" else "provinsi" if code in provinces else "tidak_dikenal"
        shown = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
        report.unmatched.append(Unmatched(i, str(column), shown, why))
    if not by_code:
        examples = [str(u.nilai) for u in report.unmatched if u.nilai][:5]
        raise GeometryError("none_matched", file=raw.file_name, column=column,
                            examples=", ".join(repr(e) for e in examples) or "-")

    codes = sorted(by_code)
    report.merged = {k: len(by_code[k]) for k in codes if len(by_code[k]) > 1}
    unioned = np.array([g[0] if len(g) == 1 else _polygonal(shapely.union_all(g)) for g in (by_code[k] for k in codes)],
                       dtype=object)
    simplified = simplify_for_web(codes, unioned, len(kabkota), report)
    report.matched = codes
    report.missing = [(k, n) for k, n in kabkota.items() if k not in by_code]
    report.provinces = {p: (provinces[p], sum(k[:2] == p for k in kabkota)) for p in {k[:2] for k, _ in report.missing}}
    out = gpd.GeoDataFrame({"kode_wilayah": codes, "geometry": simplified}, geometry="geometry", crs=4326)
    return Prepared(out, report)


def _record(con, *, user: str | None, nama_file: str | None, sha256: str | None, baris: int,
            wilayah: list[str], peringatan: str, started: float) -> int:
    """The riwayat_muat row of a boundary import or removal (as analytics.load.write records loads)."""
    return con.execute(
        """INSERT INTO riwayat_muat (waktu, pengguna, dataset, nama_file, sha256, baris, periode, wilayah,
               hasil, jumlah_galat, galat, peringatan, baris_diganti, durasi_detik)
           VALUES (?, ?, ?, ?, ?, ?, [], ?, 'DITERIMA', 0, NULL, ?,
                   (SELECT count(*) FROM geometri_kabkota), ?) RETURNING id""",
        [utc_now(), user or default_user(), DATASET, nama_file, sha256, baris, wilayah, peringatan,
         time.perf_counter() - started],
    ).fetchall()[0][0]


def _write(con: duckdb.DuckDBPyConnection, work) -> int:
    cur = con.cursor()
    try:
        cur.begin()
        try:
            result = work(cur)
            cur.commit()
        except BaseException:
            cur.rollback()
            raise
    finally:
        cur.close()
    return result


def save(con: duckdb.DuckDBPyConnection, prepared: Prepared, user: str | None = None, lang: str = "id") -> int:
    """Replace the stored official shapes with `prepared`, recorded in the history; the load id."""
    started = time.perf_counter()
    report = prepared.report
    rows = [(k, shapely.to_wkb(g)) for k, g in zip(prepared.frame["kode_wilayah"], prepared.frame.geometry.array, strict=True)]

    def work(cur) -> int:
        muat_id = _record(cur, user=user, nama_file=report.file_name, sha256=report.sha256, baris=report.rows,
                          wilayah=list(report.matched), peringatan=report.history_json(lang), started=started)
        cur.execute("DELETE FROM geometri_kabkota")
        cur.executemany("INSERT INTO geometri_kabkota VALUES (?, ?, ?)", [(k, w, muat_id) for k, w in rows])
        return muat_id

    return _write(con, work)


def remove(con: duckdb.DuckDBPyConnection, user: str | None = None, lang: str = "id") -> int:
    """Delete the official shapes (the map goes back to the built-in ones), recorded in the history."""
    started = time.perf_counter()

    def work(cur) -> int:
        muat_id = _record(cur, user=user, nama_file=M("removed_file", lang), sha256=None, baris=0, wilayah=[],
                          peringatan=json.dumps([M("removed", lang)], ensure_ascii=False), started=started)
        cur.execute("DELETE FROM geometri_kabkota")
        return muat_id

    return _write(con, work)

