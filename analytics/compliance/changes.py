"""Change since the previous snapshot: per category, employers that left it, entered it, and the
workers registered by employers that left PWBD or PDS-TK (see changes.sql for employer identity).

Per category:
* keluar — in the category before, found again now and no longer in it (became compliant in it);
* masuk — in it now, and either not found before or found but not in it then;
* tidak_ditemukan — in it before and not found now (closed, merged, or renamed beyond matching):
  not counted as compliant;
* tk_terdaftar_bertambah (PWBD, PDS_TK only) — the rise in tk_terdaftar of the employers that left
  (never below 0 per employer).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from analytics.compliance.query import resolve
from analytics.compliance.rules import Settings, employer_flags_sql, flag_params
from analytics.contract import KATEGORI
from analytics.scope import Scope

_SQL = Path(__file__).with_name("changes.sql").read_text(encoding="utf-8")
_WORKERS = ("PWBD", "PDS_TK")


def _measures() -> str:
    parts = []
    for k in KATEGORI:
        f = k.lower()
        left = f"p_{f} AND ada_kini AND NOT c_{f}"
        parts += [  # n: employers of the group (changes.sql, `grouped`)
            f"CAST(coalesce(sum(n) FILTER (WHERE {left}), 0) AS BIGINT) AS {f}_keluar",
            f"CAST(coalesce(sum(n) FILTER (WHERE c_{f} AND NOT p_{f}), 0) AS BIGINT) AS {f}_masuk",
            f"CAST(coalesce(sum(n) FILTER (WHERE p_{f} AND NOT ada_kini), 0) AS BIGINT) AS {f}_tidak_ditemukan",
        ]
        if k in _WORKERS:
            parts.append(
                f"CAST(coalesce(sum(tk_tambah) FILTER (WHERE {left}), 0) AS BIGINT) AS {f}_tk_bertambah"
            )
    return ",\n        ".join(parts)


@dataclass(frozen=True)
class Perubahan:
    periode: dt.date | None  # the latest current snapshot compared; None without a previous one
    periode_sebelumnya: dt.date | None  # the latest previous snapshot compared
    kategori: pd.DataFrame  # kategori, keluar, masuk, tidak_ditemukan, tk_terdaftar_bertambah
    tk_terdaftar_bertambah: int  # PWBD + PDS_TK (an employer cannot leave both at once)


def compliance_changes(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None = None,
    settings: Settings | None = None,
) -> Perubahan:
    settings = settings or Settings.default()
    kabkota, month = resolve(con, scope, periode)
    sql = _SQL.format(
        current=employer_flags_sql(settings, snapshot="terakhir"),
        previous=employer_flags_sql(settings, snapshot="sebelumnya"),
        measures=_measures(),
    )
    row = con.execute(sql, flag_params(settings, month, kabkota)).df().iloc[0]
    frame = pd.DataFrame(
        {
            "kategori": list(KATEGORI),
            "keluar": [int(row[f"{k.lower()}_keluar"]) for k in KATEGORI],
            "masuk": [int(row[f"{k.lower()}_masuk"]) for k in KATEGORI],
            "tidak_ditemukan": [int(row[f"{k.lower()}_tidak_ditemukan"]) for k in KATEGORI],
            "tk_terdaftar_bertambah": pd.array(
                [int(row[f"{k.lower()}_tk_bertambah"]) if k in _WORKERS else None for k in KATEGORI],
                dtype="Int64",
            ),
        }
    )
    return Perubahan(
        periode=_date(row["periode"]),
        periode_sebelumnya=_date(row["periode_sebelumnya"]),
        kategori=frame,
        tk_terdaftar_bertambah=int(frame["tk_terdaftar_bertambah"].sum()),
    )


def _date(value) -> dt.date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()
