"""Screenshots of every page, for humans: `python -m scripts.screenshots [--db PATH]`.

Starts the app exactly as the browser tests do (`streamlit run`, Debian's Chromium, the network
shut off) against the given store, or against a fresh small-demo store in a temp dir, and saves each
page at projector (1920x1080) and laptop (1280x720) size into build/screenshots/. Requests that
tried to leave the machine are listed at the end, since a screenshot cannot show them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.browser import harness

SIZES = ((1920, 1080), (1280, 720))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.screenshots", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--db", type=Path, help="store to show (default: a temp store with the small demo)")
    parser.add_argument(
        "--scale", choices=("small", "national"), default="small", help="demo scale without --db"
    )
    parser.add_argument("--out", type=Path, default=harness.SCREENSHOT_DIR)
    parser.add_argument(
        "--query", default="", help="query string added to every page, e.g. 'lang=en&wilayah=32'"
    )
    args = parser.parse_args(argv)

    chromium = harness.find_chromium()
    if chromium is None:
        print(harness.CHROMIUM_MISSING, file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="cakupan-shots-") as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "cakupan.duckdb"
            print(f"Filling {db} with the {args.scale} demo…", file=sys.stderr)
            harness.prepare_demo_store(db, scale=args.scale)
        args.out.mkdir(parents=True, exist_ok=True)
        suffix = "_" + "_".join(p.replace("=", "-") for p in args.query.split("&")) if args.query else ""
        leaks: set[str] = set()
        with harness.AppServer(db_path=db.resolve()) as server, sync_playwright() as pw:
            browser = harness.launch_chromium(pw, chromium)
            for width, height in SIZES:
                context = harness.new_context(browser, width, height)
                guard = harness.NetworkGuard().attach(context)
                page = context.new_page()
                for nav in harness.discover_pages(page, server.url):
                    url = nav.url + ("?" + args.query if args.query else "")
                    page.goto(url)
                    harness.wait_until_idle(page)
                    path = args.out / f"{nav.slug}{suffix}_{width}x{height}.png"
                    page.screenshot(path=str(path))
                    problems = harness.page_problems(page)
                    shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
                    print(f"{shown}  PROBLEMS: {'; '.join(problems)}" if problems else shown)
                leaks |= set(guard.leaks())
                context.close()
            browser.close()
    if leaks:
        print(
            "Requests that tried to leave localhost (blocked):", *sorted(leaks), sep="\n  ", file=sys.stderr
        )
    return 1 if leaks else 0


if __name__ == "__main__":
    raise SystemExit(main())
