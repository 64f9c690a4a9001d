"""The quarter's accidents per sub-area (sortable: st.dataframe), per segment and per KBLI section,
and the per-area table as CSV/XLSX."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import exports, fmt, glossary, kbli
from analytics.exports import Column, ExportTable
from ui.components import downloads, tables
from ui.texts.kecelakaan import KC


def subareas(frame: pd.DataFrame, lang: str) -> None:
    """The numbers stay numbers (so a click on a header sorts them as numbers); a Styler writes them
    the user's way (`12,12`, `493.333`), which the grid's own number formats cannot in Indonesian."""
    t = KC.bound(lang)
    shown = pd.DataFrame({
        t("col_wilayah"): frame["nama"],
        t("col_rate"): frame["kasus_per_100rb_peserta_triwulan"],
        t("col_kasus"): frame["kasus_triwulan"],
        t("col_meninggal"): frame["meninggal_triwulan"],
        t("col_bulan"): frame["bulan_dilaporkan"],
        t("col_peserta"): frame["peserta_aktif"],
    })  # fmt: skip

    def number(decimals: int):
        return lambda v: fmt.NO_VALUE if v is None or pd.isna(v) else fmt.angka(v, decimals, lang)

    styler = shown.style.format({t("col_rate"): number(2), **{c: number(0) for c in shown.columns[2:]}})
    st.dataframe(styler, hide_index=True, width="stretch", key="kc_areas")


def unprotected(frame: pd.DataFrame | None, lang: str) -> None:
    """The sub-areas high in both accidents and unprotected workers (analytics.kecelakaan.breakdown)."""
    t = KC.bound(lang)
    st.caption(t("unprotected_caption"))
    if frame is None:
        st.caption(t("unprotected_no_data"))
        return
    if frame.empty:
        st.caption(t("unprotected_none"))
        return
    shown = pd.DataFrame({
        t("col_wilayah"): frame["nama"],
        t("col_rate"): [fmt.angka(v, 2, lang) for v in frame["kasus_per_100rb_peserta_triwulan"]],
        t("col_kasus"): [fmt.angka(v, lang=lang) for v in frame["kasus_triwulan"]],
        t("col_tk_belum"): [fmt.angka(v, lang=lang) for v in frame["tk_belum_terlindungi"]],
    })  # fmt: skip
    st.table(tables.right_aligned(shown, list(shown.columns[1:])).hide(axis="index"))


def by_column(frame: pd.DataFrame, column: str, lang: str, scope_label: str = "", k=None) -> None:
    """The quarter per segment or KBLI section, with its CSV/XLSX (the code kept beside the name)."""
    t = KC.bound(lang)
    n = lambda x: fmt.angka(x, lang=lang)  # noqa: E731
    if column == "segmen":
        names = [glossary.segmen(s, lang) for s in frame["segmen"]]
    else:
        names = [t("no_sector") if s is None or s != s else kbli.label(s, lang) for s in frame["sektor"]]
    shown = pd.DataFrame({
        t("col_segmen" if column == "segmen" else "col_sektor"): names,
        t("col_kasus"): [n(v) for v in frame["kasus"]],
        t("col_meninggal"): [n(v) for v in frame["meninggal"]],
        t("col_cacat"): [n(v) for v in frame["cacat"]],
        t("col_klaim"): fmt.rupiah_kolom(frame["klaim_rp"], lang),
    })  # fmt: skip
    st.table(tables.right_aligned(shown, list(shown.columns[1:])).hide(axis="index"))
    if k is None:
        return
    header = t("col_segmen" if column == "segmen" else "col_sektor")
    table = ExportTable(
        title=f"{header} — " + t("export_title", scope=scope_label, triwulan=k.triwulan, periode=fmt.bulan(k.periode, lang)),
        source=t("export_source", waktu=fmt.waktu(dt.datetime.now(dt.UTC), lang)),
        columns=(
            Column("Kode", exports.TEXT, [None if v is None or v != v else str(v) for v in frame[column]]),
            Column(header, exports.TEXT, names),
            Column(t("col_kasus"), exports.INT, list(frame["kasus"])),
            Column(t("col_meninggal"), exports.INT, list(frame["meninggal"])),
            Column(t("col_cacat"), exports.INT, list(frame["cacat"])),
            Column(t("col_klaim"), exports.INT, list(frame["klaim_rp"])),
        ),
        lang=lang,
        sheet=header[:31],
    )  # fmt: skip
    stem = exports.file_stem(f"{t('export_file')}-{column}", scope_label, k.periode)
    downloads.table_buttons(table, stem, t("export_csv"), t("export_xlsx"), t("export_help"))


def export(frame: pd.DataFrame, scope_label: str, k, lang: str) -> None:
    t = KC.bound(lang)
    table = ExportTable(
        title=t("export_title", scope=scope_label, triwulan=k.triwulan, periode=fmt.bulan(k.periode, lang)),
        source=t("export_source", waktu=fmt.waktu(dt.datetime.now(dt.UTC), lang)),
        columns=(
            Column(t("col_wilayah"), exports.TEXT, list(frame["nama"])),
            Column("Kode", exports.TEXT, list(frame["wilayah"])),
            Column(t("col_kasus"), exports.INT, list(frame["kasus_triwulan"])),
            Column(t("col_meninggal"), exports.INT, list(frame["meninggal_triwulan"])),
            Column(t("col_bulan"), exports.INT, list(frame["bulan_dilaporkan"])),
            Column(t("col_peserta"), exports.INT, list(frame["peserta_aktif"])),
            Column(t("col_rate"), exports.DEC2, list(frame["kasus_per_100rb_peserta_triwulan"])),
        ),
        lang=lang,
        sheet=t("export_sheet"),
    )  # fmt: skip
    stem = exports.file_stem(t("export_file"), scope_label, k.periode)
    downloads.table_buttons(table, stem, t("export_csv"), t("export_xlsx"), t("export_help"))
