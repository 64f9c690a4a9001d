"""Which slide is shown, and the way back after opening an area.

The slide number is the page's own URL key (`?slide=3`, counted from 1), read when the URL says
something this page did not write (a shared link just opened, the browser's back button) and written
back on every run, like the map's and the employer list's keys. A number that is not a slide is
named in a notice and the nearest slide shown. Opening an area from the map or the league pushes
(scope, name, slide) on a stack; "Kembali ke …" pops it.
"""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from analytics.scope import Scope
from ui.shell import urlstate

KEY = "slide"
_INDEX = "pr_index"
_WRITTEN = "_pr_written"
_BACK = "pr_back"
_MOVES = "_pr_moves"


def current_index(total: int) -> tuple[int, str | None]:
    """The slide to show (0-based) and the URL's value when it named no slide (else None)."""
    given = st.query_params.get(KEY)
    given = given.strip() if isinstance(given, str) else None
    index = st.session_state.get(_INDEX, 0)
    ignored = None
    if given is not None and given != st.session_state.get(_WRITTEN):
        if given.isdigit() and 1 <= int(given) <= total:
            index = int(given) - 1
        else:
            ignored = given[:20]
            index = min(max(int(given) - 1, 0), total - 1) if given.isdigit() else 0
    return min(max(index, 0), total - 1), ignored


def moved(index: int, move: str | None, total: int) -> int:
    """The slide after a key press ('next', 'prev', 'first', 'last')."""
    match move:
        case "next":
            return min(index + 1, total - 1)
        case "prev":
            return max(index - 1, 0)
        case "first":
            return 0
        case "last":
            return total - 1
    return index


def remember(index: int) -> None:
    """Keep the slide for the next run and put it in the URL."""
    st.session_state[_INDEX] = index
    st.session_state[_WRITTEN] = str(index + 1)
    urlstate.sync((KEY,), {KEY: str(index + 1)})


def go(index: int) -> None:
    """A callback: show slide `index` (0-based) on the next run."""
    st.session_state[_INDEX] = index
    st.session_state[_WRITTEN] = str(index + 1)
    st.query_params[KEY] = str(index + 1)


def moves() -> int:
    """How many areas were opened this session (a fresh map key after each, so a click never lingers)."""
    return st.session_state.get(_MOVES, 0)


def push_back(scope: Scope, name: str, index: int) -> None:
    st.session_state.setdefault(_BACK, []).append((scope, name, index))
    st.session_state[_MOVES] = moves() + 1


def back_target() -> tuple[Scope, str, int] | None:
    stack = st.session_state.get(_BACK) or []
    return stack[-1] if stack else None


def go_back(con) -> None:
    """A callback: reopen the area (and slide) the last click left."""
    stack = st.session_state.get(_BACK) or []
    if not stack:
        return
    scope, _, index = stack.pop()
    st.session_state[_MOVES] = moves() + 1
    urlstate.select_scope(con, scope)
    go(index)


def link(params: dict[str, str], index: int) -> str:
    """A relative link to this slide of this area and period (the page's own path and query)."""
    return "presentasi?" + urlencode({**params, KEY: str(index + 1)})
