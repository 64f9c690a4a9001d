"""Many officials at once: a real running Cakupan, driven by simulated sessions (`make bench`).

Starts the app as `make run` does (`python -m ui.shell.serve`, one or more processes on a copy of the
store), then:

1. **room**: ROOM sessions open one link at the same instant, as a meeting room does when the link
   goes up on the projector: each one's time from opening the address (page, health check,
   WebSocket) to its first finished page;
2. **sessions**: SESSIONS sessions for MINUTES minutes, each at its own scope (national, a province,
   a kab/kota, a Kanwil, a Kantor Cabang), moving through every page in a shuffled order with a
   think time of THINK seconds between pages, and running the page's timers as a browser does
   (every timed fragment every 15 s); one session uploads a membership file on Kelola Data at a
   quarter of the run (upload, tick, save: a publish every other session then picks up);
3. the server's peak memory (resident set of its processes and their children, sampled twice a
   second) and every error: a page with a traceback or the app's error message, a run that did not
   finish, a lost connection, an unknown page.

Sessions are scripts/wsclient.Session: the browser's own protocol without the browser, so the
machine's cores go to the server being measured. With several processes, sessions are spread over
them in turn, as a proxy's sticky sessions do (README, "Beyond one process").

    python -m scripts.loadtest --db STORE [--processes 1] [--sessions 30] [--minutes 3] [--room 20]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
THINK = (4.0, 12.0)  # seconds an official spends on a page before the next (uniform)
TIMER_SECONDS = 15.0
SCOPES = ["", "wilayah=16", "wilayah=32", "wilayah=35", "wilayah=16.71", "wilayah=32.73", "wilayah=63.04",
          "kanwil=Sumbagsel", "kantor=K0311", "lang=en&wilayah=51"]  # fmt: skip


@dataclass
class Tally:
    """Every page drawn and every error, from all sessions (thread-safe by the GIL's list.append)."""

    pages: list[float] = field(default_factory=list)
    per_page: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    ticks: int = 0
    upload: str = ""

    def page(self, name: str, seconds: float) -> None:
        self.pages.append(seconds)
        self.per_page.setdefault(name or "ringkasan", []).append(seconds)


def _pages() -> list[str]:
    from ui.shell.nav import ADMIN_ONLY, PAGES

    # The first page is the default one: its address is the bare "/" (a browser asks for page "").
    return ["" if i == 0 else url for i, (path, _, url, _) in enumerate(PAGES) if path not in ADMIN_ONLY]


def _check(drawn, where: str, tally: Tally) -> None:
    problems = drawn.exceptions()
    if drawn.page_not_found:
        problems.append("page not found")
    if problems:
        tally.errors.append(f"{where}: {problems[0][:200]}")


def _upload_file(db: Path) -> tuple[str, bytes]:
    """A month of one kab/kota, as an official would correct it: its latest month's rows, +1 each."""
    from analytics import published

    con, _ = published.connect(db)
    try:
        rows = con.execute(
            "SELECT strftime(periode, '%Y-%m'), kode_wilayah, segmen, peserta_aktif + 1 FROM kepesertaan "
            "WHERE kode_wilayah = '16.71' AND periode = (SELECT max(periode) FROM kepesertaan) ORDER BY segmen"
        ).fetchall()
    finally:
        con.close()
    lines = ["periode,kode_wilayah,segmen,peserta_aktif", *(",".join(str(v) for v in r) for r in rows)]
    return "kepesertaan_palembang_koreksi.csv", ("\n".join(lines) + "\n").encode()


def _session(base: str, scope: str, pages: list[str], until: float, tally: Tally, seed: int,
             upload_at: float | None, db: Path) -> None:  # fmt: skip
    from scripts.wsclient import ServerGone, Session

    rnd = random.Random(seed)
    try:
        s = Session(base)
    except Exception as exc:  # noqa: BLE001
        tally.errors.append(f"connect: {type(exc).__name__}: {exc}"[:200])
        return
    try:
        last_full = time.monotonic()
        order: list[str] = []
        time.sleep(rnd.uniform(0, THINK[1]))  # officials do not all start on the same second
        while time.monotonic() < until:
            if upload_at is not None and time.monotonic() >= upload_at:
                upload_at = None
                _upload(s, tally, db)
                last_full = time.monotonic()
                continue
            if not order:
                order = rnd.sample(pages, len(pages))
            page = order.pop()
            drawn = s.open(page, scope)
            tally.page(page, drawn.seconds)
            _check(drawn, f"{page}?{scope}", tally)
            last_full = time.monotonic()
            think_until = time.monotonic() + rnd.uniform(*THINK)
            while time.monotonic() < min(think_until, until):
                time.sleep(min(1.0, max(0.0, think_until - time.monotonic())))
                if time.monotonic() - last_full >= TIMER_SECONDS and s.timers:
                    tally.ticks += 1
                    t0 = time.perf_counter()
                    again = s.tick()
                    if again is not None:  # new data published: the page drew itself again
                        tally.page("(timer redraw)", time.perf_counter() - t0)
                        _check(again, f"redraw {page}?{scope}", tally)
                    last_full = time.monotonic()
    except ServerGone as exc:
        tally.errors.append(f"session {scope}: {exc}"[:200])
    except Exception as exc:  # noqa: BLE001 — a client bug is an error too, never a silent stop
        tally.errors.append(f"session {scope}: {type(exc).__name__}: {exc}"[:200])
    finally:
        s.close()


def _upload(s, tally: Tally, db: Path) -> None:
    name, data = _upload_file(db)
    t0 = time.perf_counter()
    page = s.open("kelola-data")
    page = s.upload("kd_file_0", page, name, data)
    page = s.set("kd_sure", page, bool_value=True)
    page = s.set("kd_commit", page, trigger_value=True)
    shown = page.text().replace("\\", "")
    if f"dimuat dari {name}" not in shown:
        tally.errors.append(f"upload not saved: {shown[-300:]}")
    tally.upload = f"{len(data.splitlines()) - 1} rows saved in {time.perf_counter() - t0:.1f} s"


def _room(bases: list[str], size: int, link: str) -> tuple[list[float], list[str]]:
    """`size` sessions open `link` at the same instant: seconds to each one's first drawn page."""
    from scripts.wsclient import Session

    times: list[float] = []
    errors: list[str] = []
    start = threading.Barrier(size)

    def one(i: int) -> None:
        start.wait()
        t0 = time.perf_counter()
        try:
            s = Session(bases[i % len(bases)])
            drawn = s.open("", link)
            times.append(time.perf_counter() - t0)
            problems = drawn.exceptions()
            if problems:
                errors.append(problems[0][:200])
            s.close()
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}"[:200])

    threads = [threading.Thread(target=one, args=(i,)) for i in range(size)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, errors


class Memory(threading.Thread):
    """Samples the resident memory of the servers' process trees twice a second."""

    def __init__(self, pids: list[int]):
        super().__init__(daemon=True)
        self.pids, self.peak, self.first, self.stop = pids, 0.0, None, threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            now = sum(_tree_rss_mb(p) for p in self.pids)
            self.first = now if self.first is None else self.first
            self.peak = max(self.peak, now)
            self.stop.wait(0.5)


def _tree_rss_mb(pid: int) -> float:
    total = 0.0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            pass
    return total


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def run(db: Path, *, processes: int = 1, sessions: int = 30, minutes: float = 3.0, room: int = 20,
        workdir: Path | None = None) -> dict:  # fmt: skip
    """The whole test on a copy of `db`; a dict of results (also what --json prints)."""
    from tests.browser.harness import AppServer  # the browser tests' server runner (no browser needed)

    own = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="cakupan-loadtest-")) if own else workdir
    copy = workdir / "loadtest.duckdb"
    shutil.copyfile(db, copy)
    servers = []
    try:
        t0 = time.perf_counter()
        servers = [AppServer(copy).start(timeout=300) for _ in range(processes)]
        started = time.perf_counter() - t0
        bases = [s.url for s in servers]
        memory = Memory([s.proc.pid for s in servers])
        memory.start()
        room_times, room_errors = _room(bases, room, "wilayah=16") if room else ([], [])
        tally = Tally()
        pages = _pages()
        until = time.monotonic() + minutes * 60
        upload_at = time.monotonic() + minutes * 60 / 4
        threads = [threading.Thread(target=_session, args=(bases[i % len(bases)], SCOPES[i % len(SCOPES)], pages, until,
                                                           tally, i, upload_at if i == 0 else None, copy))
                   for i in range(sessions)]  # fmt: skip
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        memory.stop.set()
        memory.join()
        return {
            "processes": processes, "sessions": sessions, "minutes": minutes, "start_s": started,
            "room": room, "room_times": room_times, "room_errors": room_errors,
            "pages": len(tally.pages), "p50": _percentile(tally.pages, 0.5), "p95": _percentile(tally.pages, 0.95),
            "max": max(tally.pages, default=float("nan")), "errors": tally.errors, "ticks": tally.ticks,
            "upload": tally.upload, "memory_start_mb": memory.first or 0.0, "memory_peak_mb": memory.peak,
            "per_page": {k: (len(v), _percentile(v, 0.5), _percentile(v, 0.95)) for k, v in sorted(tally.per_page.items())},
            "log": "" if not any(tally.errors) else "\n".join(s.log(3000) for s in servers),
        }  # fmt: skip
    finally:
        for s in servers:
            s.stop()
        if own:
            shutil.rmtree(workdir, ignore_errors=True)


