"""Where the non-compliant employers are: by area, by sector, arrears by age, the trend and the change
since the previous snapshot, as lazy tabs (only the open one runs its query; the trend reads every
snapshot, ~1 s nationally)."""

from __future__ import annotations

import streamlit as st

from analytics import fmt
from analytics.figures.compliance import ageing_chart, trend_chart
from analytics.scope import Level
from ui.cached import kepatuhan as cached
from ui.components import charts, plain
from ui.kepatuhan import employer_table
from ui.shell.state import AppState
from ui.texts.kepatuhan import K


def draw(con, view: AppState, summary) -> None:
    lang = view.lang
    k, n = K.bound(lang), lambda x: fmt.angka(x, lang=lang)
    cat = summary.kategori
    st.subheader(k("sec_breakdown"))
    tab_area, tab_sector, tab_age, tab_trend, tab_change = st.tabs(
        [k("tab_wilayah"), k("tab_sektor"), k("tab_umur"), k("tab_tren"), k("tab_perubahan")],
        key="kp_tabs",
        on_change="rerun",
    )
    if tab_area.open:
        with tab_area:
            if view.scope.level is Level.KABKOTA:
                st.caption(k("no_subareas", nama=plain.md(view.scope_label)))
            else:
                frame = cached.breakdown(con, view.scope, "wilayah", view.periode)
                without = int((frame["perusahaan"] == 0).sum())
                frame = frame[frame["perusahaan"] > 0].sort_values("perusahaan_tidak_patuh", ascending=False)
                employer_table.draw_breakdown(
                    employer_table.breakdown_screen(frame, "nama", k("col_wilayah"), lang), "kp_by_area"
                )
                if without:
                    st.caption(k("areas_without", n=n(without)))
    if tab_sector.open:
        with tab_sector:
            frame = cached.breakdown(con, view.scope, "sektor", view.periode)
            frame = frame.sort_values("perusahaan_tidak_patuh", ascending=False, kind="stable")
            employer_table.draw_breakdown(
                employer_table.breakdown_screen(frame, "sektor", k("col_sektor"), lang), "kp_by_sector"
            )
    if tab_age.open:
        with tab_age:
            if cat["PMI"].perusahaan == 0:
                st.caption(k("umur_none"))
            else:
                pmi = cat["PMI"]
                charts.show(ageing_chart(pmi.umur, pmi.umur_tunggakan_rp, lang), key="kp_ageing")
    if tab_trend.open:
        with tab_trend:
            trend = cached.trend(con, view.scope, view.periode)
            if len(trend) < 2:
                st.caption(k("trend_one"))
            else:
                st.caption(k("trend_caption"))
                charts.show(trend_chart(trend, lang), key="kp_trend")
    if tab_change.open:
        with tab_change:
            change = cached.changes(con, view.scope, view.periode)
            if change.periode_sebelumnya is None:
                st.caption(k("changes_none"))
            else:
                sebelum = fmt.bulan(change.periode_sebelumnya, lang)
                st.caption(k("changes_caption", sebelum=sebelum, n=n(change.tk_terdaftar_bertambah)))
                employer_table.draw_breakdown(employer_table.changes_screen(change.kategori, lang), "kp_changes")
