"""`python -m analytics kecelakaan`: a scope's work accidents for the quarter and the year to date.

The figures of analytics.kecelakaan (the Kecelakaan Kerja page shows the same). `--json` prints
exactly the issue's keys; otherwise a short summary in Bahasa Indonesia. The default period is the
latest month with accident data in the scope. Exit codes are ringkasan's: 1 no data, 2 a usage
mistake (unknown area, bad month), 3 the store busy.
"""

from __future__ import annotations

from analytics import fmt
from analytics.commands.scoped import add_arguments, answer, standalone
from analytics.kecelakaan import Kecelakaan, kecelakaan


def add_parser(sub) -> None:
    p = sub.add_parser(
        "kecelakaan",
        help="kecelakaan kerja satu wilayah per triwulan / work accidents of one scope by quarter",
        description="Kasus kecelakaan kerja satu wilayah: triwulan berjalan s.d. bulan data, tahun berjalan, "
        "dan kasus per 100.000 peserta aktif (tanpa wilayah = nasional; default bulan terakhir yang "
        "punya data kecelakaan).",
    )
    add_arguments(p)


def run(args) -> int:
    return answer(args, kecelakaan, summary,
                  "belum ada data kecelakaan untuk wilayah ini. Muat data dengan: python -m analytics load")  # fmt: skip


def summary(k: Kecelakaan) -> str:
    kode = f" ({k.wilayah})" if k.wilayah else ""
    lines = [f"Kecelakaan kerja {k.nama}{kode}, {fmt.bulan(k.periode)} (triwulan {k.triwulan})", ""]

    def row(label: str, value: str) -> None:
        lines.append(f"  {label:<34} {value}")

    row("Bulan dilaporkan (triwulan)", f"{k.bulan_dilaporkan} dari {k.bulan_triwulan}")
    row("Kasus triwulan", fmt.angka(k.kasus_triwulan))
    row("Meninggal triwulan", fmt.angka(k.meninggal_triwulan))
    row("Cacat triwulan", fmt.angka(k.cacat_triwulan))
    row("Klaim triwulan", fmt.rupiah(k.klaim_rp_triwulan, compact=False))
    row("Kasus tahun berjalan", fmt.angka(k.kasus_tahun_berjalan))
    row("Meninggal tahun berjalan", fmt.angka(k.meninggal_tahun_berjalan))
    row("Peserta aktif", "belum ada data" if k.peserta_aktif is None else fmt.angka(k.peserta_aktif))
    rate = k.kasus_per_100rb_peserta_triwulan
    row("Kasus per 100.000 peserta", fmt.NO_VALUE if rate is None else fmt.angka(rate, 2))
    if k.bulan_tidak_dilaporkan:
        months = ", ".join(fmt.bulan(m) for m in k.bulan_tidak_dilaporkan)
        lines += ["", f"Belum dilaporkan: {months} (bukan berarti nol kecelakaan). Sel cacat/klaim kosong dihitung 0."]
    else:
        lines += ["", "Sel cacat/klaim yang kosong dihitung 0."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return standalone("kecelakaan", run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
