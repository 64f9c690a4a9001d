"""The sign-in gate (ui.shell.gate) driven as an ASGI middleware: nothing of the app answers without
a session once an account exists; the sign-in pages set an HttpOnly session cookie; forged and ended
sessions are refused; the demo (no account) passes through."""

from __future__ import annotations

import asyncio
import concurrent.futures
import re
from urllib.parse import urlencode

import pytest

from analytics.akun import accounts, db, sessions
from ui.shell import gate

SANDI = "rahasia-sekali-1"


class App:
    """The app behind the gate: records what reached it."""

    def __init__(self):
        self.reached = []

    async def __call__(self, scope, receive, send):
        self.reached.append(scope["path"])
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"app"})


def call(middleware, path: str, *, method="GET", kind="http", query="", cookies=None, body=b"", dest="document"):
    headers = [(b"sec-fetch-dest", dest.encode())]
    if cookies:
        headers.append((b"cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()).encode()))
    scope = {"type": kind, "path": path, "method": method, "query_string": query.encode(), "headers": headers,
             "scheme": "http"}  # fmt: skip
    incoming = [{"type": "websocket.connect"}] if kind == "websocket" else [{"type": "http.request", "body": body}]
    sent = []

    async def receive():
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    # on a thread of its own: a browser test earlier in the run may leave this thread's loop running
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, middleware(scope, receive, send)).result()
    start = next((m for m in sent if m["type"] in ("http.response.start", "websocket.close")), None)
    text = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body").decode()
    head = {}
    for k, v in (start or {}).get("headers", []):
        head.setdefault(k.decode(), []).append(v.decode())
    return start, head, text


def set_cookies(head) -> dict[str, str]:
    out = {}
    for line in head.get("set-cookie", []):
        name, value = line.split(";", 1)[0].split("=", 1)
        out[name] = value
    return out


@pytest.fixture
def akun(tmp_path, monkeypatch):
    monkeypatch.setenv("CAKUPAN_AKUN_DB", str(tmp_path / "akun.sqlite"))
    monkeypatch.setattr(gate, "_ACCOUNTS_TTL", 0.0)
    return tmp_path / "akun.sqlite"


def test_demo_passes_through(akun):
    app = App()
    start, _, text = call(gate.SignInGate(app), "/peta")
    assert start["status"] == 200 and text == "app" and app.reached == ["/peta"]


def test_nothing_answers_without_a_session(akun):
    with db.connect() as con:
        accounts.add(con, "ani", "provinsi", "16", SANDI, oleh="uji")
    app = App()
    g = gate.SignInGate(app)
    start, head, _ = call(g, "/peta", query="wilayah=32")
    assert start["status"] == 303 and head["location"] == ["/_cakupan/masuk?lanjut=%2Fpeta%3Fwilayah%3D32"]
    assert call(g, "/_stcore/metrics", dest="empty")[0]["status"] == 401
    assert call(g, "/media/x.png", dest="image")[0]["status"] == 401
    assert call(g, "/_stcore/stream", kind="websocket")[0] == {"type": "websocket.close", "code": 4401}
    assert call(g, "/peta", cookies={gate.COOKIE: "forged"})[0]["status"] == 303
    assert call(g, "/_stcore/health", dest="empty")[0]["status"] == 200
    assert app.reached == ["/_stcore/health"]


def _sign_in(g, nama, sandi, *, path=gate.LOGIN, **more):
    start, head, page = call(g, path, query=urlencode({"lanjut": "/peta?wilayah=16"}))
    csrf = set_cookies(head)[gate.CSRF_COOKIE]
    assert re.search(r'name="csrf" value="([^"]+)"', page).group(1) == csrf
    form = urlencode({"nama": nama, "sandi": sandi, "csrf": csrf, "lanjut": "/peta?wilayah=16", **more}).encode()
    return call(g, path, method="POST", body=form, cookies={gate.CSRF_COOKIE: csrf})


def test_first_sign_in_changes_the_password_then_the_cookie_opens_the_app(akun):
    with db.connect() as con:
        accounts.add(con, "ani", "provinsi", "16", SANDI, oleh="uji")
    app = App()
    g = gate.SignInGate(app)
    start, head, page = _sign_in(g, "ani", "salah-salah-salah")
    assert start["status"] == 200 and "Nama pengguna atau kata sandi salah." in page and gate.COOKIE not in set_cookies(head)
    start, head, page = _sign_in(g, "ani", SANDI)
    assert "gantilah sebelum masuk" in page and gate.COOKIE not in set_cookies(head)  # no session before the change
    start, head, page = _sign_in(g, "ani", SANDI, path=gate.CHANGE, sandi_baru="baru-sekali-12", sandi_ulang="baru-sekali-12")
    assert start["status"] == 303 and head["location"] == ["/peta?wilayah=16"]
    session = [c for c in head["set-cookie"] if c.startswith(gate.COOKIE + "=")][0]
    assert "HttpOnly" in session and "SameSite=Lax" in session
    token = set_cookies(head)[gate.COOKIE]
    assert call(g, "/peta", cookies={gate.COOKIE: token})[0]["status"] == 200
    assert call(g, "/_stcore/stream", kind="websocket", cookies={gate.COOKIE: token})[0] is None  # passed to the app
    start, head, _ = call(g, gate.LOGOUT, cookies={gate.COOKIE: token})
    assert start["status"] == 303 and set_cookies(head)[gate.COOKIE] == ""
    assert call(g, "/peta", cookies={gate.COOKIE: token})[0]["status"] == 303  # ended


def test_forms_need_their_csrf_token_and_locked_accounts_say_until_when(akun):
    with db.connect() as con:
        accounts.add(con, "ani", "pusat", None, SANDI, oleh="uji")
        accounts.set_own_password(con, "ani", SANDI, "baru-sekali-12")
    g = gate.SignInGate(App())
    form = urlencode({"nama": "ani", "sandi": "baru-sekali-12", "csrf": "x"}).encode()
    start, head, page = call(g, gate.LOGIN, method="POST", body=form, cookies={gate.CSRF_COOKIE: "y"})
    assert "Formulir kedaluwarsa" in page and gate.COOKIE not in set_cookies(head)
    with db.connect() as con:
        for _ in range(5):
            accounts.sign_in(con, "ani", "salah-salah-salah", sleep=lambda s: None)
    _, _, page = _sign_in(g, "ani", "baru-sekali-12")
    assert "terkunci sampai" in page and "WIB" in page


def test_hostile_values_are_escaped_and_next_stays_on_this_site(akun):
    with db.connect() as con:
        accounts.add(con, "ani", "pusat", None, SANDI, oleh="uji")
    _, _, page = _sign_in(gate.SignInGate(App()), '"><script>alert(1)</script>', "x" * 12)
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    for bad in ("//evil.example/x", "https://evil.example", "\\\\evil", "javascript:alert(1)", gate.LOGOUT):
        assert gate.safe_next(bad) == "/"
    assert gate.safe_next("/peta?wilayah=16") == "/peta?wilayah=16"
    with db.connect() as con:
        assert sessions.account(con, None) is None


def test_single_sign_on_code_becomes_a_session(akun, monkeypatch):
    from analytics.akun import sso

    with db.connect() as con:
        accounts.add(con, "ani", "provinsi", "16", None, email="ani@disnaker.example", oleh="uji")
        code = sso.ticket(con, "ani")
    monkeypatch.setattr(gate, "sso_configured", lambda: True)
    app = App()
    g = gate.SignInGate(app)
    # with SSO the page and its WebSocket pass (the app's own lock shows only the ways to sign in) ...
    assert call(g, "/peta")[0]["status"] == 200
    assert call(g, "/auth/login", dest="document", query="provider=x")[0]["status"] == 200
    # ... but nothing else does
    assert call(g, "/_stcore/metrics", dest="empty")[0]["status"] == 401
    start, head, _ = call(g, gate.SSO, query=urlencode({"kode": code, "lanjut": "/tren"}))
    assert start["status"] == 303 and head["location"] == ["/tren"]
    token = set_cookies(head)[gate.COOKIE]
    assert call(g, "/_stcore/metrics", dest="empty", cookies={gate.COOKIE: token})[0]["status"] == 200
    again = call(g, gate.SSO, query=urlencode({"kode": code}))
    assert again[0]["status"] == 303 and again[1]["location"][0].startswith(gate.LOGIN)  # used once
