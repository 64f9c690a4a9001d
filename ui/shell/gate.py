"""Sign-in at the door: an ASGI middleware in front of Streamlit (issue 14).

While no account exists the app runs as before (demo mode, on localhost only: ui.shell.serve).
Once one exists, nothing of the app answers without a valid session: a page load is sent to the
sign-in page, the WebSocket that carries every page (`/_stcore/stream`) is refused, and every other
route (`/_stcore/metrics`, media, components, static files) answers 401. Only the sign-in pages and
`/_stcore/health` (which says "ok" and nothing else, for load balancers) stay open.

The sign-in pages are plain HTML served here, so the session token travels in an HttpOnly cookie
(`cakupan_sesi`, SameSite=Lax, Secure behind HTTPS) that no page script can read. Forms carry a
CSRF token matched against a cookie of its own. An account that must change its password does so
on `/_cakupan/ganti` before any session exists. Passwords are checked on a worker thread (argon2 and
the slow-down after failures must not stall the server's event loop).
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from html import escape
from http import cookies as http_cookies
from urllib.parse import parse_qs, quote, urlencode

from analytics import fmt, palette
from analytics.akun import accounts, db, sessions
from analytics.akun.accounts import AkunError, Hasil
from ui.texts.masuk import M

COOKIE = "cakupan_sesi"
CSRF_COOKIE = "cakupan_csrf"
LOGIN, CHANGE, LOGOUT, SSO = "/_cakupan/masuk", "/_cakupan/ganti", "/_cakupan/keluar", "/_cakupan/sso"
OPEN_PATHS = (LOGIN, CHANGE, LOGOUT, SSO, "/_stcore/health", "/favicon.ico")
SSO_ROUTES = ("/auth/", "/oauth2callback")  # Streamlit's own sign-in routes (st.login)
MAX_FORM = 8 * 1024  # bytes: a sign-in form is a few hundred
_ACCOUNTS_TTL = 2.0  # seconds a "do accounts exist?" answer is reused


class _AccountsExist:
    """Whether sign-in is required; asked on every request, so answered from memory for a moment."""

    def __init__(self):
        self._value, self._at = False, 0.0

    def __call__(self) -> bool:
        now = time.monotonic()
        if now - self._at > _ACCOUNTS_TTL:
            self._value, self._at = db.exists(), now
        return self._value


def sso_configured() -> bool:
    """Whether `.streamlit/secrets.toml` holds an [auth] section (st.login's configuration)."""
    try:
        from streamlit.runtime.secrets import secrets_singleton

        return bool(secrets_singleton.load_if_toml_exists() and secrets_singleton.get("auth"))
    except Exception:  # noqa: BLE001 — an unreadable secrets file means no single sign-on
        return False


def session_account(token: str | None):
    """The account a session token signs in (analytics.akun.sessions), or None."""
    if not token:
        return None
    with db.connect() as con:
        return sessions.account(con, token)


def _cookies(scope) -> dict[str, str]:
    jar = http_cookies.SimpleCookie()
    for name, value in scope.get("headers") or []:
        if name == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except http_cookies.CookieError:
                continue
    return {k: m.value for k, m in jar.items()}


def _header(scope, name: bytes) -> str:
    for key, value in scope.get("headers") or []:
        if key == name:
            return value.decode("latin-1")
    return ""


def _secure(scope) -> bool:
    return scope.get("scheme") in ("https", "wss") or _header(scope, b"x-forwarded-proto").lower() == "https"


def _cookie(name: str, value: str, scope, *, max_age: int | None = None) -> bytes:
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Lax"]
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    if _secure(scope):
        parts.append("Secure")
    return "; ".join(parts).encode("latin-1")


def safe_next(value: str | None) -> str:
    """Where to go after signing in: a path of this app only (never another site)."""
    value = (value or "/").strip()
    if not value.startswith("/") or value.startswith("//") or "\\" in value or value.startswith(OPEN_PATHS[:3]):
        return "/"
    return value[:500]


def _lang(scope) -> str:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return "en" if query.get("lang", [""])[0].lower() == "en" else "id"


class SignInGate:
    def __init__(self, app):
        self.app = app
        self.accounts_exist = _AccountsExist()
        self.sso = sso_configured()

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket") or not self.accounts_exist():
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "/")
        if scope["type"] == "http" and path == SSO:
            await self._sso(scope, send)
            return
        if scope["type"] == "http" and path in (LOGIN, CHANGE, LOGOUT):
            await self._own_page(scope, receive, send, path)
            return
        if path in OPEN_PATHS or (self.sso and path.startswith(SSO_ROUTES)):
            await self.app(scope, receive, send)
            return
        from starlette.concurrency import run_in_threadpool

        account = await run_in_threadpool(session_account, _cookies(scope).get(COOKIE))
        if account is not None:
            await self.app(scope, receive, send)
            return
        if self.sso and (scope["type"] == "websocket" or _is_page_load(scope)):
            # With single sign-on the provider's sign-in runs inside the app (st.login): the page and
            # its WebSocket pass, and the app's own lock (ui.shell.signin) draws nothing but the ways to
            # sign in until a session exists. Every other route still needs the session.
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await receive()  # websocket.connect
            await send({"type": "websocket.close", "code": 4401})
            return
        if _is_page_load(scope):
            target = path + (("?" + scope["query_string"].decode("latin-1")) if scope.get("query_string") else "")
            await _redirect(send, f"{LOGIN}?{urlencode({'lanjut': target})}")
            return
        await _respond(send, 401, b"Silakan masuk / please sign in", "text/plain; charset=utf-8")

    async def _sso(self, scope, send) -> None:
        """A one-time code from the app's single sign-on (analytics.akun.sso) becomes a session."""
        from starlette.concurrency import run_in_threadpool

        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        nama = await run_in_threadpool(_redeem, query.get("kode", [""])[0])
        if nama is None:
            await _redirect(send, LOGIN)
            return
        token = await run_in_threadpool(_start, nama)
        await _redirect(send, safe_next(query.get("lanjut", ["/"])[0]), [_cookie(COOKIE, token, scope)])

    async def _own_page(self, scope, receive, send, path: str) -> None:
        from starlette.concurrency import run_in_threadpool

        lang = _lang(scope)
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if path == LOGOUT:
            token = _cookies(scope).get(COOKIE)
            await run_in_threadpool(_sign_out, token)
            await _redirect(send, LOGIN + ("?lang=en" if lang == "en" else ""), [_cookie(COOKIE, "", scope, max_age=0)])
            return
        if scope["method"] == "GET":
            note = M("ended", lang) if query.get("selesai") else ""
            await _form(send, scope, path, lang, safe_next(query.get("lanjut", ["/"])[0]), note=note)
            return
        if scope["method"] != "POST":
            await _respond(send, 405, b"", "text/plain")
            return
        form = await _read_form(receive)
        nxt = safe_next(form.get("lanjut"))
        csrf = _cookies(scope).get(CSRF_COOKIE)
        if not csrf or not secrets.compare_digest(csrf, form.get("csrf", "")):
            await _form(send, scope, path, lang, nxt, error=M("csrf", lang))
            return
        if path == CHANGE:
            error = await run_in_threadpool(_change, form, lang)
            if error:
                await _form(send, scope, CHANGE, lang, nxt, error=error, nama=form.get("nama", ""))
                return
        outcome = await run_in_threadpool(_sign_in, form.get("nama", ""), form.get("sandi_baru") or form.get("sandi", ""))
        if outcome.hasil is Hasil.OK and outcome.akun.harus_ganti:
            await _form(send, scope, CHANGE, lang, nxt, note=M("must_change", lang), nama=outcome.akun.nama)
            return
        if outcome.hasil is not Hasil.OK:
            await _form(send, scope, LOGIN, lang, nxt, error=_refusal(outcome, lang), nama=form.get("nama", ""))
            return
        token = await run_in_threadpool(_start, outcome.akun.nama)
        await _redirect(send, nxt, [_cookie(COOKIE, token, scope), _cookie(CSRF_COOKIE, "", scope, max_age=0)])


