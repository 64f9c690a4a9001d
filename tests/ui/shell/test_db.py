"""Each script run owns its store cursor: overlapping runs (threads) never share or close another's."""

from __future__ import annotations

import threading

from analytics import store
from ui.shell import db


def test_overlapping_runs_keep_their_own_cursor(tmp_path, monkeypatch):
    monkeypatch.setenv("CAKUPAN_DB", str(tmp_path / "cakupan.duckdb"))
    store.connect(tmp_path / "cakupan.duckdb").close()
    first_opened, second_done = threading.Event(), threading.Event()
    results: dict[str, list] = {"first": [], "second": []}
    errors: list[BaseException] = []

    def first_run():
        try:
            mine = db.open_run_cursor()
            first_opened.set()
            second_done.wait(10)  # the second run opened, queried and closed its cursor meanwhile
            assert db.cursor() is mine
            results["first"] = mine.execute("SELECT ?", ["first"]).fetchall()
            db.close_run_cursor()
        except BaseException as exc:  # noqa: BLE001 — reported below
            errors.append(exc)

    def second_run():
        try:
            first_opened.wait(10)
            mine = db.open_run_cursor()
            results["second"] = mine.execute("SELECT ?", ["second"]).fetchall()
            db.close_run_cursor()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            second_done.set()

    threads = [threading.Thread(target=first_run), threading.Thread(target=second_run)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert errors == []
    assert results == {"first": [("first",)], "second": [("second",)]}
