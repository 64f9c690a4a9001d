-- One scope's work accidents: the quarter to date and the year to date (analytics.kecelakaan).
-- Parameters, in textual order: January of the period's year, the period, the scope condition's,
-- then the quarter's first month six times, then the period four times (the month's own sums). Optional columns (cacat, klaim_rp) count an empty cell as 0.
WITH rows AS (
    SELECT periode, kasus, meninggal, coalesce(cacat, 0) AS cacat, coalesce(klaim_rp, 0) AS klaim_rp
    FROM kecelakaan
    WHERE periode BETWEEN ? AND ? AND {cond}
)
SELECT
    coalesce(sum(kasus) FILTER (WHERE periode >= ?), 0) AS kasus_triwulan,
    coalesce(sum(meninggal) FILTER (WHERE periode >= ?), 0) AS meninggal_triwulan,
    coalesce(sum(cacat) FILTER (WHERE periode >= ?), 0) AS cacat_triwulan,
    coalesce(sum(klaim_rp) FILTER (WHERE periode >= ?), 0) AS klaim_rp_triwulan,
    coalesce(sum(kasus), 0) AS kasus_tahun_berjalan,
    coalesce(sum(meninggal), 0) AS meninggal_tahun_berjalan,
    count(DISTINCT periode) FILTER (WHERE periode >= ?) AS bulan_dilaporkan,
    list(DISTINCT periode) FILTER (WHERE periode >= ?) AS bulan_ada,
    coalesce(sum(cacat), 0) AS cacat_tahun_berjalan,
    coalesce(sum(klaim_rp), 0) AS klaim_rp_tahun_berjalan,
    coalesce(sum(kasus) FILTER (WHERE periode = ?), 0) AS kasus_bulan,
    coalesce(sum(meninggal) FILTER (WHERE periode = ?), 0) AS meninggal_bulan,
    coalesce(sum(cacat) FILTER (WHERE periode = ?), 0) AS cacat_bulan,
    coalesce(sum(klaim_rp) FILTER (WHERE periode = ?), 0) AS klaim_rp_bulan
FROM rows
