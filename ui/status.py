"""How a coverage status looks: one colour and one symbol per status, used by every page.

Colour alone fails on a washed-out projector and for colour-blind readers, so each status also has
a symbol. The words come from analytics.coverage.status_label.
"""

from __future__ import annotations

from analytics.coverage import status_label

# status -> (colour, symbol). None (no target or too little history) is grey.
STYLE = {
    "TERCAPAI": ("#1B7837", "✔"),
    "SESUAI_JALUR": ("#2E8B57", "▲"),
    "BERISIKO": ("#D97706", "!"),
    "TERTINGGAL": ("#C0392B", "▼"),
    None: ("#6B7280", "–"),
}
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
