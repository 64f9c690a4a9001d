"""The quarterly non-compliance and accident report (laporan triwulanan) of a scope: what BPJS sends
the Disnakertrans each quarter, with the follow-up and the joint inspection list.

Of the quarter that contains the period, with the figures of the pages for that period:
* **Per kategori**: analytics.compliance at the latest employer snapshot at or before the period
  (the Kepatuhan page, `kepatuhan --json`): employers, unprotected workers, wage shortfall,
  arrears; and the change since each kab/kota's previous snapshot (entered, left as now compliant,
  no longer found), as the page counts it.
* **Per wilayah**: the same per sub-area, the change in non-compliant employers against the
  previous snapshot's count, and the quarter's accidents up to the period (analytics.kecelakaan,
  the Kecelakaan Kerja page and `kecelakaan --json`).
* **Tindak lanjut**: the ladder (cases that reached each stage, cases at it now), overdue cases
  and outcomes per institution (analytics.enforcement, the Tindak Lanjut page).
* **Daftar sasaran pemeriksaan bersama**: the employers in priority order (the Kepatuhan page's
  list and its XLSX), every one in the workbook up to its cap, the first ones in the PDF.

A dataset the scope has no data for yet gets a sentence saying so; the report fails (DataKosong)
only when the scope has no employer, accident or follow-up data at all.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics import enforcement, exports, fmt, glossary
from analytics.compliance import compliance_breakdown, compliance_changes, compliance_summary
from analytics.compliance.employers import NO_FILTER, count_employers, ranked_employers
from analytics.compliance.inspection_list import MAX_ROWS, inspection_table
from analytics.contract import TAHAP
from analytics.enforcement.export import case_table
from analytics.errors import DataKosong
from analytics.exports import Column, ExportTable
from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.kecelakaan import kecelakaan
from analytics.kecelakaan.breakdown import by_subarea as accidents_by_subarea
from analytics.reports import keterangan
from analytics.reports.document import Figure, Report, Section
from analytics.reports.meta import ReportSettings, meta
from analytics.scope import Level, Scope, scope_name

DATASETS = ("perusahaan", "kecelakaan", "tindak_lanjut", "kepesertaan")
PDF_INSPECTION_ROWS = 40
PDF_OVERDUE_ROWS = 25
OVERDUE_ROWS = 5_000
KATEGORI = ("PWBD", "PDS_TK", "PDS_UPAH", "PDS_PROGRAM", "PMI")
ROMAN = ("I", "II", "III", "IV")

_t = Catalog({
    "title": _m("Laporan triwulanan kepatuhan dan kecelakaan kerja — {nama}, {triwulan}",
                "Quarterly compliance and work-accident report — {nama}, {triwulan}"),
    "triwulan": _m("Triwulan {q} {tahun} (s.d. {bulan})", "Quarter {q} {tahun} (to {bulan})"),
    "source": _m("Sumber: Cakupan (data BPJS Ketenagakerjaan dan Disnakertrans). Definisi dan pengaturan: sheet Keterangan.",
                 "Source: Cakupan (BPJS Ketenagakerjaan and Disnakertrans data). Definitions and settings: the Keterangan sheet."),
    "s_ringkasan": _m("Ringkasan", "Summary"),
    "s_kategori": _m("Ketidakpatuhan per kategori", "Non-compliance by category"),
    "s_wilayah": _m("Per wilayah: kepatuhan dan kecelakaan kerja", "By area: compliance and work accidents"),
    "s_tahap": _m("Tindak lanjut: tahapan", "Follow-up: the ladder"),
    "s_hasil": _m("Hasil tindak lanjut per instansi", "Follow-up outcomes by institution"),
    "s_terlambat": _m("Kasus tindak lanjut terlambat", "Overdue follow-up cases"),
    "s_sasaran": _m("Daftar sasaran pemeriksaan bersama", "Joint inspection target list"),
    "sheet_kategori": _m("Per kategori", "By category"),
    "sheet_wilayah": _m("Per wilayah", "By area"),
    "sheet_tahap": _m("Tahapan", "Ladder"),
    "sheet_hasil": _m("Hasil", "Outcomes"),
    "sheet_terlambat": _m("Terlambat", "Overdue"),
    "f_tidak_patuh": _m("Perusahaan tidak patuh", "Non-compliant employers"),
    "f_tk": _m("TK belum terlindungi", "Unprotected workers"),
    "f_tunggakan": _m("Tunggakan iuran", "Contribution arrears"),
    "f_kasus": _m("Kecelakaan kerja triwulan", "Work accidents this quarter"),
    "f_meninggal": _m("{n} meninggal", "{n} deaths"),
    "f_tl": _m("Kasus tindak lanjut berjalan", "Open follow-up cases"),
    "f_terlambat": _m("{n} terlambat", "{n} overdue"),
    "f_patuh": _m("Kasus berakhir patuh", "Cases ended compliant"),
    "snapshot": _m("snapshot {bulan}", "snapshot {bulan}"),
    "snapshot_lama": _m("snapshot {terlama} – {bulan}", "snapshots {terlama} – {bulan}"),
    "bulan_lapor": _m("{n} dari {total} bulan dilaporkan", "{n} of {total} months reported"),
    "c_kategori": _m("Kategori", "Category"),
    "c_perusahaan": _m("Perusahaan", "Employers"),
    "c_tk": _m("TK belum terlindungi", "Unprotected workers"),
    "c_selisih": _m("Selisih upah/bulan (Rp)", "Wage shortfall/month (Rp)"),
    "c_tunggakan": _m("Tunggakan (Rp)", "Arrears (Rp)"),
    "c_masuk": _m("Masuk", "Entered"),
    "c_keluar": _m("Keluar (kini patuh)", "Left (now compliant)"),
    "c_hilang": _m("Tidak ditemukan lagi", "No longer found"),
    "c_tk_naik": _m("TK terdaftar bertambah", "Workers newly registered"),
    "c_wilayah": _m("Wilayah", "Area"),
    "c_kode": _m("Kode", "Code"),
    "c_tidak_patuh": _m("Perusahaan tidak patuh", "Non-compliant employers"),
    "c_perubahan": _m("Perubahan sejak snapshot sebelumnya", "Change since the previous snapshot"),
    "c_kasus": _m("Kasus kecelakaan triwulan", "Accidents this quarter"),
    "c_meninggal": _m("Meninggal", "Deaths"),
    "c_rate": _m("Kasus per 100.000 peserta", "Cases per 100,000 participants"),
    "c_tahap": _m("Tahap", "Stage"),
    "c_mencapai": _m("Kasus yang mencapai tahap", "Cases that reached the stage"),
    "c_sekarang": _m("Kasus di tahap ini sekarang", "Cases at the stage now"),
    "c_instansi": _m("Instansi", "Institution"),
    "c_kasus_tl": _m("Kasus", "Cases"),
    "c_patuh": _m("Berakhir patuh", "Ended compliant"),
    "c_patuh_persen": _m("Patuh", "Compliant"),
    "c_terukur": _m("Kasus terukur", "Cases measured"),
    "c_tk_daftar": _m("TK didaftarkan", "Workers registered"),
    "c_pulih": _m("Tunggakan dipulihkan (Rp)", "Arrears recovered (Rp)"),
    "total": _m("Jumlah", "Total"),
    "no_perusahaan": _m("Belum ada data perusahaan untuk wilayah ini s.d. {bulan}.", "No employer data for this area up to {bulan} yet."),
    "no_kecelakaan": _m("Belum ada data kecelakaan kerja triwulan ini untuk wilayah ini.", "No work-accident data for this quarter in this area yet."),
    "no_tl": _m("Belum ada data tindak lanjut untuk wilayah ini s.d. {bulan}.", "No follow-up data for this area up to {bulan} yet."),
    "no_terlambat": _m("Tidak ada kasus yang terlambat.", "No case is overdue."),
    "kategori_intro": _m("{n} perusahaan tidak patuh pada {snapshot}, dengan {tk} tenaga kerja belum terlindungi dan tunggakan iuran {rp}.",
                         "{n} employers were non-compliant at the {snapshot}, with {tk} unprotected workers and {rp} of contribution arrears."),
    "perubahan_intro": _m("Dibanding snapshot sebelumnya ({sebelum}): {keluar} keluar dari kategorinya karena kini patuh, {masuk} masuk.",
                          "Against the previous snapshot ({sebelum}): {keluar} left their category as now compliant, {masuk} entered."),
    "kecelakaan_note": _m("Kecelakaan: {triwulan}; {n} dari {total} bulan triwulan dilaporkan. Bulan tanpa laporan bukan berarti nol.",
                          "Accidents: {triwulan}; {n} of {total} months of the quarter reported. A month not reported is not a month without accidents."),
    "tl_intro": _m("{kasus} kasus, {terlambat} terlambat (lebih dari {hari} hari di satu tahap), {patuh} berakhir patuh.",
                   "{kasus} cases, {terlambat} overdue (more than {hari} days at one stage), {patuh} ended compliant."),
    "sasaran_intro": _m("{n} perusahaan, diurutkan menurut skor prioritas.", "{n} employers, in priority order."),
    "sasaran_capped": _m("{n} perusahaan; berkas XLSX memuat {max} dengan prioritas tertinggi.",
                         "{n} employers; the XLSX file holds the {max} with the highest priority."),
    "terlambat_more": _m("{n} kasus terlambat, terlama lebih dulu.", "{n} overdue cases, longest overdue first."),
    "summary": _m("laporan triwulanan {nama}, {triwulan}: {tidak_patuh} perusahaan tidak patuh, {kasus} kecelakaan, {terlambat} kasus terlambat",
                  "quarterly report {nama}, {triwulan}: {tidak_patuh} non-compliant employers, {kasus} accidents, {terlambat} overdue cases"),
})  # fmt: skip


def quarter_label(periode: dt.date, lang: str = "id") -> str:
    """'Triwulan IV 2026 (s.d. Oktober 2026)': the quarter that contains `periode`, up to it."""
    q = (periode.month - 1) // 3
    return _t("triwulan", lang, q=ROMAN[q], tahun=periode.year, bulan=fmt.bulan(periode, lang))


def _default_period(con: duckdb.DuckDBPyConnection, scope: Scope) -> dt.date | None:
    """The latest month any of the report's datasets holds in the scope."""
    cond, params = scope.kabkota_filter("kode_wilayah")
    row = con.execute(
        f"""SELECT greatest(
                (SELECT max(periode) FROM perusahaan_bulan WHERE {cond}),
                (SELECT max(periode) FROM kecelakaan WHERE {cond}),
                (SELECT date_trunc('month', max(tanggal)) FROM tindak_lanjut WHERE {cond}))""",
        [*params, *params, *params],
    ).fetchone()
    return pd.Timestamp(row[0]).date() if row and row[0] is not None else None


