-- One row per employer snapshot: a kab/kota's `perusahaan` rows of one month, with how many
-- employers it lists and how many of them are AKTIF. Which snapshot a view reads (each kab/kota's
-- latest at or before a month, or the one before it) and the AKTIF employers of the coverage
-- metrics are questions about these few thousand rows, not the millions of employers.

SELECT
    periode,
    kode_wilayah,
    CAST(count(*) AS BIGINT) AS perusahaan,
    CAST(count(*) FILTER (WHERE status = 'AKTIF') AS BIGINT) AS perusahaan_aktif
FROM perusahaan
GROUP BY periode, kode_wilayah
ORDER BY kode_wilayah, periode
