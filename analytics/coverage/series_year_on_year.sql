-- A scope's monthly total against the same month a year before.
-- `cond`: the scope's kab/kota filter; parameter: the last month.

WITH
bulanan AS (
    SELECT periode, sum(peserta_aktif) AS peserta_aktif
    FROM kepesertaan
    WHERE {cond} AND periode <= ?
    GROUP BY periode
),
final AS (
    SELECT
        b.periode,
        b.peserta_aktif,
        l.peserta_aktif AS peserta_aktif_tahun_lalu,
        b.peserta_aktif - l.peserta_aktif AS perubahan,
        100.0 * CAST(b.peserta_aktif - l.peserta_aktif AS DOUBLE) / nullif(l.peserta_aktif, 0) AS perubahan_persen
    FROM bulanan AS b
    LEFT JOIN bulanan AS l ON l.periode = CAST(b.periode - INTERVAL 12 MONTH AS DATE)
)
SELECT * FROM final ORDER BY periode
