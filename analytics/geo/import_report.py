"""What a boundary import found, and its messages in Bahasa Indonesia and English.

The importer (analytics.geo.importer) fills an `ImportReport` with facts (rows, codes, CRS, repairs);
the command line prints `lines(lang)` and the Kelola Data tab draws the same facts as figures and
tables. A file that cannot be imported raises `GeometryError`, whose message names the file and
what to do, in the reader's language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from analytics import fmt
from analytics.i18n import Catalog
from analytics.i18n import message as _m

FORMATS = _m(
    "GeoJSON (.geojson, .json), GeoPackage (.gpkg), Shapefile (.shp beserta .dbf dan .shx) atau .zip berisi Shapefile",
    "GeoJSON (.geojson, .json), GeoPackage (.gpkg), Shapefile (.shp with its .dbf and .shx) or a .zip holding a Shapefile",
)

M = Catalog(
    {
        # errors: nothing is stored
        "unsupported": _m(
            "Jenis berkas {file} tidak didukung. Gunakan {formats}.",
            "File type of {file} is not supported. Use {formats}.",
        ),
        "unreadable": _m(
            "Berkas {file} tidak dapat dibaca sebagai data batas wilayah: {detail}",
            "{file} cannot be read as boundary data: {detail}",
        ),
        "zip_without_map": _m(
            "Berkas {file} (zip) tidak berisi Shapefile (.shp), GeoPackage (.gpkg) atau GeoJSON.",
            "{file} (zip) holds no Shapefile (.shp), GeoPackage (.gpkg) or GeoJSON.",
        ),
        "layer_missing": _m(
            "Lapisan {layer} tidak ada di berkas {file}. Lapisan yang ada: {layers}.",
            "Layer {layer} is not in {file}. Layers present: {layers}.",
        ),
        "no_rows": _m("Berkas {file} tidak berisi satu baris pun.", "{file} holds no rows."),
        "column_missing": _m(
            "Kolom {column} tidak ada di berkas {file}. Kolom yang ada: {columns}.",
            "Column {column} is not in {file}. Columns present: {columns}.",
        ),
        "no_crs": _m(
            "Berkas {file} tidak menyebut sistem koordinatnya (CRS), dan koordinatnya bukan bujur/lintang "
            "(batas {bounds}). Simpan ulang berkas beserta CRS-nya (untuk Shapefile: berkas .prj).",
            "{file} does not state its coordinate system (CRS) and its coordinates are not longitude/"
            "latitude (bounds {bounds}). Save the file again with its CRS (for a Shapefile: the .prj file).",
        ),
        "bad_crs": _m(
            "Koordinat berkas {file} tidak dapat diubah dari {crs} ke WGS84: {detail}",
            "The coordinates of {file} cannot be converted from {crs} to WGS84: {detail}",
        ),
        "no_polygon": _m(
            "Berkas {file} tidak berisi poligon (bentuk wilayah) yang dapat dipakai; jenis bentuk yang ada: {types}.",
            "{file} holds no usable polygons (area shapes); geometry types present: {types}.",
        ),
        "none_matched": _m(
            "Tidak satu pun nilai di kolom {column} berkas {file} cocok dengan kode kabupaten/kota "
            "Kemendagri (PP.KK, mis. 16.10). Contoh nilai: {examples}. Pilih kolom yang berisi kode wilayah.",
            "No value in column {column} of {file} matches a Kemendagri kabupaten/kota code (PP.KK, e.g. "
            "16.10). Example values: {examples}. Choose the column that holds the area codes.",
        ),
        "no_column_guess": _m(
            "Tidak ada kolom di berkas {file} yang berisi kode kabupaten/kota. Sebutkan kolomnya; kolom yang ada: {columns}.",
            "No column of {file} holds kabupaten/kota codes. Name the column; columns present: {columns}.",
        ),
        # report lines
        "summary": _m(
            "{file}: {rows} baris dibaca; {matched} dari {total} kabupaten/kota mendapat bentuk.",
            "{file}: {rows} rows read; {matched} of {total} regencies/cities got a shape.",
        ),
        "layer": _m("Lapisan yang dibaca: {layer} (ada: {layers}).", "Layer read: {layer} (present: {layers})."),
        "reprojected": _m(
            "Koordinat diubah dari {crs} ke WGS84 (EPSG:4326).",
            "Coordinates converted from {crs} to WGS84 (EPSG:4326).",
        ),
        "crs_assumed": _m(
            "Berkas tidak menyebut CRS; koordinatnya bujur/lintang, jadi dianggap WGS84 (EPSG:4326).",
            "The file states no CRS; its coordinates are longitude/latitude, so WGS84 (EPSG:4326) is assumed.",
        ),
        "repaired": _m(
            "{n} bentuk tidak valid (mis. garis batas yang bersilangan) diperbaiki.",
            "{n} invalid shapes (e.g. self-crossing borders) were repaired.",
        ),
        "dropped": _m("Baris {row} dilewati: {reason}.", "Row {row} skipped: {reason}."),
        "empty_shape": _m("bentuknya kosong", "its shape is empty"),
        "not_polygon": _m("bukan poligon ({type})", "not a polygon ({type})"),
        "merged": _m(
            "{rows} baris dengan kode yang sama digabung menjadi {codes} kabupaten/kota: {list}.",
            "{rows} rows sharing a code were merged into {codes} regencies/cities: {list}.",
        ),
        "four_digit": _m(
            "Kode 4 angka (mis. 1101) dibaca sebagai kode Kemendagri PP.KK tanpa titik (11.01).",
            "4-digit codes (e.g. 1101) were read as Kemendagri PP.KK codes without the dot (11.01).",
        ),
        "unmatched_head": _m(
            "{n} kode tidak cocok dengan kabupaten/kota mana pun (bentuknya tidak dipakai):",
            "{n} codes matched no regency/city (their shapes are not used):",
        ),
        "unmatched": _m(
            "baris {row}, kolom {column}, nilai {value}: {reason}",
            "row {row}, column {column}, value {value}: {reason}",
        ),
        "reason_empty": _m("kode kosong", "empty code"),
        "reason_province": _m("kode provinsi, bukan kabupaten/kota", "a province code, not a regency/city"),
        "reason_unknown": _m("tidak dikenal", "unknown"),
        "missing_head": _m(
            "{n} kabupaten/kota tanpa bentuk (peta menampilkannya tanpa warna):",
            "{n} regencies/cities without a shape (the map leaves them out):",
        ),
        "missing_province": _m(
            "{code} {name}: seluruh {n} kabupaten/kota", "{code} {name}: all {n} regencies/cities"
        ),
        "simplified": _m(
            "Bentuk disederhanakan untuk peta web (toleransi {tolerance}°, {borders}); ukuran GeoJSON {size}.",
            "Shapes simplified for the web map (tolerance {tolerance}°, {borders}); GeoJSON size {size}.",
        ),
        "borders_kept": _m("batas bersama tetap berimpit", "shared borders kept identical"),
        "borders_each": _m(
            "per bentuk, karena bentuk-bentuknya saling tumpang-tindih",
            "shape by shape, since the shapes overlap one another",
        ),
        # history
        "removed": _m(
            "Batas wilayah resmi dihapus; peta kembali memakai batas perkiraan bawaan.",
            "Official boundaries removed; the map uses the built-in approximate boundaries again.",
        ),
        "removed_file": _m("(kembali ke batas bawaan)", "(back to built-in boundaries)"),
        "stored": _m(
            "Tersimpan: {n} bentuk kabupaten/kota resmi; peta kini memakainya.",
            "Stored: {n} official regency/city shapes; the map now uses them.",
        ),
        "checked": _m(
            "Pemeriksaan saja (--periksa): tidak ada yang disimpan.",
            "Check only (--periksa): nothing was stored.",
        ),
    }
)


class GeometryError(ValueError):
    """A boundary file that cannot be imported; nothing is stored. `message(lang)` says why."""

    def __init__(self, key: str, **fields):
        self.key, self.fields = key, fields
        super().__init__(self.message("id"))

    def message(self, lang: str = "id") -> str:
        fields = dict(self.fields)
        if self.key == "unsupported":
            fields["formats"] = FORMATS[lang if lang in FORMATS else "id"]
        return M(self.key, lang, **fields)


@dataclass(frozen=True)
class Unmatched:
    """A row whose code names no kabupaten/kota: its row (1 = first feature), column and value."""

    baris: int
    kolom: str
    nilai: str
    alasan: str  # "kosong" | "provinsi" | "tidak_dikenal"

    def reason(self, lang: str) -> str:
        key = {"kosong": "reason_empty", "provinsi": "reason_province"}.get(self.alasan, "reason_unknown")
        return M(key, lang)


@dataclass
class ImportReport:
    file_name: str
    column: str
    rows: int = 0  # features read from the file
    total: int = 0  # kabupaten/kota in the reference
    matched: list[str] = field(default_factory=list)  # codes that got a shape, sorted
    unmatched: list[Unmatched] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (code, name) left without a shape
    # province code -> (name, its number of kab/kota), for the provinces with a missing kab/kota
    provinces: dict[str, tuple[str, int]] = field(default_factory=dict)
    repaired: int = 0
    dropped: list[tuple[int, str, str]] = field(default_factory=list)  # (row, "kosong"|"bukan_poligon", type)
    merged: dict[str, int] = field(default_factory=dict)  # code -> rows merged into it (> 1)
    four_digit: bool = False
    crs_from: str | None = None  # the CRS converted from; None when already WGS84
    crs_assumed: bool = False
    layer: str | None = None
    layers: list[str] = field(default_factory=list)
    tolerance: float = 0.0
    borders_kept: bool = True
    size_bytes: int = 0  # the stored shapes as GeoJSON (what a national map sends to the browser)
    sha256: str | None = None

    def summary(self, lang: str = "id") -> str:
        return M(
            "summary", lang, file=self.file_name, rows=fmt.angka(self.rows, lang=lang),
            matched=fmt.angka(len(self.matched), lang=lang), total=fmt.angka(self.total, lang=lang),
        )

    def notes(self, lang: str = "id") -> list[str]:
        """Everything worth knowing apart from the unmatched and missing lists."""
        out = []
        if len(self.layers) > 1:
            out.append(M("layer", lang, layer=self.layer, layers=", ".join(self.layers)))
        if self.crs_from:
            out.append(M("reprojected", lang, crs=self.crs_from))
        if self.crs_assumed:
            out.append(M("crs_assumed", lang))
        if self.four_digit:
            out.append(M("four_digit", lang))
        if self.repaired:
            out.append(M("repaired", lang, n=fmt.angka(self.repaired, lang=lang)))
        for row, why, kind in self.dropped:
            reason = M("empty_shape", lang) if why == "kosong" else M("not_polygon", lang, type=kind)
            out.append(M("dropped", lang, row=row, reason=reason))
        if self.merged:
            listed = ", ".join(f"{k} ({n})" for k, n in sorted(self.merged.items()))
            out.append(M("merged", lang, rows=sum(self.merged.values()), codes=len(self.merged), list=listed))
        if self.size_bytes:
            size = (f"{fmt.angka(self.size_bytes / 1024 / 1024, 2, lang)} MB" if self.size_bytes >= 1024 * 1024
                    else f"{fmt.angka(max(1, round(self.size_bytes / 1024)), lang=lang)} KB")
            borders = M("borders_kept" if self.borders_kept else "borders_each", lang)
            out.append(M("simplified", lang, tolerance=fmt.angka(self.tolerance, 3, lang), borders=borders, size=size))
        return out

    def unmatched_lines(self, lang: str = "id") -> list[str]:
        return [
            M("unmatched", lang, row=u.baris, column=u.kolom, value=repr(u.nilai), reason=u.reason(lang))
            for u in self.unmatched
        ]

    def lines(self, lang: str = "id") -> list[str]:
        """The whole report as text lines (the command line prints these)."""
        out = [self.summary(lang), *self.notes(lang)]
        if self.unmatched:
            out.append(M("unmatched_head", lang, n=fmt.angka(len(self.unmatched), lang=lang)))
            out += [f"  - {line}" for line in self.unmatched_lines(lang)]
        if self.missing:
            out.append(M("missing_head", lang, n=fmt.angka(len(self.missing), lang=lang)))
            out += [f"  - {line}" for line in self.missing_lines(lang)]
        return out

    def missing_lines(self, lang: str = "id") -> list[str]:
        """One line per kab/kota without a shape, except that a province of several kab/kota none
        of which got one is one line (a file of one province would otherwise list ~500 areas)."""
        by_province: dict[str, list[tuple[str, str]]] = {}
        for kode, nama in self.missing:
            by_province.setdefault(kode[:2], []).append((kode, nama))
        out = []
        for prov, areas in by_province.items():
            name, size = self.provinces.get(prov, (prov, -1))
            if len(areas) == size > 1:
                out.append(M("missing_province", lang, code=prov, name=name, n=fmt.angka(size, lang=lang)))
            else:
                out += [f"{kode} {nama}" for kode, nama in areas]
        return out

    def history_json(self, lang: str = "id") -> str:
        """The report as kept in riwayat_muat.peringatan."""
        return json.dumps(self.lines(lang), ensure_ascii=False)
