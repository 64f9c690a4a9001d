"""The monthly membership report (laporan bulanan) of a scope: what BPJS sends the Disnakertrans each
month, and what the Disnakertrans forwards to each Pemkab.

* **Ringkasan**: the headline of analytics.coverage (the Ringkasan page and `ringkasan --json`):
  active participants, target, capaian, gap, pace needed vs actual, status, projection, workforce
  coverage; the workbook's sheet is Ringkasan's own export (analytics.reports.ringkasan_book).
* **Per kab/kota** (provinces under national): one row per sub-area — active participants per
  segment, joiners, leavers, target, capaian, gap, status (the league table's figures). A kab/kota's
  report has one row, itself, with its figures from its province's table.
* **Tren**: the last 24 months with the projection, the path at the pace needed and the target
  (the Ringkasan chart), and the monthly figures as a sheet.
* **Kelompok khusus**: analytics.kelompok at the same month (the Kelompok Khusus page).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics import exports, fmt, glossary
from analytics.coverage import DataKosong, coverage_by_subarea, headline, status_label
from analytics.coverage.series import headline_trend
from analytics.coverage.subarea_segments import subarea_segments
from analytics.exports import Column, ExportTable
from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.kelompok import kelompok
from analytics.palette import STATUS_COLOURS
from analytics.reports import chart, keterangan, narrative, ringkasan_book
from analytics.reports.cells import status_cells
from analytics.reports.document import Figure, Report, Section
from analytics.reports.meta import ReportSettings, meta
from analytics.scope import Level, Scope

DATASETS = ("kepesertaan", "target", "penduduk_bekerja", "kelompok_khusus")

_t = Catalog({
    "title": _m("Laporan bulanan kepesertaan — {nama}, {periode}", "Monthly membership report — {nama}, {periode}"),
    "source": _m("Sumber: Cakupan (data BPJS Ketenagakerjaan). Definisi dan pengaturan: sheet Keterangan.",
                 "Source: Cakupan (BPJS Ketenagakerjaan data). Definitions and settings: the Keterangan sheet."),
    "s_ringkasan": _m("Ringkasan", "Summary"),
    "s_sub": _m("Per kabupaten/kota", "By regency/city"),
    "s_sub_prov": _m("Per provinsi", "By province"),
    "s_self": _m("Kabupaten/kota ini", "This regency/city"),
    "s_tren": _m("Tren peserta aktif", "Active participants over time"),
    "s_kelompok": _m("Kelompok khusus", "Special groups"),
    "sheet_sub": _m("Per wilayah", "By area"),
    "sheet_tren": _m("Tren", "Trend"),
    "sheet_kelompok": _m("Kelompok khusus", "Special groups"),
    "f_aktif": _m("Peserta aktif", "Active participants"),
    "f_target": _m("Target {tahun}", "Target {tahun}"),
    "f_capaian": _m("Capaian", "Achievement"),
    "f_gap": _m("Kekurangan (gap)", "Gap"),
    "f_butuh": _m("Laju dibutuhkan", "Pace needed"),
    "f_aktual": _m("Laju aktual (3 bulan)", "Actual pace (3 months)"),
    "f_status": _m("Status", "Status"),
    "f_proyeksi": _m("Proyeksi {tanggal}", "Projection {tanggal}"),
    "f_cakupan": _m("Cakupan penduduk bekerja", "Workforce coverage"),
    "per_bulan": _m("{n}/bulan", "{n}/month"),
    "batas": _m("batas {tanggal}", "deadline {tanggal}"),
    "rentang": _m("rentang {bawah} – {atas}", "range {bawah} – {atas}"),
    "tahun_pb": _m("penduduk bekerja {tahun}", "workforce {tahun}"),
    "persen_butuh": _m("{persen} dari laju dibutuhkan", "{persen} of the pace needed"),
    "c_nama": _m("Wilayah", "Area"),
    "c_kode": _m("Kode", "Code"),
    "c_total": _m("Peserta aktif", "Active participants"),
    "c_baru": _m("Peserta baru", "New participants"),
    "c_nonaktif": _m("Peserta nonaktif", "Inactive participants"),
    "c_target": _m("Target", "Target"),
    "c_capaian": _m("Capaian", "Achievement"),
    "c_gap": _m("Kekurangan", "Gap"),
    "c_status": _m("Status", "Status"),
    "c_bulan": _m("Bulan", "Month"),
    "c_proyeksi": _m("Proyeksi", "Projection"),
    "c_bawah": _m("Proyeksi bawah", "Projection low"),
    "c_atas": _m("Proyeksi atas", "Projection high"),
    "c_kelompok": _m("Kelompok", "Group"),
    "c_sasaran": _m("Sasaran", "Target group"),
    "c_terdaftar": _m("Terdaftar", "Registered"),
    "c_belum": _m("Belum terdaftar", "Not registered"),
    "c_cakupan": _m("Cakupan", "Coverage"),
    "c_iuran": _m("Iuran dibutuhkan/bulan (Rp)", "Contribution needed/month (Rp)"),
    "c_laporan": _m("Laporan terakhir", "Latest report"),
    "total": _m("Jumlah", "Total"),
    "kelompok_kosong": _m("Belum ada laporan kelompok khusus untuk wilayah ini s.d. {periode}.",
                          "No special-group report for this area up to {periode} yet."),
    "kelompok_intro": _m("{belum} orang dari kelompok khusus belum terdaftar (cakupan {persen}); iuran yang dibutuhkan "
                         "{rp} per bulan, {rp_tahun} per tahun.",
                         "{belum} people of the special groups are not registered (coverage {persen}); the contribution "
                         "needed is {rp} a month, {rp_tahun} a year."),
    "baru_kosong": _m("Kolom peserta baru/nonaktif kosong: berkas kepesertaan bulan ini tidak melaporkannya.",
                      "New/inactive columns are empty: this month's membership file does not report them."),
    "summary": _m("laporan bulanan {nama}, {periode}: {aktif} peserta aktif, capaian {capaian}",
                  "monthly report {nama}, {periode}: {aktif} active participants, achievement {capaian}"),
    "summary_n": _m("{n} wilayah", "{n} areas"),
})  # fmt: skip

SEGMENTS = (("aktif_pu", "PU"), ("aktif_bpu", "BPU"), ("aktif_jakon", "JAKON"), ("aktif_pmi", "PMI"))


def build(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None = None,
    settings: ReportSettings | None = None,
    lang: str = "id",
    now: dt.datetime | None = None,
    *,
    province_table: pd.DataFrame | None = None,
) -> Report:
    """The monthly report of `scope` for `periode` (default: its latest month with membership data).
    Raises ScopeError for an unknown area and DataKosong when the month has no membership data.
    `province_table`: for a kab/kota, its province's coverage_by_subarea for the same month, when
    the caller already holds it (the paket laporan writes one report per kab/kota of a province)."""
    settings = settings or ReportSettings()
    h = headline(con, scope, periode)
    if h.peserta_aktif is None:
        raise DataKosong(f"belum ada data kepesertaan {h.nama} untuk {fmt.bulan(h.periode)}")
    periode_label = fmt.bulan(h.periode, lang)
    m = meta(con, scope, h.periode, periode_label, DATASETS, settings, lang, now)
    title = _t("title", lang, nama=m.nama, periode=periode_label)
    trend = headline_trend(con, scope, h)
    sections = [
        _summary(h, trend, m.nama, lang, m.dibuat),
        _subareas(con, scope, h.periode, m.nama, periode_label, lang, province_table),
        _trend(h, trend, m.nama, periode_label, lang),
        _groups(con, scope, h.periode, settings, m.nama, periode_label, lang),
    ]
    summary = _t("summary", lang, nama=m.nama, periode=periode_label, aktif=fmt.angka(h.peserta_aktif, 0, lang),
                 capaian=fmt.persen(h.capaian_persen, 1, lang))  # fmt: skip
    if scope.level is not Level.KABKOTA:
        summary += ", " + _t("summary_n", lang, n=sections[1].table.n_rows)
    return Report("bulanan", title, m, tuple(sections), keterangan.definitions(keterangan.BULANAN, lang), summary)


def headline_figures(h, lang: str) -> tuple[Figure, ...]:
    """The headline as tiles (the PDF's first section, the deck's headline slide)."""
    n = lambda x: fmt.angka(x, 0, lang)  # noqa: E731
    status = h.status or "TANPA_STATUS"
    figures = [Figure(_t("f_aktif", lang), n(h.peserta_aktif), fmt.bulan(h.periode, lang))]
    if h.target_peserta is not None:
        figures += [
            Figure(_t("f_target", lang, tahun=h.periode.year), n(h.target_peserta),
                   _t("batas", lang, tanggal=fmt.tanggal(h.batas_waktu, lang)) if h.batas_waktu else ""),
            Figure(_t("f_capaian", lang), fmt.persen(h.capaian_persen, 1, lang)),
            Figure(_t("f_gap", lang), n(h.gap)),
            Figure(_t("f_butuh", lang), _t("per_bulan", lang, n=n(h.laju_dibutuhkan_per_bulan))),
        ]  # fmt: skip
    figures.append(Figure(_t("f_aktual", lang), _t("per_bulan", lang, n=n(h.laju_aktual_per_bulan)),
                          _t("persen_butuh", lang, persen=fmt.persen(h.laju_persen, 0, lang)) if h.laju_persen is not None else ""))  # fmt: skip
    if h.target_peserta is not None:
        figures.append(Figure(_t("f_status", lang), status_label(status, lang), colour=STATUS_COLOURS[h.status]))
        rentang = (_t("rentang", lang, bawah=n(h.proyeksi_bawah), atas=n(h.proyeksi_atas))
                   if h.proyeksi_bawah is not None else "")  # fmt: skip
        figures.append(Figure(_t("f_proyeksi", lang, tanggal=fmt.tanggal(h.batas_waktu, lang) if h.batas_waktu else ""),
                              n(h.proyeksi_batas_waktu), rentang))  # fmt: skip
    if h.cakupan_persen is not None:
        figures.append(Figure(_t("f_cakupan", lang), fmt.persen(h.cakupan_persen, 1, lang),
                              _t("tahun_pb", lang, tahun=h.tahun_penduduk_bekerja)))  # fmt: skip
    return tuple(figures)


def _summary(h, trend, nama: str, lang: str, now: dt.datetime) -> Section:
    sheet = ringkasan_book.tables(h, nama, None, trend.history, lang, now)[0]
    sheet = ExportTable(sheet.title, _t("source", lang), sheet.columns, lang, sheet.sheet)
    return Section(_t("s_ringkasan", lang), narrative.headline(h, lang), headline_figures(h, lang), sheet, pdf_table=False)


def subarea_frame(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date,
                  province_table: pd.DataFrame | None = None) -> pd.DataFrame:  # fmt: skip
    """The league table's figures (analytics.coverage.subareas) with each sub-area's segments,
    joiners and leavers; for a kab/kota, its own row of its province's table."""
    if scope.level is Level.KABKOTA:
        frame = province_table if province_table is not None else coverage_by_subarea(con, Scope.wilayah(scope.kode[:2]), periode)
        frame = frame[frame["wilayah"] == scope.kode]
    else:
        frame = coverage_by_subarea(con, scope, periode)
    return frame.merge(subarea_segments(con, scope, periode), on="wilayah", how="left").reset_index(drop=True)


