"""The reader server forks a child per file: it must hold no thread a child could inherit mid-lock."""

from __future__ import annotations

import os
import time

from analytics.load import sandbox


def _thread_names(pid: int) -> list[str]:
    return sorted(open(f"/proc/{pid}/task/{t}/comm").read().strip() for t in os.listdir(f"/proc/{pid}/task"))


def test_the_reader_server_runs_no_allocator_background_thread():
    server = sandbox._server_process()
    time.sleep(3)  # its imports done (pyarrow started its jemalloc thread on import before the fix)
    assert server.poll() is None
    assert "jemalloc_bg_thd" not in _thread_names(server.pid)
