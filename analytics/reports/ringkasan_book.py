"""Ringkasan's figures as a workbook (issue 11): what the page shows, in cells an official can forward
and compute with.

Three sheets, each an analytics.exports table (numbers stay numbers, one unit per column):
* **Ringkasan**: one row per figure of the headline — the measure, then its value in the column of
  its kind (a count, a percentage, or words), then a note (the deadline, the range, the workforce
  year). The figures are the Headline's, so they equal the page's tiles and `ringkasan --json`.
* **Kab/kota tertinggal** (above kab/kota level): the parts below their target, furthest behind
  first, with their shortfall (analytics.coverage.parts) — the list under the page's note.
* **Tren**: the monthly active participants up to the period, the series the page's chart draws.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics import exports, fmt
from analytics.coverage import status_label
from analytics.exports import Column, ExportTable
from analytics.i18n import Catalog
from analytics.i18n import message as _m

_t = Catalog({
    "title": _m("Ringkasan kepesertaan — {scope}, {periode}", "Membership summary — {scope}, {periode}"),
    "source": _m("Sumber: Cakupan (data kepesertaan BPJS Ketenagakerjaan), dibuat {waktu}.",
                 "Source: Cakupan (BPJS Ketenagakerjaan membership data), made {waktu}."),
    "sheet": _m("Ringkasan", "Summary"),
    "c_ukuran": _m("Ukuran", "Measure"),
    "c_jumlah": _m("Jumlah", "Count"),
    "c_persen": _m("Persen", "Percent"),
    "c_teks": _m("Nilai (kata)", "Value (words)"),
    "c_catatan": _m("Catatan", "Note"),
    "aktif": _m("Peserta aktif", "Active participants"),
    "target": _m("Target {tahun}", "Target {tahun}"),
    "batas": _m("batas waktu {tanggal}", "deadline {tanggal}"),
    "alokasi": _m("dialokasikan dari target provinsi", "allocated from the province's target"),
    "capaian": _m("Capaian target", "Target achievement"),
    "gap": _m("Kekurangan (gap)", "Gap to target"),
    "bagian": _m("Kekurangan kab/kota", "Regencies/cities' shortfall"),
    "bagian_note": _m("{n} dari {total} kab/kota belum mencapai target", "{n} of {total} regencies/cities below target"),
    "status": _m("Status", "Status"),
    "agregat": _m("agregat — {n} kab/kota tertinggal", "aggregate — {n} regencies/cities behind"),
    "laju_butuh": _m("Laju dibutuhkan per bulan", "Pace needed per month"),
    "laju_aktual": _m("Laju aktual per bulan", "Actual pace per month"),
    "laju_persen": _m("Laju aktual ÷ laju dibutuhkan", "Actual pace ÷ pace needed"),
    "proyeksi": _m("Proyeksi {tanggal}", "Projection {tanggal}"),
    "rentang": _m("rentang {bawah} – {atas}", "range {bawah} – {atas}"),
    "cakupan": _m("Cakupan penduduk bekerja", "Workforce coverage"),
    "cakupan_note": _m("dari {n} penduduk bekerja {tahun}", "of {n} working people ({tahun})"),
    "perusahaan": _m("Perusahaan aktif", "Active employers"),
    "behind_sheet": _m("Kab-kota tertinggal", "Regencies behind"),
    "behind_title": _m("Kab/kota yang belum mencapai target — {scope}, {periode}",
                       "Regencies/cities below target — {scope}, {periode}"),
    "c_nama": _m("Kabupaten/kota", "Regency/city"),
    "c_kode": _m("Kode wilayah", "Area code"),
    "c_capaian": _m("Capaian", "Achievement"),
    "c_kurang": _m("Kekurangan", "Shortfall"),
    "c_aktif": _m("Peserta aktif", "Active participants"),
    "c_target": _m("Target", "Target"),
    "trend_sheet": _m("Tren", "Trend"),
    "trend_title": _m("Peserta aktif per bulan — {scope}, s.d. {periode}", "Active participants by month — {scope}, to {periode}"),
    "c_periode": _m("Bulan", "Month"),
})  # fmt: skip


def file_stem(scope_label: str, periode: dt.date, lang: str = "id") -> str:
    return exports.file_stem("ringkasan" if lang == "id" else "summary", scope_label, periode)


def _rows(h, lang: str) -> list[tuple[str, int | None, float | None, str | None, str | None]]:
    """(measure, count, percent, words, note) per figure, in the page's order."""
    n = lambda x: fmt.angka(x, lang=lang)  # noqa: E731
    status = status_label(h.status or "TANPA_STATUS", lang)
    if h.parts_disagree:
        status += f" ({_t('agregat', lang, n=n(h.bagian_belum_tercapai))})"
    rows = [
        (_t("aktif", lang), h.peserta_aktif, None, None, fmt.bulan(h.periode, lang)),
        (_t("target", lang, tahun=h.periode.year), h.target_peserta, None, None,
         "; ".join(filter(None, (_t("batas", lang, tanggal=fmt.tanggal(h.batas_waktu, lang)) if h.batas_waktu else None,
                                 _t("alokasi", lang) if h.target_dialokasikan else None))) or None),
        (_t("capaian", lang), None, h.capaian_persen, None, None),
        (_t("gap", lang), h.gap, None, None, None),
    ]  # fmt: skip
    if h.bagian_bertarget:
        rows.append((_t("bagian", lang), h.kekurangan_bagian, None, None,
                     _t("bagian_note", lang, n=n(h.bagian_belum_tercapai), total=n(h.bagian_bertarget))))  # fmt: skip
    rows += [
        (_t("status", lang), None, None, status, None),
        (_t("laju_butuh", lang), h.laju_dibutuhkan_per_bulan, None, None, None),
        (_t("laju_aktual", lang), h.laju_aktual_per_bulan, None, None, None),
        (_t("laju_persen", lang), None, h.laju_persen, None, None),
        (_t("proyeksi", lang, tanggal=fmt.tanggal(h.batas_waktu, lang) if h.batas_waktu else fmt.NO_VALUE),
         h.proyeksi_batas_waktu, None, None,
         _t("rentang", lang, bawah=n(h.proyeksi_bawah), atas=n(h.proyeksi_atas)) if h.proyeksi_bawah is not None else None),
        (_t("cakupan", lang), None, h.cakupan_persen, None,
         _t("cakupan_note", lang, n=n(h.penduduk_bekerja), tahun=h.tahun_penduduk_bekerja) if h.penduduk_bekerja else None),
        (_t("perusahaan", lang), h.perusahaan_aktif, None, None, None),
    ]  # fmt: skip
    return rows


