"""The theme's colours are analytics.palette's (issue 10): Streamlit's config file cannot import
Python, so its three colours are checked against the palette here."""

from __future__ import annotations

import tomllib
from pathlib import Path

from analytics import palette

ROOT = Path(__file__).resolve().parents[3]


def test_streamlit_theme_colours_are_the_palettes():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]
    assert (theme["primaryColor"], theme["secondaryBackgroundColor"], theme["textColor"]) == (
        palette.PRIMARY, palette.TINT, palette.INK)


def test_no_interface_colour_is_written_outside_the_palette():
    names = ("INK", "HEADING", "MUTED", "SOFT", "FAINT", "RULE", "GRID", "EDGE", "PRIMARY", "TINT")
    colours = {getattr(palette, n).lower() for n in names}
    found = []
    for folder in ("analytics", "ui", "pages"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "palette.py":
                continue
            text = path.read_text(encoding="utf-8").lower()
            found += [f"{path.relative_to(ROOT)}: {c}" for c in colours if c in text]
    assert found == []
