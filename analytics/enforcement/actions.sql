-- The follow-up actions of a scope up to the period's end, each with its ladder position (`rank`), and
-- keyed by employer (`perusahaan_id`: the store's employer identity, analytics.migrations). A NIB or a
-- name that another action links to exactly one NPP takes that NPP.
-- `cond`: the scope's kab/kota filter; `docs`: the document columns when the timeline needs them;
-- `kat`: the category condition when one is chosen; `only`: a further condition (one employer's
-- timeline reads only the actions that bear on its key). Parameters: the scope's, the period's last
-- day, the category, `only`'s. (The ladder's positions are in tindak_lanjut_kunci.rank.)

acts AS (  -- tindak_lanjut_kunci: the actions with their name key and rank (analytics.derived)
    SELECT tanggal, npp, nib, nama_perusahaan, kode_wilayah, kategori, tahap, instansi,{docs} kunci_nama, rank
    FROM tindak_lanjut_kunci
    WHERE {cond} AND tanggal <= ? {kat} {only}
),
nib_link AS (
    SELECT nib, min(npp) AS npp FROM acts
    WHERE npp IS NOT NULL AND nib IS NOT NULL GROUP BY nib HAVING count(DISTINCT npp) = 1
),
name_link AS (
    SELECT kunci_nama AS nama, min(npp) AS npp FROM acts
    WHERE npp IS NOT NULL AND nama_perusahaan IS NOT NULL
    GROUP BY 1 HAVING count(DISTINCT npp) = 1
),
keyed AS (  -- perusahaan_id: the store's employer identity (macro, analytics.migrations)
    SELECT a.*, perusahaan_id(coalesce(a.npp, nl.npp, ml.npp), a.nib, a.nama_perusahaan, a.kode_wilayah)
                AS perusahaan_id
    FROM acts a
    LEFT JOIN nib_link nl ON a.npp IS NULL AND a.nib = nl.nib
    LEFT JOIN name_link ml
        ON a.npp IS NULL AND a.kunci_nama = ml.nama
)
