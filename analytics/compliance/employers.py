"""The employer list of the Kepatuhan page: who is non-compliant, in which order, one page at a time.

For a scope and period the list reads each kabupaten/kota's latest `perusahaan` snapshot at or
before the period (analytics.compliance.rules, so the categories mean what they mean everywhere), keeps the employers in at least one compliance category (DATA_CONTRACT.md), applies the
user's filters and returns one page, ordered by a priority score, with the total count. Filtering,
ordering and paging all happen in SQL, so a national store (a million employers) never reaches
Python whole.

Priority score (skor prioritas), higher = inspect first:
    1 point per unprotected worker (tk_wajib for PWBD, tk_wajib − tk_terdaftar for PDS-TK)
  + 5 points per month in arrears
  + 1 point per Rp 10 juta of arrears
  + 1 point per Rp 5 juta of monthly wage shortfall (PDS-Upah)
  + 2 points per mandatory program missing (PDS-Program)
Ties go to the larger employer (tk_wajib), then by name and NPP, so the order is stable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.compliance import rules
from analytics.compliance.rules import Settings
from analytics.contract import SEKTOR, SKALA
from analytics.scope import Scope, kabkota_in_scope

KATEGORI = ("PWBD", "PDS_TK", "PDS_UPAH", "PDS_PROGRAM", "PMI")
FLAG = {
    "PWBD": "pwbd",
    "PDS_TK": "pds_tk",
    "PDS_UPAH": "pds_upah",
    "PDS_PROGRAM": "pds_program",
    "PMI": "pmi",
}

# The weights of the priority score (see the module docstring); the page explains them in words.
BOBOT_TK = 1
BOBOT_BULAN_TUNGGAKAN = 5
RUPIAH_PER_POIN_TUNGGAKAN = 10_000_000
RUPIAH_PER_POIN_SELISIH_UPAH = 5_000_000
BOBOT_PROGRAM = 2

COLUMNS = [
    "peringkat", "periode", "npp", "nib", "nama_perusahaan", "kode_wilayah", "nama_wilayah", "sektor",
    "skala", "status", "pwbd", "pds_tk", "pds_upah", "pds_program", "pmi", "tk_wajib", "tk_terdaftar",
    "tk_belum_terlindungi", "selisih_upah_rp", "program_kurang", "tunggakan_rp", "bulan_tunggakan",
    "umur", "skor",
]  # fmt: skip


@dataclass(frozen=True)
class EmployerFilter:
    """What the user narrowed the list to; empty means no narrowing."""

    cari: str = ""  # text searched in name, NPP and NIB (literal: % and _ match themselves)
    kategori: tuple[str, ...] = ()  # in any of these categories; empty = in any category
    sektor: tuple[str, ...] = ()
    skala: tuple[str, ...] = ()
    kode_wilayah: tuple[str, ...] = ()  # kabupaten/kota; only those inside the scope can match

    def __post_init__(self):
        for name, allowed in (("kategori", KATEGORI), ("sektor", SEKTOR), ("skala", SKALA)):
            unknown = set(getattr(self, name)) - set(allowed)
            if unknown:
                raise ValueError(f"unknown {name}: {sorted(unknown)}")


NO_FILTER = EmployerFilter()


@dataclass(frozen=True)
class EmployerPage:
    snapshot: dt.date | None  # the newest employer snapshot read; None when the scope has none
    total: int  # employers matching the filters, over all pages
    rows: pd.DataFrame  # this page, COLUMNS, in priority order


def like_pattern(text: str) -> str:
    """A literal ILIKE 'contains' pattern: `\\`, `%` and `_` in the text match only themselves."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


SKOR_SQL = (
    f"({BOBOT_TK} * tk_belum_terlindungi"
    f" + {BOBOT_BULAN_TUNGGAKAN} * (CASE WHEN pmi THEN bulan_tunggakan ELSE 0 END)"
    f" + (CASE WHEN pmi THEN coalesce(tunggakan_rp, 0) ELSE 0 END) / {RUPIAH_PER_POIN_TUNGGAKAN}"
    f" + selisih_upah_rp / {RUPIAH_PER_POIN_SELISIH_UPAH}"
    f" + {BOBOT_PROGRAM} * coalesce(len(string_split(program_kurang, ';')), 0))"
)


