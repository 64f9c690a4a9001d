"""The command line: `python -m analytics {init,load,demo} ...`.

Each command lives in its own module and registers a subparser through `add_parser(sub)` and a
`run(args) -> int`. Errors a user can cause print a clear message and exit non-zero, never a
traceback. A command module that fails to import (a missing dependency, a bug) does not take the
other commands down: it gets a placeholder subparser, and only invoking it reports the failure
(exit 2).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback

from analytics.load import limits

# command name -> module implementing add_parser(subparsers) and run(args) -> int
COMMANDS = {
    "init": "analytics.commands.init",
    "load": "analytics.commands.load",
    "demo": "analytics.commands.demo",
    "ringkasan": "analytics.commands.ringkasan",
    "kepatuhan": "analytics.commands.kepatuhan",
    "kecelakaan": "analytics.commands.kecelakaan",
    "kelompok": "analytics.commands.kelompok",
    "geometri": "analytics.commands.geometri",
    "peta": "analytics.commands.peta",
    "laporan": "analytics.commands.laporan",
    "pengguna": "analytics.commands.pengguna",
}


def build_parser(prog: str = "python -m analytics", more=None) -> argparse.ArgumentParser:
    """The parser of every command; `more(sub)` may add subcommands of a caller's own (the
    `cakupan` command adds `serve`, which lives in ui/, above analytics)."""
    parser = argparse.ArgumentParser(prog=prog, description="Cakupan — BPJS Ketenagakerjaan coverage analytics")
    sub = parser.add_subparsers(dest="command", required=True)
    if more is not None:
        more(sub)
    for name, module in COMMANDS.items():
        try:
            importlib.import_module(module).add_parser(sub)
        except Exception as exc:  # noqa: BLE001 — reported when this command is invoked, not before
            broken = sub.choices.get(name) or sub.add_parser(
                name, help="(tidak tersedia / unavailable)", add_help=False
            )
            broken.add_argument("_rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
            broken.set_defaults(_broken=f"{type(exc).__name__}: {exc}")
    return parser


def main(argv: list[str] | None = None, parser: argparse.ArgumentParser | None = None) -> int:
    from analytics import writer_lock
    from analytics.store import StoreBusy, StoreTooNew

    parser = parser or build_parser()
    args, extra = parser.parse_known_args(argv)
    if getattr(args, "_broken", None):
        print(f"Perintah '{args.command}' tidak tersedia / command '{args.command}' is unavailable: "
              f"{COMMANDS[args.command]} failed to import ({args._broken})", file=sys.stderr)
        return 2
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return importlib.import_module(COMMANDS[args.command]).run(args)
    except StoreBusy as exc:
        print(exc, file=sys.stderr)
        return 3
    except writer_lock.Busy as exc:
        print(exc.message(), file=sys.stderr)
        return 3
    except StoreTooNew as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Dibatalkan. / Cancelled.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 — a user never gets a traceback; CAKUPAN_DEBUG=1 shows it
        if os.environ.get("CAKUPAN_DEBUG") == "1":
            traceback.print_exc()
        detail = limits.echo(f"{type(exc).__name__}: {exc}", 300)
        print(f"Kesalahan tak terduga / Unexpected error: {detail}. Tidak ada data yang diubah oleh perintah "
              "yang gagal / nothing was changed by the failed command. Jalankan lagi dengan CAKUPAN_DEBUG=1 untuk "
              "rinciannya / run again with CAKUPAN_DEBUG=1 for details.", file=sys.stderr)
        return 1
