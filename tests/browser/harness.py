"""Start Cakupan with `streamlit run` and drive it in Debian's Chromium, with the network shut.

Shared by the browser tests (tests/browser/) and `scripts/screenshots.py`, so the screenshots a
human looks at come from exactly the app the tests check. No Playwright-managed browser is ever
downloaded: government intranets and CI have no internet, so we always launch a system Chromium
through `executable_path`.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO_ROOT / "build" / "screenshots"
CHROMIUM_MISSING = "Chromium not found: apt-get install chromium (browser tests)"

# No sandbox (containers run as root), no GPU, and none of Chromium's own background traffic
# (update checks, sync, QUIC probes): the only requests left are the ones the page makes.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Belt and braces: even a request that escaped Playwright's routing could not resolve a host.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
# Script state and connection state are attributes Streamlit 1.67 puts on the app root for its own
# end-to-end tests; "notRunning" only appears after a script run finished (before that: "initial").
IDLE_SELECTOR = (
    '[data-testid="stApp"][data-test-script-state="notRunning"][data-test-connection-state="CONNECTED"]'
)
NAV_LINK_SELECTOR = (
    '[data-testid="stSidebarNavLink"], [data-testid="stTopNavLink"], [data-testid="stTopNavDropdownLink"]'
)
# Texts that only appear when something broke; Streamlit's own error screens use these words.
BROKEN_TEXTS = ("Traceback", "Page not found", "Connection error", "This app has encountered an error")


def find_chromium() -> str | None:
    """CAKUPAN_CHROMIUM, else Debian's /usr/bin/chromium, else whatever `chromium` is on PATH."""
    explicit = os.environ.get("CAKUPAN_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def is_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_demo_store(db_path: Path, scale: str = "small") -> None:
    """Fill a fresh store with the demo and close it: DuckDB lets one process write, and the app
    we start next must be that process."""
    from analytics import demo, store

    con = store.connect(db_path)
    try:
        demo.load_demo(con, scale=scale)
        con.execute("CHECKPOINT")
    finally:
        con.close()


class AppStartError(RuntimeError):
    pass


@dataclass
class AppServer:
    """`python -m ui.shell.serve` (streamlit run app.py, as `make run` does) in its own process group, on a free local port."""

    db_path: Path
    root: Path = REPO_ROOT
    port: int = 0
    python: str = sys.executable
    extra_env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> AppServer:
        self.port = self.port or free_port()
        env = {**os.environ, "CAKUPAN_DB": str(self.db_path), **self.extra_env}
        fd, log = tempfile.mkstemp(prefix="cakupan-streamlit-", suffix=".log")
        self.log_path = Path(log)
        cmd = [
            self.python, "-m", "ui.shell.serve",
            "--server.port", str(self.port),
            "--server.address", "127.0.0.1",
            "--server.headless", "true",
            "--browser.gatherUsageStats", "false",
        ]  # fmt: skip
        # A log file rather than a pipe: a chatty server can never block on a full pipe buffer.
        self.proc = subprocess.Popen(
            cmd, cwd=self.root, env=env, stdout=fd, stderr=fd, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        os.close(fd)
        self._wait_healthy(timeout)
        return self

    def log(self, tail: int = 6000) -> str:
        """The end of the server's output: with showErrorDetails = "none" the browser shows no
        traceback, so this is where a failing page's error is found."""
        if self.log_path and self.log_path.exists():
            return self.log_path.read_text(errors="replace")[-tail:]
        return ""

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        health = f"{self.url}/_stcore/health"
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
        last_error = ""
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AppStartError(
                    f"streamlit exited with code {self.proc.returncode} before it was healthy.\n"
                    f"--- server output ---\n{self.log()}"
                )
            try:
                with direct.open(health, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                last_error = str(exc)
            time.sleep(0.25)
        self.stop()
        raise AppStartError(
            f"streamlit was not healthy at {health} after {timeout:.0f} s ({last_error}).\n"
            f"--- server output ---\n{self.log()}"
        )

    def stop(self) -> None:
        """Stop the whole process group: streamlit may have started helpers of its own."""
        if self.proc is None or self.proc.poll() is not None:
            self._remove_log()
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        except ProcessLookupError:
            pass
        self._remove_log()

    def _remove_log(self) -> None:
        if self.log_path:
            self.log_path.unlink(missing_ok=True)

    def __enter__(self) -> AppServer:
        return self.start() if self.proc is None else self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(db_path: Path):
    """A fixture body: the app on `db_path`, started (a failed start fails the test with the
    server's log, not a traceback) and stopped afterwards."""
    server = AppServer(db_path=db_path)
    try:
        server.start(timeout=60)
    except AppStartError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


def launch_chromium(playwright, executable: str, headless: bool = True):
    """A system Chromium with a fresh profile (launch() makes a temporary user-data-dir)."""
    return playwright.chromium.launch(executable_path=executable, headless=headless, args=CHROMIUM_ARGS)


def is_local(url: str) -> bool:
    """True for requests that stay on this machine: the app itself, data: and blob: URLs."""
    parsed = urlparse(url)
    if parsed.scheme in {"data", "blob", "about"}:
        return True
    return parsed.scheme in {"http", "https", "ws", "wss"} and (parsed.hostname or "") in LOCAL_HOSTS


_NON_LOCAL_WS = re.compile(r"^wss?://(?!(?:127\.0\.0\.1|localhost|\[::1\])(?:[:/]|$))")


@dataclass
class NetworkGuard:
    """Aborts and records every request that would leave localhost.

    Routing the whole context (not one page) also catches requests from iframes and workers;
    service workers are blocked at context creation so none can bypass the route.
    """

    blocked: list[str] = field(default_factory=list)
    websockets: list[str] = field(default_factory=list)

    def attach(self, context) -> NetworkGuard:
        context.route("**/*", self._route)
        context.route_web_socket(_NON_LOCAL_WS, self._route_ws)
        context.on("page", self.watch)
        for page in context.pages:
            self.watch(page)
        return self

    def watch(self, page) -> None:
        page.on("websocket", lambda ws: self.websockets.append(ws.url))

    def _route(self, route) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def _route_ws(self, ws) -> None:
        self.blocked.append(ws.url)
        ws.close()

    def leaks(self) -> list[str]:
        """Every request or websocket that tried to leave the machine (should be empty)."""
        return sorted(set(self.blocked) | {u for u in self.websockets if not is_local(u)})


def new_context(browser, width: int = 1920, height: int = 1080):
    return browser.new_context(
        viewport={"width": width, "height": height},
        service_workers="block",
        locale="id-ID",
        timezone_id="Asia/Jakarta",
    )


def wait_until_idle(page, timeout_ms: int = 45_000) -> None:
    """Wait until Streamlit finished the script run and stays finished.

    A page can rerun right after its first run (st.rerun, query parameters written back), so we
    require the idle state twice, a short while apart, and wait for lazy-loaded elements (charts
    load their JavaScript on demand and show a skeleton meanwhile).
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        remaining = max(1_000, int((deadline - time.monotonic()) * 1000))
        page.wait_for_selector(IDLE_SELECTOR, timeout=remaining, state="attached")
        page.wait_for_timeout(400)
        if page.locator(IDLE_SELECTOR).count() == 1:
            break
        if time.monotonic() > deadline:
            raise TimeoutError("Streamlit kept re-running the page")
    try:
        page.wait_for_selector('[data-testid="stSkeleton"]', state="detached", timeout=10_000)
    except Exception:  # a skeleton that stays is reported by the screenshot, not fatal here
        pass
    try:
        page.wait_for_load_state("networkidle", timeout=5_000)
    except Exception:
        pass


@dataclass(frozen=True)
class NavPage:
    label: str
    url: str

    @property
    def slug(self) -> str:
        path = urlparse(self.url).path.strip("/")
        name = path.rsplit("/", 1)[-1] if path else self.label
        return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "index"


def discover_pages(page, base_url: str) -> list[NavPage]:
    """The pages the app's own navigation offers, in navigation order.

    We read the rendered navigation rather than a list in the test, so a page added to
    st.navigation is tested without anyone remembering to add it here.
    """
    page.goto(base_url)
    wait_until_idle(page)
    more = page.locator('[data-testid="stSidebarNavViewButton"]')
    if more.count() and "more" in more.inner_text().lower():
        more.click()
        page.wait_for_timeout(200)
    pages: list[NavPage] = []
    seen: set[str] = set()
    for link in page.locator(NAV_LINK_SELECTOR).all():
        href = link.get_attribute("href") or ""
        if not href or href in seen:
            continue
        seen.add(href)
        url = href if href.startswith("http") else base_url.rstrip("/") + "/" + href.lstrip("/")
        pages.append(NavPage(label=link.inner_text().strip(), url=url))
    if not pages:
        # Streamlit draws no navigation for an app with a single page: that page is the root.
        heading = page.locator('[data-testid="stMain"] h1')
        label = heading.first.inner_text().strip() if heading.count() else page.title()
        pages.append(NavPage(label=label, url=base_url.rstrip("/") + "/"))
    return pages


def page_problems(page) -> list[str]:
    """What a user would see as broken on the current page (empty when fine)."""
    problems = []
    exceptions = page.locator('[data-testid="stException"]')
    if exceptions.count():
        problems.append(f"{exceptions.count()} exception box(es): {exceptions.first.inner_text()[:300]!r}")
    errors = page.locator('[data-testid="stAlertContentError"]')
    if errors.count():
        problems.append(f"error message(s): {errors.first.inner_text()[:300]!r}")
    body = page.locator("body").inner_text()
    for text in BROKEN_TEXTS:
        if text in body:
            problems.append(f"page shows {text!r}")
    headings = page.locator('[data-testid="stMain"] h1, [data-testid="stMain"] h2')
    if not headings.count() or not headings.first.is_visible():
        problems.append("no visible page heading (h1/h2) in the main area")
    elif not headings.first.inner_text().strip():
        problems.append("the page heading is empty")
    return problems
