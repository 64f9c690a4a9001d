"""`make bench`: how long Cakupan takes at national scale, and how much memory it needs.

Phases, each in its own child process so each has its own peak memory (ru_maxrss only ever grows
within a process, so measuring phases in one process would blame later phases for earlier ones):

1. demo generation: `analytics.demo.generate`, every file materialised on disk;
2. load of those files into a fresh store, through the same import as user files;
3. `load_demo` end to end (generation + load), which is what `make run` does on first start;
4. import of the largest perusahaan file alone (validate + commit) into the filled store: the
   replace-by-period path an official takes every quarter; median of 3;
5. every page (AppTest from app.py, switch_page): its first visit after a load (every Streamlit
   cache emptied first, as a new published copy does: nothing computed, connection new), then the
   median of --runs warm runs, which is what a click costs on the server;
6. the map without the page's cache: shapes (cold, per data version), `analytics.reports.peta.build`
   for national / a province / a compliance indicator, the PNG and HTML files, how many bytes of
   figure the browser receives, and an official-boundary import of 514 shapes (check, save, back);
7. the reports (analytics.reports): the national meeting deck as PPTX and PDF, a province's
   monthly report as PDF and XLSX, its quarterly report, and its paket laporan (one monthly PDF
   per kab/kota), each built and written from the store as `laporan` does;
8. the ratios (scripts.ratios): five of the heaviest queries, the project's path against one
   hand-written DuckDB statement computing the same figures (checked equal first);
9. the load test (scripts.loadtest): a real server, a room of 20 opening one link, then 30
   simulated sessions for 3 minutes while one uploads; p50/p95, errors, the server's peak memory.

`--before REF` also measures the pages of another commit (a git worktree, its own store loaded
from the same files by that commit's code) in the same run, so the README's before/after of each
page comes from one run on one machine.

It prints a Markdown table for the README, plus the machine it ran on. A phase that fails is a
row in the table with its error, never a crash: a benchmark that dies on the one broken page tells
you nothing about the others.

    python -m scripts.bench                 # national scale (a few minutes)
    python -m scripts.bench --scale small   # quick dry run
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RESULT_PREFIX = "BENCH_RESULT "
PHASES = ("generate", "load_files", "load_demo", "import_largest", "pages", "ratios", "maps", "reports", "serve")
ROOT = REPO_ROOT  # the tree whose app is measured (--root: another commit's worktree, for --before)


# --------------------------------------------------------------------------- child phases


def _peak_rss_mb() -> float:
    # Linux reports ru_maxrss in KiB (macOS in bytes; we only run on Linux).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_now_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _row(phase: str, times: list[float], notes: str = "", error: str | None = None) -> dict:
    return {"phase": phase, "times": times, "notes": notes, "error": error}


def _manifest(workdir: Path) -> list[dict]:
    path = workdir / "files" / "manifest.json"
    if not path.exists():
        raise RuntimeError("no generated files (the generation phase failed)")
    return json.loads(path.read_text())


def _store_path(workdir: Path) -> Path:
    return workdir / "bench.duckdb"


def phase_generate(args) -> list[dict]:
    from analytics import demo

    out = args.workdir / "files"
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    start = time.perf_counter()
    for i, item in enumerate(demo.generate(scale=args.scale)):
        # DemoFile(dataset, file_name, data, ...) today; a plain tuple would do as well.
        dataset, file_name, data = (
            (item.dataset, item.file_name, item.data) if hasattr(item, "data") else item
        )
        path = out / f"{i:03d}_{file_name}"
        path.write_bytes(data)
        manifest.append({"dataset": dataset, "file_name": file_name, "path": str(path), "bytes": len(data)})
    elapsed = time.perf_counter() - start
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    os.sync()  # flush the written files now, or their writeback would slow down (and blur) the load phase
    size = sum(m["bytes"] for m in manifest) / 1e6
    return [
        _row("demo generation (all files materialised)", [elapsed], f"{len(manifest)} files, {size:,.0f} MB")
    ]


def phase_load_files(args) -> list[dict]:
    from analytics import load, store

    manifest = _manifest(args.workdir)
    db = _store_path(args.workdir)
    db.unlink(missing_ok=True)
    con = store.connect(db)  # schema and reference data: not part of the load we time
    rejected = []
    start = time.perf_counter()
    try:
        for m in manifest:
            report = load.load_file(con, m["dataset"], Path(m["path"]), file_name=m["file_name"])
            if not report.accepted:
                rejected.append(f"{m['file_name']} ({report.summary('en')})")
        elapsed = time.perf_counter() - start
        tables = ", ".join(
            f"{name} {con.execute(f'SELECT count(*) FROM {name}').fetchone()[0]:,}"
            for name in sorted({m["dataset"] for m in manifest})
        )
    finally:
        con.close()
    notes = f"{len(manifest)} files; rows: {tables}"
    error = f"rejected: {', '.join(rejected)}" if rejected else None
    return [_row("demo load (those files, same import as user files)", [elapsed], notes, error)]


def phase_load_demo(args) -> list[dict]:
    from analytics import demo, store

    db = args.workdir / "load_demo.duckdb"
    db.unlink(missing_ok=True)
    con = store.connect(db)
    stats: dict = {}
    start = time.perf_counter()
    try:
        demo.load_demo(con, scale=args.scale, stats=stats)
        elapsed = time.perf_counter() - start
    finally:
        con.close()
    size = db.stat().st_size / 1e6
    db.unlink(missing_ok=True)
    notes = f"store file {size:,.0f} MB"
    if "generate_s" in stats:  # generation runs in a thread beside the load, so these overlap
        notes += f"; inside: generate {stats['generate_s']:.1f} s, load {stats['load_s']:.1f} s (overlapping)"
    return [_row("load_demo end to end (generate + load, as `make run`)", [elapsed], notes)]


def phase_import_largest(args) -> list[dict]:
    from analytics import load, store

    files = [m for m in _manifest(args.workdir) if m["dataset"] == "perusahaan"]
    if not files:
        raise RuntimeError("the demo produced no perusahaan file")
    biggest = max(files, key=lambda m: m["bytes"])
    data = Path(biggest["path"])  # from its path, as the command line and the page (ui.kelola.spool) do
    con = store.connect(_store_path(args.workdir))
    validate_s, commit_s, total_s, replaced, rows = [], [], [], None, None
    held_mb, peak_before = None, _peak_rss_mb()
    try:
        for _ in range(args.import_runs):
            before = _rss_now_mb()
            t0 = time.perf_counter()
            validation = load.validate(con, "perusahaan", data, biggest["file_name"])
            t1 = time.perf_counter()
            if held_mb is None:
                held_mb = _rss_now_mb() - before  # what the app's process holds while the report is read
            if not validation.ok:
                raise RuntimeError(f"the demo's own file was rejected: {validation.report.summary('en')}")
            report = load.commit(con, validation, user="bench")
            t2 = time.perf_counter()
            validate_s.append(t1 - t0)
            commit_s.append(t2 - t1)
            total_s.append(t2 - t0)
            replaced, rows = report.rows_replaced, report.rows
    finally:
        con.close()
    notes = (
        f"{biggest['file_name']}, {biggest['bytes'] / 1e6:,.1f} MB"
        + (f", {rows:,} rows" if isinstance(rows, int) else "")
        + (f", replaces {replaced:,}" if isinstance(replaced, int) else "")
        + f"; validate {statistics.median(validate_s):.2f} s + commit {statistics.median(commit_s):.2f} s"
        + f"; the app's process over check and save: peak +{max(_peak_rss_mb() - peak_before, 0):,.0f} MB, "
        f"held until the save +{max(held_mb, 0):,.0f} MB (the check runs in the reader's process)"
    )
    return [_row("import of the largest file (perusahaan, replace)", total_s, notes)]


def _navigation_pages(at) -> list[tuple[str, str | None]]:
    """(title, script path) of every page app.py registers with st.navigation.

    AppTest keeps the registry of the last run; it is private, so fall back to pages/*.py.
    """
    registered = getattr(at, "_registered_pages", None) or {}
    pages = [(str(info.get("page_name")), info.get("script_path")) for info in registered.values()]
    if pages:
        return pages
    return [(p.stem, str(p)) for p in sorted((ROOT / "pages").glob("*.py"))]


def _exception_text(at) -> str | None:
    if len(at.exception):
        exc = at.exception[0]
        return (getattr(exc, "message", None) or str(exc.value if hasattr(exc, "value") else exc))[:200]
    return None


def phase_pages(args) -> list[dict]:
    os.environ["CAKUPAN_DB"] = str(_store_path(args.workdir))
    if not Path(os.environ["CAKUPAN_DB"]).exists():
        raise RuntimeError("no loaded store (the load phase failed)")
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    rows = [_row("app.py first run (cold: imports, connection, caches)", [first], "", _exception_text(at))]
    for title, script in _navigation_pages(at):
        name = f"page: {title}"
        if not script:
            rows.append(_row(name, [], "not a file page: not measured"))
            continue
        try:
            rel = os.path.relpath(script, ROOT)
            at.switch_page(rel)
            at.run()  # the page's widgets settle (a first visit sets defaults, then runs once more)
            st.cache_data.clear()  # … and then a load: nothing computed, a new connection
            st.cache_resource.clear()
            t0 = time.perf_counter()
            at.run()
            warm_up = time.perf_counter() - t0
            error = _exception_text(at)
            times = []
            if error is None:
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    at.run()
                    times.append(time.perf_counter() - t0)
                    error = error or _exception_text(at)
            rows.append(_row(name, times, f"{rel}; first visit after a load {warm_up:.2f} s", error))
        except Exception as exc:  # one broken page must not hide the others
            rows.append(_row(name, [], "", f"{type(exc).__name__}: {exc}"[:200]))
    return rows


def _timed(runs: int, fn) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return times, result


def phase_maps(args) -> list[dict]:
    """The map's own costs, each median of --runs; the store is a copy, since the boundary import
    writes (and then removes) official shapes."""
    from analytics import store
    from analytics.figures import peta as peta_figure
    from analytics.geo import builtin, importer, shapes
    from analytics.reports import peta
    from analytics.scope import Scope

    copy = args.workdir / "maps.duckdb"
    shutil.copyfile(_store_path(args.workdir), copy)
    con = store.connect(copy)
    rows: list[dict] = []
    nasional, jabar = Scope.nasional(), Scope.wilayah("32")

    def cold_shapes():
        shapes.clear_cache()
        return shapes.subarea_shapes(con, nasional)

    times, value = _timed(args.runs, cold_shapes)
    rows.append(_row("map: shapes of the 38 provinces, cold (dissolved from 514)", times, f"{len(value.frame)} shapes"))
    times, _ = _timed(args.runs, lambda: shapes.subarea_shapes(con, nasional))
    rows.append(_row("map: shapes of the 38 provinces, cached", times))
    for label, scope, indikator, gelembung in (
        ("national, capaian", nasional, "capaian", None),
        ("Jawa Barat (27 kab/kota), gap + bubbles", jabar, "gap", "tk_belum_terlindungi"),
        ("national, PWBD (compliance)", nasional, "pwbd", None),
    ):
        times, map_ = _timed(args.runs, lambda s=scope, i=indikator, g=gelembung: peta.build(con, s, None, i, gelembung=g))
        size = len(map_.figure.to_json().encode())
        rows.append(_row(f"map: build {label}", times, f"figure sent to the browser {size / 1e6:.2f} MB"))
    national = peta.build(con, nasional, None, "capaian")
    for suffix in ("png", "html"):
        out = args.workdir / f"peta.{suffix}"
        times, _ = _timed(args.runs, lambda o=out: peta_figure.write(national, o))
        rows.append(_row(f"map: write national {suffix.upper()}", times, f"{out.stat().st_size / 1e6:.2f} MB"))
    every = builtin.kabkota()
    size = len(json.dumps(peta_figure.geojson(every, list(every["kode_wilayah"]))).encode())
    rows.append(_row("map: all 514 kab/kota as GeoJSON (size only)", [], f"{size / 1e6:.2f} MB"))

    def import_boundaries():
        raw = importer.read(builtin.GEOMETRY_FILE)
        prepared = importer.prepare(con, raw, "kode_wilayah")
        importer.save(con, prepared, user="bench")
        importer.remove(con, user="bench")
        return prepared

    times, prepared = _timed(max(1, args.import_runs), import_boundaries)
    rows.append(_row("geometri: import 514 shapes (read, check, simplify, save) and back", times,
                     f"{len(prepared.frame)} kab/kota matched"))
    con.close()
    return rows


def phase_reports(args) -> list[dict]:
    """What `python -m analytics laporan` costs at national scale, each median of --report-runs."""
    from analytics import store
    from analytics.reports import laporan, paket
    from analytics.scope import Scope

    con = store.connect(_store_path(args.workdir), read_only=True)
    rows: list[dict] = []
    nasional, sumsel, jabar = Scope.nasional(), Scope.wilayah("16"), Scope.wilayah("32")
    runs = max(1, args.report_runs)
    for label, jenis, scope, suffix in (
        ("national rapat PPTX (goal ≤ 15 s)", "rapat", nasional, ".pptx"),
        ("national rapat PDF", "rapat", nasional, ".pdf"),
        ("Sumatera Selatan bulanan PDF (goal ≤ 5 s)", "bulanan", sumsel, ".pdf"),
        ("Jawa Barat bulanan PDF (goal ≤ 5 s)", "bulanan", jabar, ".pdf"),
        ("Jawa Barat bulanan XLSX", "bulanan", jabar, ".xlsx"),
        ("Jawa Barat triwulanan XLSX", "triwulanan", jabar, ".xlsx"),
        ("national triwulanan PDF", "triwulanan", nasional, ".pdf"),
    ):
        times, made = _timed(runs, lambda j=jenis, s=scope, x=suffix: laporan.make(con, j, s, None, x))
        rows.append(_row(f"laporan: {label}", times, f"{len(made.data) / 1e6:.2f} MB"))
    periode = con.execute("SELECT max(periode) FROM kepesertaan").fetchone()[0]
    for label, scope in (("Sumatera Selatan (17 kab/kota)", sumsel), ("Jawa Barat (27 kab/kota)", jabar)):
        times, made = _timed(1, lambda s=scope: paket.build(con, s, periode, ".pdf"))
        rows.append(_row(f"laporan: paket laporan {label}, PDF", times,
                         f"{len(made.files)} reports, ZIP {len(made.data) / 1e6:.2f} MB"))  # fmt: skip
    con.close()
    return rows


def phase_ratios(args) -> list[dict]:
    """Five of the heaviest queries: the project's path against one hand-written statement (scripts.ratios)."""
    from analytics import published
    from scripts import ratios

    con, _ = published.connect(_store_path(args.workdir))
    periode = con.execute("SELECT max(periode) FROM kepesertaan").fetchone()[0]
    rows = []
    for r in ratios.measure(con, periode, args.runs):
        rows.append(_row(f"ratio: {r['name']}", [r["project_s"]],
                         f"hand-written SQL {r['sql_s']:.3f} s; project ÷ SQL = {r['ratio']:.2f} (goal ≤ 1,2)",
                         None if r["agree"] else "the project and the hand-written SQL disagree"))  # fmt: skip
    con.close()
    return rows


def phase_serve(args) -> list[dict]:
    """The load test (scripts.loadtest) on a copy of the store, with --serve-processes processes."""
    from scripts import loadtest

    rows = []
    for n in args.serve_processes:
        r = loadtest.run(_store_path(args.workdir), processes=n, sessions=args.sessions, minutes=args.minutes,
                         room=args.room)  # fmt: skip
        errors = r["errors"] + r["room_errors"]
        notes = (f"{r['sessions']} sessions × {r['minutes']:g} min, one uploading ({r['upload'] or 'no upload'}): "
                 f"{r['pages']} pages, p50 {r['p50']:.2f} s, p95 {r['p95']:.2f} s (goal ≤ 2), max {r['max']:.2f} s; "
                 f"errors {len(errors)}; server memory {r['memory_start_mb']:,.0f} → peak {r['memory_peak_mb']:,.0f} MB")  # fmt: skip
        rows.append(_row(f"load test, {n} process(es): time to a drawn page", [r["p50"]] if r["pages"] else [], notes,
                         f"{len(errors)} errors: {errors[0]}" if errors else None))  # fmt: skip
        if r["room_times"]:
            rows.append(_row(f"load test, {n} process(es): room of {r['room']} opening one link together",
                             [statistics.median(r["room_times"])],
                             f"slowest first page {max(r['room_times']):.2f} s (goal ≤ 5)"))  # fmt: skip
        per_page = "; ".join(f"{k} {c}× p50 {a:.2f}/p95 {b:.2f}" for k, (c, a, b) in r["per_page"].items())
        rows.append(_row(f"load test, {n} process(es): per page", [], per_page))
    return rows


CHILD = {
    "generate": phase_generate,
    "load_files": phase_load_files,
    "load_demo": phase_load_demo,
    "import_largest": phase_import_largest,
    "pages": phase_pages,
    "maps": phase_maps,
    "reports": phase_reports,
    "ratios": phase_ratios,
    "serve": phase_serve,
}


def run_child(args) -> int:
    try:
        rows = CHILD[args.phase](args)
    except Exception as exc:
        traceback.print_exc()
        rows = [_row(args.phase, [], "", f"{type(exc).__name__}: {exc}"[:300])]
    peak = _peak_rss_mb()
    for row in rows:
        row["peak_rss_mb"] = peak
    print(RESULT_PREFIX + json.dumps(rows), flush=True)
    return 0


# --------------------------------------------------------------------------- orchestration


def run_phase(phase: str, args, log, root: Path = REPO_ROOT, workdir: Path | None = None) -> list[dict]:
    """One phase in a child process; `root`: the tree whose code it measures (--before)."""
    cmd = [
        sys.executable, str(REPO_ROOT / "scripts" / "bench.py"), "--phase", phase, "--root", str(root),
        "--workdir", str(workdir or args.workdir), "--scale", args.scale,
        "--runs", str(args.runs), "--import-runs", str(args.import_runs), "--report-runs", str(args.report_runs),
        "--sessions", str(args.sessions), "--minutes", str(args.minutes), "--room", str(args.room),
        "--serve-processes", ",".join(str(n) for n in args.serve_processes),
    ]  # fmt: skip
    print(f"… {phase}" + (f" ({root.name})" if root != REPO_ROOT else ""), end="", file=sys.stderr, flush=True)
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(REPO_ROOT)])}
    try:
        proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        print(" timed out", file=sys.stderr)
        return [_row(phase, [], "", f"timed out after {args.timeout:.0f} s")]
    took = time.perf_counter() - start
    print(f" {took:.0f} s", file=sys.stderr, flush=True)
    log.write(f"===== {phase} (exit {proc.returncode}, {took:.1f} s)\n")
    log.write(proc.stdout + proc.stderr + "\n")
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return [_row(phase, [], "", f"child exited {proc.returncode}: {tail}"[:300])]


def _before(args, log) -> list[dict]:
    """The pages of commit args.before, in a worktree with its own store loaded from the same files."""
    tree = args.workdir / "before-tree"
    work = args.workdir / "before"
    work.mkdir(exist_ok=True)
    if not (work / "files").exists():
        (work / "files").symlink_to(args.workdir / "files")
    subprocess.run(["git", "worktree", "add", "--force", "--detach", str(tree), args.before], cwd=REPO_ROOT,
                   check=True, capture_output=True)  # fmt: skip
    try:
        rows = run_phase("load_files", args, log, root=tree, workdir=work)
        rows += run_phase("pages", args, log, root=tree, workdir=work)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO_ROOT, capture_output=True)
    for r in rows:
        r["phase"] = f"before ({args.before}): {r['phase']}"
    return rows


def machine_info() -> str:
    import duckdb
    import streamlit

    mem = ""
    try:
        kib = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
        mem = f", {kib / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration):
        pass
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(
            line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    return (
        f"Machine: nproc {os.cpu_count()} ({cpu}){mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; duckdb {duckdb.__version__}; streamlit {streamlit.__version__}"
    )


def fmt_table(rows: list[dict]) -> str:
    lines = ["| phase | median s | runs | peak RSS MB | notes |", "|---|---:|---:|---:|---|"]
    for r in rows:
        times = r["times"]
        median = f"{statistics.median(times):.2f}" if times else "–"
        notes = r["notes"]
        if len(times) > 1:
            notes = f"min {min(times):.2f} / max {max(times):.2f}" + (f"; {notes}" if notes else "")
        if r.get("error"):
            notes = f"**ERROR** {r['error']}" + (f"; {notes}" if notes else "")
        peak = f"{r['peak_rss_mb']:,.0f}" if r.get("peak_rss_mb") else "–"
        lines.append(f"| {r['phase']} | {median} | {len(times)} | {peak} | {notes.replace('|', '/')} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=("small", "national"), default="national")
    parser.add_argument("--runs", type=int, default=5, help="warm runs per page (default 5)")
    parser.add_argument("--import-runs", type=int, default=3, help="runs of the largest import (default 3)")
    parser.add_argument("--report-runs", type=int, default=3, help="runs of each report (default 3)")
    parser.add_argument("--skip", action="append", default=[], choices=PHASES, help="leave a phase out")
    parser.add_argument(
        "--workdir", type=Path, help="keep files and store here (default: a temp dir, removed)"
    )
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per phase (default 1800)")
    parser.add_argument(
        "--out", type=Path, default=REPO_ROOT / "build" / "bench.md", help="also write the table here"
    )
    parser.add_argument("--sessions", type=int, default=30, help="load test: simulated sessions (default 30)")
    parser.add_argument("--minutes", type=float, default=3.0, help="load test: minutes (default 3)")
    parser.add_argument("--room", type=int, default=20, help="load test: a room opening one link (default 20)")
    parser.add_argument("--serve-processes", type=lambda v: [int(x) for x in v.split(",")], default=[1, 2],
                        help="load test: app processes, one run each (default 1,2)")
    parser.add_argument("--before", metavar="REF", help="also measure the pages at commit REF (git worktree)")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)  # internal: run one phase
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)  # internal: tree measured
    args = parser.parse_args(argv)

    if args.phase:
        global ROOT
        ROOT = args.root.resolve()
        return run_child(args)

    own_tmp = args.workdir is None
    args.workdir = Path(tempfile.mkdtemp(prefix="cakupan-bench-")) if own_tmp else args.workdir.resolve()
    args.workdir.mkdir(parents=True, exist_ok=True)
    log_path = args.workdir.parent / f"{args.workdir.name}.log" if own_tmp else args.workdir / "bench.log"
    rows: list[dict] = []
    started = time.perf_counter()
    try:
        with open(log_path, "w") as log:
            for phase in PHASES:
                if phase not in args.skip:
                    rows += run_phase(phase, args, log)
            if args.before:
                rows += _before(args, log)
    finally:
        if own_tmp:
            shutil.rmtree(args.workdir, ignore_errors=True)
    report = "\n".join(
        [
            f"Benchmark at **{args.scale}** demo scale ({time.strftime('%Y-%m-%d')}, "
            f"total {time.perf_counter() - started:.0f} s; child-process log: {log_path})",
            "",
            fmt_table(rows),
            "",
            machine_info(),
        ]
    )
    print(report)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report + "\n")
    return 1 if any(r.get("error") for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
