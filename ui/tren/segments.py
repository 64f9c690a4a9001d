"""Membership by segment, joiners and leavers, and the change over a year (Tren's first three tabs)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import fmt, glossary
from analytics.coverage import monthly_total
from analytics.coverage.periods import add_months
from analytics.coverage.series import year_on_year_by_segment
from analytics.figures import segments as segment_figures
from analytics.figures import style
from ui.components import charts, downloads
from ui.shell.state import AppState
from ui.texts.tren import TT
from ui.tren import WINDOW, export


def draw_segments(con, view: AppState, segments: pd.DataFrame, dari: str, sampai: str) -> None:
    lang = view.lang
    t = TT.bound(lang)
    split = st.radio(
        t("seg_view"),
        [False, True],
        format_func=lambda s: t("seg_split") if s else t("seg_stacked"),
        horizontal=True,
        key="tr_seg_split",
    )
    st.caption(t("seg_caption", dari=dari, sampai=sampai))
    fig = segment_figures.segments_split(segments, lang) if split else segment_figures.segments_stacked(segments, lang)
    charts.show(fig, key="tr_chart_segmen")
    downloads.table_buttons(export.series_table(segments, view.scope_label, lang),
                            export.file_stem(view.scope_label, view.periode, lang), t("x_csv"), t("x_xlsx"), t("x_help"))  # fmt: skip


def draw_flows(con, view: AppState, segments: pd.DataFrame, last: dt.date) -> None:
    """Joiners and leavers of all segments over the last two years (monthly bars stay readable);
    names the segments whose files did not carry them."""
    lang = view.lang
    t = TT.bound(lang)
    given = (segments["peserta_baru"].notna() | segments["peserta_nonaktif"].notna()).groupby(
        segments["segmen"]
    )
    none_given = [s for s, ok in given.any().items() if not ok]
    partly = [s for s, ok in given.all().items() if not ok and s not in none_given]
    if len(none_given) == segments["segmen"].nunique():
        st.info(t("arus_none"), icon=":material/info:")
        return
    totals = monthly_total(con, view.scope, start=add_months(last, -(WINDOW - 1)), end=last)
    dari = fmt.bulan(pd.Timestamp(totals["periode"].min()).date(), lang)
    st.caption(t("arus_caption", dari=dari, sampai=fmt.bulan(last, lang)))
    if none_given:
        st.warning(t("arus_missing", segmen=", ".join(glossary.segmen(s, lang) for s in none_given)),
                   icon=":material/warning:")  # fmt: skip
    if partly:
        st.caption(t("arus_partial", segmen=", ".join(glossary.segmen(s, lang) for s in partly)))
    charts.show(segment_figures.flows(totals, lang), key="tr_chart_arus")


def draw_year_on_year(con, view: AppState, first: dt.date, last: dt.date, span: int) -> None:
    lang = view.lang
    t = TT.bound(lang)
    lalu = add_months(last, -12)
    bulan, bulan_lalu = fmt.bulan(last, lang), fmt.bulan(lalu, lang)
    yoy = year_on_year_by_segment(con, view.scope, last)
    if yoy.empty or yoy["peserta_aktif"].isna().all():
        return  # no data this month: the warning under the title says so
    if yoy.empty or yoy["peserta_aktif_tahun_lalu"].isna().all():
        if first > lalu:
            text = t(
                "yoy_short",
                bulan_lalu=bulan_lalu,
                n=fmt.angka(span, lang=lang),
                dari=fmt.bulan(first, lang),
                sampai=bulan,
            )
            st.info(text, icon=":material/hourglass_empty:")
        else:
            st.info(t("yoy_missing_month", bulan=bulan, bulan_lalu=bulan_lalu), icon=":material/info:")
        return
    st.caption(t("yoy_caption", bulan=bulan, bulan_lalu=bulan_lalu))
    table = pd.DataFrame(
        {
            t("col_segmen"): [t("seg_total") if s == "SEMUA" else glossary.segmen(s, lang) for s in yoy["segmen"]],
            bulan: [fmt.angka(v, lang=lang) for v in yoy["peserta_aktif"]],
            bulan_lalu: [fmt.angka(v, lang=lang) for v in yoy["peserta_aktif_tahun_lalu"]],
            t("col_perubahan"): [style.signed(v, lang) for v in yoy["perubahan"]],
            t("col_persen"): [style.signed(v, lang, 1, percent=True) for v in yoy["perubahan_persen"]],
        }
    )
    figures = list(table.columns[1:])
    # !important: Streamlit writes an inline `text-align: left` on every cell of st.table
    right = [{"selector": s, "props": "text-align: right !important"} for s in ("th", "td")]
    left, right_col = st.columns([3, 2], gap="large")
    with left:
        st.table(table.style.set_table_styles({c: right for c in figures}), hide_index=True)
    with right_col:
        charts.show(segment_figures.yoy_bars(yoy, lang), key="tr_chart_yoy")
