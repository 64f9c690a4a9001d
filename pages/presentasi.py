"""Presentasi — the meeting mode: the deck of the sidebar's area and period (analytics.reports.rapat,
the same slides as the PowerPoint), one slide at a time, full width, the sidebar hidden.

Next and previous by the buttons and by the keys a presentation clicker sends (arrows, PageUp /
PageDown; Home and End). The slide is in the URL (`?slide=3`), so a link reopens it. A click on the
map or on a league-table row opens that area's deck, and a button leads back. Nothing is fetched
from outside: the map draws from the app's own files.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from analytics.geo import indicators
from analytics.scope import Scope
from ui.cached import laporan as cached
from ui.cached import peta as cached_peta
from ui.components import plain, tiles
from ui.peta import legend as peta_legend
from ui.peta import map as peta_map
from ui.peta.controls import Choice
from ui.presentasi import components, navigation, slide
from ui.shell import db, urlstate
from ui.shell.state import current
from ui.texts.presentasi import PR

view = current()
lang = view.lang
con = db.cursor()
t = PR.bound(lang)

slide.style()
tiles.style()


def _exit() -> None:
    st.page_link("pages/ringkasan.py", label=t("exit"), icon=":material/close_fullscreen:")


outline = cached.deck_outline(con, view.scope, view.periode, lang) if view.periode else None
if outline is None or isinstance(outline, str):
    for notice in view.notices:
        st.info(notice, icon=":material/link_off:")
    tiles.note(t("empty", scope=plain.md(view.scope_label), periode=view.periode_label), warn=True)
    st.page_link("pages/kelola_data.py", label=t("go_kelola"), icon=":material/database:")
    _exit()
    st.stop()

total = len(outline)
index, ignored = navigation.current_index(total)
index = navigation.moved(index, components.keys("pr_keys"), total)
navigation.remember(index)


def _open(code: str) -> None:
    """Open an area's deck at its headline (a click on the map or the league), keeping the way back."""
    navigation.push_back(view.scope, view.scope_label, index)
    urlstate.select_scope(con, Scope.wilayah(code))
    navigation.go(1)


bar = st.container(horizontal=True, vertical_alignment="center", gap="small")
bar.button(t("prev"), icon=":material/chevron_left:", disabled=index == 0, on_click=navigation.go, args=(index - 1,),
           key="pr_prev", help=t("keys"))  # fmt: skip
bar.html(f'<span class="ck-slide-count" data-slide-count="{index + 1}">{escape(t("of", n=index + 1, total=total))}</span>',
         width="content")
bar.button(t("next"), icon=":material/chevron_right:", disabled=index == total - 1, on_click=navigation.go,
           args=(index + 1,), key="pr_next", help=t("keys"))  # fmt: skip
bar.link_button(t("link"), navigation.link(urlstate.params_for(view), index), icon=":material/link:", help=t("link_help"))
back = navigation.back_target()
if back is not None:
    bar.button(t("back", nama=back[1]), icon=":material/undo:", on_click=navigation.go_back, args=(con,), key="pr_back_btn")
with bar:
    _exit()
for notice in view.notices:
    st.info(notice, icon=":material/link_off:")
if ignored:
    st.info(t("bad_slide", given=plain.md(ignored, 20), n=index + 1), icon=":material/link_off:")


def _draw_map() -> None:
    ind = indicators.get("capaian")
    built, _ = cached_peta.build(con, view.scope, view.periode, Choice("capaian", ind.default_method, 5, None), lang,
                                 max_height=560)
    codes = list(built.values["kode_wilayah"])
    peta_legend.draw(built.legend, lang, built.title)
    peta_map.draw(built.figure, f"pr_map_{navigation.moves()}", codes, _open)


shown = cached.deck_slide(con, view.scope, view.periode, lang, outline[index])
if shown is None:  # the outline promised data the slide did not find (tests hold them together)
    tiles.note(t("empty", scope=plain.md(view.scope_label), periode=view.periode_label), warn=True)
    st.stop()
picked = slide.draw(shown, con, view, _draw_map)
if picked and picked != view.scope.kode:
    _open(picked)
    st.rerun()
with st.expander(t("notes"), expanded=False):
    st.markdown(slide.note_text(shown.notes))
