"""The command line: `python -m analytics {init,load,demo} ...`.

Each command lives in its own module and registers a subparser through `add_parser(sub)` and a
`run(args) -> int`. Errors a user can cause print a clear message and exit non-zero, never a
traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# command name -> module implementing add_parser(subparsers) and run(args) -> int
COMMANDS = {
    "init": "analytics.commands.init",
    "load": "analytics.commands.load",
    "demo": "analytics.commands.demo",
    "ringkasan": "analytics.commands.ringkasan",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analytics", description="Cakupan — BPJS Ketenagakerjaan coverage analytics")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, module in COMMANDS.items():
        importlib.import_module(module).add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from analytics.store import StoreBusy

    args = build_parser().parse_args(argv)
    try:
        return importlib.import_module(COMMANDS[args.command]).run(args)
    except StoreBusy as exc:
        print(exc, file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("Dibatalkan. / Cancelled.", file=sys.stderr)
        return 130