def _is_page_load(scope) -> bool:
    dest = _header(scope, b"sec-fetch-dest")
    return scope.get("method") in ("GET", "HEAD") and (
        dest == "document" or (not dest and _header(scope, b"accept").startswith("text/html")))  # fmt: skip


def _sign_in(nama: str, sandi: str):
    with db.connect() as con:
        return accounts.sign_in(con, nama[:64], sandi)


def _redeem(code: str) -> str | None:
    from analytics.akun import sso

    with db.connect() as con:
        return sso.redeem(con, code)


def _start(nama: str) -> str:
    with db.connect() as con:
        return sessions.start(con, nama)


def _sign_out(token: str | None) -> None:
    with db.connect() as con:
        sessions.end(con, token)


def _change(form: dict, lang: str) -> str | None:
    """The first-sign-in password change; the error to show, or None (then sign in as usual)."""
    if form.get("sandi_baru", "") != form.get("sandi_ulang", ""):
        return M("mismatch", lang)
    try:
        with db.connect() as con:
            accounts.set_own_password(con, form.get("nama", "")[:64], form.get("sandi", ""), form.get("sandi_baru", ""))
    except AkunError as exc:
        return str(exc)
    return None


def _refusal(outcome, lang: str) -> str:
    if outcome.hasil is Hasil.TERKUNCI:
        return M("locked", lang, sampai=fmt.waktu(outcome.kunci_sampai or dt.datetime.now(dt.UTC), lang))
    if outcome.hasil is Hasil.NONAKTIF:
        return M("inactive", lang)
    return M("wrong", lang)


