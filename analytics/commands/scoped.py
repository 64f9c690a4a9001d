"""What the scoped report commands (`ringkasan`, `kepatuhan`) share.

Both take a scope (`--wilayah`, `--kantor` or `--kanwil`; none = national), a `--periode` and
`--json`, open the store read-only (so they work beside a running app), and answer a user's mistake
with one clear line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys

import duckdb

from analytics import published
from analytics.coverage import parse_month
from analytics.scope import Level, Scope, ScopeError
from analytics.store import StoreBusy, db_path

EXIT_NO_DATA = 1
EXIT_USAGE = 2
EXIT_BUSY = 3


class UserError(Exception):
    """A mistake or missing precondition the user can fix; `code` is the exit code."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def fail(message: str, code: int) -> int:
    print(f"Galat: {message}", file=sys.stderr)
    return code


def add_arguments(p: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--wilayah", metavar="KODE", help="kode Kemendagri provinsi (PP) atau kab/kota (PP.KK)"
    )
    where.add_argument("--kantor", metavar="KODE_KANTOR", help="kode Kantor Cabang")
    where.add_argument("--kanwil", metavar="NAMA", help="nama Kantor Wilayah, mis. Sumbagsel")
    p.add_argument("--periode", metavar="YYYY-MM", help="bulan data (default: bulan terakhir yang dimuat)")
    if json_flag:
        p.add_argument("--json", action="store_true", help="cetak satu objek JSON")


def scope_from_args(args) -> Scope:
    if args.wilayah:
        kode = args.wilayah.strip()
        if re.fullmatch(r"\d{2}\.\d", kode):  # Excel turned 16.10 into 16.1 (contract rule)
            kode += "0"
        if not re.fullmatch(r"\d{2}(\.\d{2})?", kode):
            raise ScopeError(
                f"kode wilayah tidak dikenal: {args.wilayah!r} (PP atau PP.KK, mis. 16 atau 16.10)"
            )
        return Scope.wilayah(kode)
    if args.kantor:
        return Scope(Level.KANTOR, args.kantor.strip())
    if args.kanwil:
        return Scope(Level.KANWIL, args.kanwil.strip())
    return Scope.nasional()


def standalone(command: str, run, argv: list[str] | None = None) -> int:
    """Run a scoped command without the registry: `python -m analytics.commands.<command> ...`."""
    parser = argparse.ArgumentParser(prog=f"python -m analytics {command}")
    add_arguments(parser)
    return run(parser.parse_args(argv))


def open_scoped(args) -> tuple[duckdb.DuckDBPyConnection, Scope, dt.date | None]:
    """The read-only store, the scope and the period the arguments name; UserError otherwise."""
    try:
        scope = scope_from_args(args)
        periode = parse_month(args.periode) if args.periode else None
    except (ScopeError, ValueError) as exc:
        raise UserError(str(exc), EXIT_USAGE) from exc
    path = db_path()
    if not path.exists():
        raise UserError(f"basis data {path} belum ada. Jalankan dulu: python -m analytics init", EXIT_NO_DATA)
    try:
        return published.connect(path)[0], scope, periode
    except StoreBusy as exc:
        raise UserError(str(exc), EXIT_BUSY) from exc


def answer(args, compute, summary, no_data: str) -> int:
    """The body a scoped report command shares: open the store read-only, `compute(con, scope,
    periode)` a result with `to_json_dict()`, and print it as JSON (`--json`) or `summary(result)`.
    An unknown area exits 2; analytics.errors.DataKosong prints `no_data` (with the exception's own
    words when `no_data` holds `{reason}`) and exits 1; a busy store exits 3."""
    from analytics.errors import DataKosong

    try:
        con, scope, periode = open_scoped(args)
    except UserError as exc:
        return fail(str(exc), exc.code)
    try:
        result = compute(con, scope, periode)
    except ScopeError:
        return fail(f"wilayah/kantor tidak dikenal: {scope.kode}", EXIT_USAGE)
    except DataKosong as exc:
        return fail(no_data.format(reason=exc), EXIT_NO_DATA)
    finally:
        con.close()
    print(json.dumps(result.to_json_dict(), ensure_ascii=False) if args.json else summary(result))
    return 0
