-- Each kab/kota's latest report per group at or before the period, in the scope (analytics.kelompok).
-- Parameters: the period, then the scope condition's. One row per kab/kota, group and report month,
-- the report's rows (one per funding source) summed; sumber_dana kept apart in `dana`.
WITH scoped AS (
    SELECT kode_wilayah, kelompok, periode, sasaran, terdaftar, sumber_dana
    FROM kelompok_khusus
    WHERE periode <= ? AND {cond}
),
latest AS (
    SELECT kode_wilayah, kelompok, max(periode) AS periode
    FROM scoped
    GROUP BY kode_wilayah, kelompok
),
final AS (
    SELECT s.kode_wilayah, s.kelompok, s.periode, s.sumber_dana, s.sasaran, s.terdaftar
    FROM scoped s
    JOIN latest l USING (kode_wilayah, kelompok, periode)
)
SELECT * FROM final ORDER BY kode_wilayah, kelompok, sumber_dana
