-- The uploader's area's total in each of the file's months and the month before (`cond`: its
-- kab/kota filter, analytics.scope; its parameters twice).
SELECT
    m.periode,
    (SELECT sum(peserta_aktif) FROM sesudah WHERE periode = m.periode AND {cond}) AS kini,
    (SELECT sum(peserta_aktif) FROM sesudah WHERE periode = m.periode - INTERVAL 1 MONTH AND {cond}) AS lalu
FROM bulan AS m
ORDER BY 1
