-- Change since the previous snapshot: each kab/kota's latest snapshot at or before $periode
-- (the "current" flags) against its snapshot before that (the "previous" flags), employer by employer.
--
-- Identity across snapshots, in this order, each step only among employers not matched yet:
--   1. npp (registered in both snapshots; npp is national, so a move between kab/kota still matches);
--   2. nib (e.g. a PWBD employer, without npp, that has registered since);
--   3. lower(trim(nama_perusahaan)) + kode_wilayah.
-- These are the store's macro perusahaan_kunci(step, …) (analytics.migrations), shared with enforcement.
-- Steps 2 and 3 only pair employers that are the only candidate on both sides: two "Toko Makmur"
-- in one kab/kota are not guessed at. Kab/kota without a previous snapshot are left out entirely
-- (otherwise every employer there would count as having entered a category).
-- Step 1 is one full outer join over all employers; steps 2 and 3 only see what it left unmatched
-- (mostly PWBD employers, a small share), which keeps this fast at a million employers.

WITH
prev AS MATERIALIZED (
    SELECT npp, nib, nama_perusahaan, kode_wilayah, periode,
           pwbd, pds_tk, pds_upah, pds_program, pmi, tk_terdaftar
    FROM ({previous})
),
cur AS MATERIALIZED (
    SELECT npp, nib, nama_perusahaan, kode_wilayah, periode,
           pwbd, pds_tk, pds_upah, pds_program, pmi, tk_terdaftar
    FROM ({current})
    WHERE kode_wilayah IN (SELECT DISTINCT kode_wilayah FROM prev)
),

-- step 1: npp ------------------------------------------------------------------------------------
by_npp AS MATERIALIZED (
    SELECT
        c.npp IS NOT NULL AND c.periode IS NOT NULL AS ada_kini,
        p.npp IS NOT NULL AND p.periode IS NOT NULL AS ada_dulu,
        c.nib AS c_nib, c.nama_perusahaan AS c_nama, c.kode_wilayah AS c_kode_wilayah, c.periode AS c_periode,
        c.pwbd AS c_pwbd, c.pds_tk AS c_pds_tk, c.pds_upah AS c_pds_upah, c.pds_program AS c_pds_program,
        c.pmi AS c_pmi, c.tk_terdaftar AS c_tk_terdaftar,
        p.nib AS p_nib, p.nama_perusahaan AS p_nama, p.kode_wilayah AS p_kode_wilayah, p.periode AS p_periode,
        p.pwbd AS p_pwbd, p.pds_tk AS p_pds_tk, p.pds_upah AS p_pds_upah, p.pds_program AS p_pds_program,
        p.pmi AS p_pmi, p.tk_terdaftar AS p_tk_terdaftar
    FROM (SELECT * FROM cur WHERE npp IS NOT NULL) AS c
    FULL OUTER JOIN (SELECT * FROM prev WHERE npp IS NOT NULL) AS p ON c.npp = p.npp
),
matched_npp AS (SELECT * FROM by_npp WHERE ada_kini AND ada_dulu),

-- the rest: employers without npp, or whose npp is not on the other side -------------------------
rest_cur AS MATERIALIZED (  -- materialized: its row ids must be the same in every reference
    SELECT row_number() OVER () AS id,
           perusahaan_kunci(3, NULL, NULL, nama_perusahaan, kode_wilayah) AS nama_key, * FROM (
        SELECT nib, nama_perusahaan, kode_wilayah, periode, pwbd, pds_tk, pds_upah, pds_program, pmi, tk_terdaftar
        FROM cur WHERE npp IS NULL
        UNION ALL
        SELECT c_nib, c_nama, c_kode_wilayah, c_periode, c_pwbd, c_pds_tk, c_pds_upah, c_pds_program,
               c_pmi, c_tk_terdaftar
        FROM by_npp WHERE ada_kini AND NOT ada_dulu
    )
),
rest_prev AS MATERIALIZED (
    SELECT row_number() OVER () AS id,
           perusahaan_kunci(3, NULL, NULL, nama_perusahaan, kode_wilayah) AS nama_key, * FROM (
        SELECT nib, nama_perusahaan, kode_wilayah, periode, pwbd, pds_tk, pds_upah, pds_program, pmi, tk_terdaftar
        FROM prev WHERE npp IS NULL
        UNION ALL
        SELECT p_nib, p_nama, p_kode_wilayah, p_periode, p_pwbd, p_pds_tk, p_pds_upah, p_pds_program,
               p_pmi, p_tk_terdaftar
        FROM by_npp WHERE ada_dulu AND NOT ada_kini
    )
),

