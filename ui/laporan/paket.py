"""The paket laporan on the page: a format, a button, a progress bar over the kab/kota, then the ZIP.

The package is built in this run (one report per kab/kota, about half a second each), with the
progress bar naming the kab/kota being written; the ZIP is kept in the session under the store's
data version, the province, the month, the language and the format, so the download button that
follows (and any rerun) serves the same bytes without building them again.
"""

from __future__ import annotations

import streamlit as st

from analytics.reports import paket
from analytics.scope import Level
from ui.cached import data_version
from ui.components import plain
from ui.shell import audit
from ui.texts.laporan import LP

_KEY = "_lp_paket"


def draw(con, view) -> None:
    t = LP.bound(view.lang)
    st.subheader(t("paket_title"))
    if view.scope.level is not Level.PROVINSI:
        st.caption(t("paket_province_only"))
        return
    st.caption(plain.message(t("paket_intro", provinsi=view.scope_label)))
    row = st.container(horizontal=True, vertical_alignment="bottom")
    suffix = row.segmented_control(t("paket_format"), (".pdf", ".xlsx"), default=".pdf", key="lp_paket_format",
                                   format_func=lambda s: s[1:].upper()) or ".pdf"  # fmt: skip
    wanted = (data_version(con), view.scope, view.periode, view.lang, suffix)
    held = st.session_state.get(_KEY)
    if row.button(t("paket_make"), icon=":material/folder_zip:", key="lp_paket_make"):
        bar = st.progress(0.0, text=t("paket_progress", n=1, total="…", nama=""))

        def progress(done: int, total: int, nama: str) -> None:
            if nama:
                bar.progress(done / max(total, 1), text=plain.message(t("paket_progress", n=done + 1, total=total, nama=nama)))

        made = paket.build(con, view.scope, view.periode, suffix, lang=view.lang, progress=progress)
        bar.empty()
        held = (wanted, made)
        st.session_state[_KEY] = held
    if held is None or held[0] != wanted:
        return
    made = held[1]
    st.success(t("paket_done", n=len(made.files)), icon=":material/check_circle:")
    if made.skipped:
        st.caption(plain.message(t("paket_skipped", names=", ".join(made.skipped))))
    st.download_button(t("paket_download"), audit.logged("laporan.paket", made.data, berkas=made.file_name, laporan=len(made.files)),
                       file_name=made.file_name, mime="application/zip",
                       on_click="ignore", icon=":material/download:", key="lp_paket_download")  # fmt: skip
