"""The Presentasi page builds one slide at a time (issue 15): the deck's outline, from cheap checks of
which data a scope holds, must name exactly the slides the whole deck has, and each slide built on
its own must equal the same slide of the whole deck."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics import published
from analytics.coverage import DataKosong
from analytics.reports import rapat
from analytics.scope import Level, Scope
from tests.analytics.reports.report_fixtures import report_db  # noqa: F401

SCOPES = [Scope.nasional(), Scope.wilayah("16"), Scope.wilayah("16.71"), Scope.wilayah("16.01"), Scope.wilayah("15"),
          Scope(Level.KANTOR, "KC01")]  # fmt: skip
MONTHS = [dt.date(2026, m, 1) for m in (1, 3, 6, 7, 8, 9, 10)]
NOW, TODAY = dt.datetime(2026, 11, 2, 9, 30), dt.date(2026, 11, 23)


def test_the_outline_names_the_slides_of_the_whole_deck(report_db):  # noqa: F811
    con, _ = published.connect(report_db)
    checked = optional = 0
    seen = []
    try:
        for scope in SCOPES:
            for periode in MONTHS:
                try:
                    whole = rapat.build(con, scope, periode, now=NOW, today=TODAY, with_map=False)
                except DataKosong:
                    with pytest.raises(DataKosong):
                        rapat.Slides(con, scope, periode, now=NOW, today=TODAY, with_map=False)
                    continue
                slides = rapat.Slides(con, scope, periode, now=NOW, today=TODAY, with_map=False)
                keys = slides.outline()
                assert keys == tuple(s.key for s in whole.slides), (scope, periode)
                # built on their own, last first (Langkah berikutnya learns what it needs by itself)
                alone = rapat.Slides(con, scope, periode, now=NOW, today=TODAY, with_map=False)
                assert [alone.slide(k) for k in reversed(keys)] == list(reversed(whole.slides)), (scope, periode)
                checked += 1
                seen.append((scope.kode, periode.month, len(keys) - 6))
                optional += len(keys) - 6
    finally:
        con.close()
    # The fixture's membership months (July nationally, August everywhere) give seven decks, with all
    # four optional slides and with one left out (no follow-up in Ogan Komering Ulu or Jambi).
    assert sorted({n for *_, n in seen}) == [3, 4] and checked == 7, seen
