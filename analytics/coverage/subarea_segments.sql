-- Active participants per segment, joiners and leavers of one month, per sub-area of a scope (the
-- monthly report's table). `members`: (area, area_kind, kode_wilayah) of analytics.coverage.areas;
-- parameter: the month.

WITH
members AS ({members}),
bulan AS (
    SELECT m.area, k.segmen, k.peserta_aktif, k.peserta_baru, k.peserta_nonaktif
    FROM kepesertaan AS k
    JOIN members AS m USING (kode_wilayah)
    WHERE k.periode = ?
),
final AS (
    SELECT
        area AS wilayah,
        sum(peserta_aktif) FILTER (WHERE segmen = 'PU') AS aktif_pu,
        sum(peserta_aktif) FILTER (WHERE segmen = 'BPU') AS aktif_bpu,
        sum(peserta_aktif) FILTER (WHERE segmen = 'JAKON') AS aktif_jakon,
        sum(peserta_aktif) FILTER (WHERE segmen = 'PMI') AS aktif_pmi,
        sum(peserta_baru) AS peserta_baru,          -- NULL when no file gave joiners
        sum(peserta_nonaktif) AS peserta_nonaktif   -- NULL when no file gave leavers
    FROM bulan
    GROUP BY area
)
SELECT * FROM final ORDER BY wilayah
