"""The figures said in sentences: a report's section intros and a deck's speaker notes.

Every sentence is built from the same values the tables hold (never typed), in the reader's
language and number style: "Sumatera Selatan mencapai 96,5% target; kurang 1.810.531 peserta
hingga 31 Desember 2026; laju tiga bulan terakhir 18% dari laju yang dibutuhkan."
"""

from __future__ import annotations

from analytics import fmt
from analytics.coverage import Headline, status_label
from analytics.i18n import Catalog
from analytics.i18n import message as _m

_t = Catalog({
    "capaian": _m("{nama} mencapai {capaian} target {tahun}", "{nama} has reached {capaian} of its {tahun} target"),
    "kurang": _m("kurang {gap} peserta hingga {batas}", "{gap} participants short of it by {batas}"),
    "tercapai": _m("target sudah tercapai ({aktif} peserta aktif)", "the target is met ({aktif} active participants)"),
    "laju": _m("laju tiga bulan terakhir {persen} dari laju yang dibutuhkan", "the last three months' pace is {persen} of the pace needed"),
    "laju_angka": _m("laju tiga bulan terakhir {aktual} per bulan, dibutuhkan {butuh} per bulan",
                     "the last three months' pace is {aktual} a month against {butuh} needed"),
    "status": _m("status: {status}", "status: {status}"),
    "tanpa_target": _m("{nama} mencatat {aktif} peserta aktif pada {periode}; belum ada target untuk tahun ini",
                       "{nama} counts {aktif} active participants in {periode}; no target is set for this year"),
    "bagian": _m("{n} dari {total} kab/kota belum mencapai targetnya, dengan kekurangan {kurang} peserta",
                 "{n} of {total} regencies/cities are below their own target, {kurang} participants short"),
    "proyeksi": _m("proyeksi pada batas waktu {nilai} peserta", "the projection at the deadline is {nilai} participants"),
    "cakupan": _m("cakupan penduduk bekerja {persen}", "workforce coverage {persen}"),
})  # fmt: skip


def headline(h: Headline, lang: str = "id") -> str:
    """Where the area stands against its target and how fast it moves, in one or two sentences."""
    n = lambda x: fmt.angka(x, 0, lang)  # noqa: E731
    if h.target_peserta is None:
        return _t("tanpa_target", lang, nama=h.nama, aktif=n(h.peserta_aktif), periode=fmt.bulan(h.periode, lang)) + "."
    parts = [_t("capaian", lang, nama=h.nama, capaian=fmt.persen(h.capaian_persen, 1, lang), tahun=h.periode.year)]
    if h.gap:
        parts.append(_t("kurang", lang, gap=n(h.gap), batas=fmt.tanggal(h.batas_waktu, lang)))
        if h.laju_persen is not None:
            parts.append(_t("laju", lang, persen=fmt.persen(h.laju_persen, 0, lang)))
        elif h.laju_aktual_per_bulan is not None and h.laju_dibutuhkan_per_bulan is not None:
            parts.append(_t("laju_angka", lang, aktual=n(h.laju_aktual_per_bulan), butuh=n(h.laju_dibutuhkan_per_bulan)))
    else:
        parts.append(_t("tercapai", lang, aktif=n(h.peserta_aktif)))
    parts.append(_t("status", lang, status=status_label(h.status or "TANPA_STATUS", lang).lower()))
    text = "; ".join(parts) + "."
    more = []
    if h.bagian_belum_tercapai:
        more.append(_t("bagian", lang, n=n(h.bagian_belum_tercapai), total=n(h.bagian_bertarget),
                       kurang=n(h.kekurangan_bagian)))  # fmt: skip
    if h.proyeksi_batas_waktu is not None and h.gap:
        more.append(_t("proyeksi", lang, nilai=n(h.proyeksi_batas_waktu)))
    if h.cakupan_persen is not None:
        more.append(_t("cakupan", lang, persen=fmt.persen(h.cakupan_persen, 1, lang)))
    if more:
        text += " " + "; ".join(more)[0].upper() + "; ".join(more)[1:] + "."
    return text
