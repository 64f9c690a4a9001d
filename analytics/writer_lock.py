"""One writer at a time: an upload on Kelola Data and a `cakupan load` from cron take turns.

The lock is a POSIX record lock (fcntl) on `<store>.lock`, which the kernel releases when its
process ends however it ends (no stale lock after a crash) and which NFS servers honour, so servers
sharing the store's folder take turns too. POSIX locks belong to a process, not to a thread, so a
thread lock per store comes first: two sessions of one app process wait for each other as well.

Whoever holds the lock writes who they are (process, host, what, since when) into `<store>.lock.info`,
so a waiter can say what it waits for. A separate file, because closing *any* descriptor of a file
drops the process's POSIX locks on it: reading the lock file itself would let go of the lock.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from analytics import settings

WAIT_SECONDS = settings.number("CAKUPAN_TUNGGU_MUAT_MENIT", 30, 0) * 60  # how long a writer waits
POLL_SECONDS = 0.2

_threads: dict[str, threading.Lock] = {}
_threads_guard = threading.Lock()


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as they wrote it."""

    pid: int
    host: str
    doing: str
    since: str  # UTC ISO 8601

    def since_wib(self) -> str:
        from analytics import fmt

        try:
            return fmt.waktu(dt.datetime.fromisoformat(self.since))
        except ValueError:
            return self.since


class Busy(RuntimeError):
    """Another writer held the lock for longer than we could wait."""

    def __init__(self, path: Path, holder: Holder | None, waited: float):
        super().__init__(str(path))
        self.path, self.holder, self.waited = path, holder, waited

    def message(self) -> str:
        who = ""
        if self.holder is not None:
            who = f" ({self.holder.doing or 'muat'}, PID {self.holder.pid} di {self.holder.host}, sejak {self.holder.since_wib()})"
        return (f"Basis data {self.path} sedang diubah proses lain{who}. Ulangi setelah selesai. / The "
                "database is being changed by another process; try again when it is done.")


def lock_path(master: Path) -> Path:
    return master.parent / f"{master.name}.lock"


def info_path(master: Path) -> Path:
    return master.parent / f"{master.name}.lock.info"


def holder(master: Path) -> Holder | None:
    """Who holds the lock, or None when nobody says so or it cannot be read."""
    try:
        data = json.loads(info_path(master).read_text() or "null")
        return Holder(int(data["pid"]), str(data["host"]), str(data["doing"]), str(data["since"])) if data else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _thread_lock(master: Path) -> threading.Lock:
    with _threads_guard:
        return _threads.setdefault(str(master.resolve()), threading.Lock())


@contextmanager
def held(master: Path, *, wait: float | None = None, doing: str = "",
         on_wait: Callable[[Holder | None], None] | None = None) -> Iterator[None]:
    """Hold the writer's lock for the block: wait up to `wait` seconds (None: WAIT_SECONDS), calling
    `on_wait(holder)` about once a second meanwhile; Busy when it stays taken."""
    wait = WAIT_SECONDS if wait is None else wait
    deadline = time.monotonic() + wait
    master.parent.mkdir(parents=True, exist_ok=True)
    inner = _thread_lock(master)
    if not _acquire_thread(inner, deadline, master, on_wait):
        raise Busy(master, holder(master), wait)
    try:
        fd = os.open(lock_path(master), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _acquire_file(fd, deadline, master, on_wait, wait)
            info = info_path(master)
            try:
                tmp = info.with_name(f".{info.name}.{os.getpid()}")
                tmp.write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "doing": doing[:200],
                                           "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}))  # fmt: skip
                os.replace(tmp, info)
                yield
            finally:
                info.unlink(missing_ok=True)
                fcntl.lockf(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
    finally:
        inner.release()


def _acquire_thread(inner: threading.Lock, deadline: float, master: Path, on_wait) -> bool:
    while not inner.acquire(timeout=max(0.0, min(1.0, deadline - time.monotonic()))):
        if time.monotonic() >= deadline:
            return False
        if on_wait is not None:
            on_wait(holder(master))
    return True


def _acquire_file(fd: int, deadline: float, master: Path, on_wait, wait: float) -> None:
    said = time.monotonic()
    while True:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError:
            now = time.monotonic()
            if now >= deadline:
                raise Busy(master, holder(master), wait) from None
            if on_wait is not None and now - said >= 1:
                on_wait(holder(master))
                said = now
            time.sleep(min(POLL_SECONDS, max(0.0, deadline - now)))
