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


def ranked(subareas: pd.DataFrame, by: str = "capaian_persen") -> pd.DataFrame:
    """The sub-areas highest `by` first, with their `peringkat` (1, 2, …; none without the figure).

    The one ranking of the app (Ringkasan's best and worst, Capaian Target's league table): ties go
    by name, compared without case, so "Kota Batu" and "kota batu" never swap between pages.
    """
    df = subareas.assign(_nama=subareas["nama"].str.casefold())
    df = df.sort_values([by, "_nama"], ascending=[False, True], na_position="last", kind="stable")
    rank = pd.Series(range(1, len(df) + 1), index=df.index, dtype="Int64")
    return df.assign(peringkat=rank.where(df[by].notna())).drop(columns="_nama")


def best_and_worst(subareas: pd.DataFrame, n: int = 5) -> Ranking:
    """The `n` best and worst of `ranked`; the worst are lowest first (ties by name, as above)."""
    order = ranked(subareas)
    order = order[order["peringkat"].notna()].reset_index(drop=True)
    best = order.head(n)
    rest = order.iloc[len(best) :]
    worst = (rest.assign(_nama=rest["nama"].str.casefold())
             .sort_values(["capaian_persen", "_nama"], kind="stable").head(n)
             .drop(columns="_nama").reset_index(drop=True))
    return Ranking(best=best, worst=worst, unranked=len(subareas) - len(order))
