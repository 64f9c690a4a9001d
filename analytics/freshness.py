"""How fresh and complete the stored data is, per dataset, for a scope and period.

Officials must know whether a figure rests on complete data. For each dataset of the contract this
reports the rows in scope, the latest period held, the last accepted load and the last attempt
(a later rejection is worth knowing), and completeness: the
share of kabupaten/kota in scope that have data in the period that a view of the chosen month would
use. That "assessed period" is the dataset's latest period on or before the chosen month, in its own
grain: the month for monthly data and quarterly employer snapshots, the year for `penduduk_bekerja`
and `target`, the month of the action date for `tindak_lanjut`. A province-level target covers all
its kabupaten/kota (it may be allocated to them). `kantor` has no period: completeness is the share
of kabupaten/kota with a serving office.

Load history is not scoped: a load may touch many areas and records who loaded what.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.contract import DATASETS, DATE, MONTH, YEAR
from analytics.scope import Scope

COLUMNS = [
    "dataset",
    "baris",
    "periode_terakhir",
    "periode_dinilai",
    "wilayah_ada",
    "wilayah_total",
    "kelengkapan",
    "muat_diterima",  # times of riwayat_muat: UTC, naive; pages show them in WIB (analytics.fmt.waktu)
    "muat_terakhir",
    "hasil_terakhir",
]


@dataclass(frozen=True)
class _Grain:
    """How a dataset's period column becomes a comparable period key and label."""

    key: str  # SQL expression over the period column giving a DATE or INTEGER key
    bound: str  # SQL expression of the chosen month (parameter ?) in the same key
    label: str  # strftime pattern, or '' for a year


def _grain(dataset: str) -> _Grain | None:
    ds = DATASETS[dataset]
    if ds.period is None:
        return None
    col = ds.period
    kind = ds.column(col).kind
    if kind in (MONTH, DATE):
        return _Grain(f"date_trunc('month', {col})::DATE", "CAST(? AS DATE)", "%Y-%m")
    if kind == YEAR:
        return _Grain(col, "year(CAST(? AS DATE))", "")
    raise AssertionError(kind)


def _scope_cte(scope: Scope) -> tuple[str, list]:
    sql, params = scope.kabkota_sql("kode_wilayah, kode_provinsi")
    return f"dalam AS ({sql})", params


def _row_filter(dataset: str) -> str:
    """Rows of a dataset that belong to the scope (CTE `dalam`); targets also by province."""
    if dataset == "target":
        return (
            "(kode_wilayah IN (SELECT kode_wilayah FROM dalam) "
            "OR kode_wilayah IN (SELECT kode_provinsi FROM dalam))"
        )
    return "kode_wilayah IN (SELECT kode_wilayah FROM dalam)"


def _covered(dataset: str) -> str:
    """Kabupaten/kota of `dalam` covered by rows of CTE `di_periode`."""
    if dataset == "target":
        return (
            "SELECT count(*) FROM dalam d WHERE d.kode_wilayah IN (SELECT kode_wilayah FROM di_periode) "
            "OR d.kode_provinsi IN (SELECT kode_wilayah FROM di_periode)"
        )
    return "SELECT count(*) FROM dalam WHERE kode_wilayah IN (SELECT kode_wilayah FROM di_periode)"


def _label(value, grain: _Grain) -> str | None:
    if value is None:
        return None
    if not grain.label:
        return str(value)
    return value.strftime(grain.label)


def dataset_freshness(
    con: duckdb.DuckDBPyConnection, dataset: str, scope: Scope, periode: dt.date | None
) -> dict:
    """One row of `freshness` (see module docstring); `periode` None means no upper bound."""
    table = DATASETS[dataset].table  # identifier from the contract, never from input
    cte, params = _scope_cte(scope)
    rows_filter = _row_filter(dataset)
    total = con.execute(f"WITH {cte} SELECT count(*) FROM dalam", params).fetchone()[0]
    baris = con.execute(
        f"WITH {cte} SELECT count(*) FROM {table} WHERE {rows_filter}", params
    ).fetchone()[0]

    grain = _grain(dataset)
    latest = assessed = None
    if grain is None:
        period_sql, period_params = "TRUE", []
    else:
        latest = con.execute(
            f"WITH {cte} SELECT max({grain.key}) FROM {table} WHERE {rows_filter}", params
        ).fetchone()[0]
        bound_sql, bound_params = "TRUE", []
        if periode is not None:
            bound_sql, bound_params = f"{grain.key} <= {grain.bound}", [periode]
        assessed = con.execute(
            f"WITH {cte} SELECT max({grain.key}) FROM {table} WHERE {rows_filter} AND {bound_sql}",
            [*params, *bound_params],
        ).fetchone()[0]
        period_sql, period_params = f"{grain.key} = ?", [assessed]

    ada = 0
    if grain is None or assessed is not None:
        ada = con.execute(
            f"""WITH {cte},
                di_periode AS (SELECT DISTINCT kode_wilayah FROM {table}
                               WHERE {rows_filter} AND {period_sql})
                {_covered(dataset)}""",
            [*params, *period_params],
        ).fetchone()[0]

    last = con.execute(
        "SELECT waktu, hasil FROM riwayat_muat WHERE dataset = ? ORDER BY waktu DESC, id DESC LIMIT 1",
        [dataset],
    ).fetchone()
    accepted = con.execute(
        "SELECT max(waktu) FROM riwayat_muat WHERE dataset = ? AND hasil = 'DITERIMA'", [dataset]
    ).fetchone()[0]
    return {
        "dataset": dataset,
        "baris": baris,
        "periode_terakhir": _label(latest, grain) if grain else None,
        "periode_dinilai": _label(assessed, grain) if grain else None,
        "wilayah_ada": ada,
        "wilayah_total": total,
        "kelengkapan": (100.0 * ada / total) if total else None,
        "muat_diterima": accepted,
        "muat_terakhir": last[0] if last else None,
        "hasil_terakhir": last[1] if last else None,
    }


def freshness(
    con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None
) -> pd.DataFrame:
    """Freshness and completeness of every dataset, in contract order (columns: COLUMNS)."""
    rows = [dataset_freshness(con, name, scope, periode) for name in DATASETS]
    # object columns keep None as None (pandas would turn missing labels into NaN)
    return pd.DataFrame({c: pd.Series([r[c] for r in rows], dtype=object) for c in COLUMNS})


def has_user_data(con: duckdb.DuckDBPyConnection) -> bool:
    """True once any dataset other than the shipped office mapping holds rows."""
    for name, ds in DATASETS.items():
        if name == "kantor":
            continue
        if con.execute(f"SELECT count(*) > 0 FROM {ds.table}").fetchone()[0]:
            return True
    return False
