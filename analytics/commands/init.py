"""`python -m analytics init`: make the store ready for the app (`make run` calls it first).

Opens (and so creates, or migrates) the store and publishes it for the app when it needs it
(analytics.published: a store already published as it is stays as it is, so a running app keeps its
caches). When it holds no kepesertaan rows, fills it with the national
demo data, with a progress line, and says so; otherwise prints one line about what is loaded and
leaves it alone. Exit 0 either way; a busy store exits 3 (see analytics.cli).
"""

from __future__ import annotations

import argparse

from analytics.i18n import Catalog

MESSAGES = Catalog(
    {
        "filling": {
            "id": "Basis data {path} belum berisi data kepesertaan: mengisi dengan data demo nasional "
            "(sekali saja, sekitar dua menit)...",
            "en": "Database {path} holds no membership data: filling it with the national demo data "
            "(once, about two minutes)...",
        },
        "published": {
            "id": "Salinan baca untuk aplikasi diterbitkan dalam {s} detik (tabel turunan, salin); "
            "seluruhnya {total} detik.",
            "en": "Read copy for the app published in {s} s (derived tables, copy); {total} s in all.",
        },
        "loaded": {
            "id": "Basis data {path}: kepesertaan {first} s.d. {last} ({areas} kab/kota), {employers} baris "
            "perusahaan, {loads} pemuatan diterima.",
            "en": "Database {path}: membership {first} to {last} ({areas} regencies/cities), {employers} "
            "employer rows, {loads} accepted loads.",
        },
    }
)


def add_parser(sub) -> None:
    p = sub.add_parser(
        "init",
        help="siapkan basis data; isi data demo bila kosong / prepare the database, demo data if empty",
    )
    p.add_argument("--lang", choices=("id", "en"), default="id")


def run(args: argparse.Namespace) -> int:
    import time

    from analytics import fmt, published, store
    from analytics.commands.demo import ProgressBar, _done

    lang = args.lang
    path = store.db_path()
    started = time.perf_counter()
    copy, _ = published.connect(path)  # creates, migrates and publishes the store when it needs it
    try:
        empty = _count(copy, "kepesertaan") == 0
        if not empty:
            first, last, areas = copy.execute(
                "SELECT strftime(min(periode), '%Y-%m'), strftime(max(periode), '%Y-%m'), "
                "count(DISTINCT kode_wilayah) FROM kepesertaan"
            ).fetchone()
            loads = copy.execute("SELECT count(*) FROM riwayat_muat WHERE hasil = 'DITERIMA'").fetchone()[0]
            print(MESSAGES("loaded", lang, path=path, first=first, last=last, areas=fmt.angka(areas, lang=lang),
                           employers=fmt.angka(_count(copy, "perusahaan"), lang=lang),
                           loads=fmt.angka(loads, lang=lang)))  # fmt: skip
    finally:
        copy.close()
    if not empty:
        return 0
    from analytics import demo

    print(MESSAGES("filling", lang, path=path), flush=True)
    stats: dict = {}
    with published.writing(path, doing="init", on_wait=published.say_waiting) as con:
        demo.load_demo(con, on_progress=ProgressBar(), stats=stats)
        loaded = time.perf_counter()
    print(_done(stats, lang))
    print(MESSAGES("published", lang, s=fmt.angka(time.perf_counter() - loaded, 1, lang),
                   total=fmt.angka(time.perf_counter() - started, 1, lang)))  # fmt: skip
    return 0


def _count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # table: a fixed name from code
