-- Active, new and inactive participants of a scope per month and segment (Tren).
-- `cond`: the scope's kab/kota filter (analytics.scope); parameters: first and last month.

WITH
kepesertaan_scope AS (
    SELECT periode, segmen, peserta_aktif, peserta_baru, peserta_nonaktif
    FROM kepesertaan
    WHERE {cond} AND periode BETWEEN ? AND ?
),
final AS (
    SELECT
        periode,
        segmen,
        sum(peserta_aktif) AS peserta_aktif,
        sum(peserta_baru) AS peserta_baru,          -- NULL when no file gave joiners
        sum(peserta_nonaktif) AS peserta_nonaktif   -- NULL when no file gave leavers
    FROM kepesertaan_scope
    GROUP BY periode, segmen
)
SELECT * FROM final ORDER BY periode, segmen
