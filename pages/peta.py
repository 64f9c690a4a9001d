"""Peta — the scope's sub-areas on a map, coloured by a chosen indicator; a click opens an area.

A thin page: it reads the global view state, asks analytics.reports.peta for the map (the same one
`python -m analytics peta` writes), and draws it under one toolbar row (the controls, an "open an
area" list, since a keyboard or a presenter cannot click a shape, and the way back up) and the
legend headed by the map's title, so the map starts above the fold at 1280×720; what the map
means, and the values as a table with downloads, come below it. The controls' choices are mirrored in the URL
(ui.peta.controls); a kabupaten/kota is shown among the other kabupaten/kota of its province,
which open with a click or from the list like sub-areas do elsewhere.
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from analytics import areas, fmt
from analytics.coverage import DataKosong
from analytics.geo import indicators
from analytics.scope import Level, Scope, scope_name
from ui.cached import peta as peta_cached
from ui.components import plain
from ui.peta import controls as peta_controls
from ui.peta import legend as peta_legend
from ui.peta import map as peta_map
from ui.peta import table as peta_table
from ui.shell import db, theme, urlstate
from ui.shell.state import current
from ui.texts.peta import P

view = current()
lang = view.lang
con = db.cursor()
if ignored := peta_controls.read_url():  # before the header, which says what a link got wrong
    view = dataclasses.replace(view, notices=(*view.notices, view.t("url_ignored", items=plain.items(ignored))))

theme.page_header(P("title", lang), view)


def _no_data() -> None:
    st.info(
        P("no_data", lang, scope=plain.md(view.scope_label), periode=view.periode_label), icon=":material/database:"
    )
    st.page_link("pages/kelola_data.py", label=P("go_kelola", lang), icon=":material/upload:")
    st.stop()


def _move_to(scope: Scope) -> None:
    """A callback: make `scope` the app's scope before the next run draws the sidebar and the page.

    A callback, not st.rerun() after the widget: the click is handled before the run, so the move
    costs one run, not two. A fresh map and list key after every move (the counter), so a
    selection can never outlive the move it caused.
    """
    st.session_state["_peta_moves"] = st.session_state.get("_peta_moves", 0) + 1
    urlstate.select_scope(con, scope)


def _picked_in_list(key: str) -> None:
    if code := st.session_state.get(key):
        _move_to(Scope.wilayah(code))


if view.periode is None:
    _no_data()

# One toolbar row above the map (indicator, classes & bubbles, open an area, the way up), then the
# legend headed by the map's title, then the map: at 1280×720 the map starts above the fold.
toolbar = st.container(horizontal=True, vertical_alignment="bottom", gap="small")
choice = peta_controls.draw(lang, toolbar)
peta_controls.write_url(choice)
spec = indicators.INDICATORS[choice.indikator]
try:
    peta, no_snapshot = peta_cached.build(con, view.scope, view.periode, choice, lang)
except DataKosong:
    _no_data()

kabkota = view.scope.level is Level.KABKOTA
sub = P("sub_provinsi" if view.scope.level is Level.NASIONAL else "sub_kabkota", lang)
if no_snapshot:
    st.warning(
        P(
            "no_compliance",
            lang,
            scope=view.scope_label,
            periode=view.periode_label,
            indikator=spec.label(lang),
        ),
        icon=":material/domain_disabled:",
    )
    st.page_link("pages/kelola_data.py", label=P("go_kelola", lang), icon=":material/upload:")

moves = st.session_state.get("_peta_moves", 0)
scope_key = f"{view.scope.level}_{view.scope.kode}_{moves}"
# What a click or the list opens: the sub-areas, or around a kab/kota the others of its province.
openable = peta.context if kabkota else peta.values
codes = [] if openable is None else [str(c) for c in openable["kode_wilayah"]]
if codes:
    names = dict(zip(codes, openable["nama"], strict=True))
    toolbar.selectbox(
        P("open_label", lang),
        sorted(codes, key=lambda c: names[c]),
        index=None,
        format_func=names.get,
        placeholder=P("open_ph", lang),
        key=f"peta_open_{scope_key}",
        on_change=_picked_in_list,
        args=(f"peta_open_{scope_key}",),
        width=195,
    )
parent = areas.parent(con, view.scope)
if parent is not None and view.allowed.contains(con, parent):
    name = P("nasional", lang) if parent.level is Level.NASIONAL else plain.md(scope_name(con, parent))
    toolbar.button(  # the name alone beside the arrow, so the row fits 1280 px; the help says "back to"
        areas.short_name(name),
        help=P("go_up_help", lang, nama=name),
        icon=":material/arrow_upward:",
        key="peta_up",
        on_click=_move_to,
        args=(parent,),
    )
peta_legend.draw(peta.legend, lang, peta.title)
peta_map.draw(
    peta.figure,
    f"peta_map_{scope_key}",
    codes,
    lambda code: _move_to(Scope.wilayah(code)),
)
if kabkota:
    province = scope_name(con, Scope.wilayah(view.scope.kode[:2]))
    st.info(P("kabkota_context", lang, nama=plain.md(view.scope_label), provinsi=plain.md(province)), icon=":material/info:")
else:
    st.caption(P("intro", lang, sub=sub))
st.caption(peta.note)

if peta.shapes.tanpa_bentuk:
    names = dict(zip(peta.values["kode_wilayah"], peta.values["nama"], strict=True))
    missing = [names.get(c, c) for c in peta.shapes.tanpa_bentuk]
    st.caption(P("tanpa_bentuk", lang, n=fmt.angka(len(missing), lang=lang), nama=", ".join(missing)))

peta_table.draw(peta, spec, choice.indikator, view, sub)
