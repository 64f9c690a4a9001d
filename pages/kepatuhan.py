"""Kepatuhan — which employers hold the gap: categories, where they are, and whom to inspect first.

A thin page: tiles per category, the gap-closing sentence and the rules used (analytics.compliance
summary / gap / rules), the breakdown by area and sector, arrears ageing and the trend, then the
employer list in priority order, one page at a time, with the joint inspection list as XLSX.
"""

from __future__ import annotations

import streamlit as st

from analytics import fmt, glossary
from analytics.compliance.employers import KATEGORI, SEKTOR, SKALA, EmployerFilter, area_choices, pages_needed
from analytics.compliance.inspection_list import MAX_ROWS, file_name
from analytics.compliance.query import DataKosong
from analytics.compliance.rules import Settings
from analytics.exports import XLSX_MIME
from analytics.figures.compliance import ageing_chart, trend_chart
from analytics.scope import Level
from ui.cached import kepatuhan as cached
from ui.components import charts, plain, tiles
from ui.kepatuhan import employer_table
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.kepatuhan import K

PAGE_SIZE = 25

view = current()
lang = view.lang
con = db.cursor()


def k(key: str, **fields) -> str:
    return K(key, lang, **fields)


def n(x) -> str:
    return fmt.angka(x, lang=lang)


theme.page_header(k("title"), view)
tiles.style()


def empty_state() -> None:
    tiles.note(k("empty", scope=view.scope_label, periode=view.periode_label), warn=True)
    st.page_link("pages/kelola_data.py", label=k("go_kelola"), icon=":material/database:")
    st.stop()


if view.periode is None:
    empty_state()
try:
    summary = cached.summary(con, view.scope, view.periode)
except DataKosong:
    empty_state()

if summary.periode_terlama < summary.periode:
    st.caption(
        k(
            "snapshot_mixed",
            bulan=fmt.bulan(summary.periode, lang),
            terlama=fmt.bulan(summary.periode_terlama, lang),
        )
    )
else:
    st.caption(k("snapshot", bulan=fmt.bulan(summary.periode, lang)))

# --- tiles: one per category, and the distinct non-compliant employers --------------------------
cat = summary.kategori
unit = k("unit_perusahaan")
tiles.grid(
    [
        tiles.Tile(
            "tidak_patuh", k("t_tidak_patuh"), n(summary.perusahaan_tidak_patuh),
            k("t_tidak_patuh_ctx", n=n(summary.perusahaan)), unit=unit,
        ),
        tiles.Tile("PWBD", glossary.kategori("PWBD", lang), n(cat["PWBD"].perusahaan), k("ctx_tk", n=n(cat["PWBD"].tk_belum_terlindungi)), unit=unit),
        tiles.Tile("PDS_TK", glossary.kategori("PDS_TK", lang), n(cat["PDS_TK"].perusahaan), k("ctx_tk", n=n(cat["PDS_TK"].tk_belum_terlindungi)), unit=unit),
        tiles.Tile("PDS_UPAH", glossary.kategori("PDS_UPAH", lang), n(cat["PDS_UPAH"].perusahaan), k("ctx_upah", rp=fmt.rupiah(cat["PDS_UPAH"].selisih_upah_rp, lang)), unit=unit),
        tiles.Tile("PDS_PROGRAM", glossary.kategori("PDS_PROGRAM", lang), n(cat["PDS_PROGRAM"].perusahaan), k("ctx_program"), unit=unit),
        tiles.Tile("PMI", glossary.kategori("PMI", lang), n(cat["PMI"].perusahaan), k("ctx_pmi", rp=fmt.rupiah(cat["PMI"].tunggakan_rp, lang)), unit=unit),
    ],
    columns=3,
)  # fmt: skip

# --- how much of the target gap enforcement could close ------------------------------------------
gap = cached.gap(con, view.scope, view.periode)
if gap.persen_gap is not None:
    text = k(
        "gap",
        n=n(gap.perusahaan),
        x=n(gap.tk_belum_terlindungi),
        y=fmt.persen(gap.persen_gap, 1, lang),
        gap=n(gap.gap),
    )
    tiles.note(text + (k("gap_over") if gap.persen_gap >= 100 else ""))
else:
    tiles.note(k("gap_none", n=n(gap.perusahaan), x=n(gap.tk_belum_terlindungi)))

settings = Settings.default()
program_rule = "; ".join(f"{s.capitalize()} {' + '.join(settings.wajib(s))}" for s in SKALA)
tiles.note(
    k(
        "settings",
        program=program_rule,
        umur=", ".join(b.replace("bulan", k("months")) for b in settings.umur_labels()),
    )
)

# --- where: by area, by sector, arrears ageing, trend --------------------------------------------
st.subheader(k("sec_breakdown"))
# Lazy tabs: only the open one runs its query (the trend reads every snapshot: ~1 s nationally).
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

# --- the employer list ----------------------------------------------------------------------------
st.subheader(k("sec_list"))
tiles.note(k("priority"))
areas = area_choices(con, view.scope)
area_names = dict(zip(areas["kode_wilayah"], areas["nama"], strict=True))
row1 = st.columns([2, 2])
cari = row1[0].text_input(k("f_cari"), placeholder=k("f_cari_ph"), key="kp_cari")
kategori = row1[1].multiselect(
    k("f_kategori"),
    KATEGORI,
    format_func=lambda c: glossary.kategori(c, lang, short=True),
    placeholder=k("f_all"),
    key="kp_kategori",
)
row2 = st.columns([1, 1, 2])
sektor = row2[0].multiselect(k("f_sektor"), SEKTOR, placeholder=k("f_all"), key="kp_sektor")
skala = row2[1].multiselect(
    k("f_skala"), SKALA, format_func=str.capitalize, placeholder=k("f_all"), key="kp_skala"
)
wilayah = row2[2].multiselect(
    k("f_wilayah"), list(area_names), format_func=lambda c: area_names.get(c, c), placeholder=k("f_all"),
    key="kp_wilayah", disabled=view.scope.level is Level.KABKOTA,
)  # fmt: skip
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
    employer_table.draw_employers(employer_table.employer_screen(rows, lang), lang, key="kp_list")
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
            k("export_download"), data, file_name=file_name(view.scope_label, summary.periode, lang),
            mime=XLSX_MIME, on_click="ignore", icon=":material/download:", type="primary",
            help=k("export_help", max=n(MAX_ROWS)),
        )  # fmt: skip
