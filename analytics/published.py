"""Loads while serving: writers change the store, readers read its latest published copy.

DuckDB lets one process open a file for writing, and no other process may open it at all while it
does. So no reader ever opens the store (`CAKUPAN_DB`, "the master"). Every change goes through
`writing()`: it takes the writer's lock (analytics.writer_lock: one writer at a time, across
threads, processes and servers sharing the folder), opens the master, lets the caller write, and
when the block ends without error it checkpoints the master and *publishes* it: copies the file to
`<store>.terbit/<generation>.duckdb` and then replaces the pointer `<store>.terbit/terbit.json` in
one atomic rename. Readers (the app's processes, `ringkasan`, `laporan`, …) open the copy the
pointer names, read-only, which any number of processes may do at once; each script run keeps the
copy it started with, so a page shows the old data or the new, never a mix, and the next run after a
publish sees the new one.

A copy that no pointer names is deleted one publish later; a process still reading it keeps its
open file (POSIX semantics), so nothing is pulled from under a running query.

`current()` also publishes by itself when the master changed without going through `writing()` (a
store made by an older Cakupan, by a test, or by hand) or when the copy is at an older schema than
this code: the pointer records the master's file signature and schema version at publish time.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from analytics import derived, store, writer_lock

POINTER = "terbit.json"
KEEP = 2  # the copy just published and the one before it (a reader may be opening it right now)


@dataclass(frozen=True)
class Published:
    """One published copy: the file readers open and what it was copied from."""

    path: Path
    generation: int
    schema: int
    signature: tuple  # the master's file signature when it was copied (see `signature`)
    waktu: str  # UTC, ISO 8601, when it was published
    data_waktu: str  # when the last publish that changed data (not only the load history) was

    @property
    def key(self) -> str:
        """Names the data this copy holds, for caches: changes with every publish that changed data
        (a rejected file, which only adds to the load history, keeps it), also when the folder is
        rebuilt."""
        return f"{self.path.parent}@{self.data_waktu}"


def _master(master: Path | str | None) -> Path:
    return Path(master) if master is not None else store.db_path()


def folder(master: Path) -> Path:
    return master.parent / f"{master.name}.terbit"


def signature(master: Path) -> tuple:
    """The master's and its write-ahead log's (inode, size, mtime): changes whenever DuckDB writes
    either, so a copy recorded with another signature is out of date."""

    def one(p: Path) -> tuple | None:
        try:
            s = p.stat()
        except FileNotFoundError:
            return None
        return (s.st_ino, s.st_size, s.st_mtime_ns)

    return (one(master), one(Path(f"{master}.wal")))


_pointer_cache: dict[Path, tuple[tuple, Published | None]] = {}


def latest(master: Path | None = None) -> Published | None:
    """The copy the pointer names now (None before the first publish); the pointer file is parsed
    again only when it changed, so every script run may ask."""
    master = _master(master)
    pointer = folder(master) / POINTER
    try:
        s = pointer.stat()
    except FileNotFoundError:
        return None
    stamp = (s.st_ino, s.st_size, s.st_mtime_ns)
    cached = _pointer_cache.get(pointer)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        data = json.loads(pointer.read_text())
        found = Published(folder(master) / data["file"], int(data["generation"]), int(data["schema"]),
                          tuple(tuple(x) if x else None for x in data["signature"]), str(data["waktu"]),
                          str(data["data_waktu"]))  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        found = None  # a pointer from elsewhere or damaged: publish again
    _pointer_cache[pointer] = (stamp, found)
    return found


def _usable(found: Published | None) -> bool:
    """A copy a reader may open: it exists and has this code's schema."""
    return found is not None and found.schema == store.SCHEMA_VERSION and found.path.exists()


def _up_to_date(found: Published | None, master: Path) -> bool:
    return _usable(found) and found.signature == signature(master)


def current(master: Path | None = None) -> Published:
    """The copy to read now. Publishes first when there is none or the master changed without one;
    when a writer is busy meanwhile (ours, or another program holding the file: a person at the
    duckdb prompt, an older Cakupan), the last copy is still good (the change is published when the
    store is free), and only with no copy at all does a reader get StoreBusy."""
    master = _master(master)
    found = latest(master)
    if _up_to_date(found, master):
        return found
    try:
        with writer_lock.held(master, wait=0, doing="publish"):
            found = latest(master)
            if _up_to_date(found, master):  # published by another process while we asked
                return found
            con = store.connect(master)  # creates or migrates the master as every writer does
            return _publish(master, con)
    except (writer_lock.Busy, store.StoreBusy) as busy:
        if _usable(found):
            return found
        if isinstance(busy, store.StoreBusy):
            raise
        raise store.StoreBusy(busy.message()) from busy