def summary(r: dict) -> str:
    room = (f"room of {r['room']}: first page p50 {statistics.median(r['room_times']):.2f} s, slowest "
            f"{max(r['room_times']):.2f} s" if r["room_times"] else "no room")  # fmt: skip
    return (f"{r['processes']} process(es), {r['sessions']} sessions × {r['minutes']:g} min: {r['pages']} pages, "
            f"p50 {r['p50']:.2f} s, p95 {r['p95']:.2f} s, max {r['max']:.2f} s, errors {len(r['errors'])}; {room}; "
            f"upload: {r['upload'] or 'none'}; server memory {r['memory_start_mb']:.0f} → peak {r['memory_peak_mb']:.0f} MB")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m scripts.loadtest", description=__doc__.split("\n\n")[0])
    p.add_argument("--db", type=Path, required=True, help="a filled store (copied; never changed)")
    p.add_argument("--processes", type=int, default=1)
    p.add_argument("--sessions", type=int, default=30)
    p.add_argument("--minutes", type=float, default=3.0)
    p.add_argument("--room", type=int, default=20)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    result = run(args.db, processes=args.processes, sessions=args.sessions, minutes=args.minutes, room=args.room)
    print(json.dumps(result, indent=1) if args.json else summary(result))
    for e in result["errors"][:20]:
        print("error:", e, file=sys.stderr)
    return 0 if not result["errors"] and not result["room_errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
