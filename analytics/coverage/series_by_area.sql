-- Several areas side by side, month by month: active participants and coverage of the workforce.
-- `members`: (urutan, kode_wilayah) of each area's kab/kota; parameters: first and last month.

WITH
members AS ({members}),
aktif AS (
    SELECT m.urutan, k.periode, sum(k.peserta_aktif) AS peserta_aktif
    FROM kepesertaan AS k
    JOIN members AS m USING (kode_wilayah)
    WHERE k.periode BETWEEN ? AND ?
    GROUP BY m.urutan, k.periode
),
penduduk_kabkota AS (  -- each member's workforce for the month's year, else its latest earlier year
    SELECT a.urutan, a.periode, m.kode_wilayah, arg_max(pb.penduduk_bekerja, pb.tahun) AS penduduk_bekerja
    FROM aktif AS a
    JOIN members AS m USING (urutan)
    JOIN penduduk_bekerja AS pb ON pb.kode_wilayah = m.kode_wilayah AND pb.tahun <= year(a.periode)
    GROUP BY a.urutan, a.periode, m.kode_wilayah
),
penduduk AS (
    SELECT urutan, periode, sum(penduduk_bekerja) AS penduduk_bekerja
    FROM penduduk_kabkota
    GROUP BY urutan, periode
),
final AS (
    SELECT
        a.urutan,
        a.periode,
        a.peserta_aktif,
        p.penduduk_bekerja,
        100.0 * CAST(a.peserta_aktif AS DOUBLE) / nullif(p.penduduk_bekerja, 0) AS cakupan_persen
    FROM aktif AS a
    LEFT JOIN penduduk AS p USING (urutan, periode)
)
SELECT * FROM final ORDER BY urutan, periode
