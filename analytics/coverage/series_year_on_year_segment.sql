-- Each segment (and the total, 'SEMUA') at a month and twelve months before (Tren).
-- `cond`: the scope's kab/kota filter; parameters: the two months (twice).

WITH
kepesertaan_scope AS (
    SELECT periode, segmen, peserta_aktif
    FROM kepesertaan
    WHERE {cond} AND periode IN (?, ?)
),
per_segmen AS (
    SELECT
        segmen,
        sum(peserta_aktif) FILTER (WHERE periode = ?) AS peserta_aktif,
        sum(peserta_aktif) FILTER (WHERE periode = ?) AS peserta_aktif_tahun_lalu
    FROM kepesertaan_scope
    GROUP BY segmen
),
semua AS (  -- the total is only a total when both months are there
    SELECT
        'SEMUA' AS segmen,
        CASE WHEN count(peserta_aktif_tahun_lalu) > 0 THEN sum(peserta_aktif) END AS peserta_aktif,
        CASE WHEN count(peserta_aktif) > 0 THEN sum(peserta_aktif_tahun_lalu) END AS peserta_aktif_tahun_lalu
    FROM per_segmen
    HAVING count(*) > 0
),
final AS (
    SELECT
        segmen,
        peserta_aktif,
        peserta_aktif_tahun_lalu,
        peserta_aktif - peserta_aktif_tahun_lalu AS perubahan,
        100.0 * CAST(peserta_aktif - peserta_aktif_tahun_lalu AS DOUBLE)
            / nullif(peserta_aktif_tahun_lalu, 0) AS perubahan_persen
    FROM (SELECT * FROM per_segmen UNION ALL SELECT * FROM semua)
)
SELECT * FROM final