def build(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None = None,
    settings: ReportSettings | None = None,
    lang: str = "id",
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> Report:
    """The quarterly report of `scope` for the quarter containing `periode` (default: the latest month
    with employer, accident or follow-up data). Raises ScopeError for an unknown area and DataKosong
    when the scope has none of those data up to the period."""
    settings = settings or ReportSettings()
    nama = scope_name(con, scope)
    periode = (periode or _default_period(con, scope) or dt.date.today()).replace(day=1)
    bulan = fmt.bulan(periode, lang)
    label = quarter_label(periode, lang)
    m = meta(con, scope, periode, label, DATASETS, settings, lang, now)
    k = settings.kepatuhan

    try:
        summary = compliance_summary(con, scope, periode, k)
        changes = compliance_changes(con, scope, periode, k)
    except DataKosong:
        summary = changes = None
    try:
        acc = kecelakaan(con, scope, periode)
    except DataKosong:
        acc = None
    if acc is not None and acc.bulan_dilaporkan == 0:  # no month of the quarter reported: no figures, not zeros
        acc = None
    ladder = enforcement.ladder_summary(con, scope, periode, settings.tindak_lanjut, today=today)
    if summary is None and acc is None and ladder.kasus == 0:
        raise DataKosong(f"belum ada data perusahaan, kecelakaan maupun tindak lanjut {nama} s.d. {fmt.bulan(periode)}")

    sections = [_summary(summary, acc, ladder, lang)]
    if summary is None:
        sections.append(Section(_t("s_kategori", lang), _t("no_perusahaan", lang, bulan=bulan)))
    else:
        sections.append(_categories(summary, changes, nama, label, lang))
    sections.append(_areas(con, scope, periode, summary, acc, k, nama, label, lang))
    if ladder.kasus == 0:
        sections.append(Section(_t("s_tahap", lang), _t("no_tl", lang, bulan=bulan)))
    else:
        sections += _follow_up(con, scope, periode, ladder, settings, nama, label, lang, today)
    if summary is not None:
        sections.append(_inspection(con, scope, periode, k, nama, label, lang))
    title = _t("title", lang, nama=nama, triwulan=label)
    line = _t("summary", lang, nama=nama, triwulan=label,
              tidak_patuh=fmt.angka(summary.perusahaan_tidak_patuh if summary else None, 0, lang),
              kasus=fmt.angka(acc.kasus_triwulan if acc else None, 0, lang),
              terlambat=fmt.angka(ladder.terlambat, 0, lang))  # fmt: skip
    return Report("triwulanan", title, m, tuple(sections), keterangan.definitions(keterangan.TRIWULANAN, lang), line)


def _summary(summary, acc, ladder, lang: str) -> Section:
    n = lambda x: fmt.angka(x, 0, lang)  # noqa: E731
    figures = []
    if summary is not None:
        when = _snapshot_words(summary, lang)
        figures += [
            Figure(_t("f_tidak_patuh", lang), n(summary.perusahaan_tidak_patuh), when),
            Figure(_t("f_tk", lang), n(summary.tk_belum_terlindungi), when),
            Figure(_t("f_tunggakan", lang), fmt.rupiah(summary.kategori["PMI"].tunggakan_rp, lang), when),
        ]
    if acc is not None:
        figures.append(Figure(_t("f_kasus", lang), n(acc.kasus_triwulan), _t("f_meninggal", lang, n=n(acc.meninggal_triwulan))))
    if ladder.kasus:
        open_cases = ladder.kasus - ladder.patuh
        figures += [
            Figure(_t("f_tl", lang), n(open_cases), _t("f_terlambat", lang, n=n(ladder.terlambat))),
            Figure(_t("f_patuh", lang), fmt.persen(ladder.patuh_persen, 1, lang), f"{n(ladder.patuh)} / {n(ladder.kasus)}"),
        ]
    intro = ""
    if summary is not None:
        intro = _t("kategori_intro", lang, n=n(summary.perusahaan_tidak_patuh), snapshot=_snapshot_words(summary, lang),
                   tk=n(summary.tk_belum_terlindungi), rp=fmt.rupiah(summary.kategori["PMI"].tunggakan_rp, lang))  # fmt: skip
    return Section(_t("s_ringkasan", lang), intro, tuple(figures))


def _snapshot_words(summary, lang: str) -> str:
    if summary.periode_terlama < summary.periode:
        return _t("snapshot_lama", lang, terlama=fmt.bulan(summary.periode_terlama, lang), bulan=fmt.bulan(summary.periode, lang))
    return _t("snapshot", lang, bulan=fmt.bulan(summary.periode, lang))


def _categories(summary, changes, nama: str, label: str, lang: str) -> Section:
    cat = summary.kategori
    change = changes.kategori.set_index("kategori")
    has_previous = changes.periode_sebelumnya is not None

    def moved(kode: str, col: str):
        return int(change.loc[kode, col]) if has_previous else None

    table = ExportTable(
        title=f"{_t('s_kategori', lang)} — {nama}, {label}",
        source=_t("source", lang),
        columns=(
            Column(_t("c_kategori", lang), exports.TEXT, [glossary.kategori(c, lang) for c in KATEGORI]),
            Column(_t("c_perusahaan", lang), exports.INT, [cat[c].perusahaan for c in KATEGORI]),
            Column(_t("c_tk", lang), exports.INT, [cat[c].tk_belum_terlindungi for c in KATEGORI]),
            Column(_t("c_selisih", lang), exports.RUPIAH, [cat[c].selisih_upah_rp for c in KATEGORI]),
            Column(_t("c_tunggakan", lang), exports.RUPIAH, [cat[c].tunggakan_rp for c in KATEGORI]),
            Column(_t("c_masuk", lang), exports.INT, [moved(c, "masuk") for c in KATEGORI]),
            Column(_t("c_keluar", lang), exports.INT, [moved(c, "keluar") for c in KATEGORI]),
            Column(_t("c_hilang", lang), exports.INT, [moved(c, "tidak_ditemukan") for c in KATEGORI]),
            Column(_t("c_tk_naik", lang), exports.INT,
                   [None if not has_previous or pd.isna(change.loc[c, "tk_terdaftar_bertambah"])
                    else int(change.loc[c, "tk_terdaftar_bertambah"]) for c in KATEGORI]),
        ),
        lang=lang,
        sheet=_t("sheet_kategori", lang),
    )  # fmt: skip
    intro = ""
    if has_previous:
        intro = _t("perubahan_intro", lang, sebelum=fmt.bulan(changes.periode_sebelumnya, lang),
                   keluar=fmt.angka(int(change["keluar"].sum()), 0, lang), masuk=fmt.angka(int(change["masuk"].sum()), 0, lang))  # fmt: skip
    return Section(_t("s_kategori", lang), intro, table=table)


def _own_row(frame: pd.DataFrame, scope: Scope) -> pd.DataFrame:
    return frame[frame["wilayah"] == scope.kode] if scope.level is Level.KABKOTA else frame


def _areas(con, scope: Scope, periode: dt.date, summary, acc, k, nama: str, label: str, lang: str) -> Section:
    """Compliance and accidents per sub-area (a kab/kota: its own row of its province's table)."""
    table_scope = Scope.wilayah(scope.kode[:2]) if scope.level is Level.KABKOTA else scope
    frames = []
    if summary is not None:
        now_ = compliance_breakdown(con, table_scope, "wilayah", periode, k)
        before = compliance_breakdown(con, table_scope, "wilayah", periode, k, snapshot="sebelumnya")
        now_["perubahan"] = now_["perusahaan_tidak_patuh"] - now_["wilayah"].map(
            before.set_index("wilayah")["perusahaan_tidak_patuh"]).fillna(0).astype("int64")
        frames.append(now_)
    if acc is not None:
        frames.append(accidents_by_subarea(con, table_scope, periode))
    if not frames:
        return Section(_t("s_wilayah", lang), _t("no_perusahaan", lang, bulan=fmt.bulan(periode, lang)))
    names = {code: name for f in frames for code, name in zip(f["wilayah"], f["nama"], strict=True)}
    frame = frames[0].drop(columns="nama")
    for more in frames[1:]:
        frame = frame.merge(more.drop(columns="nama"), on="wilayah", how="outer")
    frame.insert(0, "nama", frame["wilayah"].map(names))
    frame = _own_row(frame.sort_values("wilayah", ignore_index=True), scope)

    def col(name: str) -> list:
        return list(frame[name]) if name in frame else [None] * len(frame)

    table = ExportTable(
        title=f"{_t('s_wilayah', lang)} — {nama}, {label}",
        source=_t("source", lang),
        columns=(
            Column(_t("c_wilayah", lang), exports.TEXT, col("nama")),
            Column(_t("c_kode", lang), exports.TEXT, col("wilayah")),
            Column(_t("c_tidak_patuh", lang), exports.INT, col("perusahaan_tidak_patuh")),
            Column(_t("c_perubahan", lang), exports.INT, col("perubahan")),
            *(Column(glossary.kategori(c, lang, short=True), exports.INT, col(f"{c.lower()}_perusahaan")) for c in KATEGORI),
            Column(_t("c_tk", lang), exports.INT, col("tk_belum_terlindungi")),
            Column(_t("c_tunggakan", lang), exports.RUPIAH, col("pmi_tunggakan_rp")),
            Column(_t("c_kasus", lang), exports.INT, col("kasus_triwulan")),
            Column(_t("c_meninggal", lang), exports.INT, col("meninggal_triwulan")),
            Column(_t("c_rate", lang), exports.DEC2, col("kasus_per_100rb_peserta_triwulan")),
        ),
        lang=lang,
        sheet=_t("sheet_wilayah", lang),
    )  # fmt: skip
    if acc is None:
        notes = (_t("no_kecelakaan", lang),)
    else:
        notes = (_t("kecelakaan_note", lang, triwulan=label, n=acc.bulan_dilaporkan, total=acc.bulan_triwulan),)
    return Section(_t("s_wilayah", lang), table=table, notes=notes)


def _follow_up(con, scope, periode, ladder, settings: ReportSettings, nama, label, lang, today) -> list[Section]:
    n = lambda x: fmt.angka(x, 0, lang)  # noqa: E731
    stages = ExportTable(
        title=f"{_t('s_tahap', lang)} — {nama}, {label}",
        source=_t("source", lang),
        columns=(
            Column(_t("c_tahap", lang), exports.TEXT, [glossary.tahap(t, lang) for t in TAHAP]),
            Column(_t("c_mencapai", lang), exports.INT, [ladder.tahapan.get(t) for t in TAHAP]),
            Column(_t("c_sekarang", lang), exports.INT, [ladder.sekarang[t] for t in TAHAP]),
        ),
        lang=lang,
        sheet=_t("sheet_tahap", lang),
    )
    intro = _t("tl_intro", lang, kasus=n(ladder.kasus), terlambat=n(ladder.terlambat),
               hari=settings.tindak_lanjut.batas_hari, patuh=n(ladder.patuh))  # fmt: skip
    outcomes = enforcement.outcomes_by_institution(con, scope, periode, settings.tindak_lanjut, today=today)
    names = [glossary.instansi(i, lang) if isinstance(i, str) else _t("total", lang) for i in outcomes["instansi"]]
    results = ExportTable(
        title=f"{_t('s_hasil', lang)} — {nama}, {label}",
        source=_t("source", lang),
        columns=(
            Column(_t("c_instansi", lang), exports.TEXT, names),
            Column(_t("c_kasus_tl", lang), exports.INT, list(outcomes["kasus"])),
            Column(_t("c_patuh", lang), exports.INT, list(outcomes["patuh"])),
            Column(_t("c_patuh_persen", lang), exports.PERCENT, list(outcomes["patuh_persen"])),
            Column(_t("c_terukur", lang), exports.INT, list(outcomes["kasus_terukur"])),
            Column(_t("c_tk_daftar", lang), exports.INT, list(outcomes["tk_didaftarkan"])),
            Column(_t("c_pulih", lang), exports.RUPIAH, [None if pd.isna(v) else round(float(v)) for v in outcomes["tunggakan_dipulihkan_rp"]]),
        ),
        lang=lang,
        sheet=_t("sheet_hasil", lang),
    )  # fmt: skip
    sections = [Section(_t("s_tahap", lang), intro, table=stages), Section(_t("s_hasil", lang), table=results)]
    if ladder.terlambat == 0:
        sections.append(Section(_t("s_terlambat", lang), _t("no_terlambat", lang)))
        return sections
    frame, _ = enforcement.case_list(con, scope, periode, settings.tindak_lanjut, limit=min(ladder.terlambat, OVERDUE_ROWS), today=today)
    late = frame[frame["terlambat"].astype(bool)]
    table = case_table(late, lang, title=f"{_t('s_terlambat', lang)} — {nama}, {label}", source=_t("source", lang),
                       sheet=_t("sheet_terlambat", lang))  # fmt: skip
    sections.append(Section(_t("s_terlambat", lang), _t("terlambat_more", lang, n=n(ladder.terlambat)), table=table,
                            pdf_rows=PDF_OVERDUE_ROWS))  # fmt: skip
    return sections


# The inspection list's columns the PDF shows (the workbook has them all).
PDF_INSPECTION = ("c_rank", "c_nama", "c_npp", "c_wilayah", "c_kategori", "c_tk_belum", "c_tunggakan", "c_skor")


def _inspection(con, scope, periode, k, nama: str, label: str, lang: str) -> Section:
    from analytics.compliance.inspection_list import L

    total, _ = count_employers(con, scope, periode, NO_FILTER, k)
    rows = ranked_employers(con, scope, periode, NO_FILTER, k, limit=MAX_ROWS)
    table = inspection_table(rows, title=f"{_t('s_sasaran', lang)} — {nama}, {label}", source=_t("source", lang), lang=lang)
    intro = (_t("sasaran_capped", lang, n=fmt.angka(total, 0, lang), max=fmt.angka(MAX_ROWS, 0, lang)) if total > MAX_ROWS
             else _t("sasaran_intro", lang, n=fmt.angka(total, 0, lang)))  # fmt: skip
    return Section(_t("s_sasaran", lang), intro, table=table, pdf_rows=PDF_INSPECTION_ROWS,
                   pdf_columns=tuple(L(c, lang) for c in PDF_INSPECTION))  # fmt: skip
