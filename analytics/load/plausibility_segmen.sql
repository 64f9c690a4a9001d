-- A segment a kab/kota of the file had the month before and lacks in the file's month.
SELECT DISTINCT b.periode, s.kode_wilayah, s.segmen
FROM (SELECT DISTINCT periode, kode_wilayah FROM baru) AS b
JOIN sesudah AS s ON s.kode_wilayah = b.kode_wilayah AND s.periode = b.periode - INTERVAL 1 MONTH
WHERE NOT EXISTS (
    SELECT 1 FROM baru AS n
    WHERE n.periode = b.periode AND n.kode_wilayah = s.kode_wilayah AND n.segmen = s.segmen
)
ORDER BY 1, 2, 3
