"""Cases on the sanction ladder: the funnel and tiles, the (paginated) case list, a search."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.contract import TAHAP
from analytics.enforcement.settings import LADDER, EnforcementSettings
from analytics.enforcement.sql import CaseTable, cases_source
from analytics.scope import Scope

CASE_COLUMNS = (
    "perusahaan_id", "kategori", "nama_perusahaan", "npp", "nib", "kode_wilayah", "mulai", "tahap",
    "tanggal_tahap", "instansi_tahap", "hari_di_tahap", "terlambat", "hari_terlambat", "tindakan",
)  # fmt: skip


@dataclass(frozen=True)
class LadderSummary:
    """The scope's cases at the period: the funnel (rung -> cases that reached it) and the counts."""

    kasus: int
    terlambat: int
    patuh: int
    tahapan: dict[str, int]  # HIMBAUAN ... PROSES_HUKUM: cases that reached the rung
    sekarang: dict[str, int]  # tahap (all eight) -> cases whose current stage it is

    @property
    def patuh_persen(self) -> float | None:
        return 100 * self.patuh / self.kasus if self.kasus else None


def ladder_summary(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    settings: EnforcementSettings | None = None,
    kategori: str | None = None,
    today: dt.date | None = None,
    *,
    table: CaseTable | None = None,
) -> LadderSummary:
    """`table`: these cases computed before (sql.case_table), so a page view keys its actions once."""
    reached = ", ".join(f"count(*) FILTER (WHERE rank_tertinggi >= {i})" for i in range(1, len(LADDER) + 1))
    current = ", ".join(f"count(*) FILTER (WHERE tahap = '{t}')" for t in TAHAP)  # names from the contract
    with cases_source(con, scope, periode, settings or EnforcementSettings(), kategori, today, table) as (db, cte, params):
        row = db.execute(
            f"""{cte}
            SELECT count(*), count(*) FILTER (WHERE terlambat), count(*) FILTER (WHERE tahap = 'PATUH'),
                   {reached}, {current}
            FROM cases_now""",
            params,
        ).fetchall()[0]
    n = len(LADDER)
    return LadderSummary(
        kasus=int(row[0]),
        terlambat=int(row[1]),
        patuh=int(row[2]),
        tahapan={t: int(v) for t, v in zip(LADDER, row[3 : 3 + n], strict=True)},
        sekarang={t: int(v) for t, v in zip(TAHAP, row[3 + n :], strict=True)},
    )


_AREA_NAME = "(SELECT nama FROM wilayah w WHERE w.kode_wilayah = cases_now.kode_wilayah) AS nama_wilayah"
_ORDER = "terlambat DESC, hari_terlambat DESC, hari_di_tahap DESC, nama_perusahaan, perusahaan_id, kategori"


def case_list(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    settings: EnforcementSettings | None = None,
    kategori: str | None = None,
    *,
    offset: int = 0,
    limit: int = 25,
    hanya_terbuka: bool = True,
    today: dt.date | None = None,
    table: CaseTable | None = None,
) -> tuple[pd.DataFrame, int]:
    """One page of cases (overdue first, most days overdue first) and the number of cases listed.

    `hanya_terbuka` leaves out cases whose current stage is PATUH; `table` as for ladder_summary.
    """
    where = "WHERE tahap <> 'PATUH'" if hanya_terbuka else ""
    with cases_source(con, scope, periode, settings or EnforcementSettings(), kategori, today, table) as (db, cte, params):
        frame = db.execute(
            f"""{cte}
            SELECT {", ".join(CASE_COLUMNS)}, {_AREA_NAME}, count(*) OVER () AS _total FROM cases_now {where}
            ORDER BY {_ORDER} LIMIT ? OFFSET ?""",
            [*params, int(limit), int(offset)],
        ).df()
    if frame.empty and offset > 0:
        return case_list(
            con,
            scope,
            periode,
            settings,
            kategori,
            offset=0,
            limit=limit,
            hanya_terbuka=hanya_terbuka,
            today=today,
            table=table,
        )
    total = int(frame["_total"].iloc[0]) if len(frame) else 0
    frame = frame.drop(columns="_total")
    return _plain_dates(frame), int(total)


def find_cases(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    text: str,
    settings: EnforcementSettings | None = None,
    kategori: str | None = None,
    *,
    limit: int = 50,
    today: dt.date | None = None,
    table: CaseTable | None = None,
) -> pd.DataFrame:
    """Cases whose employer name contains `text` (any case), or whose NPP or NIB is `text`; `table`
    as for ladder_summary."""
    needle = text.strip()
    with cases_source(con, scope, periode, settings or EnforcementSettings(), kategori, today, table) as (db, cte, params):
        frame = db.execute(
            f"""{cte}
            SELECT {", ".join(CASE_COLUMNS)}, {_AREA_NAME} FROM cases_now
            WHERE contains(lower(coalesce(nama_perusahaan, '')), lower(?)) OR npp = ? OR nib = ?
            ORDER BY {_ORDER} LIMIT ?""",
            [*params, needle, needle, needle, int(limit)],
        ).df()
    return _plain_dates(frame)


def _plain_dates(frame: pd.DataFrame) -> pd.DataFrame:
    for col in ("mulai", "tanggal_tahap"):
        frame[col] = pd.to_datetime(frame[col]).dt.date
    for col in ("hari_di_tahap", "hari_terlambat", "tindakan"):
        frame[col] = frame[col].astype("int64")
    frame["terlambat"] = frame["terlambat"].astype(bool)
    return frame


def employer_label(perusahaan_id: str, nama: str) -> str:
    """How an employer of a case is named in a list: `PT Maju — NPP 123` or `… — NIB 456`; an
    employer known only by its name (`NAMA … @PP.KK`) is just its name."""
    kind, _, rest = perusahaan_id.partition(" ")
    if kind == "NAMA":
        return nama
    return f"{nama} — {kind} {rest.split(' @')[0]}"
