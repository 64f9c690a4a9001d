"""The shared CTEs: actions in scope and period, keyed by employer; one row per case.

`cases_cte` returns the text of a WITH clause (ending with the `cases` CTE) and its parameters;
callers append their own CTEs and final SELECT. Values are always parameters; the only identifiers
interpolated are the scope's column (checked by Scope.kabkota_filter).
"""

from __future__ import annotations

import datetime as dt

from analytics.contract import KATEGORI, TAHAP
from analytics.enforcement.settings import EnforcementSettings, month_end, reference_day
from analytics.scope import Scope

_EPOCH = "DATE '2000-01-01'"
# Orders actions by date, then by ladder position (1..8, PATUH last) on the same date.
ORDER_KEY = f"(date_diff('day', {_EPOCH}, tanggal) * 10 + rank)"


def actions_cte(
    scope: Scope, periode: dt.date, kategori: str | None, *, documents: bool = False
) -> tuple[str, list]:
    """`acts` (actions in scope up to the period's end, with `rank`) and `keyed` (+ perusahaan_id).

    `documents` adds nomor_dokumen and catatan (only the timeline shows them; `acts` is read three
    times, so DuckDB materialises it whole and carrying two unused text columns costs ~10%).
    """
    cond, params = scope.kabkota_filter("kode_wilayah")
    if kategori is not None and kategori not in KATEGORI:
        raise ValueError(f"unknown kategori: {kategori!r}")
    kat = "AND kategori = ?" if kategori else ""
    docs = " nomor_dokumen, catatan," if documents else ""
    sql = f"""
acts AS (
    SELECT tanggal, npp, nib, nama_perusahaan, kode_wilayah, kategori, tahap, instansi,{docs}
           list_position(?::VARCHAR[], tahap) AS rank
    FROM tindak_lanjut
    WHERE {cond} AND tanggal <= ? {kat}
),
nib_link AS (
    SELECT nib, min(npp) AS npp FROM acts
    WHERE npp IS NOT NULL AND nib IS NOT NULL GROUP BY nib HAVING count(DISTINCT npp) = 1
),
name_link AS (
    SELECT perusahaan_kunci(3, NULL, NULL, nama_perusahaan, kode_wilayah) AS nama, min(npp) AS npp FROM acts
    WHERE npp IS NOT NULL AND nama_perusahaan IS NOT NULL
    GROUP BY 1 HAVING count(DISTINCT npp) = 1
),
keyed AS (  -- perusahaan_id: the store's employer identity (macro, analytics.migrations)
    SELECT a.*, perusahaan_id(coalesce(a.npp, nl.npp, ml.npp), a.nib, a.nama_perusahaan, a.kode_wilayah)
                AS perusahaan_id
    FROM acts a
    LEFT JOIN nib_link nl ON a.npp IS NULL AND a.nib = nl.nib
    LEFT JOIN name_link ml
        ON a.npp IS NULL AND perusahaan_kunci(3, NULL, NULL, a.nama_perusahaan, a.kode_wilayah) = ml.nama
)"""
    year_params = [list(TAHAP), *params, month_end(periode)]
    if kategori:
        year_params.append(kategori)
    return sql, year_params


def cases_cte(
    scope: Scope,
    periode: dt.date,
    settings: EnforcementSettings,
    kategori: str | None = None,
    today: dt.date | None = None,
) -> tuple[str, list]:
    """WITH acts, keyed, cases: one row per (perusahaan_id, kategori) with its current stage."""
    acts, params = actions_cte(scope, periode, kategori)
    ref = reference_day(periode, today)
    sql = f"""WITH {acts},
ordered AS (
    SELECT *, {ORDER_KEY} AS k FROM keyed
),
case_rows AS (
    SELECT perusahaan_id, kategori,
        arg_max(struct_pack(tahap, tanggal, instansi, kode_wilayah), k) AS kini,
        arg_max(nama_perusahaan, k) FILTER (WHERE nama_perusahaan IS NOT NULL) AS nama_perusahaan,
        max(npp) AS npp,
        max(nib) AS nib,
        min(tanggal) AS mulai,
        coalesce(max(rank) FILTER (WHERE tahap <> 'PATUH'), 0) AS rank_tertinggi,
        arg_max(instansi, k) FILTER (WHERE tahap <> 'PATUH') AS instansi_tangga,
        count(*) AS tindakan
    FROM ordered GROUP BY perusahaan_id, kategori
),
cases AS (
    SELECT perusahaan_id, kategori, nama_perusahaan, npp, nib, kini.kode_wilayah AS kode_wilayah, mulai,
        kini.tahap AS tahap, kini.tanggal AS tanggal_tahap, kini.instansi AS instansi_tahap,
        rank_tertinggi, coalesce(instansi_tangga, kini.instansi) AS instansi, tindakan
    FROM case_rows
),
cases_days AS (
    SELECT c.*, date_diff('day', tanggal_tahap, ?::DATE) AS hari_di_tahap FROM cases c
),
cases_now AS (
    SELECT d.*,
        (NOT list_contains(?::VARCHAR[], tahap) AND hari_di_tahap > ?) AS terlambat,
        CASE WHEN NOT list_contains(?::VARCHAR[], tahap) AND hari_di_tahap > ?
             THEN hari_di_tahap - ? ELSE 0 END AS hari_terlambat
    FROM cases_days d
)"""
    final = list(settings.final_stages)
    b = settings.batas_hari
    return sql, [*params, ref, final, b, final, b, b]