def open_current(opener: Callable[[Path], duckdb.DuckDBPyConnection] | None = None,
                 master: Path | None = None) -> tuple[duckdb.DuckDBPyConnection, Published]:
    """`opener(path)` (default: a read-only connection) of the current copy, and which copy it is;
    once more with the newer copy should this one be deleted between reading the pointer and
    opening it (two publishes in that instant)."""
    opener = opener or (lambda path: store.connect(path, read_only=True))
    found = current(master)
    try:
        return opener(found.path), found
    except duckdb.IOException:
        found = current(master)
        return opener(found.path), found


def connect(master: Path | None = None) -> tuple[duckdb.DuckDBPyConnection, Published]:
    """A read-only connection to the current copy, and which copy it is."""
    return open_current(master=master)


@contextmanager
def writing(master: Path | None = None, *, wait: float | None = None, doing: str = "", data: bool = True,
            on_wait: Callable[[writer_lock.Holder | None], None] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """The store open for writing, one writer at a time; published when the block ends without error.

    `wait`: seconds to wait for another writer (None: writer_lock.WAIT_SECONDS; 0: not at all),
    then writer_lock.Busy; `on_wait(holder)` is called about once a second meanwhile, to say so.
    `doing` is shown to whoever waits for us (a file name, "demo", …). `data=False` says the block
    only records in the load history (a rejected file), so readers' caches stay valid.
    """
    master = _master(master)
    with writer_lock.held(master, wait=wait, doing=doing, on_wait=on_wait):
        con = store.connect(master)
        try:
            yield con
        except BaseException:
            con.close()
            raise
        _publish(master, con, data=data)


def say_waiting(holder: writer_lock.Holder | None, *, _said: set = set()) -> None:  # noqa: B006 — once per process
    """`on_wait` for the command line: one line on stderr the first time a command waits."""
    if not _said:
        _said.add(True)
        who = f"{holder.doing} (PID {holder.pid}, sejak {holder.since_wib()})" if holder else "proses lain"
        print(f"Menunggu pemuatan lain selesai / waiting for another load to finish: {who} …", file=sys.stderr, flush=True)


def _publish(master: Path, con: duckdb.DuckDBPyConnection, *, data: bool = True) -> Published:
    """Bring the derived tables up to date with their sources (analytics.derived), checkpoint and close
    `con` (the master, under the writer's lock), copy it, switch the pointer."""
    try:
        derived.ensure_fresh(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    out = folder(master)
    out.mkdir(parents=True, exist_ok=True)
    previous = latest(master)
    generation = (previous.generation if previous else 0) + 1
    name = f"{generation:06d}.duckdb"
    tmp = out / f".{name}.tmp"
    shutil.copyfile(master, tmp)  # sendfile(2) on Linux: a 400 MB store in well under a second
    wal = Path(f"{master}.wal")
    if wal.exists():  # another connection of this process kept the file open: its log goes along
        shutil.copyfile(wal, out / f"{name}.wal")
    _fsync(tmp)
    os.replace(tmp, out / name)
    waktu = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    data_waktu = waktu if data or previous is None else previous.data_waktu
    found = Published(out / name, generation, store.SCHEMA_VERSION, signature(master), waktu, data_waktu)
    pointer_tmp = out / f".{POINTER}.tmp"
    pointer_tmp.write_text(json.dumps({"file": name, "generation": generation, "schema": found.schema,
                                       "signature": found.signature, "waktu": waktu, "data_waktu": data_waktu}))  # fmt: skip
    _fsync(pointer_tmp)
    os.replace(pointer_tmp, out / POINTER)
    _prune(out, generation)
    return found


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune(out: Path, generation: int) -> None:
    """Delete copies older than the last KEEP (open ones live on until their readers close them)."""
    for p in out.iterdir():
        stem = p.name.split(".")[0]
        if stem.isdigit() and int(stem) <= generation - KEEP:
            p.unlink(missing_ok=True)
