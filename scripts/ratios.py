"""How close the project's queries come to the engine's limit (`make bench`, issue 15).

For five of the heaviest queries a page runs on a first visit, the project's path (the query
function and the frames it builds, as a page calls it) is timed beside one hand-written DuckDB
statement that computes the same figures from the same store, written here from the definitions
in the data contract, not from the project's SQL. Each pair must agree (checked before timing: a
fast wrong answer is no answer) and the ratio project ÷ hand-written is reported; the goal is ≤ 1,2.

    python -m scripts.ratios --db STORE [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.scope import Scope

NATIONAL = Scope.nasional()
TODAY = dt.date(2026, 12, 6)

# Latest employer snapshot per kab/kota at or before the month, with the five categories of the
# contract (default settings: JKK+JKM always, JHT from KECIL, JP from MENENGAH; arrears ≥ 1 month).
_FLAGS = """
WITH latest AS (
    SELECT kode_wilayah, max(periode) AS periode FROM perusahaan WHERE periode <= $p GROUP BY kode_wilayah
), e AS (
    SELECT p.*, p.status <> 'BELUM_DAFTAR' AS reg,
        string_split(coalesce(p.program, ''), ';') AS ikut,
        CASE p.skala WHEN 'MIKRO' THEN ['JKK', 'JKM'] WHEN 'KECIL' THEN ['JKK', 'JKM', 'JHT']
             ELSE ['JKK', 'JKM', 'JHT', 'JP'] END AS wajib
    FROM perusahaan p JOIN latest USING (kode_wilayah, periode)
), f AS (
    SELECT kode_wilayah,
        status = 'BELUM_DAFTAR' AS pwbd,
        coalesce(reg AND tk_terdaftar < tk_wajib, false) AS pds_tk,
        coalesce(reg AND tk_terdaftar > 0 AND tk_wajib > 0
                 AND upah_terdaftar_rp * tk_wajib < upah_wajib_rp * tk_terdaftar, false) AS pds_upah,
        reg AND NOT list_has_all(ikut, wajib) AS pds_program,
        coalesce(bulan_tunggakan >= 1, false) AS pmi
    FROM e
)
"""
_COUNTS = """count(*) AS perusahaan, count(*) FILTER (pwbd OR pds_tk OR pds_upah OR pds_program OR pmi) AS tidak_patuh,
    count(*) FILTER (pwbd) AS pwbd, count(*) FILTER (pds_tk) AS pds_tk, count(*) FILTER (pds_upah) AS pds_upah,
    count(*) FILTER (pds_program) AS pds_program, count(*) FILTER (pmi) AS pmi"""

COMPLIANCE_SUMMARY = _FLAGS + f"SELECT {_COUNTS} FROM f"
COMPLIANCE_BY_PROVINCE = _FLAGS + f"SELECT substr(kode_wilayah, 1, 2) AS wilayah, {_COUNTS} FROM f GROUP BY 1 ORDER BY 1"

# Accidents of the quarter to date per province as the Kecelakaan page's table shows them: the
# province's name, its cases and deaths, the months reported (the most any of its kab/kota reported),
# its active participants in the month and the rate per 100.000 (half away from zero, 2 decimals).
ACCIDENTS_BY_PROVINCE = """
WITH per_kabkota AS (
    SELECT kode_wilayah, sum(kasus) AS kasus, sum(meninggal) AS meninggal, count(DISTINCT periode) AS bulan
    FROM kecelakaan WHERE periode BETWEEN $q AND $p GROUP BY 1
), acc AS (
    SELECT substr(kode_wilayah, 1, 2) AS wilayah, sum(kasus) AS kasus, sum(meninggal) AS meninggal,
           max(bulan) AS bulan
    FROM per_kabkota GROUP BY 1
), aktif AS (
    SELECT substr(kode_wilayah, 1, 2) AS wilayah, sum(peserta_aktif) AS peserta
    FROM kepesertaan WHERE periode = $p GROUP BY 1
)
SELECT w.kode_wilayah AS wilayah, w.nama, coalesce(a.kasus, 0) AS kasus, coalesce(a.meninggal, 0) AS meninggal,
       coalesce(a.bulan, 0) AS bulan, p.peserta, round(coalesce(a.kasus, 0) * 100000 / p.peserta, 2) AS rate
