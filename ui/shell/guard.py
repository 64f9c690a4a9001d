"""A page that fails shows a calm message, never a traceback or Streamlit's crash box.

Streamlit's own box for an uncaught exception offers "Ask Google" and "Ask ChatGPT" buttons, which
are useless on an intranet and alarming in a meeting. app.py runs the chosen page through
`run_page`: an unexpected exception is written to the server log with its traceback and a short
reference code, and the user reads the message in their language with the same code, so an admin
can find the traceback.

Streamlit's control flow is left alone: st.stop(), st.rerun() and st.switch_page() raise
StopException / RerunException, which derive from BaseException (ScriptControlException in
Streamlit 1.67) and so pass `except Exception`. FragmentHandledException is an Exception, but
Streamlit raises it only after it has already shown a fragment's error; it is re-raised so the
run ends as Streamlit expects.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable

import streamlit as st
from streamlit.errors import FragmentHandledException

from ui.texts.shell import T

LOG = logging.getLogger("cakupan")
if not LOG.handlers:  # Streamlit configures only its own loggers; make ours reach the server log
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOG.addHandler(_handler)
    LOG.setLevel(logging.INFO)


def reference_code() -> str:
    """Six characters an official can read out over the phone (no 0/O, 1/I)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(6))


def run_page(run: Callable[[], None], lang: str, page: str = "") -> None:
    """Run a page; an unexpected exception becomes a logged traceback and a calm message."""
    try:
        run()
    except FragmentHandledException:
        raise
    except Exception:
        code = reference_code()
        LOG.exception("page %r failed, reference %s", page, code)
        st.error(T("page_error", lang, code=code), icon=":material/sentiment_dissatisfied:")
