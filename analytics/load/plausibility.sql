-- The store as it would be after saving a membership file: its months x kab/kota replaced by the
-- file's rows (`{rows}`), everything else as stored; `bulan` the file's months. Each check of
-- analytics.load.plausibility adds its own SELECT (plausibility_*.sql).

WITH
baru AS (SELECT periode, kode_wilayah, segmen, peserta_aktif FROM {rows}),
ganti AS (SELECT DISTINCT periode, kode_wilayah FROM baru),
sesudah AS (
    SELECT periode, kode_wilayah, segmen, peserta_aktif FROM kepesertaan
    WHERE (periode, kode_wilayah) NOT IN (SELECT periode, kode_wilayah FROM ganti)
    UNION ALL SELECT * FROM baru
),
bulan AS (SELECT DISTINCT periode FROM baru)