def _subareas(con, scope: Scope, periode: dt.date, nama: str, periode_label: str, lang: str,
              province_table: pd.DataFrame | None) -> Section:  # fmt: skip
    frame = subarea_frame(con, scope, periode, province_table)
    words, fills = status_cells(frame["status"], lang)
    title_key = "s_self" if scope.level is Level.KABKOTA else ("s_sub_prov" if scope.level is Level.NASIONAL else "s_sub")
    title = _t(title_key, lang)
    table = ExportTable(
        title=f"{title} — {nama}, {periode_label}",
        source=_t("source", lang),
        columns=(
            Column(_t("c_nama", lang), exports.TEXT, list(frame["nama"])),
            Column(_t("c_kode", lang), exports.TEXT, list(frame["wilayah"])),
            *(Column(glossary.segmen(code, lang), exports.INT, list(frame[col])) for col, code in SEGMENTS),
            Column(_t("c_total", lang), exports.INT, list(frame["peserta_aktif"])),
            Column(_t("c_baru", lang), exports.INT, list(frame["peserta_baru"])),
            Column(_t("c_nonaktif", lang), exports.INT, list(frame["peserta_nonaktif"])),
            Column(_t("c_target", lang), exports.INT, list(frame["target_peserta"])),
            Column(_t("c_capaian", lang), exports.PERCENT, list(frame["capaian_persen"])),
            Column(_t("c_gap", lang), exports.INT, list(frame["gap"])),
            Column(_t("c_status", lang), exports.TEXT, words, fills),
        ),
        lang=lang,
        sheet=_t("sheet_sub", lang),
    )
    notes = ()
    if len(frame) and frame["peserta_baru"].isna().all() and frame["peserta_nonaktif"].isna().all():
        notes = (_t("baru_kosong", lang),)
    return Section(title, table=table, notes=notes)