def tables(h, scope_label: str, behind: pd.DataFrame | None, history: pd.DataFrame, lang: str = "id",
           now: dt.datetime | None = None) -> list[ExportTable]:  # fmt: skip
    """The workbook's tables: the headline `h`, the kab/kota `behind` (None at kab/kota level) and
    the monthly `history` (periode, peserta_aktif)."""
    periode = fmt.bulan(h.periode, lang)
    source = _t("source", lang, waktu=fmt.waktu(now or dt.datetime.now(dt.UTC), lang))
    rows = _rows(h, lang)
    out = [
        ExportTable(
            title=_t("title", lang, scope=scope_label, periode=periode),
            source=source,
            columns=(
                Column(_t("c_ukuran", lang), exports.TEXT, [r[0] for r in rows]),
                Column(_t("c_jumlah", lang), exports.INT, [r[1] for r in rows]),
                Column(_t("c_persen", lang), exports.PERCENT, [r[2] for r in rows]),
                Column(_t("c_teks", lang), exports.TEXT, [r[3] for r in rows]),
                Column(_t("c_catatan", lang), exports.TEXT, [r[4] for r in rows]),
            ),
            lang=lang,
            sheet=_t("sheet", lang),
        )
    ]
    if behind is not None:
        out.append(
            ExportTable(
                title=_t("behind_title", lang, scope=scope_label, periode=periode),
                source=source,
                columns=(
                    Column(_t("c_nama", lang), exports.TEXT, list(behind["nama"])),
                    Column(_t("c_kode", lang), exports.TEXT, list(behind["wilayah"])),
                    Column(_t("c_capaian", lang), exports.PERCENT, list(behind["capaian_persen"])),
                    Column(_t("c_kurang", lang), exports.INT, list(behind["gap"])),
                    Column(_t("c_aktif", lang), exports.INT, list(behind["peserta_aktif"])),
                    Column(_t("c_target", lang), exports.INT, list(behind["target_peserta"])),
                ),
                lang=lang,
                sheet=_t("behind_sheet", lang),
            )
        )
    out.append(
        ExportTable(
            title=_t("trend_title", lang, scope=scope_label, periode=periode),
            source=source,
            columns=(
                Column(_t("c_periode", lang), exports.DATE, [pd.Timestamp(p).date() for p in history["periode"]]),
                Column(_t("c_aktif", lang), exports.INT, list(history["peserta_aktif"])),
            ),
            lang=lang,
            sheet=_t("trend_sheet", lang),
        )
    )
    return out
