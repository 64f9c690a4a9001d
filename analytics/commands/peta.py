"""`python -m analytics peta`: the Peta page's map written to a PNG or HTML file, for reports and slides.

Same map as the page (analytics.reports.peta.build), so a slide matches the screen. Prints where
the file was written and the legend with its counts (`--json`: one object). A user error (unknown
indicator or method, a bad file type, no data, unknown area) prints one clear line and exits
non-zero, never a traceback; nothing is written then.
"""

from __future__ import annotations

import json
from pathlib import Path

from analytics import fmt
from analytics.commands.scoped import (
    EXIT_NO_DATA,
    EXIT_USAGE,
    UserError,
    add_arguments,
    fail,
    open_scoped,
)
from analytics.geo import classify, indicators
from analytics.scope import ScopeError

DEFAULT_KELAS = 5


def add_parser(sub) -> None:
    p = sub.add_parser(
        "peta",
        help="peta wilayah ke berkas PNG/HTML / the map to a PNG or HTML file",
        description="Peta sub-wilayah (provinsi di bawah nasional; kab/kota di bawah provinsi, Kanwil "
        "atau Kantor Cabang) diwarnai menurut satu indikator, ditulis ke berkas .png (slide, laporan) "
        "atau .html (interaktif, tanpa internet).",
    )
    add_configure(p)


def add_configure(p) -> None:
    add_arguments(p)
    p.add_argument("--indikator", metavar="NAMA", required=True, help=f"salah satu: {', '.join(indicators.NAMES)}")
    p.add_argument("--metode", metavar="METODE", help="kuantil, interval atau ambang (default: menurut indikator)")
    p.add_argument("--kelas", metavar="N", type=int, default=DEFAULT_KELAS,
                   help=f"jumlah kelas untuk kuantil/interval, {classify.MIN_CLASSES}–{classify.MAX_CLASSES} "
                   f"(default {DEFAULT_KELAS})")  # fmt: skip
    p.add_argument("--gelembung", metavar="NAMA",
                   help=f"lingkaran sebesar jumlah: {', '.join(indicators.COUNT_NAMES)}")  # fmt: skip
    p.add_argument("--out", metavar="BERKAS", required=True, help="berkas .png atau .html yang ditulis")
    p.add_argument("--lang", choices=("id", "en"), default="id", help="bahasa peta (default id)")


def check(args) -> None:
    """The map's own arguments, checked before the store is opened; UserError otherwise."""
    names = ", ".join(indicators.NAMES)
    if args.indikator not in indicators.INDICATORS:
        raise UserError(f"indikator tidak dikenal: {args.indikator!r}. Pilih salah satu: {names}", EXIT_USAGE)
    ind = indicators.INDICATORS[args.indikator]
    if args.metode is not None and args.metode not in ind.methods:
        if args.metode not in classify.METHODS:
            raise UserError(
                f"metode tidak dikenal: {args.metode!r}. Pilih salah satu: {', '.join(classify.METHODS)}", EXIT_USAGE
            )
        raise UserError(
            f"metode {args.metode!r} tidak berlaku untuk indikator {args.indikator}. "
            f"Pilih: {', '.join(ind.methods)}",
            EXIT_USAGE,
        )
    if not classify.MIN_CLASSES <= args.kelas <= classify.MAX_CLASSES:
        raise UserError(
            f"--kelas harus {classify.MIN_CLASSES} sampai {classify.MAX_CLASSES}, bukan {args.kelas}", EXIT_USAGE
        )
    if args.gelembung is not None and args.gelembung not in indicators.COUNT_NAMES:
        raise UserError(
            f"--gelembung tidak dikenal: {args.gelembung!r}. Pilih salah satu: {', '.join(indicators.COUNT_NAMES)}",
            EXIT_USAGE,
        )
    out = Path(args.out)
    from analytics.figures.peta import SUFFIXES

    if out.suffix.lower() not in SUFFIXES:
        raise UserError(
            f"jenis berkas tidak dikenal: {out.name!r}. Pakai akhiran .png atau .html", EXIT_USAGE
        )
    if not out.parent.is_dir():
        raise UserError(f"folder {out.parent} tidak ada; buat dulu atau pilih folder lain", EXIT_USAGE)


def run(args) -> int:
    try:
        check(args)
        con, scope, periode = open_scoped(args)
    except UserError as exc:
        return fail(str(exc), exc.code)
    from analytics.coverage import DataKosong
    from analytics.figures import peta as peta_figure
    from analytics.reports import peta

    try:
        built = peta.build(
            con, scope, periode, args.indikator, args.metode, args.kelas, args.gelembung, args.lang
        )
    except ScopeError:
        return fail(f"wilayah/kantor tidak dikenal: {scope.kode}", EXIT_USAGE)
    except DataKosong:
        sampai = f" sampai {fmt.bulan(periode)}" if periode else ""
        return fail(
            f"belum ada data kepesertaan untuk wilayah ini{sampai}. Muat data dengan: python -m analytics load",
            EXIT_NO_DATA,
        )
    finally:
        con.close()
    path = peta_figure.write(built, args.out)
    if args.json:
        print(json.dumps(to_json(built, path), ensure_ascii=False))
    else:
        print(summary(built, path))
    return 0


def to_json(built, path: Path) -> dict:
    return {
        "berkas": str(path),
        "judul": built.title,
        "indikator": built.indikator,
        "legenda": [{"kelas": r.label, "warna": r.colour, "jumlah": r.count} for r in built.legend],
        "catatan": built.note,
    }


def summary(built, path: Path) -> str:
    """Where the file went, the title, and the legend with its counts (in the map's language)."""
    en = built.lang == "en"
    lines = [f"{'Map written to' if en else 'Peta ditulis ke'} {path}", built.title, ""]
    width = max((len(r.label) for r in built.legend), default=0)
    for r in built.legend:
        lines.append(f"  {r.label:<{width}}  {fmt.angka(r.count, 0, built.lang):>5} {'areas' if en else 'wilayah'}")
    if built.bubble_label:
        lines += ["", f"  {built.bubble_label}"]
    lines += ["", built.note]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m analytics peta")
    add_configure(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