FROM wilayah w LEFT JOIN acc a ON a.wilayah = w.kode_wilayah LEFT JOIN aktif p ON p.wilayah = w.kode_wilayah
WHERE w.tingkat = 'provinsi' ORDER BY 1
"""

# The follow-up ladder at the end of the month: actions up to then, keyed by employer (NPP; else an
# NIB or a name in its kab/kota that the actions link to exactly one NPP; else the NIB, else the
# name), one case per employer and category at its latest action; overdue = not final and more
# than 14 days at its stage on the reference day.
_CASES = """
WITH a AS (
    SELECT *, lower(trim(nama_perusahaan)) || ' @' || kode_wilayah AS nk,
           list_position(['HIMBAUAN','TEGURAN_1','TEGURAN_2','NOTA_PEMERIKSAAN_1','NOTA_PEMERIKSAAN_2',
                          'REKOMENDASI_SANKSI','PROSES_HUKUM','PATUH'], tahap) AS r
    FROM tindak_lanjut WHERE tanggal <= $end
), nl AS (SELECT nib, min(npp) AS npp FROM a WHERE npp IS NOT NULL AND nib IS NOT NULL GROUP BY nib HAVING count(DISTINCT npp) = 1
), ml AS (SELECT nk, min(npp) AS npp FROM a WHERE npp IS NOT NULL AND nama_perusahaan IS NOT NULL GROUP BY nk HAVING count(DISTINCT npp) = 1
), k AS (
    SELECT a.*, CASE WHEN coalesce(a.npp, nl.npp, ml.npp) IS NOT NULL THEN 'NPP ' || coalesce(a.npp, nl.npp, ml.npp)
                     WHEN a.nib IS NOT NULL THEN 'NIB ' || a.nib ELSE 'NAMA ' || a.nk END AS pid
    FROM a LEFT JOIN nl ON a.npp IS NULL AND a.nib = nl.nib LEFT JOIN ml ON a.npp IS NULL AND a.nk = ml.nk
), c AS (
    SELECT pid, kategori, arg_max(tahap, date_diff('day', DATE '2000-01-01', tanggal) * 10 + r) AS tahap,
           max(tanggal) AS sejak, max(r) FILTER (WHERE tahap <> 'PATUH') AS tertinggi
    FROM k GROUP BY pid, kategori
)
"""
LADDER = _CASES + """
SELECT count(*) AS kasus, count(*) FILTER (tahap = 'PATUH') AS patuh,
       count(*) FILTER (tahap NOT IN ('PATUH', 'PROSES_HUKUM') AND date_diff('day', sejak, $ref) > 14) AS terlambat,
       count(*) FILTER (tahap = 'HIMBAUAN') AS himbauan, count(*) FILTER (coalesce(tertinggi, 0) >= 2) AS teguran_1
FROM c
"""


# Outcomes per institution: each case's employer snapshots matched by NPP, else NIB, else its name in
# its kab/kota (only for a case with neither); the latest snapshot ending by the case's first action
# ("before") and the latest at the month ("after"); workers registered (PWBD, PDS-TK) and arrears
# recovered (PMI) where both exist; PATUH cases; a total row. From every snapshot, not the derived rows.
OUTCOMES = _CASES.replace("""    SELECT pid, kategori, arg_max(tahap, date_diff('day', DATE '2000-01-01', tanggal) * 10 + r) AS tahap,
           max(tanggal) AS sejak, max(r) FILTER (WHERE tahap <> 'PATUH') AS tertinggi
    FROM k GROUP BY pid, kategori""", """    SELECT pid, kategori, arg_max(tahap, o) AS tahap, max(npp) AS npp, max(nib) AS nib, min(tanggal) AS mulai,
           arg_max(nama_perusahaan, o) FILTER (WHERE nama_perusahaan IS NOT NULL) AS nama, arg_max(kode_wilayah, o) AS wil,
           coalesce(arg_max(instansi, o) FILTER (WHERE tahap <> 'PATUH'), arg_max(instansi, o)) AS instansi
    FROM (SELECT *, date_diff('day', DATE '2000-01-01', tanggal) * 10 + r AS o FROM k) GROUP BY pid, kategori""") + """
