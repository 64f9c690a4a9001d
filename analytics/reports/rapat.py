"""The coordination meeting's deck (bahan rapat) of a scope, for the governor, the Disnakertrans, the
BPJS Kanwil and the Kantor Cabang: eight to ten slides, each from the pages' own figures.

Title (area, period, the facts of analytics.reports.meta); the headline (Ringkasan); the map of
capaian (Peta); the league table, worst first (Capaian Target); the trend with the projection and the
path at the pace needed (Tren); compliance and how much of the gap enforcement could close
(Kepatuhan); follow-up and overdue cases (Tindak Lanjut); accidents (Kecelakaan Kerja); special
groups (Kelompok Khusus); and **Langkah berikutnya**, actions read off the data: the kab/kota
furthest behind, the employers to inspect first, the overdue cases, and the groups' budget need.

A slide whose data the area does not have yet is left out (the title slide's facts say what is
loaded). Every slide's speaker notes say its figures in sentences.
"""

from __future__ import annotations

import datetime as dt
import io

import duckdb
import pandas as pd

from analytics import enforcement, exports, fmt, glossary
from analytics.compliance import compliance_summary, gap_potential
from analytics.compliance.employers import NO_FILTER, ranked_employers
from analytics.contract import TAHAP
from analytics.coverage import DataKosong, coverage_by_subarea, headline
from analytics.coverage.parts import behind, kabkota_metrics
from analytics.coverage.series import headline_trend
from analytics.exports import Column, ExportTable
from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.kecelakaan import kecelakaan
from analytics.kecelakaan.breakdown import by_subarea as accidents_by_subarea
from analytics.kelompok import kelompok
from analytics.palette import KATEGORI_COLOURS, PRIMARY, STATUS_COLOURS
from analytics.reports import chart, narrative
from analytics.reports.bulanan import headline_figures
from analytics.reports.cells import status_cells
from analytics.reports.deck import Deck, Slide
from analytics.reports.document import Figure
from analytics.reports.meta import ReportSettings, meta
from analytics.scope import Level, Scope

DATASETS = ("kepesertaan", "target", "penduduk_bekerja", "perusahaan", "tindak_lanjut", "kecelakaan", "kelompok_khusus")
LEAGUE_ROWS = 12
TOP = 3  # Langkah berikutnya names this many areas, employers and cases

