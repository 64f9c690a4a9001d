-- Change since the previous snapshot: each kab/kota's latest snapshot at or before $periode
-- (the "current" flags) against its snapshot before that (the "previous" flags), employer by employer.
--
-- Identity across snapshots, in this order, each step only among employers not matched yet:
--   1. npp (registered in both snapshots; npp is national, so a move between kab/kota still matches);
--   2. nib (e.g. a PWBD employer, without npp, that has registered since);
--   3. lower(trim(nama_perusahaan)) + kode_wilayah.
-- Steps 2 and 3 only pair employers that are the only candidate on both sides: two "Toko Makmur"
-- in one kab/kota are not guessed at. Kab/kota without a previous snapshot are left out entirely
-- (otherwise every employer there would count as having entered a category).

WITH
cur_all AS (SELECT row_number() OVER () AS id, * FROM ({current})),
prev AS (SELECT row_number() OVER () AS id, * FROM ({previous})),
cur AS (SELECT * FROM cur_all WHERE kode_wilayah IN (SELECT DISTINCT kode_wilayah FROM prev)),

by_npp AS (
    SELECT c.id AS cid, p.id AS pid FROM cur AS c JOIN prev AS p ON c.npp = p.npp
),
cur_1 AS (SELECT * FROM cur WHERE id NOT IN (SELECT cid FROM by_npp)),
prev_1 AS (SELECT * FROM prev WHERE id NOT IN (SELECT pid FROM by_npp)),
by_nib AS (
    SELECT c.id AS cid, p.id AS pid FROM cur_1 AS c JOIN prev_1 AS p ON c.nib = p.nib
    QUALIFY count(*) OVER (PARTITION BY c.id) = 1 AND count(*) OVER (PARTITION BY p.id) = 1
),
cur_2 AS (SELECT * FROM cur_1 WHERE id NOT IN (SELECT cid FROM by_nib)),
prev_2 AS (SELECT * FROM prev_1 WHERE id NOT IN (SELECT pid FROM by_nib)),
by_nama AS (
    SELECT c.id AS cid, p.id AS pid
    FROM cur_2 AS c
    JOIN prev_2 AS p
      ON lower(trim(c.nama_perusahaan)) = lower(trim(p.nama_perusahaan))
     AND c.kode_wilayah = p.kode_wilayah
    QUALIFY count(*) OVER (PARTITION BY c.id) = 1 AND count(*) OVER (PARTITION BY p.id) = 1
),
pairs AS (
    SELECT * FROM by_npp UNION ALL SELECT * FROM by_nib UNION ALL SELECT * FROM by_nama
),
matched AS (  -- every employer of either snapshot once: (cid, pid), either side NULL when unmatched
    SELECT cid, pid FROM pairs
    UNION ALL SELECT NULL, id FROM prev WHERE id NOT IN (SELECT pid FROM pairs)
    UNION ALL SELECT id, NULL FROM cur WHERE id NOT IN (SELECT cid FROM pairs)
),
joined AS (
    SELECT
        c.id IS NOT NULL AS ada_kini,
        p.id IS NOT NULL AS ada_dulu,
        c.periode AS periode_kini, p.periode AS periode_dulu,
        coalesce(c.pwbd, FALSE) AS c_pwbd, coalesce(p.pwbd, FALSE) AS p_pwbd,
        coalesce(c.pds_tk, FALSE) AS c_pds_tk, coalesce(p.pds_tk, FALSE) AS p_pds_tk,
        coalesce(c.pds_upah, FALSE) AS c_pds_upah, coalesce(p.pds_upah, FALSE) AS p_pds_upah,
        coalesce(c.pds_program, FALSE) AS c_pds_program, coalesce(p.pds_program, FALSE) AS p_pds_program,
        coalesce(c.pmi, FALSE) AS c_pmi, coalesce(p.pmi, FALSE) AS p_pmi,
        greatest(coalesce(c.tk_terdaftar, 0) - coalesce(p.tk_terdaftar, 0), 0) AS tk_tambah
    FROM matched AS m
    LEFT JOIN cur AS c ON c.id = m.cid
    LEFT JOIN prev AS p ON p.id = m.pid
),
final AS (
    SELECT
        max(periode_kini) AS periode,
        max(periode_dulu) AS periode_sebelumnya,
        {measures}
    FROM joined
)
SELECT * FROM final
