"""Laporan — the monthly report, the quarterly report and the meeting deck of the sidebar's area and
period: a preview of the key figures, a download button per format, and for a province the paket
laporan (one monthly report per kab/kota, zipped).

The reports are analytics.reports' (the same as `python -m analytics laporan`), cached until the
next load for the preview; each download writes its file when clicked, on its own cursor.
"""

from __future__ import annotations

import streamlit as st

from analytics import exports
from analytics.reports import laporan
from ui.cached import laporan as cached
from ui.components import plain, tiles
from ui.laporan import paket, preview
from ui.shell import audit, db, theme
from ui.shell.state import current
from ui.texts.laporan import LP

ABOUT = {"bulanan": "about_bulanan", "triwulanan": "about_triwulanan", "rapat": "about_rapat"}

view = current()
lang = view.lang
con = db.cursor()
t = LP.bound(lang)

theme.page_header(t("title"), view)
tiles.style()
st.caption(t("intro"))
if view.periode is None:
    tiles.note(t("no_period"), warn=True)
    st.page_link("pages/kelola_data.py", label=t("go_kelola"), icon=":material/database:")
    st.stop()

jenis = st.segmented_control(t("choose"), laporan.JENIS, default=laporan.JENIS[0], format_func=t, key="lp_jenis")
jenis = jenis or laporan.JENIS[0]
st.caption(t(ABOUT[jenis]))
with st.spinner(t("preparing")):
    content = (cached.deck(con, view.scope, view.periode, lang) if jenis == "rapat"
               else cached.content(con, jenis, view.scope, view.periode, lang))  # fmt: skip
if isinstance(content, str):
    tiles.note(t("empty", scope=plain.md(view.scope_label), periode=view.periode_label, reason=plain.md(content, 200)), warn=True)
    st.page_link("pages/kelola_data.py", label=t("go_kelola"), icon=":material/database:")
else:
    buttons = st.container(horizontal=True)
    stem = exports.file_stem(f"laporan-{jenis}", view.scope_label, view.periode)
    for suffix in laporan.FORMATS[jenis]:
        scope, periode = view.scope, view.periode
        buttons.download_button(
            t("download", format=suffix[1:].upper()),
            audit.logged(f"laporan.{jenis}", db.deferred(lambda own, suffix=suffix, scope=scope, periode=periode:
                                                         laporan.make(own, jenis, scope, periode, suffix, lang=lang).data),
                         berkas=stem + suffix),
            file_name=stem + suffix, mime=laporan.MIME[suffix], on_click="ignore",
            icon=":material/download:", help=t("download_help"), key=f"lp_dl_{jenis}_{suffix}",
        )  # fmt: skip
    preview.draw(content, lang)

st.divider()
paket.draw(con, view)
