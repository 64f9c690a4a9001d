-- A kab/kota x segment of the file moving more than ? percent from the month before.
SELECT b.periode, b.kode_wilayah, b.segmen, s.peserta_aktif AS lalu, b.peserta_aktif AS kini
FROM baru AS b
JOIN sesudah AS s
  ON s.kode_wilayah = b.kode_wilayah AND s.segmen = b.segmen AND s.periode = b.periode - INTERVAL 1 MONTH
WHERE s.peserta_aktif > 0 AND abs(b.peserta_aktif - s.peserta_aktif) * 100.0 > ? * s.peserta_aktif
ORDER BY abs(b.peserta_aktif - s.peserta_aktif) * 1.0 / s.peserta_aktif DESC, b.kode_wilayah, b.segmen