, s AS (SELECT * FROM perusahaan WHERE periode <= $p)
, m AS (
    SELECT c.pid, c.kategori, s.periode, 1 AS prio, s.tk_terdaftar, s.tunggakan_rp FROM c JOIN s ON s.npp = c.npp
    UNION ALL SELECT c.pid, c.kategori, s.periode, 2, s.tk_terdaftar, s.tunggakan_rp FROM c JOIN s ON s.nib = c.nib
    UNION ALL SELECT c.pid, c.kategori, s.periode, 3, s.tk_terdaftar, s.tunggakan_rp FROM c JOIN s
        ON c.npp IS NULL AND c.nib IS NULL AND s.kode_wilayah = c.wil AND lower(s.nama_perusahaan) = lower(trim(c.nama))
), per AS (
    SELECT m.pid, m.kategori,
        arg_max(tk_terdaftar, date_diff('month', DATE '2000-01-01', periode) * 10 + 9 - prio) FILTER (WHERE last_day(periode) <= c.mulai) AS tk0,
        arg_max(tunggakan_rp, date_diff('month', DATE '2000-01-01', periode) * 10 + 9 - prio) FILTER (WHERE last_day(periode) <= c.mulai) AS rp0,
        max(periode) FILTER (WHERE last_day(periode) <= c.mulai) AS p0,
        arg_max(tk_terdaftar, date_diff('month', DATE '2000-01-01', periode) * 10 + 9 - prio) AS tk1,
        arg_max(tunggakan_rp, date_diff('month', DATE '2000-01-01', periode) * 10 + 9 - prio) AS rp1, max(periode) AS p1
    FROM m JOIN c USING (pid, kategori) GROUP BY m.pid, m.kategori
)
SELECT c.instansi, count(*) AS kasus, count(*) FILTER (c.tahap = 'PATUH') AS patuh,
    count(*) FILTER (p0 IS NOT NULL AND p1 > p0) AS terukur,
    sum(CASE WHEN c.kategori IN ('PWBD', 'PDS_TK') AND p0 IS NOT NULL THEN greatest(tk1 - tk0, 0) ELSE 0 END)::BIGINT AS tk,
    sum(CASE WHEN c.kategori = 'PMI' AND p0 IS NOT NULL THEN greatest(rp0 - rp1, 0) ELSE 0 END)::DOUBLE AS rp
