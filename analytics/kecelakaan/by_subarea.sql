-- Accidents of the quarter to date per sub-area of a scope (analytics.kecelakaan.breakdown), with
-- the sub-area's name and its active participants in the month (the sum of its kab/kota's rows that
-- month, as the coverage table counts them; NULL without any).
-- Parameters, in textual order: the members relation's, the quarter's first month, the period, the period.
WITH members AS (
    {members}
),
accidents AS (  -- per kab/kota: its months' sums, and the months it reported (a row per month first:
                -- cheaper than count(DISTINCT periode) over every row)
    SELECT kode_wilayah, sum(kasus) AS kasus, sum(meninggal) AS meninggal, count(*) AS bulan
    FROM (
        SELECT kode_wilayah, periode, sum(kasus) AS kasus, sum(meninggal) AS meninggal
        FROM kecelakaan
        WHERE periode BETWEEN ? AND ?
        GROUP BY kode_wilayah, periode
    )
    GROUP BY kode_wilayah
),
aktif AS (
    SELECT kode_wilayah, sum(peserta_aktif) AS peserta_aktif FROM kepesertaan WHERE periode = ? GROUP BY kode_wilayah
),
final AS (
    SELECT m.area AS wilayah, any_value(w.nama) AS nama, coalesce(sum(a.kasus), 0) AS kasus_triwulan,
           coalesce(sum(a.meninggal), 0) AS meninggal_triwulan, coalesce(max(a.bulan), 0) AS bulan_dilaporkan,
           CAST(sum(k.peserta_aktif) AS BIGINT) AS peserta_aktif
    FROM members m
    JOIN wilayah w ON w.kode_wilayah = m.area
    LEFT JOIN accidents a ON a.kode_wilayah = m.kode_wilayah
    LEFT JOIN aktif k ON k.kode_wilayah = m.kode_wilayah
    GROUP BY m.area
)
SELECT * FROM final ORDER BY wilayah
