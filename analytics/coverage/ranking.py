"""Best and worst sub-areas of a scope by capaian (the Ringkasan page's short ranking).

Ranks the rows of coverage_by_subarea, so a figure here is the one on the league table.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Ranking:
    """Sub-areas ranked by capaian_persen. `best` highest first, `worst` lowest first.

    When there are no more than `n` ranked sub-areas, all of them are in `best` and `worst` is empty
    (the same area would otherwise be both). `unranked` counts sub-areas without a capaian (no data
    or no target for the period).
    """

    best: pd.DataFrame
    worst: pd.DataFrame
    unranked: int


def best_and_worst(subareas: pd.DataFrame, n: int = 5) -> Ranking:
    """Rank a coverage_by_subarea frame; ties broken by name so the order is stable."""
    ranked = subareas[subareas["capaian_persen"].notna()]
    order = ranked.sort_values(["capaian_persen", "nama"], ascending=[False, True], ignore_index=True)
    best = order.head(n)
    rest = order.iloc[len(best) :]
    worst = rest.sort_values(["capaian_persen", "nama"], ascending=[True, True], ignore_index=True).head(n)
    return Ranking(best=best, worst=worst, unranked=len(subareas) - len(ranked))
