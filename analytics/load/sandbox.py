"""Read an uploaded file in a child process, so no file can take the server down with it.

Parsers of hostile formats are where a file attacks: python-calamine aborts the whole process when
an allocation fails (it cannot be caught), a zip bomb or a huge header eats memory, and a parser
bug could do worse. So the reading — bytes to a table of text cells — runs in a child process with
a cap on its address space (limits.READ_MEMORY_BYTES) and on its time (limits.READ_SECONDS), at a
lower priority than the app. The child writes the table as an Arrow IPC file, which the parent maps
from disk without copying; whatever happens to the child, the parent gets either that table, the
child's own FileProblem, or a FileProblem saying the reader stopped.

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
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from analytics.load import limits
from analytics.load.read import FileProblem, RawTable
from analytics.load.report import Issue

log = logging.getLogger("cakupan.load")  # the app logs "cakupan" to the server log; the CLI stays quiet
ROOT = Path(__file__).resolve().parents[2]


# --- the parent: one server per process, one request at a time -----------------------------------

_server: subprocess.Popen | None = None
_lock = threading.Lock()


def _server_process() -> subprocess.Popen:
    global _server
    if _server is None or _server.poll() is not None:
        _server = subprocess.Popen(
            [sys.executable, "-m", "analytics.load.reader_server"], cwd=ROOT, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, bufsize=1,
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


def read_isolated(source: Path, file_name: str, dataset: str) -> RawTable:
    """The file at `source` as a RawTable, read in a child process (see the module docstring)."""
    import pyarrow as pa

    folder = tempfile.mkdtemp(prefix="cakupan-baca-")
    out, result = os.path.join(folder, "tabel.arrow"), os.path.join(folder, "hasil.pickle")
    try:
        reply = _ask({"source": str(source), "file_name": file_name, "dataset": dataset, "out": out,
                      "result": result, "seconds": limits.READ_SECONDS})
        if reply and reply["timed_out"]:
            raise FileProblem([Issue("pembaca_lama", fields={"detik": limits.READ_SECONDS})])
        if not os.path.exists(result):
            log.info("reader child for %r ended with status %s", file_name, reply and reply["status"])
            raise FileProblem([Issue("pembaca_berhenti", fields={"mb": limits.READ_MEMORY_BYTES // limits.MB})])
        with open(result, "rb") as f:
            message = pickle.load(f)  # written by our own child, never by the file
        if message[0] == "problem":
            raise FileProblem(message[1], count=message[2])
        _, header, header_row, numeric = message
        table = pa.ipc.open_file(pa.memory_map(out)).read_all()  # stays readable after the unlink below
        return RawTable(header, table, header_row=header_row, numeric_columns=set(numeric))
    finally:
        for path in (out, result):
            Path(path).unlink(missing_ok=True)
        os.rmdir(folder)


