"""Settings read from the environment (`CAKUPAN_…`): one reader, so a typo in a value never stops
the app — it falls back to the default — and no setting can go below its floor."""

from __future__ import annotations

import os


def number(name: str, default: float, minimum: float) -> float:
    """`name`'s value as a number, at least `minimum`; `default` when unset or not a number."""
    try:
        return max(minimum, float(os.environ.get(name, default)))
    except ValueError:
        return default


def whole(name: str, default: int, minimum: int = 1) -> int:
    """`name`'s value as a whole number, at least `minimum`; `default` when unset or not one."""
    try:
        return max(minimum, int(os.environ.get(name, default)))
    except ValueError:
        return default
