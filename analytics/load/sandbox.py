"""Read an uploaded file in a child process, so no file can take the server down with it.

Parsers of hostile formats are where a file attacks: python-calamine aborts the whole process when
an allocation fails (it cannot be caught), a zip bomb or a huge header eats memory, and a parser
bug could do worse. So the whole check — reading the bytes, typing every cell, listing the errors
(analytics.load.check) — runs in a child process with a cap on its address space
(limits.READ_MEMORY_BYTES) and on its time (limits.READ_SECONDS), at a lower priority than the app,
on a DuckDB of its own holding the reference codes the parent sends. The parent's memory stays flat
whatever the file's size: it gets back the report, and a valid file's rows as Parquet on disk.
Whatever happens to the child, the parent gets either that, or a FileProblem saying the reader
stopped.

The children are forked by a small reader server (`python -m analytics.load.reader_server`, started
once per process and restarted if it dies) that has the reader's modules imported and never runs a
thread, so a read costs a few milliseconds of start-up and forking is safe. (multiprocessing's
forkserver would re-run the app's main script in every child: Streamlit's script is `__main__`.)
Requests go one at a time over the server's stdin and stdout, one JSON line each.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from analytics import shipped
from analytics.load import limits
from analytics.load.read import FileProblem
from analytics.load.report import Issue, LoadReport

log = logging.getLogger("cakupan.load")  # the app logs "cakupan" to the server log; the CLI stays quiet


# --- the parent: one server per process, one request at a time -----------------------------------

_server: subprocess.Popen | None = None
_lock = threading.Lock()


# The server forks, so it must hold no thread that a child could inherit mid-lock: pyarrow's jemalloc
# starts a background thread on import, and a child forked while that thread held an arena lock spun
# in its first allocation until the reader's deadline (seen as a test run that hung on a demo load).
# Arrow in the server and its children uses the system allocator, whose fork handling is safe.
FORK_SAFE_ENV = {"JE_ARROW_MALLOC_CONF": "background_thread:false", "ARROW_DEFAULT_MEMORY_POOL": "system"}


def _server_process() -> subprocess.Popen:
    global _server
    if _server is None or _server.poll() is not None:
        _server = subprocess.Popen(
            [sys.executable, "-m", "analytics.load.reader_server"], cwd=shipped.root(), stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, bufsize=1, env={**os.environ, **FORK_SAFE_ENV},
        )
    return _server


def _ask(request: dict) -> dict | None:
    """Send one request and wait for its reply (the server enforces the deadline itself)."""
    with _lock:
        server = _server_process()
        try:
            server.stdin.write(json.dumps(request) + "\n")
            server.stdin.flush()
            reply = server.stdout.readline()
        except (BrokenPipeError, OSError):
            reply = ""
        if not reply:  # the server itself died: the next request starts a new one
            server.kill()
            return None
        return json.loads(reply)


def check_isolated(source: Path, report: LoadReport, wilayah: list, rows_path: str) -> tuple[LoadReport, int | None]:
    """analytics.load.check.check_file on the file at `source`, in a child process (see the module
    docstring): the filled report, and the number of valid rows written to `rows_path` (None when
    the file is rejected). Raises FileProblem when the reader itself stopped."""
    folder = tempfile.mkdtemp(prefix="cakupan-baca-")
    result = os.path.join(folder, "hasil.pickle")
    try:
        reply = _ask({"source": str(source), "dataset": report.dataset, "file_name": report.file_name,
                      "sha256": report.sha256, "size_bytes": report.size_bytes, "wilayah": wilayah,
                      "rows_path": rows_path, "result": result, "seconds": limits.READ_SECONDS})
        if reply and reply["timed_out"]:
            raise FileProblem([Issue("pembaca_lama", fields={"detik": limits.READ_SECONDS})])
        if not os.path.exists(result):
            log.info("reader child for %r ended with status %s", report.file_name, reply and reply["status"])
            raise FileProblem([Issue("pembaca_berhenti", fields={"mb": limits.READ_MEMORY_BYTES // limits.MB})])
        with open(result, "rb") as f:
            checked, count = pickle.load(f)  # written by our own child, never by the file
        return checked, count
    finally:
        shutil.rmtree(folder, ignore_errors=True)
