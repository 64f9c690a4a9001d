"""Ringkasan — the headline of the chosen area and month, readable on a projector.

Tiles (peserta aktif, target, capaian, gap; status, pace needed vs actual, projection; coverage of the
workforce, active employers), the notes an official needs to read the figures right (allocated
target, no target, how the projection is made, data freshness), a small trend with the target line
and the projection (the Tren page's figure), and the best and worst five sub-areas. Figures come
from analytics.coverage (the same functions as `python -m analytics ringkasan`); ui.ringkasan says
them in words.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import exports, fmt
from analytics.coverage import latest_period
from analytics.coverage.periods import add_months
from analytics.figures import trend
from analytics.reports import ringkasan_book
from analytics.scope import Level, Scope, scope_name
from ui import cached
from ui.components import charts, tiles
from ui.ringkasan import headline, notes, ranking
from ui.shell import audit, db, theme
from ui.shell.state import current
from ui.texts.ringkasan import R

view = current()
con = db.cursor()
lang = view.lang


def r(key: str, **fields) -> str:
    return R(key, lang, **fields)


def go_kelola() -> None:
    st.page_link("pages/kelola_data.py", label=r("go_kelola"), icon=":material/database:")


theme.page_header(r("title"), view)
tiles.style()

h = cached.headline(con, view.scope, view.periode) if view.periode else None
if h is not None and h.peserta_aktif is None and h.has_data:
    # No membership for the month, but other figures exist (the employer file often arrives first):
    # show those, and say plainly what waits for the membership report.
    latest = latest_period(con, view.scope)
    tiles.note(r("partial_note", periode=fmt.bulan(h.periode, lang))
               + (" " + r("partial_latest", latest=fmt.bulan(latest, lang)) if latest else ""), warn=True)  # fmt: skip
    tiles.grid(headline.tiles_partial(h, view))
    notes.allocated(h, view)
    go_kelola()
    st.stop()
if h is None or h.peserta_aktif is None:
    latest = latest_period(con, view.scope)
    if latest is None:
        tiles.section_title(r("empty_title", scope=view.scope_label))
        tiles.note(r("empty_body"), warn=True)
    else:
        tiles.note(r("empty_month", scope=view.scope_label, periode=view.periode_label,
                     latest=fmt.bulan(latest, lang)), warn=True)  # fmt: skip
    go_kelola()
    st.stop()

notes.freshness(cached.kepesertaan_freshness(con, view.scope, h.periode), h.periode, lang)
# First row: where we stand against the target and the workforce; second: will we get there.
shown = cached.headline_trend(con, view.scope, h)
tiles.grid(headline.tiles_full(h, view, shown.metode))
notes.parts(h, view, lambda: cached.kabkota_behind(con, view.scope, h.periode))
notes.qualifying(h, view, len(shown.history), shown.metode)

left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader(r("trend_title"))
    if shown.history.empty:
        st.caption(r("trend_empty"))
    else:
        history = shown.history
        recent = history[pd.to_datetime(history["periode"]).dt.date >= add_months(h.periode, -23)]
        fig = trend.trend_with_target(recent, h.target_peserta, h.batas_waktu, shown.path, lang, height=400)
        charts.show(fig, key="ringkasan_trend")
    above = view.scope.level is not Level.KABKOTA and h.bagian_belum_tercapai > 0
    behind = cached.kabkota_behind(con, view.scope, h.periode) if above else None
    st.download_button(  # the workbook is written only when clicked (deferred data), not on every run
        r("export_xlsx"),
        audit.logged("ekspor.ringkasan", lambda: exports.to_xlsx_book(ringkasan_book.tables(h, view.scope_label, behind, shown.history, lang)),
                     berkas=ringkasan_book.file_stem(view.scope_label, h.periode, lang) + ".xlsx"),
        file_name=ringkasan_book.file_stem(view.scope_label, h.periode, lang) + ".xlsx", mime=exports.XLSX_MIME,
        on_click="ignore", icon=":material/table_view:", help=r("export_help"),
    )  # fmt: skip
with right:
    ranking.draw(
        lambda: cached.subareas(con, view.scope, h.periode),
        view,
        standing=lambda: cached.kabkota_standing(con, view.scope, h.periode),
        province=scope_name(con, Scope.wilayah(view.scope.kode[:2])) if view.scope.level is Level.KABKOTA else "",
    )
