"""`python -m analytics demo [--scale small|national] [--sampai YYYY-MM] [--seed N] [--tulis DIR]`.

Generates the deterministic demo data and loads it through the import, as user "demo", with a
progress line on stderr; or, with `--tulis`, only writes the files to a folder (to look at them,
or to load them by hand with `python -m analytics load`). Reloading replaces the same periods, so
running it twice leaves the same data.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from analytics.i18n import Catalog

MESSAGES = Catalog(
    {
        "done": {
            "id": "Data demo ({scale}, s.d. {sampai}) dimuat: {files} berkas, {rows} baris; "
            "pembuatan {gen} dtk dan pemuatan {load} dtk (berjalan bersamaan), total {wall} dtk.",
            "en": "Demo data ({scale}, to {sampai}) loaded: {files} files, {rows} rows; "
            "generation {gen} s and load {load} s (overlapping), total {wall} s.",
        },
        "written": {
            "id": "{files} berkas demo ({mb} MB) ditulis ke {folder} dalam {gen} dtk.",
            "en": "{files} demo files ({mb} MB) written to {folder} in {gen} s.",
        },
        "bad": {"id": "Argumen tidak valid: {error}", "en": "Invalid argument: {error}"},
        "rejected": {"id": "Data demo gagal dimuat: {error}", "en": "Demo data failed to load: {error}"},
    }
)


def add_parser(sub) -> None:
    from analytics.demo import DEFAULT_SEED, SCALES

    p = sub.add_parser(
        "demo",
        help="buat dan muat data demo / generate and load demo data",
        description="Data sintetis yang realistis dan selalu sama untuk setiap dataset kontrak, dimuat "
        "lewat jalur impor yang sama. / Deterministic realistic synthetic data for every dataset, "
        "loaded through the import.",
    )
    p.add_argument("--scale", choices=SCALES, default="national", help="national (default) atau small")
    p.add_argument("--sampai", default=None, help="bulan terakhir YYYY-MM (default: bulan lengkap terakhir)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"benih acak (default {DEFAULT_SEED})")
    p.add_argument("--tulis", type=Path, default=None, metavar="DIR",
                   help="hanya tulis berkas ke folder ini, tanpa memuat / only write the files here")  # fmt: skip
    p.add_argument("--lang", choices=("id", "en"), default="id")


class ProgressBar:
    """`[#####.....] 12/53 perusahaan_2025-03.csv` on one stderr line, redrawn in place."""

    def __init__(self, stream=None, width: int = 30):
        self.stream = stream or sys.stderr
        self.width = width
        self.started = time.perf_counter()

    def __call__(self, step: int, total: int, label: str) -> None:
        filled = self.width * step // max(total, 1)
        elapsed = time.perf_counter() - self.started
        line = f"[{'#' * filled}{'.' * (self.width - filled)}] {step}/{total} {elapsed:5.0f} dtk  {label}"
        end = "\n" if step >= total else ""
        self.stream.write("\r" + line[:110].ljust(110) + end)
        self.stream.flush()


def _number(x, lang: str, decimals: int = 0) -> str:
    from analytics import fmt

    return fmt.angka(x, decimals, lang)


def run(args: argparse.Namespace) -> int:
    from analytics import demo

    lang = args.lang
    try:
        demo.common.numpy_month(args.sampai) if args.sampai else None
    except ValueError as exc:
        print(MESSAGES("bad", lang, error=exc), file=sys.stderr)
        return 2
    if args.tulis is not None:
        return _write(args, lang)
    from analytics import published

    stats: dict = {}
    try:
        with published.writing(doing="demo", on_wait=published.say_waiting) as con:
            demo.load_demo(con, args.scale, args.sampai, args.seed, on_progress=ProgressBar(), stats=stats)
    except demo.DemoError as exc:
        print(MESSAGES("rejected", lang, error=exc), file=sys.stderr)
        return 1
    print(_done(stats, lang))
    return 0


def _done(stats: dict, lang: str) -> str:
    return MESSAGES(
        "done", lang, scale=stats["scale"], sampai=stats["sampai"], files=_number(stats["files"], lang),
        rows=_number(stats["rows"], lang), gen=_number(stats["generate_s"], lang, 1),
        load=_number(stats["load_s"], lang, 1), wall=_number(stats["wall_s"], lang, 1),
    )  # fmt: skip


def _write(args: argparse.Namespace, lang: str) -> int:
    from analytics import demo

    folder: Path = args.tulis
    folder.mkdir(parents=True, exist_ok=True)
    files = size = 0
    seconds = 0.0
    for f in demo.generate(args.scale, args.sampai, args.seed):
        (folder / f.file_name).write_bytes(f.data)
        files += 1
        size += len(f.data)
        seconds += f.seconds
    print(MESSAGES("written", lang, files=files, mb=_number(size / 1e6, lang, 1), folder=folder,
                   gen=_number(seconds, lang, 1)))  # fmt: skip
    return 0
