"""How a coverage status looks: one colour and one symbol per status, used by every page.

Colour alone fails on a washed-out projector and for colour-blind readers, so each status also has
a symbol. The words come from analytics.coverage.status_label.
"""

from __future__ import annotations

from analytics.coverage import status_label
from analytics.palette import STATUS_COLOURS

_SYMBOLS = {"TERCAPAI": "✔", "SESUAI_JALUR": "▲", "BERISIKO": "!", "TERTINGGAL": "▼", None: "–"}
# status -> (colour, symbol). None (no target or too little history) is grey. The colours live in
# analytics.palette so the map files the command line writes use the same ones.
STYLE = {s: (STATUS_COLOURS[s], sym) for s, sym in _SYMBOLS.items()}
ORDER = ("TERCAPAI", "SESUAI_JALUR", "BERISIKO", "TERTINGGAL", None)


def _known(status) -> str | None:
    """The status, or None for no status in any spelling (None, NaN, pd.NA from a DataFrame)."""
    return status if isinstance(status, str) and status in STYLE else None


def colour(status: str | None) -> str:
    return STYLE[_known(status)][0]


def symbol(status: str | None) -> str:
    return STYLE[_known(status)][1]


def label(status: str | None, lang: str = "id") -> str:
    """The status in words, e.g. 'Berisiko'; 'Belum dapat dinilai' when there is none."""
    return status_label(_known(status) or "TANPA_STATUS", lang)


def badge(status: str | None, lang: str = "id") -> str:
    """Symbol and words, e.g. '! Berisiko', for tables and captions."""
    return f"{symbol(status)} {label(status, lang)}"
