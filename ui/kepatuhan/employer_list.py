"""The employer list in priority order with its filters, one page at a time, and the joint
inspection list (XLSX) for exactly those filters, built only when asked for."""

from __future__ import annotations

import streamlit as st

from analytics import fmt, glossary, kbli
from analytics.compliance.employers import KATEGORI, SEKTOR, SKALA, EmployerFilter, area_choices, pages_needed
from analytics.compliance.inspection_list import MAX_ROWS, file_name
from analytics.exports import XLSX_MIME
from analytics.scope import Level
from ui.cached import kepatuhan as cached
from ui.components import multi, plain, tables, tiles
from ui.kepatuhan import employer_table, urlfilters
from ui.shell import audit
from ui.shell.state import AppState
from ui.texts.kepatuhan import K

PAGE_SIZE = 25


def draw(con, view: AppState, summary) -> None:
    lang = view.lang
    k, n = K.bound(lang), lambda x: fmt.angka(x, lang=lang)
    st.subheader(k("sec_list"))
    tiles.note(k("priority"))
    areas = area_choices(con, view.scope)
    area_names = dict(zip(areas["kode_wilayah"], areas["nama"], strict=True))
    if ignored := urlfilters.read(area_names):  # a shared link's filters, before the widgets draw
        st.caption(view.t("url_ignored", items=plain.items(ignored)))
    row1 = st.columns([2, 2])
    cari = row1[0].text_input(
        k("f_cari"), placeholder=k("f_cari_ph"), key="kp_cari", max_chars=urlfilters.MAX_CARI
    )
    kategori = multi.multiselect(
        k("f_kategori"),
        KATEGORI,
        where=row1[1],
        format_func=lambda c: glossary.kategori(c, lang, short=True),
        placeholder=k("f_all"),
        key="kp_kategori",
    )
    row2 = st.columns([1, 1, 2])
    sektor = multi.multiselect(
        k("f_sektor"), SEKTOR, where=row2[0], format_func=lambda s: kbli.label(s, lang), placeholder=k("f_all"),
        key="kp_sektor",
    )
    skala = multi.multiselect(
        k("f_skala"), SKALA, where=row2[1], format_func=lambda s: glossary.skala(s, lang), placeholder=k("f_all"),
        key="kp_skala",
    )
    wilayah = multi.multiselect(
        k("f_wilayah"), list(area_names), where=row2[2], format_func=lambda c: area_names.get(c, c),
        placeholder=k("f_all"), key="kp_wilayah", disabled=view.scope.level is Level.KABKOTA,
    )  # fmt: skip
    urlfilters.write(kategori, sektor, skala, wilayah, cari or "")
    f = EmployerFilter(
        cari=cari or "",
        kategori=tuple(kategori),
        sektor=tuple(sektor),
        skala=tuple(skala),
        kode_wilayah=tuple(wilayah),
    )

    # A new filter (or scope, or period) starts again at page 1.
    signature = (f, view.scope, view.periode)
    if st.session_state.get("_kp_filter") != signature:
        st.session_state["_kp_filter"] = signature
        st.session_state["kp_page"] = 1
    first = cached.employer_page(con, view.scope, view.periode, f, 1, PAGE_SIZE)
    pages = pages_needed(first.total, PAGE_SIZE)
    if int(st.session_state.get("kp_page") or 1) > pages:  # fewer pages after a new load
        st.session_state["kp_page"] = pages
    page = int(st.session_state.get("kp_page") or 1)
    rows = first.rows if page == 1 else cached.employer_rows(con, view.scope, view.periode, f, page, PAGE_SIZE)
    if first.total == 0:
        st.caption(k("none_match"))
    else:
        every = tables.all_columns_toggle("kp_semua_kolom", lang)
        employer_table.draw_employers(employer_table.employer_screen(rows, lang), lang, key="kp_list", every=every)
        footer = st.columns([3, 1], vertical_alignment="bottom")
        start = (page - 1) * PAGE_SIZE + 1
        footer[0].caption(
            k("showing", a=n(start), b=n(start + len(rows) - 1), n=n(first.total), p=n(page), pp=n(pages))
        )
        footer[1].number_input(k("f_page"), min_value=1, max_value=pages, step=1, key="kp_page")

        # The joint inspection list for exactly these filters, built only when asked for.
        prepared = st.session_state.get("_kp_xlsx_for") == signature
        if not prepared and st.button(
            k("export_prepare"), icon=":material/table_view:", help=k("export_help", max=n(MAX_ROWS))
        ):
            st.session_state["_kp_xlsx_for"] = signature
            prepared = True
        if prepared:
            data = cached.inspection_xlsx(con, view.scope, view.scope_label, view.periode, f, lang)
            st.download_button(
                k("export_download"),
                audit.logged("ekspor.sasaran_pemeriksaan", data,
                             berkas=file_name(view.scope_label, view.periode, summary.periode, lang)),
                file_name=file_name(view.scope_label, view.periode, summary.periode, lang),
                mime=XLSX_MIME, on_click="ignore", icon=":material/download:", type="primary",
                help=k("export_help", max=n(MAX_ROWS)),
            )  # fmt: skip
