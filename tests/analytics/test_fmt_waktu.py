"""Load times: stored in UTC, read by officials in WIB (UTC+7), in their language's style."""

import datetime as dt

import pandas as pd
import pytest

from analytics import fmt


@pytest.mark.parametrize(
    "ts, lang, shown",
    [
        (dt.datetime(2026, 11, 23, 4, 32), "id", "23 November 2026, 11.32 WIB"),
        (dt.datetime(2026, 11, 23, 4, 32), "en", "23 November 2026, 11:32 WIB"),
        (pd.Timestamp("2026-11-23 04:32:59.9"), "id", "23 November 2026, 11.32 WIB"),  # from DataFrames
        (dt.datetime(2026, 12, 31, 17, 5), "id", "1 Januari 2027, 00.05 WIB"),  # the date turns in WIB
        (dt.datetime(2026, 11, 23, 4, 32, tzinfo=dt.UTC), "id", "23 November 2026, 11.32 WIB"),
        (dt.datetime(2026, 11, 23, 11, 32, tzinfo=fmt.WIB), "id", "23 November 2026, 11.32 WIB"),
        (dt.datetime(2026, 7, 1, 0, 0), "id", "1 Juli 2026, 07.00 WIB"),  # no daylight saving: +7 all year
    ],
)
def test_waktu_shows_utc_in_wib(ts, lang, shown):
    assert fmt.waktu(ts, lang) == shown


@pytest.mark.parametrize("missing", [None, pd.NaT])
def test_waktu_of_nothing_is_a_dash(missing):
    assert fmt.waktu(missing) == "–"
