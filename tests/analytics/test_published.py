"""Loads while serving (issue 15): writers publish copies, readers read the latest, one writer at a time."""

from __future__ import annotations

import threading
import time

import pytest

from analytics import published, store, writer_lock


@pytest.fixture
def master(tmp_path):
    return tmp_path / "cakupan.duckdb"


def _meta(con, key: str):
    row = con.execute("SELECT nilai FROM meta WHERE kunci = ?", [key]).fetchone()
    return row[0] if row else None


def test_a_new_store_is_published_once_and_then_read_as_is(master):
    first = published.current(master)
    assert first.generation == 1 and first.path.exists() and first.path != master
    assert published.current(master) == first  # nothing changed: no second copy
    con, found = published.connect(master)
    try:
        assert found == first
        assert con.execute("SELECT count(*) FROM wilayah").fetchone()[0] == 38 + 514
    finally:
        con.close()


def test_a_reader_keeps_its_copy_while_a_writer_publishes_the_next(master):
    published.current(master)
    reader, before = published.connect(master)
    with published.writing(master, doing="test") as con:
        con.execute("INSERT INTO meta VALUES ('x', 'baru')")
        assert _meta(reader, "x") is None  # not published yet
    after = published.current(master)
    assert after.generation == before.generation + 1 and after.key != before.key
    assert _meta(reader, "x") is None  # the open reader still reads the copy it started on
    fresh, _ = published.connect(master)
    assert _meta(fresh, "x") == "baru"
    reader.close()
    fresh.close()


def test_a_failed_write_publishes_nothing(master):
    first = published.current(master)
    with pytest.raises(RuntimeError, match="stopped"), published.writing(master) as con:
        con.execute("BEGIN")
        con.execute("INSERT INTO meta VALUES ('x', 'setengah')")
        raise RuntimeError("stopped half-way")
    assert published.latest(master) == first


def test_a_store_changed_without_publishing_is_published_by_the_next_reader(master):
    first = published.current(master)
    con = store.connect(master)  # as an older Cakupan, a test or a person at the duckdb prompt would
    con.execute("INSERT INTO meta VALUES ('x', 'langsung')")
    con.close()
    second = published.current(master)
    assert second.generation == first.generation + 1
    reader, _ = published.connect(master)
    assert _meta(reader, "x") == "langsung"
    reader.close()


def test_a_history_only_write_keeps_the_data_key(master):
    first = published.current(master)
    with published.writing(master, data=False) as con:
        con.execute("INSERT INTO meta VALUES ('x', 'riwayat')")
    second = published.current(master)
    assert second.generation == first.generation + 1 and second.key == first.key
    with published.writing(master) as con:
        con.execute("INSERT INTO meta VALUES ('y', 'data')")
    assert published.current(master).key != first.key


def test_only_the_last_two_copies_stay(master):
    published.current(master)
    for i in range(4):
        with published.writing(master) as con:
            con.execute("INSERT INTO meta VALUES (?, 'v')", [f"k{i}"])
    names = sorted(p.name for p in published.folder(master).iterdir())
    assert names == ["000004.duckdb", "000005.duckdb", published.POINTER]


def test_writers_take_turns_and_a_waiter_is_told_who_it_waits_for(master):
    published.current(master)
    inside, release, told = threading.Event(), threading.Event(), []

    def first_writer():
        with published.writing(master, doing="load kepesertaan okt.csv") as con:
            con.execute("INSERT INTO meta VALUES ('a', '1')")
            inside.set()
            release.wait(10)

    t = threading.Thread(target=first_writer)
    t.start()
    assert inside.wait(10)
    with pytest.raises(writer_lock.Busy) as busy:
        with published.writing(master, wait=0.3):
            pass
    assert busy.value.holder.doing == "load kepesertaan okt.csv" and "okt.csv" in busy.value.message()
    # While the writer works, readers carry on with the last copy.
    assert published.current(master).generation == 1

    def second_writer():
        with published.writing(master, wait=10, on_wait=told.append) as con:
            assert _meta(con, "a") == "1"  # waited for the first, then saw its write
            con.execute("INSERT INTO meta VALUES ('b', '2')")

    t2 = threading.Thread(target=second_writer)
    t2.start()
    time.sleep(1.5)
    release.set()
    t.join(10)
    t2.join(10)
    assert told and told[0] is not None and told[0].doing == "load kepesertaan okt.csv"
    reader, found = published.connect(master)
    assert found.generation == 3 and (_meta(reader, "a"), _meta(reader, "b")) == ("1", "2")
    reader.close()
    assert writer_lock.holder(master) is None  # nobody holds it now, and nobody says so


def test_no_copy_yet_and_a_writer_busy_is_store_busy(master):
    inside, release = threading.Event(), threading.Event()

    def writer():
        with published.writing(master):
            inside.set()
            release.wait(10)

    t = threading.Thread(target=writer)
    t.start()
    assert inside.wait(10)
    try:
        with pytest.raises(store.StoreBusy):
            published.current(master)
    finally:
        release.set()
        t.join(10)
    assert published.current(master).generation == 1


def test_a_store_held_by_another_program_leaves_readers_on_the_last_copy(master):
    """Found in review: a person at the duckdb prompt (or an older Cakupan) holding the store open
    after changing it made every page say "data is being loaded" (StoreBusy from the publish the
    change asked for), though the last copy was there to read. Readers keep that copy; the change
    is published once the store is free."""
    import subprocess
    import sys

    first = published.current(master)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, duckdb; con = duckdb.connect(sys.argv[1]); "
         "con.execute(\"INSERT INTO meta VALUES ('x', 'dipegang')\"); con.execute('CHECKPOINT'); "
         "print('held', flush=True); sys.stdin.readline()", str(master)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        assert published.current(master) == first  # not StoreBusy: the last copy is still good
        reader, found = published.connect(master)
        assert found == first and _meta(reader, "x") is None
        reader.close()
    finally:
        holder.communicate("\n", timeout=30)
    reader, found = published.connect(master)
    assert found.generation == first.generation + 1 and _meta(reader, "x") == "dipegang"
    reader.close()