-- steps 2 and 3 ----------------------------------------------------------------------------------
by_nib AS (
    SELECT c.id AS cid, p.id AS pid FROM rest_cur AS c JOIN rest_prev AS p ON c.nib = p.nib
    QUALIFY count(*) OVER (PARTITION BY c.id) = 1 AND count(*) OVER (PARTITION BY p.id) = 1
),
by_nama AS (
    SELECT c.id AS cid, p.id AS pid
    FROM (SELECT * FROM rest_cur WHERE id NOT IN (SELECT cid FROM by_nib)) AS c
    JOIN (SELECT * FROM rest_prev WHERE id NOT IN (SELECT pid FROM by_nib)) AS p
      ON c.nama_key = p.nama_key
    QUALIFY count(*) OVER (PARTITION BY c.id) = 1 AND count(*) OVER (PARTITION BY p.id) = 1
),
pairs AS (SELECT * FROM by_nib UNION ALL SELECT * FROM by_nama),
rest_matched AS (  -- every employer of the rest once: (cid, pid), either side NULL when unmatched
    SELECT cid, pid FROM pairs
    UNION ALL SELECT NULL, id FROM rest_prev WHERE id NOT IN (SELECT pid FROM pairs)
    UNION ALL SELECT id, NULL FROM rest_cur WHERE id NOT IN (SELECT cid FROM pairs)
),

-- every employer of either snapshot once -----------------------------------------------------------
joined AS (
    SELECT
        ada_kini, c_periode AS periode_kini, p_periode AS periode_dulu,
        c_pwbd, p_pwbd, c_pds_tk, p_pds_tk, c_pds_upah, p_pds_upah, c_pds_program, p_pds_program,
        c_pmi, p_pmi,
        greatest(coalesce(c_tk_terdaftar, 0) - coalesce(p_tk_terdaftar, 0), 0) AS tk_tambah
    FROM matched_npp
    UNION ALL
    SELECT
        c.id IS NOT NULL, c.periode, p.periode,
        coalesce(c.pwbd, FALSE), coalesce(p.pwbd, FALSE),
        coalesce(c.pds_tk, FALSE), coalesce(p.pds_tk, FALSE),
        coalesce(c.pds_upah, FALSE), coalesce(p.pds_upah, FALSE),
        coalesce(c.pds_program, FALSE), coalesce(p.pds_program, FALSE),
        coalesce(c.pmi, FALSE), coalesce(p.pmi, FALSE),
        greatest(coalesce(c.tk_terdaftar, 0) - coalesce(p.tk_terdaftar, 0), 0)
    FROM rest_matched AS m
    LEFT JOIN rest_cur AS c ON c.id = m.cid
    LEFT JOIN rest_prev AS p ON p.id = m.pid
),
-- employers with the same flags before and now count alike: group them first (a few hundred
-- groups), so the per-category counts below read those instead of every employer
grouped AS (
    SELECT
        ada_kini, c_pwbd, p_pwbd, c_pds_tk, p_pds_tk, c_pds_upah, p_pds_upah, c_pds_program, p_pds_program,
        c_pmi, p_pmi,
        count(*) AS n, sum(tk_tambah) AS tk_tambah,
        max(periode_kini) AS periode_kini, max(periode_dulu) AS periode_dulu
    FROM joined
    GROUP BY ALL
),
final AS (
    SELECT
        max(periode_kini) AS periode,
        max(periode_dulu) AS periode_sebelumnya,
        {measures}
    FROM grouped
)
SELECT * FROM final