_t = Catalog({
    "title": _m("Rapat koordinasi cakupan jaminan sosial ketenagakerjaan", "Coordination meeting on workers' social security coverage"),
    "deck_title": _m("Bahan rapat — {nama}, {periode}", "Meeting deck — {nama}, {periode}"),
    "subtitle": _m("{nama} · {periode}", "{nama} · {periode}"),
    "s_ringkasan": _m("Posisi terhadap target", "Where we stand against the target"),
    "s_peta": _m("Peta capaian target", "Target achievement map"),
    "s_peringkat": _m("Peringkat capaian, terendah lebih dulu", "Achievement league, lowest first"),
    "s_peringkat_kab": _m("{nama} di antara kab/kota {provinsi}", "{nama} among {provinsi}'s regencies/cities"),
    "s_tren": _m("Tren peserta aktif dan proyeksi", "Active participants and projection"),
    "s_kepatuhan": _m("Kepatuhan perusahaan", "Employer compliance"),
    "s_tl": _m("Tindak lanjut dan kasus terlambat", "Follow-up and overdue cases"),
    "s_kecelakaan": _m("Kecelakaan kerja", "Work accidents"),
    "s_kelompok": _m("Kelompok khusus", "Special groups"),
    "s_langkah": _m("Langkah berikutnya", "Next steps"),
    "c_wilayah": _m("Wilayah", "Area"),
    "c_capaian": _m("Capaian", "Achievement"),
    "c_gap": _m("Kekurangan", "Gap"),
    "c_aktif": _m("Peserta aktif", "Active participants"),
    "c_status": _m("Status", "Status"),
    "ch_kategori": _m("Perusahaan tidak patuh per kategori", "Non-compliant employers by category"),
    "ch_tahap": _m("Kasus menurut tahap sekarang", "Cases by current stage"),
    "ch_kecelakaan": _m("Kasus kecelakaan triwulan per wilayah", "Accidents this quarter by area"),
    "ch_kelompok": _m("Cakupan kelompok khusus", "Special groups' coverage"),
    "f_tidak_patuh": _m("Perusahaan tidak patuh", "Non-compliant employers"),
    "f_tk": _m("TK belum terlindungi", "Unprotected workers"),
    "f_potensi": _m("Bisa menutup gap", "Could close of the gap"),
    "f_potensi_note": _m("dari {dasar} kekurangan", "of a {dasar} shortfall"),
    "f_tunggakan": _m("Tunggakan iuran", "Contribution arrears"),
    "f_kasus": _m("Kasus berjalan", "Open cases"),
    "f_terlambat": _m("Terlambat", "Overdue"),
    "f_terlambat_note": _m("lebih dari {n} hari di satu tahap", "more than {n} days at one stage"),
    "f_patuh": _m("Berakhir patuh", "Ended compliant"),
    "f_kasus_kk": _m("Kasus triwulan", "Cases this quarter"),
    "f_meninggal": _m("Meninggal", "Deaths"),
    "f_rate": _m("Per 100.000 peserta", "Per 100,000 participants"),
    "f_belum": _m("Belum terdaftar", "Not registered"),
    "f_cakupan": _m("Cakupan", "Coverage"),
    "f_iuran": _m("Iuran dibutuhkan", "Contribution needed"),
    "per_bulan": _m("{rp}/bulan", "{rp}/month"),
    "per_tahun": _m("{rp} per tahun", "{rp} a year"),
    "snapshot": _m("snapshot {bulan}", "snapshot {bulan}"),
    "dari": _m("{n} dari {total} kasus", "{n} of {total} cases"),
    "bulan_lapor": _m("{triwulan}; {n} dari {total} bulan dilaporkan", "{triwulan}; {n} of {total} months reported"),
    "n_peta": _m("Sebaran capaian {nama}: {kelas}.", "Achievement across {nama}: {kelas}."),
    "n_peringkat": _m("Terendah: {daftar}. {n} dari {total} wilayah belum mencapai target.",
                      "Lowest: {daftar}. {n} of {total} areas are below target."),
    "n_peringkat_kab": _m("{nama} berada di peringkat {rank} dari {total} kab/kota {provinsi}, capaian {capaian}.",
                          "{nama} ranks {rank} of {total} regencies/cities of {provinsi}, achievement {capaian}."),
    "n_tren": _m("Peserta aktif {aktif} pada {bulan}. Laju tiga bulan terakhir {aktual} per bulan; dibutuhkan {butuh} per bulan. "
                 "Proyeksi pada {batas}: {proyeksi}.",
                 "Active participants {aktif} in {bulan}. The last three months' pace is {aktual} a month; {butuh} a month is "
                 "needed. Projection at {batas}: {proyeksi}."),
    "n_kepatuhan": _m("{n} perusahaan tidak patuh pada {snapshot}: {rincian}. {tk} tenaga kerja belum terlindungi{potensi}; "
                      "tunggakan iuran {rp}.",
                      "{n} employers were non-compliant at the {snapshot}: {rincian}. {tk} workers are unprotected{potensi}; "
                      "contribution arrears {rp}."),
    "n_potensi": _m(", setara {persen} dari kekurangan {dasar} peserta", ", {persen} of the {dasar}-participant shortfall"),
    "n_tl": _m("{kasus} kasus tindak lanjut, {terbuka} masih berjalan; {terlambat} terlambat (lebih dari {hari} hari di satu tahap); "
               "{patuh} berakhir patuh ({persen}).",
               "{kasus} follow-up cases, {terbuka} still open; {terlambat} overdue (more than {hari} days at one stage); "
               "{patuh} ended compliant ({persen})."),
    "n_kecelakaan": _m("{triwulan}: {kasus} kasus kecelakaan kerja, {meninggal} meninggal, {rate} kasus per 100.000 peserta; "
                       "{n} dari {total} bulan triwulan sudah dilaporkan.",
                       "{triwulan}: {kasus} work accidents, {meninggal} deaths, {rate} cases per 100,000 participants; "
                       "{n} of {total} months of the quarter reported."),
    "n_kelompok": _m("{belum} orang kelompok khusus belum terdaftar (cakupan {persen}); melindungi mereka membutuhkan iuran {rp} "
                     "per bulan, {rp_tahun} per tahun (Rp {iuran} per orang per bulan).",
                     "{belum} people of the special groups are not registered (coverage {persen}); protecting them needs {rp} "
                     "a month, {rp_tahun} a year (Rp {iuran} per person a month)."),
    "l_behind": _m("Dorong kab/kota yang paling jauh dari target: {daftar}.", "Push the regencies/cities furthest from target: {daftar}."),
    "l_behind_item": _m("{nama} (kurang {gap})", "{nama} ({gap} short)"),
    "l_inspect": _m("Periksa bersama lebih dulu: {daftar}. Daftar lengkap ada di laporan triwulanan.",
                    "Inspect together first: {daftar}. The full list is in the quarterly report."),
    "l_inspect_item": _m("{nama} ({kab}, skor {skor})", "{nama} ({kab}, score {skor})"),
    "l_overdue": _m("Selesaikan {n} kasus tindak lanjut yang terlambat; terlama: {daftar}.",
                    "Settle the {n} overdue follow-up cases; longest overdue: {daftar}."),
    "l_overdue_item": _m("{nama} ({hari} hari)", "{nama} ({hari} days)"),
    "l_groups": _m("Anggarkan {rp} per bulan ({rp_tahun} per tahun) untuk {n} orang kelompok khusus yang belum terdaftar.",
                   "Budget {rp} a month ({rp_tahun} a year) for the {n} people of the special groups not yet registered."),
    "l_none": _m("Semua kab/kota telah mencapai target; tidak ada kasus terlambat.", "Every regency/city has met its target; no case is overdue."),
    "n_langkah": _m("Langkah yang diusulkan dari data: {langkah}", "Steps the data suggest: {langkah}"),
    "n_judul": _m("Bahan rapat ini dibuat dari data Cakupan. {fakta}", "This deck is made from Cakupan's data. {fakta}"),
    "summary": _m("bahan rapat {nama}, {periode}: {n} slide", "meeting deck {nama}, {periode}: {n} slides"),
})  # fmt: skip


