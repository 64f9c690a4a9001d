"""`python -m analytics kepatuhan`: compliance of employers in a scope on the command line.

Same function as the Kepatuhan page (analytics.compliance.compliance_summary). `--json` prints
exactly the issue's keys; otherwise a short summary in Bahasa Indonesia. A user error (unknown
area, bad month, no data, no database) prints one clear line and exits non-zero.
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics import fmt, glossary
from analytics.commands.scoped import add_arguments, answer, standalone
from analytics.compliance import (
    DataKosong,
    Perubahan,
    PotensiGap,
    Ringkasan,
    compliance_changes,
    compliance_summary,
    gap_potential,
)


def add_parser(sub) -> None:
    p = sub.add_parser(
        "kepatuhan",
        help="kepatuhan perusahaan satu wilayah / employer compliance of one scope",
        description="Perusahaan tidak patuh per kategori (PWBD, PDS-TK, PDS-Upah, PDS-Program, "
        "PMI – menunggak iuran) untuk satu wilayah, dari snapshot perusahaan terakhir pada atau "
        "sebelum periode (tanpa wilayah = nasional).",
    )
    add_arguments(p)


@dataclass(frozen=True)
class _Found:
    """The summary and, for the text, the gap share and the change since the previous snapshot."""

    r: Ringkasan
    extra: tuple = ()

    def to_json_dict(self) -> dict:
        return self.r.to_json_dict()


def run(args) -> int:
    def compute(con, scope, periode) -> _Found:
        try:
            r = compliance_summary(con, scope, periode)
            extra = () if args.json else (gap_potential(con, scope, periode), compliance_changes(con, scope, periode))
        except DataKosong:
            sampai = f" sampai {fmt.bulan(periode)}" if periode else ""
            raise DataKosong(f"belum ada data perusahaan untuk wilayah ini{sampai}. "
                             "Muat data dengan: python -m analytics load") from None  # fmt: skip
        return _Found(r, extra)

    return answer(args, compute, lambda found: summary(found.r, *found.extra), "{reason}")


def summary(r: Ringkasan, gap: PotensiGap | None = None, perubahan: Perubahan | None = None) -> str:
    """The summary as a few readable lines in Bahasa Indonesia (with the gap share and the change
    since the previous snapshot when given)."""
    kode = f" ({r.wilayah})" if r.wilayah else ""
    lines = [f"Kepatuhan perusahaan {r.nama}{kode}, snapshot {fmt.bulan(r.periode)}"]
    if r.periode_terlama != r.periode:
        lines.append(f"  (sebagian kab/kota memakai snapshot lebih lama, sejak {fmt.bulan(r.periode_terlama)})")
    lines.append("")

    def row(label: str, value: str) -> None:
        lines.append(f"  {label:<44} {value}")

    row("Perusahaan tercatat", fmt.angka(r.perusahaan))
    row("Perusahaan tidak patuh (≥ 1 kategori)", fmt.angka(r.perusahaan_tidak_patuh))
    row("Tenaga kerja belum terlindungi", fmt.angka(r.tk_belum_terlindungi))
    lines.append("")
    k = r.kategori
    row(glossary.kategori("PWBD"), f"{fmt.angka(k['PWBD'].perusahaan)} perusahaan, "
        f"{fmt.angka(k['PWBD'].tk_belum_terlindungi)} TK belum terlindungi")
    row(glossary.kategori("PDS_TK"), f"{fmt.angka(k['PDS_TK'].perusahaan)} perusahaan, "
        f"{fmt.angka(k['PDS_TK'].tk_belum_terlindungi)} TK belum terlindungi")
    row(glossary.kategori("PDS_UPAH"), f"{fmt.angka(k['PDS_UPAH'].perusahaan)} perusahaan, "
        f"selisih upah {fmt.rupiah(k['PDS_UPAH'].selisih_upah_rp, compact=False)} per bulan")
    row(glossary.kategori("PDS_PROGRAM"), f"{fmt.angka(k['PDS_PROGRAM'].perusahaan)} perusahaan")
    row(glossary.kategori("PMI"), f"{fmt.angka(k['PMI'].perusahaan)} perusahaan, "
        f"tunggakan {fmt.rupiah(k['PMI'].tunggakan_rp, compact=False)}")
    for label, n in (k["PMI"].umur or {}).items():
        row(f"    menunggak {label}", f"{fmt.angka(n)} perusahaan")
    if gap is not None:
        lines.append("")
        if gap.persen_gap is None:
            alasan = ("target sudah tercapai" if gap.dasar == 0 else "belum ada target atau data kepesertaan")
            row("Potensi penutupan gap", f"– ({alasan})")
        else:
            lebih = " (melebihi kekurangan)" if gap.persen_gap > 100 else ""
            row("Potensi penutupan gap", f"{fmt.angka(gap.perusahaan)} perusahaan, "
                f"{fmt.angka(gap.tk_belum_terlindungi)} TK = {fmt.persen(gap.persen_tampil, 1)} "
                + (f"dari kekurangan kab/kota {fmt.angka(gap.kekurangan_bagian)} (gap bersih {fmt.angka(gap.gap)})"
                   if gap.dari_bagian else f"dari gap {fmt.angka(gap.gap)}") + lebih)
    if perubahan is not None and perubahan.periode_sebelumnya is not None:
        lines += ["", f"  Perubahan sejak snapshot {fmt.bulan(perubahan.periode_sebelumnya)}:"]
        for rec in perubahan.kategori.itertuples():
            row(f"    {glossary.kategori(rec.kategori)}", f"{fmt.angka(rec.keluar)} keluar (patuh), "
                f"{fmt.angka(rec.masuk)} masuk")
        row("    TK baru didaftarkan (PWBD, PDS-TK)", fmt.angka(perubahan.tk_terdaftar_bertambah))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return standalone("kepatuhan", run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
