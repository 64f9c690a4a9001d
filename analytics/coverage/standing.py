"""Where a kabupaten/kota stands among its province's kabupaten/kota, for its Ringkasan.

A kab/kota has no sub-areas to rank, so its Ringkasan shows instead:
* its **place in its province's league**: analytics.coverage.ranking.ranked over the province's
  sub-area table, so the rank is the one Capaian Target shows for the province (highest capaian
  first, ties by name; a kab/kota without a capaian is not ranked);
* **its neighbours**: the kab/kota of the same province whose shapes touch its own
  (analytics.geo.shapes.neighbours), with their capaian and status, itself among them in rank order.
  Only the same province: an official of a kab/kota may see their province, not the next one.
  Without a shape (or with no neighbour in the province) the rows are those ranked just above and
  below it instead, and `dengan_tetangga` says which the page shows.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd

from analytics.coverage.ranking import ranked

AROUND = 2  # without neighbours: this many ranked above and below


@dataclass(frozen=True)
class Standing:
    kode: str
    peringkat: int | None  # 1 = the highest capaian of the province; None when not ranked
    dari: int  # the province's kab/kota with a capaian (ranked)
    jumlah: int  # all the province's kab/kota in its table
    # itself and its neighbours (or those ranked around it), in rank order, unranked last:
    # wilayah, nama, peringkat, capaian_persen, status, sendiri (True on its own row)
    baris: pd.DataFrame
    dengan_tetangga: bool


def standing(province_subareas: pd.DataFrame, kode: str, neighbours: Collection[str]) -> Standing | None:
    """`kode`'s standing in `province_subareas` (coverage_by_subarea of its province); None when the
    table does not list it (no data for the province at all)."""
    order = ranked(province_subareas).reset_index(drop=True)
    mine = order.index[order["wilayah"] == kode]
    if not len(mine):
        return None
    at = int(mine[0])
    rank = order.at[at, "peringkat"]
    peringkat = None if pd.isna(rank) else int(rank)
    near = set(neighbours) & set(order["wilayah"]) - {kode}
    if near:
        rows = order[order["wilayah"].isin(near | {kode})]
    else:
        ranked_only = order[order["peringkat"].notna()]
        if peringkat is None:
            rows = pd.concat([ranked_only.tail(AROUND), order.iloc[[at]]])
        else:
            rows = ranked_only.iloc[max(0, peringkat - 1 - AROUND) : peringkat + AROUND]
    rows = rows.assign(sendiri=rows["wilayah"] == kode)
    keep = ["wilayah", "nama", "peringkat", "capaian_persen", "status", "sendiri"]
    return Standing(
        kode=kode,
        peringkat=peringkat,
        dari=int(order["peringkat"].notna().sum()),
        jumlah=len(order),
        baris=rows[keep].reset_index(drop=True),
        dengan_tetangga=bool(near),
    )