OPTIONAL = ("kepatuhan", "tindak_lanjut", "kecelakaan", "kelompok")  # in deck order, after "tren"
ALWAYS_FIRST = ("judul", "ringkasan", "peta", "peringkat", "tren")


def build(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None = None,
    settings: ReportSettings | None = None,
    lang: str = "id",
    now: dt.datetime | None = None,
    today: dt.date | None = None,
    *,
    with_map: bool = True,
) -> Deck:
    """The deck of `scope` for `periode` (default: its latest month with membership data). Raises
    ScopeError for an unknown area and DataKosong when the month has no membership data.
    `with_map=False` leaves the map's picture out (the Presentasi page draws its own map)."""
    deck = Slides(con, scope, periode, settings, lang, now, today, with_map=with_map)
    slides = tuple(s for s in (deck.slide(k) for k in deck.outline()) if s is not None)
    summary = _t("summary", lang, nama=deck.nama, periode=deck.periode_label, n=len(slides))
    return Deck(_t("deck_title", lang, nama=deck.nama, periode=deck.periode_label), deck.meta, slides, summary)


class Slides:
    """One deck's slides, each built when asked for and every query behind them run once: `build`
    asks for all of them, the Presentasi page for the one on the screen (a first visit builds one
    slide, not ten). `outline()` names the slides the deck has, from cheap checks of which data the
    scope holds; a test holds it to the slides `build` makes."""

    def __init__(self, con, scope: Scope, periode: dt.date | None, settings: ReportSettings | None = None,
                 lang: str = "id", now: dt.datetime | None = None, today: dt.date | None = None, *,
                 with_map: bool = True, h=None):  # fmt: skip
        """`h`: analytics.coverage.headline(con, scope, periode), when the caller has it already."""
        self.con, self.scope, self.lang, self.now, self.today = con, scope, lang, now, today
        self.settings, self.with_map = settings or ReportSettings(), with_map
        self.h = h if h is not None else headline(con, scope, periode)
        if self.h.peserta_aktif is None:
            raise DataKosong(f"belum ada data kepesertaan {self.h.nama} untuk {fmt.bulan(self.h.periode)}")
        self.p = self.h.periode
        self.periode_label = fmt.bulan(self.p, lang)
        self.nama = self.h.nama
        self._meta = None
        self.facts = _Facts()

    @property
    def meta(self):
        if self._meta is None:
            self._meta = meta(self.con, self.scope, self.p, self.periode_label, DATASETS, self.settings, self.lang, self.now)
        return self._meta

    def outline(self) -> tuple[str, ...]:
        """The slides' keys in order: the five every deck has, the optional ones whose data the scope
        holds for the period, and Langkah berikutnya."""
        return (*ALWAYS_FIRST, *(k for k in OPTIONAL if _has(self.con, self.scope, self.p, k)), "langkah")

    def slide(self, key: str) -> Slide | None:
        """The slide `key` (None for an optional slide without data after all)."""
        con, scope, p, lang, settings = self.con, self.scope, self.p, self.lang, self.settings
        if key == "judul":
            m = self.meta
            return Slide("judul", _t("title", lang), _t("subtitle", lang, nama=self.nama, periode=self.periode_label),
                         bullets=tuple(m.lines()), notes=_t("n_judul", lang, fakta=" ".join(m.lines())))  # fmt: skip
        if key == "ringkasan":
            return Slide("ringkasan", _t("s_ringkasan", lang), figures=headline_figures(self.h, lang),
                         notes=narrative.headline(self.h, lang))  # fmt: skip
        if key == "peta":
            return _map(con, scope, p, self.nama, lang, self.with_map)
        if key == "peringkat":
            return _league(con, scope, p, lang)
        if key == "tren":
            return _trend(con, scope, self.h, self.periode_label, lang)
        if key == "langkah":
            self._learn()
            return _next_steps(con, scope, p, settings, lang, self.facts)
        make = {"kepatuhan": _compliance, "tindak_lanjut": _follow_up, "kecelakaan": _accidents, "kelompok": _groups}[key]
        return make(con, scope, p, settings, lang, self.facts, self.today)

    def _learn(self) -> None:
        """What Langkah berikutnya needs from the follow-up and group slides, when not built yet."""
        if self.facts.ladder is None:
            self.facts.ladder = enforcement.ladder_summary(self.con, self.scope, self.p, self.settings.tindak_lanjut,
                                                           today=self.today)  # fmt: skip
        if self.facts.groups is None and _has(self.con, self.scope, self.p, "kelompok"):
            self.facts.groups = kelompok(self.con, self.scope, self.p, self.settings.iuran_per_orang)


