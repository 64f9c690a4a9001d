"""`python -m analytics load DATASET FILE`: import one file through the same path as the Kelola Data page.

Exit 0 with a one-line summary when the file is stored; exit 1 with the error report when it is
rejected (nothing stored changes); exit 2 for a missing file or an unknown dataset. The app may run
meanwhile (it reads published copies, analytics.published); another load or an upload in progress
is waited for (CAKUPAN_TUNGGU_MUAT_MENIT, then exit 3), and the app shows the new data once this
one is published.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analytics.contract import DATASETS
from analytics.i18n import LANGS

MESSAGES = {
    "no_file": {
        "id": "Berkas tidak ditemukan: {path}",
        "en": "File not found: {path}",
    },
    "bad_dataset": {
        "id": "Dataset tidak dikenal: {name}. Pilihan: {choices}",
        "en": "Unknown dataset: {name}. Choices: {choices}",
    },
}


def add_parser(sub) -> None:
    p = sub.add_parser(
        "load",
        help="muat satu berkas CSV/XLSX ke basis data / load one CSV/XLSX file",
        description="Muat berkas sesuai kontrak data; semua atau tidak sama sekali. "
        "/ Load a file per the data contract; all or nothing.",
    )
    p.add_argument("dataset", help=f"salah satu / one of: {', '.join(DATASETS)}")
    p.add_argument("file", type=Path, help="berkas CSV atau XLSX / CSV or XLSX file")
    p.add_argument("--pengguna", default=None, help="nama pengguna untuk riwayat / user name for the history")
    p.add_argument("--lang", choices=LANGS, default="id", help="bahasa laporan / report language")


def run(args: argparse.Namespace) -> int:
    from analytics import load, published  # local: `--help` stays fast

    lang = args.lang
    if args.dataset not in DATASETS:
        print(MESSAGES["bad_dataset"][lang].format(name=args.dataset, choices=", ".join(DATASETS)), file=sys.stderr)
        return 2
    if not args.file.is_file():
        print(MESSAGES["no_file"][lang].format(path=args.file), file=sys.stderr)
        return 2
    with published.writing(doing=f"load {args.dataset} {args.file.name}", on_wait=published.say_waiting) as con:
        report = load.load_file(con, args.dataset, args.file, user=args.pengguna, lang=lang)
    _audit(report, args.pengguna, lang)
    for warning in report.warnings:
        print(warning.message(lang), file=sys.stderr)
    if report.accepted:
        print(report.summary(lang))
        return 0
    print(report.render_errors(lang))
    return 1


def _audit(report, pengguna: str | None, lang: str) -> None:
    """The load in the audit trail (analytics.akun), as the Kelola Data page records it; a trail that
    cannot be written is said on stderr and does not undo the load."""
    from analytics.akun import audit, db
    from analytics.commands.pengguna import actor

    try:
        with db.connect() as con:
            audit.record(con, "unggah" if report.accepted else "unggah.ditolak", pengguna or actor(),
                         dataset=report.dataset, berkas=report.file_name, baris=report.rows,
                         peringatan=[w.message(lang) for w in report.warnings][:20])  # fmt: skip
    except Exception as exc:  # noqa: BLE001
        print(f"Jejak audit tidak tercatat / audit trail not written: {exc}", file=sys.stderr)
