-- The monthly total of each area (the projection's input), up to the period.
-- `members`: (area, kode_wilayah); parameter: the period.

WITH
members AS ({members}),
final AS (
    SELECT m.area, k.periode, sum(k.peserta_aktif) AS peserta_aktif
    FROM kepesertaan AS k
    JOIN members AS m USING (kode_wilayah)
    WHERE k.periode <= ?
    GROUP BY m.area, k.periode
)
SELECT * FROM final ORDER BY area, periode
