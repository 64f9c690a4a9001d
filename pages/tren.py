"""Tren — how membership moves: by segment, joiners and leavers, year on year, the projection to the
target's deadline, and up to five areas side by side.

A thin page: it reads the global view state, asks analytics for frames and draws them with
ui.components.charts (one function per tab below); it says plainly when there is too little history for a
figure. The tabs are lazy: only the open tab runs its queries and draws, which also keeps plotly
from laying a chart out inside a hidden (zero-width) tab.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import areas, fmt
from analytics.coverage import DataKosong, monthly_by_segment, monthly_total
from analytics.coverage.periods import add_months, month_index
from analytics.coverage.series import monthly_by_area, projection_to_deadline, year_on_year_by_segment
from analytics.figures import segments as segment_figures
from analytics.figures import style, trend
from analytics.scope import Level
from ui import cached
from ui.components import charts
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.tren import TT

view = current()
con = db.cursor()
lang = view.lang


WINDOW = 24  # months drawn by the flows and projection charts


LEVEL_LABEL = {"provinsi": "lvl_provinsi", "kabkota": "lvl_kabkota", "kantor": "lvl_kantor"}


def t(key: str, **fields) -> str:
    return TT(key, lang, **fields)


# --- by segment ----------------------------------------------------------------------------------


def draw_segments(segments: pd.DataFrame, dari: str, sampai: str) -> None:
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


# --- joiners and leavers -------------------------------------------------------------------------


def draw_flows(segments: pd.DataFrame, last: dt.date) -> None:
    """Joiners and leavers of all segments over the last two years (monthly bars stay readable);
    names the segments whose files did not carry them."""
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
        st.warning(t("arus_missing", segmen=", ".join(none_given)), icon=":material/warning:")
    if partly:
        st.caption(t("arus_partial", segmen=", ".join(partly)))
    charts.show(segment_figures.flows(totals, lang), key="tr_chart_arus")


# --- year on year --------------------------------------------------------------------------------


def draw_year_on_year(first: dt.date, last: dt.date, span: int) -> None:
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
            t("col_segmen"): [t("seg_total") if s == "SEMUA" else s for s in yoy["segmen"]],
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


# --- projection to the target --------------------------------------------------------------------


def draw_projection(last: dt.date, span: int) -> None:
    try:
        h = cached.headline(con, view.scope, view.periode)
    except DataKosong:
        h = None
    target = h.target_peserta if h else None
    deadline = h.batas_waktu if h else None
    path = None
    if h is None or h.peserta_aktif is None:
        pass  # no data this month: the warning under the title says so; the history is still drawn
    elif target is None:
        st.info(t("proj_no_target", tahun=last.year), icon=":material/flag:")
    elif h.bulan_tersisa == 0:
        st.info(t("proj_past", tanggal=fmt.tanggal(deadline, lang)), icon=":material/event_busy:")
    elif h.proyeksi_batas_waktu is None:
        st.info(t("proj_short", n=fmt.angka(span, lang=lang)), icon=":material/hourglass_empty:")
    else:
        path = projection_to_deadline(con, view.scope, last, deadline)
        metode = next((m for m in path["metode"] if isinstance(m, str)), None)
        tanggal = fmt.tanggal(deadline, lang)
        st.caption(
            t(
                "proj_caption",
                periode=fmt.bulan(last, lang),
                tanggal=tanggal,
                metode=trend.method_words(metode, lang),
            )
        )
        values = {
            "tanggal": tanggal,
            "nilai": fmt.angka(h.proyeksi_batas_waktu, lang=lang),
            "target": fmt.angka(target, lang=lang),
        }
        if h.proyeksi_bawah is not None and h.proyeksi_atas is not None:
            bawah, atas = fmt.angka(h.proyeksi_bawah, lang=lang), fmt.angka(h.proyeksi_atas, lang=lang)
            st.markdown(t("proj_value", bawah=bawah, atas=atas, **values))
        else:
            st.markdown(t("proj_value_nr", **values))
            st.caption(t("proj_no_band"))
    # The last two years, so the months ahead are not squeezed against a long history.
    series = monthly_total(con, view.scope, start=add_months(last, -(WINDOW - 1)), end=last)
    # The pace the target needs, from this month's level: only while the deadline is ahead.
    pace = h.laju_dibutuhkan_per_bulan if h and h.peserta_aktif is not None and h.bulan_tersisa else None
    fig = trend.trend_with_target(series, target, deadline, path, lang, pace_needed=pace)
    charts.show(fig, key="tr_chart_proyeksi")


# --- compare areas -------------------------------------------------------------------------------

def _default_choice() -> tuple[str, list[str]]:
    """The kind of area to start with, and what to preselect: the scope itself when it is one area,
    else its five largest sub-areas (provinces under national, kabupaten/kota otherwise)."""
    match view.scope.level:
        case Level.KABKOTA:
            return "kabkota", [f"wilayah:{view.scope.kode}"]
        case Level.KANTOR:
            return "kantor", [f"kantor:{view.scope.kode}"]
    level = "provinsi" if view.scope.level is Level.NASIONAL else "kabkota"
    subs = cached.subareas(con, view.scope, view.periode).dropna(subset=["peserta_aktif"])
    top = subs.sort_values("peserta_aktif", ascending=False).head(5)
    return level, [f"wilayah:{k}" for k in top["wilayah"]]


def draw_comparison() -> None:
    default_level, default_pick = _default_choice()
    where = f"{view.scope.level}_{view.scope.kode}"  # a new scope starts from its own defaults
    c1, c2 = st.columns(2)
    with c1:
        level = st.radio(
            t("cmp_level"),
            areas.COMPARE_LEVELS,
            index=areas.COMPARE_LEVELS.index(default_level),
            format_func=lambda lv: t(LEVEL_LABEL[lv]),
            horizontal=True,
            key=f"tr_cmp_level_{where}",
        )
    with c2:
        as_percent = st.radio(
            t("cmp_measure"),
            [True, False],
            format_func=lambda p: t("cmp_cakupan") if p else t("cmp_aktif"),
            horizontal=True,
            key="tr_cmp_percent",
        )
    options = cached.comparable_areas(con, level, view.allowed)
    picked = st.multiselect(
        t("cmp_areas"),
        list(options),
        default=[o for o in default_pick if o in options] if level == default_level else [],
        format_func=lambda o: options.get(o, o),
        max_selections=5,
        key=f"tr_cmp_{level}_{where}",
    )
    if not picked:
        st.info(t("cmp_pick"), icon=":material/compare_arrows:")
        return
    frame = monthly_by_area(con, [areas.option_scope(o) for o in picked], end=view.periode)
    names = {areas.option_scope(o).kode: options[o].split(" — ")[0] for o in picked}
    frame["nama"] = [names[k] for k in frame["wilayah"]]
    missing = [names[areas.option_scope(o).kode] for o in picked if areas.option_scope(o).kode not in set(frame["wilayah"])]
    if missing:
        st.warning(t("cmp_no_data", nama=", ".join(missing)), icon=":material/warning:")
    column = "cakupan_persen" if as_percent else "peserta_aktif"
    if as_percent:
        no_wf = [n for n, g in frame.groupby("nama", sort=False) if g["cakupan_persen"].isna().all()]
        if no_wf:
            st.warning(t("cmp_no_workforce", nama=", ".join(no_wf)), icon=":material/warning:")
    st.caption(t("cmp_caption_cakupan") if as_percent else t("cmp_caption_aktif"))
    shown = frame[["periode", "nama", column]].rename(columns={column: "nilai"}).dropna(subset=["nilai"])
    if not shown.empty:
        charts.show(segment_figures.compare_areas(shown, lang, percent=as_percent), key="tr_chart_banding")


# --- the page ------------------------------------------------------------------------------------

theme.page_header(t("tr_title"), view)
st.caption(t("tr_intro"))

segments = monthly_by_segment(con, view.scope, end=view.periode) if view.periode else pd.DataFrame()
if segments.empty:
    st.info(t("tr_empty"), icon=":material/upload_file:")
    st.stop()

first = pd.Timestamp(segments["periode"].min()).date()
last = view.periode
latest = pd.Timestamp(segments["periode"].max()).date()
if latest < last:
    st.warning(t("no_month_data", bulan=fmt.bulan(last, lang), terakhir=fmt.bulan(latest, lang)))
span = month_index(last) - month_index(first) + 1  # months from the first loaded one to the period
dari, sampai = fmt.bulan(first, lang), fmt.bulan(last, lang)

tabs = st.tabs(
    [t("tab_segmen"), t("tab_arus"), t("tab_yoy"), t("tab_proyeksi"), t("tab_banding")],
    key="tr_tab",
    on_change="rerun",
)
sections = (
    lambda: draw_segments(segments, dari, sampai),
    lambda: draw_flows(segments, last),
    lambda: draw_year_on_year(first, last, span),
    lambda: draw_projection(last, span),
    draw_comparison,
)
for tab, draw in zip(tabs, sections, strict=True):
    if tab.open:
        with tab:
            draw()
