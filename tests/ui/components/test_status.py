"""Status styling: every status has its own colour, symbol and words; a missing one is grey."""

import math

import pandas as pd
import pytest

from ui.components import status


@pytest.mark.parametrize("missing", [None, math.nan, pd.NA, "BUKAN_STATUS"])
def test_missing_status_is_grey_and_cannot_be_judged(missing):
    assert status.colour(missing) == "#6B7280"
    assert status.label(missing) == "Belum dapat dinilai"
    assert status.badge(missing, "en") == "– Cannot be judged yet"


def test_each_status_has_its_own_colour_and_symbol():
    styles = [status.STYLE[s] for s in status.ORDER]
    assert len({c for c, _ in styles}) == 5
    assert len({s for _, s in styles}) == 5
    assert status.badge("BERISIKO") == "! Berisiko"
    assert status.badge("TERTINGGAL", "en") == "▼ Off track"
