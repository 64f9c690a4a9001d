-- The employer snapshot rows an enforcement case can be matched to (enforcement/outcomes.sql): a
-- case matches snapshots by its NPP, else its NIB, else its name within its kab/kota, and a case's
-- NPP, NIB and name are always those of one of its actions. So every snapshot row whose NPP or NIB
-- some action carries, or whose name (lower case) some action without NPP and NIB carries, and no
-- other: the rows outcomes can use, about a ninth of them nationally.

WITH
npps AS (SELECT DISTINCT npp FROM tindak_lanjut WHERE npp IS NOT NULL),
nibs AS (SELECT DISTINCT nib FROM tindak_lanjut WHERE nib IS NOT NULL),
names AS (
    SELECT DISTINCT nama_kunci(nama_perusahaan) AS nama FROM tindak_lanjut
    WHERE npp IS NULL AND nib IS NULL AND nama_perusahaan IS NOT NULL
),
final AS (
    SELECT p.periode, p.npp, p.nib, p.nama_perusahaan, p.kode_wilayah, p.tk_terdaftar, p.tunggakan_rp
    FROM perusahaan AS p
    WHERE p.npp IN (SELECT npp FROM npps)
       OR p.nib IN (SELECT nib FROM nibs)
       OR lower(p.nama_perusahaan) IN (SELECT nama FROM names)
)
SELECT * FROM final
