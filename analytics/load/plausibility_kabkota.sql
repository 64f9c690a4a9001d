-- A kab/kota of the file's provinces with membership the month before and none after saving.
SELECT DISTINCT m.periode, s.kode_wilayah
FROM bulan AS m
JOIN sesudah AS s ON s.periode = m.periode - INTERVAL 1 MONTH
WHERE left(s.kode_wilayah, 2) IN (SELECT DISTINCT left(kode_wilayah, 2) FROM baru)
  AND NOT EXISTS (SELECT 1 FROM sesudah AS n WHERE n.periode = m.periode AND n.kode_wilayah = s.kode_wilayah)
ORDER BY 1, 2