def _has(con, scope: Scope, periode: dt.date, key: str) -> bool:
    """Whether the scope holds the data an optional slide shows, for the period: an employer snapshot
    at or before it, a follow-up action up to its end, an accident report in its quarter up to it, a
    special-group report at or before it."""
    from analytics.enforcement.settings import month_end
    from analytics.kecelakaan.summary import quarter_of

    cond, params = scope.kabkota_filter("kode_wilayah")
    if key == "kepatuhan":
        sql, args = f"SELECT 1 FROM perusahaan_bulan WHERE {cond} AND periode <= ? LIMIT 1", [*params, periode]
    elif key == "tindak_lanjut":
        sql, args = f"SELECT 1 FROM tindak_lanjut WHERE {cond} AND tanggal <= ? LIMIT 1", [*params, month_end(periode)]
    elif key == "kecelakaan":
        first = quarter_of(periode)[1]
        sql, args = f"SELECT 1 FROM kecelakaan WHERE {cond} AND periode BETWEEN ? AND ? LIMIT 1", [*params, first, periode]
    else:
        sql, args = f"SELECT 1 FROM kelompok_khusus WHERE {cond} AND periode <= ? LIMIT 1", [*params, periode]
    return con.execute(sql, args).fetchone() is not None


def _trend(con, scope: Scope, h, periode_label: str, lang: str) -> Slide:
    trend = headline_trend(con, scope, h)
    drawn = chart.trend(trend.history, trend.path, h.target_peserta, h.batas_waktu, h.laju_dibutuhkan_per_bulan,
                        _t("s_tren", lang), lang)  # fmt: skip
    n = lambda x: fmt.angka(x, 0, lang)  # noqa: E731
    return Slide("tren", _t("s_tren", lang), chart=drawn, notes=_t(
        "n_tren", lang, aktif=n(h.peserta_aktif), bulan=periode_label, aktual=n(h.laju_aktual_per_bulan),
        butuh=n(h.laju_dibutuhkan_per_bulan), batas=fmt.tanggal(h.batas_waktu, lang), proyeksi=n(h.proyeksi_batas_waktu)))  # fmt: skip


