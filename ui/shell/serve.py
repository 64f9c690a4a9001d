"""Start the app: `python -m ui.shell.serve [streamlit options]` is `streamlit run app.py` done right.

Streamlit keeps an old route for apps with a `pages/` folder: until some session has called
st.navigation, a request for `/tren` runs pages/tren.py on its own and shows a "Page not found"
dialog (streamlit/streamlit#9992). So the first official who opens a bookmarked link after the
server starts would see an error. The flag behind that route is process-wide; switching it off
before the server starts makes every request go through app.py and st.navigation.
(ui.shell.state.current() also recovers when the app is started with plain `streamlit run app.py`.)

A browser that asks for an address the app does not have (`/a/b/c`, `/kelola-data/extra`, an old
bookmark) got Streamlit's page shell, whose assets are linked relative to the address: under a
nested path they resolve to `/a/b/static/...`, come back as HTML, and the page stays blank white.
`UnknownAddressRedirect` sends such a browser to the home page instead, with the address in
`?alamat=` so the app can say what happened. Only page loads (the browser's document requests) to
paths that are neither a page of ui.shell.nav nor one of Streamlit's own routes are redirected.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import quote

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli
from streamlit.web.server.starlette import starlette_app

from analytics import shipped, store
from ui.shell.nav import DEFAULT_URL, UNKNOWN_PARAM, URL_PATHS

# Streamlit's own routes, the app's static files and sign-in: never redirected.
SERVER_PREFIXES = ("/_stcore/", "/static/", "/app/static/", "/media/", "/component/", "/auth/", "/oauth2callback")


class UnknownAddressRedirect:
    """ASGI middleware: a page load of an unknown address is redirected to `/?alamat=<address>`."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD") and self._default_by_name(scope):
            # st.navigation serves the default page at "/" only: its own name shows "Page not found"
            query = scope.get("query_string", b"").decode("latin-1")
            await send({"type": "http.response.start", "status": 302,
                        "headers": [(b"location", ("/" + (f"?{query}" if query else "")).encode("latin-1")),
                                    (b"cache-control", b"no-cache"), (b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD") and self._unknown_page(scope):
            target = "/?" + UNKNOWN_PARAM + "=" + quote(scope["path"][:200], safe="/")
            await send({"type": "http.response.start", "status": 302,
                        "headers": [(b"location", target.encode("latin-1")), (b"cache-control", b"no-cache"),
                                    (b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        await self.app(scope, receive, send)

    @staticmethod
    def _default_by_name(scope) -> bool:
        return scope.get("path", "").strip("/") == DEFAULT_URL

    @staticmethod
    def _unknown_page(scope) -> bool:
        path = scope.get("path", "/")
        if path in ("/", "") or path.startswith(SERVER_PREFIXES) or path.rstrip("/").lstrip("/") in URL_PATHS:
            return False
        headers = dict(scope.get("headers") or [])
        dest = headers.get(b"sec-fetch-dest", b"").decode("latin-1")
        accept = headers.get(b"accept", b"").decode("latin-1")
        # A page load: the browser says it wants a document (assets, fetches and websockets do not).
        return dest == "document" or (not dest and accept.startswith("text/html"))


def _with_gate_and_redirect(original):
    """Streamlit's middleware with the sign-in gate (ui.shell.gate) outermost, then the redirect."""

    def middleware():
        from starlette.middleware import Middleware

        from ui.shell.gate import SignInGate

        return [Middleware(SignInGate), Middleware(UnknownAddressRedirect), *original()]

    return middleware


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _address(argv: list[str]) -> str | None:
    """The --server.address the command gives (either spelling), or None."""
    for i, arg in enumerate(argv):
        if arg.startswith("--server.address="):
            return arg.split("=", 1)[1]
        if arg == "--server.address" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def demo_mode_argv(argv: list[str], accounts_exist: bool) -> list[str]:
    """The server's arguments under the accounts rule: with no account the app is the demo, served on
    localhost only (added when no address is given); a network address without an account is
    refused (ValueError, with how to create the first admin)."""
    if accounts_exist:
        return argv
    address = _address(argv)
    if address is None:
        return [*argv, "--server.address", "127.0.0.1"]
    if address not in LOOPBACK:
        raise ValueError(
            f"Belum ada akun: Cakupan tidak dibuka di alamat jaringan {address} tanpa login. Buat admin pertama "
            "dengan `cakupan pengguna tambah NAMA --peran admin` (kata sandi ditanyakan), lalu jalankan lagi. / "
            "No account yet: Cakupan will not serve a network address without sign-in; create the first admin with "
            "`cakupan pengguna tambah NAMA --peran admin`, then start again."
        )
    return argv

def main(argv: list[str]) -> int:
    """Serve the app. Streamlit reads .streamlit/config.toml from the working folder, so the app
    runs from the folder of app.py (a checkout's top, or the installed `cakupan_site`); a relative
    CAKUPAN_DB is made absolute first, so it still means what the user typed."""
    if os.environ.get("CAKUPAN_DB"):
        os.environ["CAKUPAN_DB"] = str(Path(os.environ["CAKUPAN_DB"]).resolve())
    os.environ.setdefault("CAKUPAN_DB", str(store.db_path()))
    from analytics.akun import db as akun_db

    os.environ.setdefault("CAKUPAN_AKUN_DB", str(akun_db.path().resolve()))
    try:
        argv = demo_mode_argv(argv, akun_db.exists())
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if not any(a.startswith("--server.maxUploadSize") for a in argv):
        # Streamlit's own limit a little above Cakupan's (CAKUPAN_MAX_FILE_MB), so a file over the
        # setting reaches the import and is refused with its clear message, not Streamlit's English.
        from analytics.load import limits

        argv = [*argv, "--server.maxUploadSize", str(limits.MAX_FILE_BYTES // limits.MB + 1)]
    app = shipped.app_file()
    os.chdir(app.parent)
    PagesManager.uses_pages_directory = False
    starlette_app.create_streamlit_middleware = _with_gate_and_redirect(starlette_app.create_streamlit_middleware)
    sys.argv = ["streamlit", "run", str(app), *argv]
    return cli.main()


def command(argv: list[str] | None = None) -> int:
    """The `cakupan` command: `cakupan serve [streamlit options]` starts the app; every other
    subcommand is `python -m analytics`'s (init, load, demo, ringkasan, kepatuhan, peta, geometri)."""
    from analytics import cli as analytics_cli

    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["serve"]:
        return main(argv[1:])

    def serve_parser(sub) -> None:
        p = sub.add_parser("serve", help="mulai aplikasi / start the app (opsi Streamlit, mis. --server.port 8501)")
        p.add_argument("_rest", nargs="*", help=argparse.SUPPRESS)

    return analytics_cli.main(argv, analytics_cli.build_parser("cakupan", serve_parser))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
