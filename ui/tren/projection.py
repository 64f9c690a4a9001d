"""The projection to the target's deadline, with the pace needed (Tren's fourth tab)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analytics import fmt
from analytics.coverage import DataKosong, monthly_total
from analytics.coverage.periods import add_months
from analytics.coverage.series import projection_to_deadline
from analytics.figures import trend
from ui import cached
from ui.components import charts
from ui.shell.state import AppState
from ui.texts.tren import TT
from ui.tren import WINDOW


def draw_projection(con, view: AppState, last: dt.date, span: int) -> None:
    lang = view.lang
    t = TT.bound(lang)
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
