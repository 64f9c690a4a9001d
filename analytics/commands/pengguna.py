"""`python -m analytics pengguna tambah|ubah|nonaktifkan|daftar` (also `cakupan pengguna …`): the
accounts, from the command line (the Kelola Pengguna page does the same for admins).

    cakupan pengguna tambah NAMA --peran admin                  # the first admin
    cakupan pengguna tambah ani --peran provinsi --wilayah 16 --unggah
    cakupan pengguna ubah ani --peran kabkota --wilayah 16.71
    cakupan pengguna ubah ani --sandi                           # a new password (changed at sign-in)
    cakupan pengguna nonaktifkan ani
    cakupan pengguna daftar [--json]

A password is read from standard input when it is not a terminal (the first line), else prompted
twice without echo; it is never an argument (arguments show in `ps` and the shell's history). A new
account, or one given a new password here, must change it at its next sign-in. Exit 0 done, 1 a
refused change (the message says why), 2 a usage mistake.
"""

from __future__ import annotations

import getpass
import json
import os
import sys

from analytics.commands.scoped import EXIT_USAGE, fail

EXIT_REFUSED = 1


def add_parser(sub) -> None:
    p = sub.add_parser("pengguna", help="akun pengguna / user accounts",
                       description="Kelola akun: tambah, ubah, nonaktifkan, daftar.")  # fmt: skip
    actions = p.add_subparsers(dest="aksi", required=True)
    add = actions.add_parser("tambah", help="akun baru")
    add.add_argument("nama")
    _role_arguments(add, required=True)
    add.add_argument("--email", help="email untuk masuk lewat SSO (opsional)")
    add.add_argument("--unggah", action="store_true", help="boleh mengunggah data di wilayahnya")
    add.add_argument("--tanpa-sandi", action="store_true", help="hanya SSO: tanpa kata sandi (butuh --email)")
    change = actions.add_parser("ubah", help="ubah peran, wilayah, email, izin unggah atau kata sandi")
    change.add_argument("nama")
    _role_arguments(change, required=False)
    change.add_argument("--email")
    upload = change.add_mutually_exclusive_group()
    upload.add_argument("--unggah", dest="unggah", action="store_true", default=None)
    upload.add_argument("--tanpa-unggah", dest="unggah", action="store_false")
    change.add_argument("--sandi", action="store_true", help="beri kata sandi baru (dibaca dari stdin atau ditanyakan)")
    change.add_argument("--aktifkan", action="store_true", help="aktifkan lagi akun yang dinonaktifkan")
    change.add_argument("--buka-kunci", action="store_true", help="buka akun yang terkunci karena salah sandi")
    off = actions.add_parser("nonaktifkan", help="nonaktifkan akun (sesinya berakhir)")
    off.add_argument("nama")
    listing = actions.add_parser("daftar", help="semua akun")
    listing.add_argument("--json", action="store_true")


def _role_arguments(p, required: bool) -> None:
    from analytics.akun.roles import PERAN

    p.add_argument("--peran", choices=PERAN, required=required)
    where = p.add_mutually_exclusive_group()
    where.add_argument("--wilayah", metavar="KODE", help="kode provinsi (PP) atau kab/kota (PP.KK)")
    where.add_argument("--kanwil", metavar="NAMA", help="nama Kantor Wilayah")
    where.add_argument("--kantor", metavar="KODE_KANTOR", help="kode Kantor Cabang")


def actor() -> str:
    """Who acts from the command line: `cli:<login name>`."""
    try:
        who = getpass.getuser()
    except Exception:  # noqa: BLE001 — no login name (a container): still say where it came from
        who = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return f"cli:{who}"


def read_password(stdin=None, prompt=getpass.getpass) -> str:
    """The password from standard input's first line (a pipe), else asked twice without echo."""
    stdin = stdin or sys.stdin
    if not stdin.isatty():
        line = stdin.readline()
        return line.rstrip("\r\n")
    first = prompt("Kata sandi: ")
    if prompt("Ulangi kata sandi: ") != first:
        raise ValueError("kedua kata sandi tidak sama")
    return first


def _area(args) -> str | None:
    return args.wilayah or args.kanwil or args.kantor


def _checked_area(peran: str, area: str | None) -> str | None:
    """The area as the store knows it for the role (the analytics store is opened read-only)."""
    from analytics import published
    from analytics.akun import roles
    from analytics.store import connect, db_path

    if peran in roles.NATIONAL:
        if area:
            raise roles.PeranError(f"peran {peran} melihat seluruh Indonesia: jangan beri wilayah ({area!r})")
        return None
    con = published.connect(db_path())[0] if db_path().exists() else connect(":memory:")
    try:
        return roles.check(con, peran, area)[0]
    finally:
        con.close()


def run(args) -> int:
    from analytics.akun import accounts, db, roles

    try:
        with db.connect() as con:
            match args.aksi:
                case "tambah":
                    area = _checked_area(args.peran, _area(args))
                    password = None if args.tanpa_sandi else read_password()
                    made = accounts.add(con, args.nama, args.peran, area, password, email=args.email,
                                        boleh_unggah=args.unggah, oleh=actor())  # fmt: skip
                    print(f"Akun {made.nama} dibuat: {_describe(made)}."
                          + (" Kata sandi harus diganti saat pertama masuk." if password else ""))  # fmt: skip
                case "ubah":
                    if (args.wilayah or args.kanwil or args.kantor) and not args.peran:
                        return fail("beri --peran bersama wilayahnya", EXIT_USAGE)
                    area = _checked_area(args.peran, _area(args)) if args.peran else None
                    made = accounts.change(
                        con, args.nama, oleh=actor(), peran=args.peran, wilayah=area, email=args.email,
                        boleh_unggah=args.unggah, aktif=True if args.aktifkan else None,
                        password=read_password() if args.sandi else None, buka_kunci=args.buka_kunci,
                    )  # fmt: skip
                    print(f"Akun {made.nama}: {_describe(made)}.")
                case "nonaktifkan":
                    made = accounts.change(con, args.nama, oleh=actor(), aktif=False)
                    print(f"Akun {made.nama} dinonaktifkan; sesinya berakhir.")
                case "daftar":
                    found = accounts.listing(con)
                    if args.json:
                        print(json.dumps([_as_json(a) for a in found], ensure_ascii=False))
                    elif not found:
                        print("Belum ada akun: aplikasi berjalan dalam mode demo tanpa login (hanya localhost).")
                    else:
                        for a in found:
                            print(f"{a.nama:<24} {_describe(a)}")
    except (accounts.AkunError, roles.PeranError) as exc:
        return fail(str(exc), EXIT_REFUSED)
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)
    return 0


def _describe(a) -> str:
    where = f" {a.wilayah}" if a.wilayah else ""
    parts = [f"{a.peran}{where}", "boleh unggah" if a.boleh_unggah else "tanpa unggah"]
    if a.email:
        parts.append(f"email {a.email}")
    if not a.aktif:
        parts.append("NONAKTIF")
    if a.kunci_sampai is not None:
        parts.append(f"terkunci s.d. {a.kunci_sampai:%Y-%m-%d %H:%M} UTC")
    return ", ".join(parts)


def _as_json(a) -> dict:
    return {"nama": a.nama, "peran": a.peran, "wilayah": a.wilayah, "email": a.email, "boleh_unggah": a.boleh_unggah,
            "aktif": a.aktif, "harus_ganti": a.harus_ganti}  # fmt: skip
