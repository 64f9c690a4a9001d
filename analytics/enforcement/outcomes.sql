-- Outcomes of enforcement by institution: each case's employer snapshots before its first action and
-- at the period, matched by the store's employer identity step by step (perusahaan_kunci), then
-- PATUH cases, workers registered and arrears recovered per institution, with a ROLLUP total.
-- `cases`: cases.sql; `cond`: the scope's kab/kota filter. Parameters after the cases': the scope's,
-- the period, the worker categories, the arrears categories.

{cases},
c AS MATERIALIZED (  -- one row per case; `id` stands for (perusahaan_id, kategori) below
    SELECT row_number() OVER () AS id, npp, nib, nama_perusahaan, kode_wilayah, mulai, instansi, tahap, kategori
    FROM cases_now
),
snap AS NOT MATERIALIZED (  -- {snapshots}: perusahaan_ditindak, the rows a case can match (analytics.derived)
    SELECT periode, npp, nib, nama_perusahaan, kode_wilayah, tk_terdaftar, tunggakan_rp
    FROM {snapshots} WHERE {cond} AND periode <= ?
),
matched AS (  -- each case's snapshot rows by the store's employer identity (perusahaan_kunci), step by step
    SELECT c.id, c.mulai, s.periode, 1 AS prio, s.tk_terdaftar, s.tunggakan_rp
    FROM c JOIN snap s ON s.npp = c.npp
    UNION ALL
    SELECT c.id, c.mulai, s.periode, 2, s.tk_terdaftar, s.tunggakan_rp
    FROM c JOIN snap s ON s.nib = c.nib
    UNION ALL
    SELECT c.id, c.mulai, s.periode, 3, s.tk_terdaftar, s.tunggakan_rp
    -- the name step of perusahaan_kunci; a stored name is already trimmed (analytics.load trims every
    -- text cell), so lower() is its nama_kunci, and 7.6 million trims are not paid on every visit
    FROM c JOIN snap s
      ON s.kode_wilayah = c.kode_wilayah AND lower(s.nama_perusahaan) = nama_kunci(c.nama_perusahaan)
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
),
final AS (
    SELECT instansi, count(*) AS kasus, count(*) FILTER (WHERE tahap = 'PATUH') AS patuh,
           count(*) FILTER (WHERE terukur) AS kasus_terukur,
           sum(tk)::BIGINT AS tk_didaftarkan, sum(rp)::DOUBLE AS tunggakan_dipulihkan_rp
    FROM joined GROUP BY ROLLUP (instansi)
)
SELECT * FROM final

