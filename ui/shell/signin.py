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
        if gate.sso_configured():
            _single_sign_on(lang)
        _ask_to_sign_in(lang)
    st.session_state[_KEY] = (token, found, time.monotonic())
    return found


def _ask_to_sign_in(lang: str) -> None:
    st.title("Cakupan")
    st.info(M("need_sign_in", lang), icon=":material/lock:")
    row = st.container(horizontal=True)
    row.link_button(M("go_sign_in", lang), gate.LOGIN + "?" + urlencode({"lang": lang}), type="primary")
    if gate.sso_configured():
        row.button(M("go_sso", lang), on_click=st.login, icon=":material/badge:")
    st.stop()


_GO = """
export default function(component) {
  const { data } = component;
  if (data && data.startsWith('/_cakupan/sso?')) window.location.replace(data);
}
"""


@st.cache_resource
def _go_component():
    return st.components.v2.component("cakupan_sso_go", js=_GO)


def _single_sign_on(lang: str) -> None:
    """Signed in at the provider (st.login): its e-mail's account gets a one-time code, which the
    gate turns into a session (analytics.akun.sso); an unknown e-mail is told to ask an admin."""
    from analytics.akun import sso

    try:
        signed = bool(st.user.is_logged_in)
    except Exception:  # noqa: BLE001 — no provider configured after all
        return
    if not signed:
        return
    email = st.user.get("email")
    with db.connect() as con:
        found = sso.account_for(con, email)
        code = sso.ticket(con, found.nama) if found is not None else None
    st.title("Cakupan")
    if code is None:
        st.warning(M("sso_unknown", lang, email=plain.md(email or "–", 120)), icon=":material/person_off:")
        st.button(M("sso_leave", lang), on_click=st.logout, icon=":material/logout:")
        st.stop()
    target = gate.SSO + "?" + urlencode({"kode": code})
    _go_component()(data=target, key="sso_go")
    st.link_button(M("sso_continue", lang), target, type="primary")  # if the script is slow to move on
    st.stop()


def sidebar_line(found: Akun | None, lang: str) -> None:
    """Who is signed in and the way out, or the demo-mode banner."""
    if found is None:  # a caption, not an alert: a page's own notices stay the first alert on it
        st.sidebar.caption(":material/science: " + M("demo", lang))
        return
    st.sidebar.markdown(M("signed_in", lang, nama=plain.md(found.nama, 64), peran=NAMA_PERAN(found.peran, lang)))
    st.sidebar.link_button(M("sign_out", lang), gate.LOGOUT + ("?lang=en" if lang == "en" else ""),
                           icon=":material/logout:")  # fmt: skip