class _Facts:
    """What the later slides learn that Langkah berikutnya needs (no query is run twice)."""

    ladder = None
    groups = None


def _map(con, scope: Scope, periode: dt.date, nama: str, lang: str, with_picture: bool) -> Slide:
    from analytics.figures.peta import write_png
    from analytics.reports import peta

    drawn = peta.build(con, scope, periode, "capaian", lang=lang)
    picture = None
    if with_picture:
        out = io.BytesIO()
        write_png(drawn, out)
        picture = out.getvalue()
    classes = "; ".join(f"{r.label}: {fmt.angka(r.count, 0, lang)}" for r in drawn.legend if r.count)
    areas = tuple(zip(drawn.values["kode_wilayah"], drawn.values["nama"], strict=True))
    return Slide("peta", drawn.title, picture=picture, notes=_t("n_peta", lang, nama=nama, kelas=classes), areas=areas)


def _league(con, scope: Scope, periode: dt.date, lang: str) -> Slide:
    """The sub-areas lowest capaian first; for a kab/kota, its province's, itself marked."""
    from analytics.scope import scope_name

    kabkota = scope.level is Level.KABKOTA
    table_scope = Scope.wilayah(scope.kode[:2]) if kabkota else scope
    frame = coverage_by_subarea(con, table_scope, periode)
    frame = (frame.assign(_nama=frame["nama"].str.casefold())
             .sort_values(["capaian_persen", "_nama"], na_position="last", kind="stable", ignore_index=True))  # fmt: skip
    shown = frame.head(LEAGUE_ROWS)
    if kabkota and scope.kode not in set(shown["wilayah"]):
        shown = pd.concat([shown.head(LEAGUE_ROWS - 1), frame[frame["wilayah"] == scope.kode]], ignore_index=True)
    words, fills = status_cells(shown["status"], lang)
    table = ExportTable(
        title=_t("s_peringkat", lang), source="",
        columns=(
            Column(_t("c_wilayah", lang), exports.TEXT, list(shown["nama"])),
            Column(_t("c_capaian", lang), exports.PERCENT, list(shown["capaian_persen"])),
            Column(_t("c_gap", lang), exports.INT, list(shown["gap"])),
            Column(_t("c_aktif", lang), exports.INT, list(shown["peserta_aktif"])),
            Column(_t("c_status", lang), exports.TEXT, words, fills),
        ),
        lang=lang,
    )  # fmt: skip
    areas = tuple(zip(shown["wilayah"], shown["nama"], strict=True))
    if kabkota:
        provinsi = scope_name(con, table_scope)
        own = frame.index[frame["wilayah"] == scope.kode]
        ranked_high_first = frame["capaian_persen"].notna().sum()
        rank = (ranked_high_first - int(own[0])) if len(own) and pd.notna(frame.loc[own[0], "capaian_persen"]) else None
        nama = scope_name(con, scope)
        notes = _t("n_peringkat_kab", lang, nama=nama, rank=fmt.angka(rank, 0, lang), total=fmt.angka(ranked_high_first, 0, lang),
                   provinsi=provinsi, capaian=fmt.persen(frame.loc[own[0], "capaian_persen"] if len(own) else None, 1, lang))  # fmt: skip
        title = _t("s_peringkat_kab", lang, nama=nama, provinsi=provinsi)
        return Slide("peringkat", title, table=table, table_rows=LEAGUE_ROWS, notes=notes, areas=areas, marked=scope.kode)
    lowest = ", ".join(f"{r.nama} {fmt.persen(r.capaian_persen, 1, lang)}" for r in shown.head(TOP).itertuples()
                       if pd.notna(r.capaian_persen))  # fmt: skip
    below = int((frame["gap"].fillna(0) > 0).sum())
    notes = _t("n_peringkat", lang, daftar=lowest, n=fmt.angka(below, 0, lang), total=fmt.angka(len(frame), 0, lang))
    return Slide("peringkat", _t("s_peringkat", lang), table=table, table_rows=LEAGUE_ROWS, notes=notes, areas=areas)


