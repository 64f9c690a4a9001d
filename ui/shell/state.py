"""The global view state every page reads: scope, period, language (and later, who may see what).

app.py builds it once per run from the sidebar (ui.shell.sidebar) and stores it here; pages call
`current()` and never read sidebar widgets themselves, so the shell can change without touching
the pages. `allowed` is the scope the user may see: national until sign-in exists; the selectors
already offer only areas inside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import streamlit as st

from analytics import fmt
from analytics.i18n import DEFAULT_LANG
from analytics.scope import Scope
from ui.texts.shell import T

_STATE_KEY = "_app_state"
SCOPE_MOVED = "_scope_moved"  # set by ui.shell.urlstate.select_scope, read once by current()


@dataclass(frozen=True)
class AppState:
    scope: Scope = field(default_factory=Scope.nasional)
    periode: dt.date | None = None
    lang: str = DEFAULT_LANG
    scope_label: str = "Indonesia"
    allowed: Scope = field(default_factory=Scope.nasional)
    notices: tuple[str, ...] = ()  # said once under the page title (e.g. an ignored link part)
    allowed_label: str = "Indonesia"  # the name of `allowed`
    pengguna: str | None = None  # the signed-in account; None in demo mode (no account exists)
    peran: str | None = None  # its role (analytics.akun.roles)
    boleh_unggah: bool = True  # may upload (within `allowed`); everyone in demo mode

    @property
    def admin(self) -> bool:
        """Accounts and boundaries: an admin, or anyone in demo mode."""
        return self.pengguna is None or self.peran == "admin"

    def t(self, key: str, **fields) -> str:
        """Interface text in this state's language."""
        return T(key, self.lang, **fields)

    @property
    def periode_label(self) -> str:
        return fmt.bulan(self.periode, self.lang) if self.periode else self.t("no_data_period")

    @property
    def periode_param(self) -> str | None:
        return self.periode.strftime("%Y-%m") if self.periode else None


def set_current(state: AppState) -> None:
    st.session_state[_STATE_KEY] = state


def current() -> AppState:
    """The state app.py set for this run.

    A page file run without app.py means Streamlit took its old `pages/` folder route: on a freshly
    started server, a deep link (`/tren`) runs pages/tren.py directly until some session has called
    st.navigation. Switch that legacy route off and rerun, so app.py (the shell) runs and resolves
    the same page through st.navigation. The same holds after a page moved the scope
    (urlstate.select_scope) while that route is on (AppTest turns it back on before every run, and
    runs a page whose url_path is its file name, like /peta, alone): the state left by the last
    run of app.py would show the old area.
    """
    from streamlit.runtime.pages_manager import PagesManager

    state = st.session_state.get(_STATE_KEY)
    moved = st.session_state.pop(SCOPE_MOVED, False)
    if state is None or (moved and PagesManager.uses_pages_directory):
        _rerun_through_app()
    return state


def _rerun_through_app() -> None:
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False
    st.rerun()