def _trend(h, trend, nama: str, periode_label: str, lang: str) -> Section:
    title = _t("s_tren", lang)
    drawn = chart.trend(trend.history, trend.path, h.target_peserta, h.batas_waktu, h.laju_dibutuhkan_per_bulan,
                        f"{title} — {nama}", lang)  # fmt: skip
    history = trend.history.sort_values("periode").tail(24)
    path = trend.path
    months = [pd.Timestamp(p).date() for p in history["periode"]] + [pd.Timestamp(p).date() for p in path["periode"]]
    blank = [None] * len(path)
    table = ExportTable(
        title=f"{title} — {nama}, {periode_label}",
        source=_t("source", lang),
        columns=(
            Column(_t("c_bulan", lang), exports.DATE, months),
            Column(_t("c_total", lang), exports.INT, list(history["peserta_aktif"]) + blank),
            Column(_t("c_proyeksi", lang), exports.INT, [None] * len(history) + list(path["nilai"])),
            Column(_t("c_bawah", lang), exports.INT, [None] * len(history) + list(path["bawah"])),
            Column(_t("c_atas", lang), exports.INT, [None] * len(history) + list(path["atas"])),
        ),
        lang=lang,
        sheet=_t("sheet_tren", lang),
    )
    return Section(title, chart=drawn, table=table, pdf_table=False)