def _where(f: EmployerFilter) -> tuple[str, dict]:
    """Conditions on the flagged employers and their named parameters (values never in the SQL)."""
    conds = ["(" + " OR ".join(FLAG[k] for k in (f.kategori or KATEGORI)) + ")"]  # allow-listed names
    params: dict = {}
    if f.cari.strip():
        conds.append(
            "(nama_perusahaan ILIKE $cari ESCAPE '\\' OR coalesce(npp, '') ILIKE $cari ESCAPE '\\'"
            " OR coalesce(nib, '') ILIKE $cari ESCAPE '\\')"
        )
        params["cari"] = like_pattern(f.cari.strip())
    for column, values in (("sektor", f.sektor), ("skala", f.skala), ("kode_wilayah", f.kode_wilayah)):
        if values:
            conds.append(f"list_contains(CAST(${column} AS VARCHAR[]), {column})")
            params[column] = list(values)
    return " AND ".join(conds), params


def _prepare(con, scope: Scope, periode: dt.date, f: EmployerFilter, settings: Settings) -> tuple[str, dict]:
    where, params = _where(f)
    params.update(rules.flag_params(settings, periode, kabkota_in_scope(con, scope)))
    return where, params


def count_employers(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    f: EmployerFilter = NO_FILTER,
    settings: Settings | None = None,
) -> tuple[int, dt.date | None]:
    """How many employers match, and the newest snapshot month among them (None if none)."""
    where, params = _prepare(con, scope, periode, f, settings or Settings.default())
    sql = (
        f"WITH emp AS ({rules.employer_flags_sql(settings or Settings.default())}) "
        f"SELECT count(*), max(periode) FROM emp WHERE {where}"
    )
    n, newest = con.execute(sql, params).fetchall()[0]
    return int(n), newest


def ranked_employers(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    f: EmployerFilter = NO_FILTER,
    settings: Settings | None = None,
    *,
    limit: int,
    offset: int = 0,
) -> pd.DataFrame:
    """Employers `offset+1 … offset+limit` in priority order, with their rank (`peringkat`)."""
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must be >= 0")
    settings = settings or Settings.default()
    where, params = _prepare(con, scope, periode, f, settings)
    sql = f"""
        WITH emp AS ({rules.employer_flags_sql(settings)}),
        scored AS (SELECT *, {SKOR_SQL} AS skor FROM emp WHERE {where})
        SELECT s.*, w.nama AS nama_wilayah
        FROM scored AS s LEFT JOIN wilayah AS w USING (kode_wilayah)
        ORDER BY skor DESC, tk_wajib DESC NULLS LAST, nama_perusahaan, npp NULLS LAST, nib NULLS LAST
        LIMIT $limit OFFSET $offset
    """
    frame = con.execute(sql, {**params, "limit": int(limit), "offset": int(offset)}).df()
    frame.insert(0, "peringkat", range(offset + 1, offset + 1 + len(frame)))
    return frame[COLUMNS]


def employer_page(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None,
    f: EmployerFilter = NO_FILTER,
    settings: Settings | None = None,
    *,
    page: int = 1,
    page_size: int = 25,
) -> EmployerPage:
    """Page `page` (1-based) of the non-compliant employers in scope, and how many there are.

    Each kab/kota is read at its latest snapshot at or before `periode` (analytics.compliance.rules).
    """
    if page < 1 or page_size < 1:
        raise ValueError("page and page_size start at 1")
    if periode is None:
        return EmployerPage(None, 0, pd.DataFrame(columns=COLUMNS))
    total, newest = count_employers(con, scope, periode, f, settings)
    if total == 0:
        return EmployerPage(newest, 0, pd.DataFrame(columns=COLUMNS))
    rows = ranked_employers(con, scope, periode, f, settings, limit=page_size, offset=(page - 1) * page_size)
    return EmployerPage(newest, total, rows)


def pages_needed(total: int, page_size: int) -> int:
    return max(1, -(-total // page_size))


def area_choices(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """The kabupaten/kota of the scope (kode_wilayah, nama), for the list's area filter."""
    sql, params = scope.kabkota_sql("kode_wilayah, nama")
    return con.execute(f"{sql} ORDER BY nama", params).df()
