-- Accidents of the quarter to date per sub-area of a scope (analytics.kecelakaan.breakdown).
-- Parameters, in textual order: the members relation's, the quarter's first month, the period.
WITH members AS (
    {members}
),
accidents AS (
    SELECT kode_wilayah, sum(kasus) AS kasus, sum(meninggal) AS meninggal, count(DISTINCT periode) AS bulan
    FROM kecelakaan
    WHERE periode BETWEEN ? AND ?
    GROUP BY kode_wilayah
),
final AS (
    SELECT m.area AS wilayah, coalesce(sum(a.kasus), 0) AS kasus_triwulan,
           coalesce(sum(a.meninggal), 0) AS meninggal_triwulan, coalesce(max(a.bulan), 0) AS bulan_dilaporkan
    FROM members m
    LEFT JOIN accidents a USING (kode_wilayah)
    GROUP BY m.area
)
SELECT * FROM final ORDER BY wilayah
