"""Capaian Target — the league table of the scope's sub-areas; a click on a row opens that area.

A thin page: it reads the global view state, asks analytics for one row per sub-area and draws the
scorecard (ui.capaian.league_table) with its notes and downloads.
"""

import datetime as dt

import streamlit as st

from analytics import fmt
from analytics.coverage import DataKosong
from analytics.scope import Level, Scope, scope_name
from ui import cached
from ui.capaian import league_table
from ui.components import downloads, plain, tables
from ui.shell import db, theme, urlstate
from ui.shell.state import current
from ui.texts.capaian import T

view = current()
lang = view.lang
con = db.cursor()

theme.page_header(T("title", lang), view)


def _no_data() -> None:
    st.info(T("no_data", lang), icon=":material/database:")
    st.page_link("pages/kelola_data.py", label=T("go_kelola", lang), icon=":material/upload:")
    st.stop()


if view.periode is None:
    _no_data()

# A kab/kota has no sub-areas: it is shown in its place among its province's kab/kota (issue 11).
focus, table_scope = None, view.scope
if view.scope.level is Level.KABKOTA:
    focus, table_scope = view.scope.kode, Scope.wilayah(view.scope.kode[:2])
    st.info(T("kabkota_among", lang, nama=plain.md(view.scope_label),
              provinsi=plain.md(scope_name(con, table_scope))), icon=":material/format_list_numbered:")  # fmt: skip

try:
    frame = cached.subareas(con, table_scope, view.periode)
except DataKosong:
    _no_data()
# Sub-areas with nothing loaded for the period cannot be ranked; they are counted, not listed.
without_data = int(frame["peserta_aktif"].isna().sum())
frame = frame[frame["peserta_aktif"].notna()].reset_index(drop=True)
if frame.empty:
    _no_data()

sub = T("sub_provinsi" if table_scope.level is Level.NASIONAL else "sub_kabkota", lang)
targets = league_table.with_targets(frame)
st.caption(T("intro" if targets else "intro_no_target", lang, sub=sub))
if not targets:
    st.warning(T("no_target", lang, tahun=view.periode.year), icon=":material/flag:")

options = league_table.sort_options(frame)
sort_key = f"capaian_sort_{targets}"
if ignored := league_table.sort_from_url(options, sort_key):
    st.caption(view.t("url_ignored", items=plain.items(ignored)))
order_row = st.container(horizontal=True, vertical_alignment="bottom", gap="small")
sort = order_row.segmented_control(
    T("sort_label", lang),
    options,
    format_func=lambda s: T(league_table.SORT_LABEL[s], lang),
    default=None if sort_key in st.session_state else options[0],
    required=True,
    key=sort_key,
)
every = tables.all_columns_toggle("capaian_semua_kolom", lang, where=order_row) if targets else True
league_table.sort_to_url(sort or options[0], options)
rows = league_table.ordered(frame, sort or options[0])
screen = league_table.screen_frame(rows, lang, focus=focus)
# A fresh table key after every click, so a selection can never outlive the move it caused (coming
# back to this scope shows the table unselected, not a second jump).
picks = st.session_state.get("_capaian_picks", 0)
picked = league_table.draw(
    screen, key=f"capaian_{view.scope.level}_{view.scope.kode}_{view.periode_param}_{picks}", every=every
)
if picked and picked != focus:
    st.session_state["_capaian_picks"] = picks + 1
    urlstate.select_scope(con, Scope.wilayah(picked))
    st.rerun()

notes = []
if targets and (missing := int(frame["target_peserta"].isna().sum())) > 0:
    notes.append(T("some_no_target", lang, n=fmt.angka(missing, lang=lang), tahun=view.periode.year))
if without_data:
    notes.append(T("some_no_data", lang, n=fmt.angka(without_data, lang=lang), periode=view.periode_label))
if targets and rows["target_dialokasikan"].eq(True).any():
    notes.append(T("note_alokasi", lang))
if targets:
    notes += [league_table.deadlines_note(rows, lang) or "", T("note_pace", lang)]
for note in filter(None, notes):
    st.caption(note)

table = league_table.export_table(
    rows,
    lang,
    title=T("export_title", lang, sub=sub, scope=view.scope_label, periode=view.periode_label),
    source=T(
        "export_source",
        lang,
        periode=view.periode_label,
        tahun=view.periode.year,
        waktu=fmt.waktu(dt.datetime.now(dt.UTC), lang),
    ),
)
stem = league_table.file_stem(lang, view.scope_label, view.periode)
help_text = T("export_help", lang, scope=view.scope_label, periode=view.periode_label)
downloads.table_buttons(table, stem, T("export_csv", lang), T("export_xlsx", lang), help_text)
