"""The Kelompok Khusus page's tiles and tables (figures from analytics.kelompok)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import exports, fmt, glossary
from analytics.exports import Column, ExportTable
from analytics.kelompok.breakdown import NO_SOURCE
from ui.components import downloads, tables, tiles
from ui.texts.kelompok import KK


def headline(s, aktif: int | None, lang: str) -> None:
    t = KK.bound(lang)
    n = lambda x: fmt.angka(x, lang=lang)  # noqa: E731
    total = s.total
    share = None if not aktif else 100 * total.terdaftar / aktif
    per = t("t_iuran_ctx", n=n(total.belum_terdaftar), rp=fmt.rupiah(s.iuran_per_orang_rp, lang, compact=False))
    tiles.grid([
        tiles.Tile("sasaran", t("t_sasaran"), n(total.sasaran)),
        tiles.Tile("terdaftar", t("t_terdaftar"), n(total.terdaftar)),
        tiles.Tile("belum", t("t_belum"), n(total.belum_terdaftar)),
        tiles.Tile("cakupan", t("t_cakupan"), fmt.NO_VALUE if total.cakupan_persen is None
                   else fmt.persen(total.cakupan_persen, 1, lang)),
        tiles.Tile("share", t("t_share"), fmt.NO_VALUE if share is None else fmt.persen(share, 1, lang),
                   t("t_share_none") if not aktif else t("t_share_ctx", n=n(total.terdaftar), aktif=n(aktif))),
        tiles.Tile("iuran_bulan", t("t_iuran_bulan"), fmt.rupiah(total.iuran_dibutuhkan_per_bulan_rp, lang), per),
        tiles.Tile("iuran_tahun", t("t_iuran_tahun"), fmt.rupiah(total.iuran_dibutuhkan_per_bulan_rp * 12, lang), per),
    ], columns=4)  # fmt: skip


def groups(s, lang: str) -> pd.DataFrame:
    """Per group, then the total: what the table shows (text) — and the export's rows."""
    t = KK.bound(lang)
    rows = [(glossary.kelompok(k, lang), g) for k, g in s.kelompok.items()] + [(t("total"), s.total)]
    money = fmt.rupiah_kolom([g.iuran_dibutuhkan_per_bulan_rp for _, g in rows], lang)
    money_y = fmt.rupiah_kolom([g.iuran_dibutuhkan_per_bulan_rp * 12 for _, g in rows], lang)
    return pd.DataFrame({
        t("col_kelompok"): [name for name, _ in rows],
        t("col_sasaran"): [fmt.angka(g.sasaran, lang=lang) for _, g in rows],
        t("col_terdaftar"): [fmt.angka(g.terdaftar, lang=lang) for _, g in rows],
        t("col_belum"): [fmt.angka(g.belum_terdaftar, lang=lang) for _, g in rows],
        t("col_cakupan"): [fmt.NO_VALUE if g.cakupan_persen is None else fmt.persen(g.cakupan_persen, 1, lang) for _, g in rows],
        t("col_laporan"): [fmt.bulan(g.periode_laporan_terakhir, lang) if g.periode_laporan_terakhir else "" for _, g in rows],
        t("col_iuran_bulan"): money,
        t("col_iuran_tahun"): money_y,
    })  # fmt: skip


def show(frame: pd.DataFrame, text_columns: int = 1) -> None:
    st.table(tables.right_aligned(frame, list(frame.columns[text_columns:])).hide(axis="index"))


def funding(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    t = KK.bound(lang)
    out = {t("col_kelompok"): [glossary.kelompok(k, lang) for k in frame["kelompok"]]}
    for col in frame.columns[1:]:
        out[t("no_source") if col == NO_SOURCE else str(col)] = [fmt.angka(v, lang=lang) for v in frame[col]]
    return pd.DataFrame(out)


def areas(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    t = KK.bound(lang)
    return pd.DataFrame({
        t("col_wilayah"): frame["nama"],
        t("col_sasaran"): [fmt.angka(v, lang=lang) for v in frame["sasaran"]],
        t("col_terdaftar"): [fmt.angka(v, lang=lang) for v in frame["terdaftar"]],
        t("col_belum"): [fmt.angka(v, lang=lang) for v in frame["belum_terdaftar"]],
        t("col_cakupan"): [fmt.NO_VALUE if v is None or v != v else fmt.persen(v, 1, lang) for v in frame["cakupan_persen"]],
        t("col_iuran_bulan"): fmt.rupiah_kolom(frame["iuran_dibutuhkan_per_bulan_rp"], lang),
    })  # fmt: skip


def stale(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    t = KK.bound(lang)
    return pd.DataFrame({
        t("col_kabkota"): frame["nama"],
        t("col_kelompok"): [glossary.kelompok(k, lang) for k in frame["kelompok"]],
        t("col_laporan"): [fmt.bulan(p, lang) for p in frame["periode"]],
        t("col_bulan"): [fmt.angka(v, lang=lang) for v in frame["bulan"]],
    })  # fmt: skip


def export(s, scope_label: str, lang: str) -> None:
    t = KK.bound(lang)
    rows = [(glossary.kelompok(k, lang), g) for k, g in s.kelompok.items()] + [(t("total"), s.total)]
    table = ExportTable(
        title=t("export_title", scope=scope_label, periode=fmt.bulan(s.periode, lang),
                rp=fmt.rupiah(s.iuran_per_orang_rp, lang, compact=False)),
        source=t("export_source", waktu=fmt.waktu(dt.datetime.now(dt.UTC), lang)),
        columns=(
            Column(t("col_kelompok"), exports.TEXT, [name for name, _ in rows]),
            Column(t("col_sasaran"), exports.INT, [g.sasaran for _, g in rows]),
            Column(t("col_terdaftar"), exports.INT, [g.terdaftar for _, g in rows]),
            Column(t("col_belum"), exports.INT, [g.belum_terdaftar for _, g in rows]),
            Column(t("col_cakupan"), exports.PERCENT, [g.cakupan_persen for _, g in rows]),
            Column(t("col_laporan"), exports.DATE, [g.periode_laporan_terakhir for _, g in rows]),
            Column(t("col_iuran_bulan"), exports.INT, [g.iuran_dibutuhkan_per_bulan_rp for _, g in rows]),
            Column(t("col_iuran_tahun"), exports.INT, [g.iuran_dibutuhkan_per_bulan_rp * 12 for _, g in rows]),
        ),
        lang=lang,
        sheet=t("export_sheet"),
    )  # fmt: skip
    stem = exports.file_stem(t("export_file"), scope_label, s.periode)
    downloads.table_buttons(table, stem, t("export_csv"), t("export_xlsx"), t("export_help"))
