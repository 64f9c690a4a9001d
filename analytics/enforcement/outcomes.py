"""Outcomes of enforcement by institution: PATUH share, workers registered, arrears recovered.

The employer snapshots (perusahaan) before the case's first action and at the period are compared;
see the package docstring for the matching and the rules.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.contract import INSTANSI
from analytics.enforcement.settings import EnforcementSettings
from analytics.enforcement.sql import cases_cte
from analytics.scope import Scope

OUTCOME_COLUMNS = (
    "instansi", "kasus", "patuh", "patuh_persen", "kasus_terukur", "tk_didaftarkan", "tunggakan_dipulihkan_rp",
)  # fmt: skip
WORKER_CATEGORIES = ("PWBD", "PDS_TK")
ARREARS_CATEGORIES = ("PMI",)


def outcomes_by_institution(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    settings: EnforcementSettings | None = None,
    kategori: str | None = None,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """One row per institution (BPJS, DISNAKER, KEJAKSAAN, PTSP, in that order, all four) and a last
    row `instansi = None` with the totals. `kasus_terukur`: cases with both snapshots."""
    cte, params = cases_cte(scope, periode, settings or EnforcementSettings(), kategori, today)
    cond, scope_params = scope.kabkota_filter("kode_wilayah")
    frame = con.execute(
        f"""{cte},
c AS MATERIALIZED (  -- one row per case; `id` stands for (perusahaan_id, kategori) below
    SELECT row_number() OVER () AS id, npp, nib, nama_perusahaan, kode_wilayah, mulai, instansi, tahap, kategori
    FROM cases_now
),
snap AS NOT MATERIALIZED (
    SELECT periode, npp, nib, nama_perusahaan, kode_wilayah, tk_terdaftar, tunggakan_rp
    FROM perusahaan WHERE {cond} AND periode <= ?
),
matched AS (  -- each case's snapshot rows by the store's employer identity (perusahaan_kunci), step by step
    SELECT c.id, c.mulai, s.periode, 1 AS prio, s.tk_terdaftar, s.tunggakan_rp
    FROM c JOIN snap s ON s.npp = c.npp
    UNION ALL
    SELECT c.id, c.mulai, s.periode, 2, s.tk_terdaftar, s.tunggakan_rp
    FROM c JOIN snap s ON s.nib = c.nib
    UNION ALL
    SELECT c.id, c.mulai, s.periode, 3, s.tk_terdaftar, s.tunggakan_rp
    FROM c JOIN snap s
      ON perusahaan_kunci(3, NULL, NULL, s.nama_perusahaan, s.kode_wilayah)
       = perusahaan_kunci(3, NULL, NULL, c.nama_perusahaan, c.kode_wilayah)
    WHERE c.npp IS NULL AND c.nib IS NULL
),
snap_k AS (
    SELECT *, date_diff('month', DATE '2000-01-01', periode) * 10 + (9 - prio) AS k FROM matched
),
per_case AS (
    SELECT id,
        arg_max(tk_terdaftar, k) FILTER (WHERE last_day(periode) <= mulai) AS tk_before,
        arg_max(tunggakan_rp, k) FILTER (WHERE last_day(periode) <= mulai) AS arrears_before,
        max(periode) FILTER (WHERE last_day(periode) <= mulai) AS p_before,
        arg_max(tk_terdaftar, k) AS tk_after,
        arg_max(tunggakan_rp, k) AS arrears_after,
        max(periode) AS p_after
    FROM snap_k GROUP BY id
),
joined AS (
    SELECT c.instansi, c.tahap, c.kategori, p.p_before IS NOT NULL AND p.p_after > p.p_before AS terukur,
        CASE WHEN c.kategori IN (SELECT unnest(?::VARCHAR[])) AND p.p_before IS NOT NULL
             THEN greatest(p.tk_after - p.tk_before, 0) ELSE 0 END AS tk,
        CASE WHEN c.kategori IN (SELECT unnest(?::VARCHAR[])) AND p.p_before IS NOT NULL
             THEN greatest(p.arrears_before - p.arrears_after, 0) ELSE 0 END AS rp
    FROM c LEFT JOIN per_case p USING (id)
)
SELECT instansi, count(*) AS kasus, count(*) FILTER (WHERE tahap = 'PATUH') AS patuh,
       count(*) FILTER (WHERE terukur) AS kasus_terukur,
       sum(tk)::BIGINT AS tk_didaftarkan, sum(rp)::DOUBLE AS tunggakan_dipulihkan_rp
FROM joined GROUP BY ROLLUP (instansi)""",
        [*params, *scope_params, periode, list(WORKER_CATEGORIES), list(ARREARS_CATEGORIES)],
    ).df()
    return _shape(frame)


def _shape(frame: pd.DataFrame) -> pd.DataFrame:
    rows = []
    by = {r.instansi: r for r in frame.itertuples() if isinstance(r.instansi, str)}
    total = next((r for r in frame.itertuples() if not isinstance(r.instansi, str)), None)
    for name in (*INSTANSI, None):
        r = by.get(name) if name else total
        kasus = int(r.kasus) if r is not None else 0
        patuh = int(r.patuh) if r is not None else 0
        rows.append(
            {
                "instansi": name,
                "kasus": kasus,
                "patuh": patuh,
                "patuh_persen": 100 * patuh / kasus if kasus else None,
                "kasus_terukur": _number(r, "kasus_terukur", int),
                "tk_didaftarkan": _number(r, "tk_didaftarkan", int),
                "tunggakan_dipulihkan_rp": _number(r, "tunggakan_dipulihkan_rp", float),
            }
        )
    return pd.DataFrame(rows, columns=list(OUTCOME_COLUMNS))


def _number(row, name: str, kind: type):
    """A figure of a result row, 0 when the row is missing or the sum is NULL (no cases: the ROLLUP's
    total row over nothing has NULL sums, which pandas reads as NA, and NA is not falsy)."""
    value = getattr(row, name) if row is not None else None
    return kind(0) if value is None or pd.isna(value) else kind(value)
