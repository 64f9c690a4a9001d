"""`python -m analytics laporan JENIS ... --out FILE`: a report written to a file, from cron or by hand.

JENIS is `bulanan` (the monthly membership report), `triwulanan` (the quarterly compliance and
accident report) or `rapat` (the meeting deck); the format follows FILE's extension (.xlsx or .pdf
for the reports, .pptx or .pdf for the deck). The figures are the pages' and the JSON commands'
(analytics.reports). It prints the path and a one-line summary. Exit codes are ringkasan's (1 no
data, 2 a usage mistake, 3 the store busy), and 2 for an extension the report does not come in.

The file is written beside its destination and renamed into place, so a scheduled job never leaves
half a report where the Disnakertrans picks it up.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from analytics.commands.kelompok import parse_iuran
from analytics.commands.scoped import EXIT_NO_DATA, EXIT_USAGE, UserError, add_arguments, fail, open_scoped
from analytics.reports import laporan


def add_parser(sub) -> None:
    p = sub.add_parser(
        "laporan",
        help="laporan bulanan/triwulanan dan bahan rapat ke berkas / reports and the meeting deck to a file",
        description="Tulis laporan satu wilayah ke berkas: bulanan (.xlsx/.pdf), triwulanan (.xlsx/.pdf) atau "
        "rapat (.pptx/.pdf). Format mengikuti ekstensi --out. Tanpa wilayah = nasional.",
    )
    p.add_argument("jenis", choices=laporan.JENIS, help="bulanan, triwulanan atau rapat")
    add_arguments(p, json_flag=False)
    p.add_argument("--out", required=True, metavar="BERKAS", help="berkas tujuan: .xlsx, .pdf atau .pptx")
    p.add_argument("--lang", choices=("id", "en"), default="id", help="bahasa laporan (default id)")
    p.add_argument("--iuran-per-orang", metavar="RP", dest="iuran", help="iuran per orang per bulan (default Rp16.800)")
    p.add_argument("--batas-hari", metavar="HARI", type=int, default=14,
                   help="hari di satu tahap sebelum kasus tindak lanjut terlambat (default 14)")  # fmt: skip


def _settings(args):
    from analytics.enforcement import EnforcementSettings
    from analytics.reports.meta import ReportSettings

    if not 1 <= args.batas_hari <= 365:
        raise ValueError(f"--batas-hari harus 1 … 365, bukan {args.batas_hari}")
    extra = {"iuran_per_orang": parse_iuran(args.iuran)} if args.iuran else {}
    return ReportSettings(tindak_lanjut=EnforcementSettings(batas_hari=args.batas_hari), **extra)


def run(args) -> int:
    from analytics.errors import DataKosong
    from analytics.scope import ScopeError

    out = Path(args.out)
    suffix = out.suffix.lower()
    allowed = laporan.FORMATS[args.jenis]
    if suffix not in allowed:
        return fail(f"laporan {args.jenis} dibuat sebagai {' atau '.join(allowed)}, bukan {out.suffix or '(tanpa ekstensi)'!r} "
                    f"({out.name})", EXIT_USAGE)  # fmt: skip
    if not out.parent.is_dir():
        return fail(f"folder {out.parent} tidak ada", EXIT_USAGE)
    try:
        settings = _settings(args)
        con, scope, periode = open_scoped(args)
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)
    except UserError as exc:
        return fail(str(exc), exc.code)
    try:
        made = laporan.make(con, args.jenis, scope, periode, suffix, settings, args.lang)
    except ScopeError:
        return fail(f"wilayah/kantor tidak dikenal: {scope.kode}", EXIT_USAGE)
    except DataKosong as exc:
        return fail(f"{exc}. Muat data dengan: python -m analytics load", EXIT_NO_DATA)
    finally:
        con.close()
    _write_atomically(out, made.data)
    print(out)
    print(made.summary)
    return 0


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
