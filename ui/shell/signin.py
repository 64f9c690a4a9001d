"""Who is signed in, as the shell sees it (issue 14).

The door itself is ui.shell.gate (nothing of the app answers without a session once an account
exists). This is the second lock and the shell's view of the account: every run reads the session
cookie, finds its account (remembered for a minute in the browser session, then checked again, so
a deactivated account or an expired session stops within a minute), and stops the run with a
sign-in link when there is none — also when the app is started without the gate
(`streamlit run app.py`). While no account exists, the app is the demo: the whole country, no
sign-in, served on localhost only (ui.shell.serve).
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

import streamlit as st

from analytics.akun import db
from analytics.akun.accounts import Akun
from analytics.akun.roles import NAMA_PERAN
from ui.components import plain
from ui.shell import gate
from ui.texts.masuk import M

_KEY = "_akun"
RECHECK_SECONDS = 60


def _token() -> str | None:
    try:
        token = st.context.cookies.get(gate.COOKIE)
    except Exception:  # noqa: BLE001 — no request context (a bare script run): no cookie
        return None
    return token if isinstance(token, str) else None


def account(lang: str) -> Akun | None:
    """The signed-in account; None in demo mode (no account exists). Stops the run with a sign-in
    link when accounts exist and this browser has no valid session."""
    if not db.exists():
        st.session_state.pop(_KEY, None)
        return None
    token = _token()
    held = st.session_state.get(_KEY)
    if held and held[0] == token and time.monotonic() - held[2] < RECHECK_SECONDS:
        return held[1]
    found = gate.session_account(token)
    if found is None:
        st.session_state.pop(_KEY, None)
        _ask_to_sign_in(lang)
    st.session_state[_KEY] = (token, found, time.monotonic())
    return found


def _ask_to_sign_in(lang: str) -> None:
    st.title("Cakupan")
    st.info(M("need_sign_in", lang), icon=":material/lock:")
    st.link_button(M("go_sign_in", lang), gate.LOGIN + "?" + urlencode({"lang": lang}), type="primary")
    st.stop()


def sidebar_line(found: Akun | None, lang: str) -> None:
    """Who is signed in and the way out, or the demo-mode banner."""
    if found is None:  # a caption, not an alert: a page's own notices stay the first alert on it
        st.sidebar.caption(":material/science: " + M("demo", lang))
        return
    st.sidebar.markdown(M("signed_in", lang, nama=plain.md(found.nama, 64), peran=NAMA_PERAN(found.peran, lang)))
    st.sidebar.link_button(M("sign_out", lang), gate.LOGOUT + ("?lang=en" if lang == "en" else ""),
                           icon=":material/logout:")  # fmt: skip