async def _read_form(receive) -> dict[str, str]:
    body, more = b"", True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
        if len(body) > MAX_FORM:
            return {}
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}


async def _respond(send, status: int, body: bytes, content_type: str, headers=()) -> None:
    head = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()),
            (b"cache-control", b"no-store"), (b"x-frame-options", b"DENY"),
            *[(b"set-cookie", c) for c in headers]]  # fmt: skip
    await send({"type": "http.response.start", "status": status, "headers": head})
    await send({"type": "http.response.body", "body": body})


async def _redirect(send, target: str, cookies=()) -> None:
    head = [(b"location", quote(target, safe="/?=&%:+,;@-._~").encode("latin-1")), (b"content-length", b"0"),
            (b"cache-control", b"no-store"), *[(b"set-cookie", c) for c in cookies]]  # fmt: skip
    await send({"type": "http.response.start", "status": 303, "headers": head})
    await send({"type": "http.response.body", "body": b""})


_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>{title}</title><style>
body {{ font-family: "Segoe UI", Arial, sans-serif; background: {tint}; color: {ink}; margin: 0; }}
main {{ max-width: 26rem; margin: 8vh auto; background: #fff; padding: 2rem 2.2rem; border-radius: 10px;
       border-top: 8px solid {primary}; }}
h1 {{ font-size: 1.9rem; margin: 0 0 0.2rem 0; color: {primary}; }} p.tag {{ margin: 0 0 1.4rem 0; color: {muted}; }}
label {{ display: block; font-weight: 700; margin: 0.9rem 0 0.3rem 0; font-size: 1.05rem; }}
input {{ width: 100%; box-sizing: border-box; font-size: 1.15rem; padding: 0.55rem; border: 1px solid {edge};
        border-radius: 6px; }}
button {{ margin-top: 1.4rem; width: 100%; font-size: 1.15rem; padding: 0.65rem; background: {primary}; color: #fff;
         border: 0; border-radius: 6px; cursor: pointer; }}
.err {{ background: #FFF1F0; border-left: 6px solid {alarm}; padding: 0.6rem 0.8rem; margin: 0.8rem 0; }}
.note {{ background: {tint}; border-left: 6px solid {primary}; padding: 0.6rem 0.8rem; margin: 0.8rem 0; }}
a {{ color: {primary}; }}
</style></head><body><main><h1>Cakupan</h1><p class="tag">{tagline}</p>{message}
<form method="post" action="{action}" autocomplete="on">{fields}
<input type="hidden" name="lanjut" value="{lanjut}"><input type="hidden" name="csrf" value="{csrf}">
<button type="submit">{submit}</button></form><p><a href="{other}">{other_label}</a></p></main></body></html>"""
_COLOURS = {"tint": palette.TINT, "ink": palette.INK, "primary": palette.PRIMARY, "muted": palette.MUTED,
            "edge": palette.EDGE, "alarm": palette.STATUS_COLOURS["TERTINGGAL"]}  # fmt: skip


def _field(name: str, label: str, kind: str, value: str = "", autocomplete: str = "") -> str:
    return (f'<label for="{name}">{escape(label)}</label><input id="{name}" name="{name}" type="{kind}" '
            f'value="{escape(value)}" autocomplete="{autocomplete}" required maxlength="256">')  # fmt: skip


async def _form(send, scope, path: str, lang: str, nxt: str, *, error: str = "", note: str = "", nama: str = "") -> None:
    csrf = secrets.token_urlsafe(24)
    fields = _field("nama", M("nama", lang), "text", nama[:64], "username")
    if path == CHANGE:
        fields += (_field("sandi", M("sandi_lama", lang), "password", autocomplete="current-password")
                   + _field("sandi_baru", M("sandi_baru", lang), "password", autocomplete="new-password")
                   + _field("sandi_ulang", M("sandi_ulang", lang), "password", autocomplete="new-password"))  # fmt: skip
    else:
        fields += _field("sandi", M("sandi", lang), "password", autocomplete="current-password")
    message = (f'<div class="err" role="alert">{escape(error)}</div>' if error else "") + (
        f'<div class="note">{escape(note)}</div>' if note else "")
    other = "en" if lang == "id" else "id"
    page = _PAGE.format(
        **_COLOURS, lang=lang, title=escape(M("title", lang)), tagline=escape(M("tagline", lang)), message=message,
        action=(CHANGE if path == CHANGE else LOGIN) + (f"?lang={lang}" if lang == "en" else ""), fields=fields,
        lanjut=escape(nxt), csrf=csrf, submit=escape(M("submit_change" if path == CHANGE else "submit", lang)),
        other=escape(f"{LOGIN}?{urlencode({'lang': other, 'lanjut': nxt})}"), other_label=escape(M("other_lang", lang)),
    )  # fmt: skip
    await _respond(send, 200, page.encode("utf-8"), "text/html; charset=utf-8", [_cookie(CSRF_COOKIE, csrf, scope)])
