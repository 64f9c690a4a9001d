"""`python -m analytics ringkasan`: the headline of a scope on the command line.

Same function as the Ringkasan page (analytics.coverage.headline). `--json` prints exactly the issue's
keys (null where a figure is not defined: with employers, a target or the workforce loaded but no
membership for the month, the figures that exist are printed and exit is 0; exit 1 only when the
scope holds no data at all); otherwise a short summary in Bahasa Indonesia with Indonesian number formats. A user error
(unknown area, bad month, no data, no database) prints one clear line and exits non-zero.
"""

from __future__ import annotations

import re

from analytics import fmt
from analytics.commands.scoped import add_arguments, answer, standalone
from analytics.coverage import DataKosong, Headline, headline, status_label


def add_parser(sub) -> None:
    p = sub.add_parser(
        "ringkasan",
        help="ringkasan capaian target satu wilayah / headline coverage of one scope",
        description="Ringkasan kepesertaan terhadap target untuk satu wilayah dan bulan "
        "(tanpa wilayah = nasional).",
    )
    add_arguments(p)


NO_MEMBERSHIP = "belum ada data kepesertaan untuk wilayah ini. Muat data dengan: python -m analytics load"


def _headline(con, scope, periode) -> Headline:
    """The headline; DataKosong (exit 1) when the scope and month hold no figure at all."""
    try:
        h = headline(con, scope, periode)
    except DataKosong:
        raise DataKosong(NO_MEMBERSHIP) from None
    if not h.has_data:
        raise DataKosong(f"tidak ada data {h.nama} untuk {fmt.bulan(h.periode)} (kepesertaan, target, penduduk "
                         "bekerja maupun perusahaan)")  # fmt: skip
    return h


def run(args) -> int:
    return answer(args, _headline, summary, "{reason}")


def summary(h: Headline) -> str:
    """The headline as a few readable lines in Bahasa Indonesia."""
    kode = f" ({h.wilayah})" if h.wilayah else ""
    lines = [f"Ringkasan kepesertaan {h.nama}{kode}, {fmt.bulan(h.periode)}", ""]
    if h.peserta_aktif is None:
        lines[1:1] = [f"Data kepesertaan {fmt.bulan(h.periode)} belum dimuat: capaian, gap, cakupan dan laju "
                      "dihitung setelah data itu dimuat.", ""]

    def row(label: str, value: str) -> None:
        lines.append(f"  {label:<26} {value}")

    row("Peserta aktif", "belum ada data" if h.peserta_aktif is None else fmt.angka(h.peserta_aktif))
    if h.target_peserta is None:
        row("Target", "belum ada target untuk tahun ini")
    else:
        catatan = ""
        if h.target_dialokasikan:
            kabkota = bool(h.wilayah and re.fullmatch(r"\d{2}\.\d{2}", h.wilayah))
            catatan = (
                " (dialokasikan dari target provinsi)"
                if kabkota
                else " (termasuk alokasi dari target provinsi)"
            )
        row("Target", f"{fmt.angka(h.target_peserta)}{catatan}")
        row("Capaian", fmt.persen(h.to_json_dict()["capaian_persen"], 2))
        row("Kekurangan (gap)", fmt.angka(h.gap))
        if h.wilayah is None or "." not in h.wilayah:  # above kab/kota level (a kab/kota code is PP.KK)
            row("Kab/kota belum tercapai", f"{fmt.angka(h.bagian_belum_tercapai)} dari {fmt.angka(h.bagian_bertarget)}; "
                f"kekurangan mereka {fmt.angka(h.kekurangan_bagian)} peserta")
        sisa = f"{fmt.angka(h.bulan_tersisa)} bulan lagi" if h.bulan_tersisa else "sudah lewat"
        row("Batas waktu", f"{fmt.tanggal(h.batas_waktu)} ({sisa})")
        row("Laju dibutuhkan", _per_bulan(h.laju_dibutuhkan_per_bulan))
    row("Laju 3 bulan terakhir", _per_bulan(h.laju_aktual_per_bulan, "belum cukup data 3 bulan"))
    if h.target_peserta is not None:
        agregat = (f" (agregat) — {fmt.angka(h.bagian_belum_tercapai)} kab/kota belum mencapai target"
                   if h.parts_disagree else "")
        row("Status", status_label(h.status or "TANPA_STATUS") + agregat)
    if h.penduduk_bekerja is not None:
        row(f"Penduduk bekerja ({h.tahun_penduduk_bekerja})", fmt.angka(h.penduduk_bekerja))
        row("Cakupan", fmt.persen(h.to_json_dict()["cakupan_persen"], 2))
    else:
        row("Penduduk bekerja", "belum ada data")
    row("Perusahaan aktif", "belum ada data" if h.perusahaan_aktif is None else fmt.angka(h.perusahaan_aktif))
    if h.proyeksi_batas_waktu is not None:
        rentang = ""
        if h.proyeksi_bawah is not None:
            rentang = f" (rentang {fmt.angka(h.proyeksi_bawah)} – {fmt.angka(h.proyeksi_atas)})"
        row("Proyeksi di batas waktu", fmt.angka(h.proyeksi_batas_waktu) + rentang)
    elif h.target_peserta is not None:
        row("Proyeksi di batas waktu", "belum cukup data")
    return "\n".join(lines)


def _per_bulan(value: int | None, missing: str = "–") -> str:
    return missing if value is None else f"{fmt.angka(value)} per bulan"


def main(argv: list[str] | None = None) -> int:
    return standalone("ringkasan", run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