def _compliance(con, scope, periode, settings: ReportSettings, lang, facts, today) -> Slide | None:
    from analytics.errors import DataKosong as NoData

    try:
        s = compliance_summary(con, scope, periode, settings.kepatuhan)
        potensi = gap_potential(con, scope, periode, settings.kepatuhan)
    except NoData:
        return None
    n = lambda x: fmt.angka(x, 0, lang)  # noqa: E731
    cats = ("PWBD", "PDS_TK", "PDS_UPAH", "PDS_PROGRAM", "PMI")
    snapshot = _t("snapshot", lang, bulan=fmt.bulan(s.periode, lang))
    figures = [
        Figure(_t("f_tidak_patuh", lang), n(s.perusahaan_tidak_patuh), snapshot),
        Figure(_t("f_tk", lang), n(s.tk_belum_terlindungi), snapshot),
    ]
    if potensi.persen_tampil is not None:
        figures.append(Figure(_t("f_potensi", lang), fmt.persen(potensi.persen_tampil, 1, lang),
                              _t("f_potensi_note", lang, dasar=n(potensi.dasar))))  # fmt: skip
    figures.append(Figure(_t("f_tunggakan", lang), fmt.rupiah(s.kategori["PMI"].tunggakan_rp, lang)))
    bars = chart.bars(_t("ch_kategori", lang), [glossary.kategori(c, lang, short=True) for c in cats],
                      [s.kategori[c].perusahaan for c in cats], lang, colours=[KATEGORI_COLOURS[c] for c in cats])  # fmt: skip
    rincian = ", ".join(f"{glossary.kategori(c, lang, short=True)} {n(s.kategori[c].perusahaan)}" for c in cats)
    extra = (_t("n_potensi", lang, persen=fmt.persen(potensi.persen_tampil, 1, lang), dasar=n(potensi.dasar))
             if potensi.persen_tampil is not None else "")  # fmt: skip
    notes = _t("n_kepatuhan", lang, n=n(s.perusahaan_tidak_patuh), snapshot=snapshot, rincian=rincian,
               tk=n(s.tk_belum_terlindungi), potensi=extra, rp=fmt.rupiah(s.kategori["PMI"].tunggakan_rp, lang))  # fmt: skip
    return Slide("kepatuhan", _t("s_kepatuhan", lang), figures=tuple(figures), chart=bars, notes=notes)


