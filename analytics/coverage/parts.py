"""How the parts of an aggregate stand: the kabupaten/kota behind a province, Kanwil, office or
national headline, so a total that reaches its target cannot hide the areas that do not.

Definitions (README, "The parts of a headline"):
* **bagian** (a part): a kabupaten/kota of the scope that has a target above 0 for the period's year
  (its own, or allocated from its province, as its own headline shows it) and membership figures for
  the month. An allocated target of 0 (a province target with no workforce figures to split it by)
  makes no part.
  A kabupaten/kota scope has one part, itself.
* `bagian_bertarget`: how many parts there are.
* `bagian_belum_tercapai`: how many of them have fewer active participants than their target.
* `kekurangan_bagian`: the sum of the parts' shortfalls, Σ max(target − peserta, 0) over the parts;
  None when there is no part. The headline's `gap` is the net gap of the total: parts above their
  target make up for parts below it there, never here, so `kekurangan_bagian` ≥ `gap`.

The shortfall is what an action has to close (the share enforcement could close, the next steps);
the net gap is what the target itself says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.coverage.metrics import area_metrics, named
from analytics.scope import Level, Scope

PART_FIELDS = ("kekurangan_bagian", "bagian_belum_tercapai", "bagian_bertarget")


@dataclass(frozen=True)
class Bagian:
    kekurangan_bagian: int | None
    bagian_belum_tercapai: int
    bagian_bertarget: int


def kabkota_metrics(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date) -> pd.DataFrame:
    """The month's figures of every kabupaten/kota of the scope, each as its own headline would
    show them (no projection): columns `wilayah`, `nama`, `provinsi`, then the metrics."""
    members = scope.kabkota_sql("kode_wilayah AS area, 'kabkota' AS area_kind, kode_wilayah")
    frame = named(con, area_metrics(con, members, periode, projection=False))
    frame["provinsi"] = frame["wilayah"].str[:2]
    return frame.sort_values("wilayah", ignore_index=True)


def parts_of(kabkota: pd.DataFrame) -> Bagian:
    """The parts' figures of a set of kab/kota rows (kabkota_metrics, or a slice of it)."""
    gaps = kabkota.loc[kabkota["target_peserta"].fillna(0) > 0, "gap"].dropna()
    return Bagian(
        kekurangan_bagian=int(gaps.sum()) if len(gaps) else None,
        bagian_belum_tercapai=int((gaps > 0).sum()),
        bagian_bertarget=int(len(gaps)),
    )


def parts_by_subarea(kabkota: pd.DataFrame, scope: Scope) -> dict[str, Bagian]:
    """The parts of each sub-area of the scope (analytics.coverage.areas.subarea_members): a
    province's kab/kota under national, each kab/kota alone under a province, Kanwil or office."""
    key = "provinsi" if scope.level is Level.NASIONAL else "wilayah"
    return {code: parts_of(group) for code, group in kabkota.groupby(key, sort=True)}


def behind(kabkota: pd.DataFrame) -> pd.DataFrame:
    """The parts below their target, furthest behind first (largest shortfall; ties by name)."""
    short = kabkota[kabkota["gap"].notna() & (kabkota["gap"] > 0) & (kabkota["target_peserta"].fillna(0) > 0)]
    return short.sort_values(["gap", "nama"], ascending=[False, True], ignore_index=True)