def _groups(con, scope: Scope, periode: dt.date, settings: ReportSettings, nama: str, periode_label: str,
            lang: str) -> Section:  # fmt: skip
    title = _t("s_kelompok", lang)
    try:
        k = kelompok(con, scope, periode, settings.iuran_per_orang)
    except DataKosong:
        return Section(title, _t("kelompok_kosong", lang, periode=periode_label))
    codes = list(k.kelompok)
    rows = [k.kelompok[c] for c in codes] + [k.total]
    names = [glossary.kelompok(c, lang) for c in codes] + [_t("total", lang)]
    table = ExportTable(
        title=f"{title} — {nama}, {periode_label}",
        source=_t("source", lang),
        columns=(
            Column(_t("c_kelompok", lang), exports.TEXT, names),
            Column(_t("c_sasaran", lang), exports.INT, [g.sasaran for g in rows]),
            Column(_t("c_terdaftar", lang), exports.INT, [g.terdaftar for g in rows]),
            Column(_t("c_belum", lang), exports.INT, [g.belum_terdaftar for g in rows]),
            Column(_t("c_cakupan", lang), exports.PERCENT, [g.cakupan_persen for g in rows]),
            Column(_t("c_iuran", lang), exports.RUPIAH, [g.iuran_dibutuhkan_per_bulan_rp for g in rows]),
            Column(_t("c_laporan", lang), exports.TEXT,
                   [fmt.bulan(g.periode_laporan_terakhir, lang) if g.periode_laporan_terakhir else "" for g in rows]),
        ),
        lang=lang,
        sheet=_t("sheet_kelompok", lang),
    )  # fmt: skip
    t = k.total
    intro = _t("kelompok_intro", lang, belum=fmt.angka(t.belum_terdaftar, 0, lang), persen=fmt.persen(t.cakupan_persen, 1, lang),
               rp=fmt.rupiah(t.iuran_dibutuhkan_per_bulan_rp, lang), rp_tahun=fmt.rupiah(12 * t.iuran_dibutuhkan_per_bulan_rp, lang))  # fmt: skip
    return Section(title, intro, table=table)
