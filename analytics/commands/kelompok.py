"""`python -m analytics kelompok`: a scope's special groups, how many are unprotected and what
protecting them would cost a month (analytics.kelompok; the Kelompok Khusus page shows the same).

`--json` prints the issue's object; otherwise a short summary in Bahasa Indonesia. The default
period is the latest report month in the scope; `--iuran-per-orang` overrides the contribution per
person (default CAKUPAN_IURAN_PER_ORANG, else Rp16.800). Exit codes are ringkasan's.
"""

from __future__ import annotations

from analytics import fmt, glossary
from analytics.commands.scoped import EXIT_USAGE, add_arguments, answer, fail
from analytics.kelompok import KelompokSummary, kelompok

MAX_IURAN = 10_000_000  # Rp a person a month: anything above is a typo, not a tariff


def parse_iuran(text: str) -> int:
    """`--iuran-per-orang`: whole rupiah, `16800` or `16.800`; ValueError otherwise."""
    digits = text.strip().replace(".", "")
    if not digits.isdigit() or not 0 < int(digits) <= MAX_IURAN:
        raise ValueError(f"iuran per orang harus bilangan rupiah 1 … {MAX_IURAN:,}, bukan {text[:20]!r}")
    return int(digits)


def _add(p) -> None:
    add_arguments(p)
    p.add_argument("--iuran-per-orang", metavar="RP", dest="iuran", help="iuran per orang per bulan (default Rp16.800)")


def add_parser(sub) -> None:
    p = sub.add_parser(
        "kelompok",
        help="kelompok khusus yang dilindungi pemda / special groups protected by local governments",
        description="Kelompok khusus satu wilayah (laporan terakhir tiap kab/kota s.d. bulan data): sasaran, "
        "terdaftar, belum terdaftar, cakupan, dan iuran yang dibutuhkan per bulan.",
    )
    _add(p)


def run(args) -> int:
    try:
        iuran = parse_iuran(args.iuran) if args.iuran else None
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)
    return answer(args, lambda con, scope, periode: kelompok(con, scope, periode, iuran), summary,
                  "{reason}. Muat data dengan: python -m analytics load")  # fmt: skip


def summary(s: KelompokSummary) -> str:
    kode = f" ({s.wilayah})" if s.wilayah else ""
    lines = [f"Kelompok khusus {s.nama}{kode}, s.d. {fmt.bulan(s.periode)}; iuran {fmt.rupiah(s.iuran_per_orang_rp, compact=False)}"
             " per orang per bulan", ""]  # fmt: skip
    for kode_k, g in [*s.kelompok.items(), ("TOTAL", s.total)]:
        name = "Total" if kode_k == "TOTAL" else glossary.kelompok(kode_k)
        cakupan = fmt.NO_VALUE if g.cakupan_persen is None else fmt.persen(g.cakupan_persen, 2)
        laporan = f", laporan {fmt.bulan(g.periode_laporan_terakhir)}" if g.periode_laporan_terakhir else ""
        lines.append(f"  {name:<28} {fmt.angka(g.terdaftar):>10} dari {fmt.angka(g.sasaran):>10} ({cakupan}); "
                     f"belum {fmt.angka(g.belum_terdaftar)}, iuran {fmt.rupiah(g.iuran_dibutuhkan_per_bulan_rp)}/bulan{laporan}")  # fmt: skip
    yearly = s.total.iuran_dibutuhkan_per_bulan_rp * 12
    lines += ["", f"Untuk melindungi semua yang belum terdaftar: {fmt.rupiah(yearly, compact=False)} per tahun."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m analytics kelompok")
    _add(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
