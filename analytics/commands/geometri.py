"""`python -m analytics geometri FILE --kolom-kode KOLOM`: import official kabupaten/kota boundaries.

The same steps as the Kelola Data tab "Batas wilayah" (analytics.geo.importer): read, reproject to
WGS84, repair, match codes, simplify, then store (replacing earlier official boundaries); the map
uses them from then on. `--periksa` only checks and prints the report (read-only, so it also works
while the app runs); `--hapus` removes the official boundaries and the map goes back to the
built-in approximate ones. Without `--kolom-kode` the column whose values match the most
kabupaten/kota codes is used, and the report says which.

Exit 0 done; 1 the file was rejected (nothing stored; the message names the file and what is
wrong); 2 wrong arguments or a missing file; 3 the store is held by another process (analytics.cli).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analytics.i18n import LANGS, Catalog
from analytics.i18n import message as _m

EXIT_REJECTED = 1
EXIT_USAGE = 2



MESSAGES = Catalog(
    {
        "no_file": _m("Berkas tidak ditemukan: {path}", "File not found: {path}"),
        "need_file": _m(
            "Sebutkan berkas batas wilayah, atau --hapus untuk kembali ke batas bawaan.",
            "Name a boundary file, or --hapus to go back to the built-in boundaries.",
        ),
        "file_and_remove": _m(
            "--hapus tidak memakai berkas; jalankan tanpa nama berkas.",
            "--hapus takes no file; run it without a file name.",
        ),
        "guessed": _m("Kolom kode: {column} (dipilih otomatis).", "Code column: {column} (chosen automatically)."),
        "error": _m("Galat: {message}", "Error: {message}"),
    }
)


def add_parser(sub) -> None:
    p = sub.add_parser(
        "geometri",
        help="impor batas wilayah resmi kabupaten/kota / import official regency/city boundaries",
        description="Impor GeoJSON, GeoPackage atau Shapefile (.shp atau .zip) batas kabupaten/kota; semua "
        "atau tidak sama sekali. / Import a GeoJSON, GeoPackage or Shapefile of regency/city boundaries; "
        "all or nothing.",
    )
    p.add_argument("file", nargs="?", type=Path, help="berkas .geojson, .json, .gpkg, .shp atau .zip")
    p.add_argument("--kolom-kode", metavar="NAMA_KOLOM", help="kolom berisi kode Kemendagri PP.KK "
                   "(default: ditebak dari isinya) / column holding the codes (default: guessed)")
    p.add_argument("--lapisan", metavar="NAMA", help="lapisan GeoPackage (default: lapisan poligon pertama)")
    p.add_argument("--periksa", action="store_true", help="periksa saja, tanpa menyimpan / check only, store nothing")
    p.add_argument("--hapus", action="store_true", help="hapus batas resmi, kembali ke batas bawaan / "
                   "remove official boundaries")
    p.add_argument("--pengguna", default=None, help="nama pengguna untuk riwayat / user name for the history")
    p.add_argument("--lang", choices=LANGS, default="id", help="bahasa laporan / report language")


def _fail(key_or_text: str, lang: str, code: int, **fields) -> int:
    text = MESSAGES(key_or_text, lang, **fields) if key_or_text in MESSAGES else key_or_text
    print(MESSAGES("error", lang, message=text), file=sys.stderr)
    return code


def _open_for_check():
    """The published copy, read-only; an in-memory store with the reference when none exists yet."""
    from analytics import published, store

    path = store.db_path()
    return published.connect(path)[0] if path.exists() else store.connect(":memory:")


def run(args: argparse.Namespace) -> int:
    from analytics import published
    from analytics.geo import importer
    from analytics.geo.import_report import GeometryError, M

    lang = args.lang
    if args.hapus:
        if args.file is not None:
            return _fail("file_and_remove", lang, EXIT_USAGE)
        with published.writing(doing="geometri --hapus", on_wait=published.say_waiting) as con:
            importer.remove(con, user=args.pengguna, lang=lang)
        print(M("removed", lang))
        return 0
    if args.file is None:
        return _fail("need_file", lang, EXIT_USAGE)
    if not args.file.is_file():
        return _fail("no_file", lang, EXIT_USAGE, path=args.file)

    con = _open_for_check()  # read and check beside the running app; only the save takes the writer's turn
    try:
        try:
            raw = importer.read(args.file, layer=args.lapisan)
            column = args.kolom_kode or importer.guess_column(con, raw)
            prepared = importer.prepare(con, raw, column)
        except GeometryError as exc:
            return _fail(exc.message(lang), lang, EXIT_REJECTED)
    finally:
        con.close()
    if not args.kolom_kode:
        print(MESSAGES("guessed", lang, column=prepared.report.column))
    print("\n".join(prepared.report.lines(lang)))
    if args.periksa:
        print(M("checked", lang))
        return 0
    with published.writing(doing=f"geometri {args.file.name}", on_wait=published.say_waiting) as con:
        importer.save(con, prepared, user=args.pengguna, lang=lang)
    print(M("stored", lang, n=len(prepared.report.matched)))
    return 0