def _follow_up(con, scope, periode, settings: ReportSettings, lang, facts, today) -> Slide | None:
    ladder = enforcement.ladder_summary(con, scope, periode, settings.tindak_lanjut, today=today)
    facts.ladder = ladder
    if ladder.kasus == 0:
        return None
    n = lambda x: fmt.angka(x, 0, lang)  # noqa: E731
    terbuka = ladder.kasus - ladder.patuh
    figures = (
        Figure(_t("f_kasus", lang), n(terbuka), _t("dari", lang, n=n(terbuka), total=n(ladder.kasus))),
        Figure(_t("f_terlambat", lang), n(ladder.terlambat), _t("f_terlambat_note", lang, n=settings.tindak_lanjut.batas_hari),
               colour=STATUS_COLOURS["TERTINGGAL"] if ladder.terlambat else None),
        Figure(_t("f_patuh", lang), fmt.persen(ladder.patuh_persen, 1, lang), _t("dari", lang, n=n(ladder.patuh), total=n(ladder.kasus))),
    )  # fmt: skip
    bars = chart.bars(_t("ch_tahap", lang), [glossary.tahap(t, lang) for t in TAHAP], [ladder.sekarang[t] for t in TAHAP],
                      lang, colour=PRIMARY)  # fmt: skip
    notes = _t("n_tl", lang, kasus=n(ladder.kasus), terbuka=n(terbuka), terlambat=n(ladder.terlambat),
               hari=settings.tindak_lanjut.batas_hari, patuh=n(ladder.patuh), persen=fmt.persen(ladder.patuh_persen, 1, lang))  # fmt: skip
    return Slide("tindak_lanjut", _t("s_tl", lang), figures=figures, chart=bars, notes=notes)


def _accidents(con, scope, periode, settings, lang, facts, today) -> Slide | None:
    from analytics.errors import DataKosong as NoData
    from analytics.reports.triwulanan import quarter_label

    try:
        k = kecelakaan(con, scope, periode)
    except NoData:
        return None
    if k.bulan_dilaporkan == 0:
        return None
    n = lambda x: fmt.angka(x, 0, lang)  # noqa: E731
    label = quarter_label(periode, lang)
    rate = fmt.NO_VALUE if k.kasus_per_100rb_peserta_triwulan is None else fmt.angka(k.kasus_per_100rb_peserta_triwulan, 2, lang)
    figures = (
        Figure(_t("f_kasus_kk", lang), n(k.kasus_triwulan), _t("bulan_lapor", lang, triwulan=label, n=k.bulan_dilaporkan, total=k.bulan_triwulan)),
        Figure(_t("f_meninggal", lang), n(k.meninggal_triwulan)),
        Figure(_t("f_rate", lang), rate),
    )  # fmt: skip
    bars = None
    if scope.level is not Level.KABKOTA:
        frame = accidents_by_subarea(con, scope, periode).sort_values(["kasus_triwulan", "nama"], ascending=[False, True]).head(10)
        if len(frame):
            bars = chart.bars(_t("ch_kecelakaan", lang), list(frame["nama"]), list(frame["kasus_triwulan"]), lang, colour=PRIMARY)
    notes = _t("n_kecelakaan", lang, triwulan=label, kasus=n(k.kasus_triwulan), meninggal=n(k.meninggal_triwulan), rate=rate,
               n=k.bulan_dilaporkan, total=k.bulan_triwulan)  # fmt: skip
    return Slide("kecelakaan", _t("s_kecelakaan", lang), figures=figures, chart=bars, notes=notes)