FROM c LEFT JOIN per USING (pid, kategori) GROUP BY ROLLUP (c.instansi) ORDER BY c.instansi NULLS LAST
"""


@dataclass(frozen=True)
class Pair:
    name: str
    project: Callable[[duckdb.DuckDBPyConnection], object]
    sql: str
    params: Callable[[], dict]
    same: Callable[[object, list[tuple]], bool]  # the project's result against the statement's rows


def _month_end(p: dt.date) -> dt.date:
    from analytics.enforcement.settings import month_end

    return month_end(p)


def pairs(periode: dt.date) -> list[Pair]:
    from analytics.compliance import compliance_breakdown, compliance_summary
    from analytics.enforcement import (
        EnforcementSettings,
        ladder_summary,
        outcomes_by_institution,
        reference_day,
    )
    from analytics.kecelakaan.breakdown import by_subarea

    quarter = dt.date(periode.year, 3 * ((periode.month - 1) // 3) + 1, 1)

    def summary_same(s, rows):
        k = s.kategori
        return rows == [(s.perusahaan, s.perusahaan_tidak_patuh, k["PWBD"].perusahaan, k["PDS_TK"].perusahaan,
                         k["PDS_UPAH"].perusahaan, k["PDS_PROGRAM"].perusahaan, k["PMI"].perusahaan)]  # fmt: skip

    def breakdown_same(frame, rows):
        mine = sorted((r.wilayah, r.perusahaan, r.perusahaan_tidak_patuh, r.pwbd_perusahaan, r.pds_tk_perusahaan,
                       r.pds_upah_perusahaan, r.pds_program_perusahaan, r.pmi_perusahaan)
                      for r in frame.itertuples() if r.perusahaan)  # fmt: skip
        return mine == [tuple(r) for r in rows]

    def accidents_same(frame, rows):
        mine = sorted((r.wilayah, r.nama, r.kasus_triwulan, r.meninggal_triwulan, r.bulan_dilaporkan,
                       None if pd.isna(r.peserta_aktif) else r.peserta_aktif,
                       None if pd.isna(r.kasus_per_100rb_peserta_triwulan) else r.kasus_per_100rb_peserta_triwulan)
                      for r in frame.itertuples())  # fmt: skip
        return mine == [(w, n, k, m, b, p, None if rate is None else float(rate)) for w, n, k, m, b, p, rate in rows]

    def ladder_same(s, rows):
        return rows == [(s.kasus, s.patuh, s.terlambat, s.sekarang["HIMBAUAN"], s.tahapan["TEGURAN_1"])]

    def outcomes_same(frame, rows):
        mine = [(r.instansi if isinstance(r.instansi, str) else None, r.kasus, r.patuh, r.kasus_terukur,
                 r.tk_didaftarkan, round(r.tunggakan_dipulihkan_rp, 2)) for r in frame.itertuples() if r.kasus]  # fmt: skip
        return mine == [(i, k, p, t, tk, round(rp, 2)) for i, k, p, t, tk, rp in rows]

    settings = EnforcementSettings()
    return [
        Pair("compliance summary, national", lambda c: compliance_summary(c, NATIONAL, periode), COMPLIANCE_SUMMARY,
             lambda: {"p": periode}, summary_same),
        Pair("compliance by province", lambda c: compliance_breakdown(c, NATIONAL, "wilayah", periode),
             COMPLIANCE_BY_PROVINCE, lambda: {"p": periode}, breakdown_same),
        Pair("accidents by province (quarter to date)", lambda c: by_subarea(c, NATIONAL, periode),
             ACCIDENTS_BY_PROVINCE, lambda: {"q": quarter, "p": periode}, accidents_same),
        Pair("follow-up ladder, national", lambda c: ladder_summary(c, NATIONAL, periode, settings, None, TODAY),
             LADDER, lambda: {"end": _month_end(periode), "ref": reference_day(periode, TODAY)}, ladder_same),
        Pair("follow-up outcomes per institution, national", lambda c: outcomes_by_institution(c, NATIONAL, periode, None, None, TODAY),
             OUTCOMES, lambda: {"end": _month_end(periode), "p": periode}, outcomes_same),
    ]  # fmt: skip


def measure(con: duckdb.DuckDBPyConnection, periode: dt.date, runs: int = 5) -> list[dict]:
    """For each pair: agreement, median seconds of both, ratio. Runs alternate, so a noisy
    neighbour slows both alike; a pair of a few milliseconds runs until a second has passed (at
    least `runs` times), as 5 runs of 5 ms are mostly noise."""
    out = []
    for pair in pairs(periode):
        params = pair.params()
        result = pair.project(con)
        rows = con.execute(pair.sql, params).fetchall()
        agree = pair.same(result, rows)
        mine, hand = [], []
        while len(mine) < runs or (sum(mine) + sum(hand) < 1.0 and len(mine) < 500):
            t0 = time.perf_counter()
            pair.project(con)
            mine.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            con.execute(pair.sql, params).fetchall()
            hand.append(time.perf_counter() - t0)
        m, h = statistics.median(mine), statistics.median(hand)
        out.append({"name": pair.name, "agree": agree, "project_s": m, "sql_s": h, "ratio": m / h if h else float("nan")})
    return out


def main(argv: list[str] | None = None) -> int:
    from analytics import published

    p = argparse.ArgumentParser(prog="python -m scripts.ratios", description=__doc__.split("\n\n")[0])
    p.add_argument("--db", required=True)
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args(argv)
    con, _ = published.connect(args.db)
    periode = con.execute("SELECT max(periode) FROM kepesertaan").fetchone()[0]
    for r in measure(con, periode, args.runs):
        print(f"{r['name']:45s} agree={r['agree']!s:5s} project {r['project_s']:.3f} s  sql {r['sql_s']:.3f} s  "
              f"ratio {r['ratio']:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
