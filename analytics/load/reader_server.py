"""The reader server: forks one child per file to read, so the app never runs a file's parser itself.

Started by analytics.load.sandbox as `python -m analytics.load.reader_server` (that module says
why). It imports the readers once, never starts a thread (so forking is safe), and answers one JSON
line per request on stdout.
"""

from __future__ import annotations

import json
import os
import pickle
import resource
import signal
import sys
import time

from analytics.load import limits
from analytics.load.read import FileProblem, read_table
from analytics.load.report import Issue

# --- the child: read one file ------------------------------------------------------------------


def _read_in_child(source: str, file_name: str, dataset: str, out: str, result: str) -> None:
    """Read `source`, write the table to `out` (Arrow IPC) and what the parent needs to `result`."""
    import pyarrow as pa

    cap = limits.READ_MEMORY_BYTES
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # stdout is the server's reply channel
    os.dup2(devnull, 2)  # a native reader's abort message goes nowhere a user sees
    os.nice(5)  # the app's own requests come first on a machine with 2 cores
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        with open(source, "rb") as f:
            data = f.read(limits.MAX_FILE_BYTES + 1)
        raw = read_table(data, file_name, dataset)
        del data
        with pa.OSFile(out, "wb") as sink, pa.ipc.new_file(sink, raw.table.schema) as writer:
            writer.write_table(raw.table)
        message = ("ok", raw.header, raw.header_row, sorted(raw.numeric_columns))
    except FileProblem as problem:
        message = ("problem", problem.issues, problem.count)
    except MemoryError:
        message = ("problem", [Issue("pembaca_memori", fields={"mb": cap // limits.MB})], 1)
    except Exception as exc:  # noqa: BLE001 — any parser failure is a file that cannot be read
        detail = limits.echo(f"{type(exc).__name__}: {exc}", 200)
        message = ("problem", [Issue("berkas_tidak_terbaca", fields={"detail": detail})], 1)
    with open(result, "wb") as f:
        pickle.dump(message, f)




def serve() -> None:
    """Answer requests from stdin until it closes: fork, wait (killing at the deadline), reply."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the app, which stops us
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                _read_in_child(request["source"], request["file_name"], request["dataset"], request["out"],
                               request["result"])
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
