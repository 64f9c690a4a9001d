"""The reader server: forks one child per file to read, so the app never runs a file's parser itself.

Started by analytics.load.sandbox as `python -m analytics.load.reader_server` (that module says
why). It imports the readers once, never starts a thread (so forking is safe), and answers one JSON
line per request on stdout.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import resource
import signal
import sys
import time

from analytics.load import check, limits
from analytics.load.report import Issue, LoadReport

# --- the child: check one file -----------------------------------------------------------------


def _check_in_child(request: dict) -> None:
    """Check the file (analytics.load.check); write the report and the valid rows' count to
    `result`, the rows themselves to `rows_path`."""
    cap = limits.READ_MEMORY_BYTES
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # stdout is the server's reply channel
    os.dup2(devnull, 2)  # a native reader's abort message goes nowhere a user sees
    os.nice(5)  # the app's own requests come first on a machine with 2 cores
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    report = LoadReport(request["dataset"], request["file_name"], request["sha256"])
    report.size_bytes = request["size_bytes"]
    count = None
    try:
        with open(request["source"], "rb") as f:
            data = f.read(limits.MAX_FILE_BYTES + 1)
        report.sha256 = report.sha256 or hashlib.sha256(data).hexdigest()  # read once, hashed here
        # DuckDB spills what does not fit in half the child's cap to the folder of the rows.
        duck = check.reference_db([tuple(w) for w in request["wilayah"]], {
            "memory_limit": f"{cap // limits.MB // 2}MB", "temp_directory": os.path.dirname(request["rows_path"])})
        count = check.check_file(duck, report, data, request["rows_path"])
    except MemoryError:
        check.reject(report, [Issue("pembaca_memori", fields={"mb": cap // limits.MB})])
    except Exception as exc:  # noqa: BLE001 — any failure is a file that cannot be read
        detail = limits.echo(f"{type(exc).__name__}: {exc}", 200)
        check.reject(report, [Issue("berkas_tidak_terbaca", fields={"detail": detail})])
    with open(request["result"], "wb") as f:
        pickle.dump((report, count), f)


def serve() -> None:
    """Answer requests from stdin until it closes: fork, wait (killing at the deadline), reply."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the app, which stops us
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                _check_in_child(request)
            finally:
                os._exit(0)
        deadline = time.monotonic() + request["seconds"]
        status, timed_out = None, False
        while status is None:
            done, code = os.waitpid(pid, os.WNOHANG)
            if done:
                status = code
            elif time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                status, timed_out = os.waitpid(pid, 0)[1], True
            else:
                time.sleep(0.005)
        sys.stdout.write(json.dumps({"status": status, "timed_out": timed_out}) + "\n")
        sys.stdout.flush()



if __name__ == "__main__":
    serve()