def _groups(con, scope, periode, settings: ReportSettings, lang, facts, today) -> Slide | None:
    from analytics.errors import DataKosong as NoData

    try:
        g = kelompok(con, scope, periode, settings.iuran_per_orang)
    except NoData:
        return None
    facts.groups = g
    t = g.total
    rp, rp_tahun = fmt.rupiah(t.iuran_dibutuhkan_per_bulan_rp, lang), fmt.rupiah(12 * t.iuran_dibutuhkan_per_bulan_rp, lang)
    figures = (
        Figure(_t("f_belum", lang), fmt.angka(t.belum_terdaftar, 0, lang)),
        Figure(_t("f_cakupan", lang), fmt.persen(t.cakupan_persen, 1, lang)),
        Figure(_t("f_iuran", lang), _t("per_bulan", lang, rp=rp), _t("per_tahun", lang, rp=rp_tahun)),
    )
    codes = list(g.kelompok)
    bars = chart.bars(_t("ch_kelompok", lang), [glossary.kelompok(c, lang) for c in codes],
                      [g.kelompok[c].cakupan_persen for c in codes], lang, unit="percent", colour=PRIMARY)  # fmt: skip
    notes = _t("n_kelompok", lang, belum=fmt.angka(t.belum_terdaftar, 0, lang), persen=fmt.persen(t.cakupan_persen, 1, lang),
               rp=rp, rp_tahun=rp_tahun, iuran=fmt.angka(g.iuran_per_orang_rp, 0, lang))  # fmt: skip
    return Slide("kelompok", _t("s_kelompok", lang), figures=figures, chart=bars, notes=notes)


def _next_steps(con, scope, periode, settings: ReportSettings, lang, facts) -> Slide:
    """Actions read off the data, most pressing first (see the module docstring)."""
    n = lambda x: fmt.angka(x, 0, lang)  # noqa: E731
    steps = []
    short = behind(kabkota_metrics(con, scope, periode)).head(TOP)
    if len(short):
        steps.append(_t("l_behind", lang, daftar=", ".join(
            _t("l_behind_item", lang, nama=r.nama, gap=n(r.gap)) for r in short.itertuples())))  # fmt: skip
    try:
        first = ranked_employers(con, scope, periode, NO_FILTER, settings.kepatuhan, limit=TOP)
    except DataKosong:
        first = pd.DataFrame()
    if len(first):
        from analytics.areas import short_name

        steps.append(_t("l_inspect", lang, daftar="; ".join(
            _t("l_inspect_item", lang, nama=r.nama_perusahaan, kab=short_name(r.nama_wilayah), skor=n(round(r.skor)))
            for r in first.itertuples())))  # fmt: skip
    ladder = facts.ladder
    if ladder is not None and ladder.terlambat:
        cases, _ = enforcement.case_list(con, scope, periode, settings.tindak_lanjut, limit=TOP)
        late = cases[cases["terlambat"].astype(bool)]
        steps.append(_t("l_overdue", lang, n=n(ladder.terlambat), daftar="; ".join(
            _t("l_overdue_item", lang, nama=r.nama_perusahaan, hari=n(r.hari_terlambat)) for r in late.itertuples())))  # fmt: skip
    g = facts.groups
    if g is not None and g.total.belum_terdaftar > 0:
        monthly = g.total.iuran_dibutuhkan_per_bulan_rp
        steps.append(_t("l_groups", lang, rp=fmt.rupiah(monthly, lang), rp_tahun=fmt.rupiah(12 * monthly, lang),
                        n=n(g.total.belum_terdaftar)))  # fmt: skip
    if not steps:
        steps.append(_t("l_none", lang))
    return Slide("langkah", _t("s_langkah", lang), bullets=tuple(steps), notes=_t("n_langkah", lang, langkah=" ".join(steps)))
