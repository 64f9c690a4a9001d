-- The compliance flags of every employer row read (see analytics.compliance.rules for the rules).
-- Registered = any status but BELUM_DAFTAR (AKTIF or NONAKTIF: both have an NPP), as in the contract.
-- `employers`: the import CTEs ending in `employers` (rules._EMPLOYERS); the other fields are the
-- settings' program and ageing rules as SQL built by rules.py.

WITH
params AS (SELECT CAST($periode AS DATE) AS p_periode),

-- import: the snapshot(s) of each kab/kota in scope ------------------------------------------------
{employers}

-- logic ------------------------------------------------------------------------------------------
-- Missing programs are worked out once per (scale, program list) over every list the store can hold
-- (the contract's programs, normalised in PROGRAM order: {n_lists} lists × 4 scales) and joined,
-- instead of string tests on each of a million rows; a list outside that set (never written by the
-- loader) falls back to the same test row by row.
program_kombinasi AS (
    SELECT skala, program_key, ';' || program_key || ';' AS program_ikut,
        {wajib_case} AS program_wajib
    FROM (VALUES {skala_values}) AS s(skala), (VALUES {program_values}) AS p(program_key)
),
program_kurang_per_kombinasi AS (
    SELECT skala, program_key, nullif(concat_ws(';', {missing_programs}), '') AS program_kurang
    FROM program_kombinasi
),
judged AS (
    SELECT
        e.*,
        e.status <> 'BELUM_DAFTAR' AS terdaftar,
        -- PDS-Upah is judged only with both wages, tk_terdaftar > 0 (and tk_wajib > 0 to divide)
        (e.upah_wajib_rp IS NOT NULL AND e.upah_terdaftar_rp IS NOT NULL
         AND e.tk_terdaftar > 0 AND e.tk_wajib > 0) AS upah_dinilai,
        k.skala IS NOT NULL AS kombinasi_dikenal,
        k.program_kurang AS program_kurang_kombinasi
    FROM employers AS e
    LEFT JOIN program_kurang_per_kombinasi AS k
      ON k.skala = e.skala AND k.program_key = coalesce(e.program, '')
),
-- The fallback is a plain CASE arm over the row (evaluated only for those rows), not a correlated
-- subquery: that made DuckDB materialise every employer row and join it back (~1 s nationally).
kurang AS (
    SELECT
        *,
        CASE
            WHEN kombinasi_dikenal THEN program_kurang_kombinasi
            ELSE nullif(concat_ws(';', {missing_programs_row}), '')
        END AS program_kurang
    FROM judged
),
flags AS (
    SELECT
        *,
        status = 'BELUM_DAFTAR' AS pwbd,
        coalesce(terdaftar AND tk_terdaftar < tk_wajib, FALSE) AS pds_tk,
        -- upah_terdaftar / tk_terdaftar < upah_wajib / tk_wajib, cross-multiplied (no rounding)
        coalesce(terdaftar AND upah_dinilai
                 AND upah_terdaftar_rp * tk_wajib < upah_wajib_rp * tk_terdaftar, FALSE) AS pds_upah,
        terdaftar AND program_kurang IS NOT NULL AS pds_program,
        coalesce(bulan_tunggakan >= 1, FALSE) AS pmi
    FROM kurang
),
final AS (
    SELECT
        periode, kode_wilayah, npp, nib, nama_perusahaan, sektor, skala, status,
        tk_wajib, tk_terdaftar, upah_wajib_rp, upah_terdaftar_rp, program,
        tunggakan_rp, bulan_tunggakan,
        terdaftar, pwbd, pds_tk, pds_upah, pds_program, pmi,
        pwbd OR pds_tk OR pds_upah OR pds_program OR pmi AS tidak_patuh,
        CAST(CASE
            WHEN pwbd THEN coalesce(tk_wajib, 0)
            WHEN pds_tk THEN tk_wajib - tk_terdaftar
            ELSE 0
        END AS BIGINT) AS tk_belum_terlindungi,
        CASE
            -- = upah_wajib / tk_wajib × tk_terdaftar − upah_terdaftar; multiplied first (one rounding)
            WHEN pds_upah THEN upah_wajib_rp * tk_terdaftar / tk_wajib - upah_terdaftar_rp
            ELSE 0
        END AS selisih_upah_rp,
        CASE WHEN pmi THEN {umur_case} END AS umur,
        CASE WHEN pmi THEN {umur_urut_case} END AS umur_urut,
        CASE WHEN pds_program THEN program_kurang END AS program_kurang
    FROM flags
)
SELECT * FROM final
