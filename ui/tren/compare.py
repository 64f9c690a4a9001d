"""Up to five areas side by side (Tren's last tab); the choices come from analytics.areas."""

from __future__ import annotations

import streamlit as st

from analytics import areas
from analytics.coverage.series import monthly_by_area
from analytics.figures import segments as segment_figures
from ui import cached
from ui.components import charts, multi
from ui.shell.state import AppState
from ui.texts.tren import TT

LEVEL_LABEL = {"provinsi": "lvl_provinsi", "kabkota": "lvl_kabkota", "kantor": "lvl_kantor"}


def draw_comparison(con, view: AppState) -> None:
    lang = view.lang
    t = TT.bound(lang)
    default_level, default_pick = areas.default_comparison(
        view.scope, lambda: cached.subareas(con, view.scope, view.periode))
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
    picked = multi.multiselect(
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
    names = areas.option_names(options, picked)
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
