"""The tiles of the month, the quarter to date and the year to date, with the rate, and the note
on months not reported (analytics.kecelakaan says what each figure is)."""

from __future__ import annotations

from analytics import fmt
from ui.components import tiles
from ui.texts.kecelakaan import KC


def _four(suffix: str, kasus, meninggal, cacat, klaim, lang: str) -> list[tiles.Tile]:
    """Cases, deaths, disabilities and claims of one span (keys `kasus_<suffix>` …)."""
    t = KC.bound(lang)
    n = lambda x: fmt.angka(x, lang=lang)  # noqa: E731
    return [
        tiles.Tile(f"kasus_{suffix}", t("t_kasus"), n(kasus)),
        tiles.Tile(f"meninggal_{suffix}", t("t_meninggal"), n(meninggal)),
        tiles.Tile(f"cacat_{suffix}", t("t_cacat"), n(cacat)),
        tiles.Tile(f"klaim_{suffix}", t("t_klaim"), fmt.rupiah(klaim, lang)),
    ]


def draw(k, lang: str) -> None:
    t = KC.bound(lang)
    n = lambda x: fmt.angka(x, lang=lang)  # noqa: E731
    periode = fmt.bulan(k.periode, lang)
    tiles.section_title(t("sec_quarter", triwulan=k.triwulan, periode=periode))
    rate = k.kasus_per_100rb_peserta_triwulan
    tiles.grid([
        *_four("triwulan", k.kasus_triwulan, k.meninggal_triwulan, k.cacat_triwulan, k.klaim_rp_triwulan, lang),
        tiles.Tile("rate", t("t_rate"), fmt.NO_VALUE if rate is None else fmt.angka(rate, 2, lang),
                   t("t_rate_none") if k.peserta_aktif is None else t("t_rate_ctx", n=n(k.peserta_aktif))),
    ])  # fmt: skip
    tiles.section_title(t("sec_month", periode=periode))
    if k.periode not in k.bulan_tidak_dilaporkan:
        tiles.grid(_four("bulan", k.kasus_bulan, k.meninggal_bulan, k.cacat_bulan, k.klaim_rp_bulan, lang), columns=4)
    else:  # a month not reported is not a month without accidents: no zeros on the tiles
        tiles.grid([tiles.Tile("kasus_bulan", t("t_kasus"), t("not_reported"))], columns=4)
    tiles.section_title(t("sec_year", tahun=k.periode.year))
    tiles.grid(_four("tahun", k.kasus_tahun_berjalan, k.meninggal_tahun_berjalan, k.cacat_tahun_berjalan,
                     k.klaim_rp_tahun_berjalan, lang), columns=4)  # fmt: skip
    if k.bulan_tidak_dilaporkan:
        months = ", ".join(fmt.bulan(m, lang) for m in k.bulan_tidak_dilaporkan)
        tiles.note(t("note_missing", bulan=months, n=n(k.bulan_dilaporkan), m=n(k.bulan_triwulan)), warn=True)
    tiles.note(t("note_optional"))
