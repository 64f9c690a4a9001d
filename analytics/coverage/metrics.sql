-- Coverage metrics per area for one month: the numbers behind the headline and the league table.
--
-- `{members}` is a SELECT of (area, area_kind, kode_wilayah) written by analytics.coverage.areas
-- from a Scope: one row per kabupaten/kota of each area. Its parameters come first; the month
-- (a DATE, first of the month) is the last parameter. area_kind is one of
-- 'nasional' | 'provinsi' | 'kabkota' | 'kantor' (a Kanwil or a Kantor Cabang) and decides how
-- the area's target is resolved. Target resolution runs over whole provinces (allocation needs a
-- province's other kab/kota even when they lie outside the scope); everything else only reads
-- the members.

WITH
members AS ({members}),

params AS (
    SELECT CAST(? AS DATE) AS p_periode
),

-- import CTEs ------------------------------------------------------------------------------------

periode AS (
    SELECT
        p_periode,
        CAST(p_periode - INTERVAL 3 MONTH AS DATE) AS p_periode_3,
        year(p_periode) AS p_tahun
    FROM params
),

kabkota AS (
    SELECT kode_wilayah, kode_provinsi FROM wilayah WHERE tingkat = 'kabkota'
),

provinsi AS (
    SELECT kode_wilayah AS kode_provinsi FROM wilayah WHERE tingkat = 'provinsi'
),

target_tahun AS (  -- targets of the period's year, all segments together
    SELECT t.kode_wilayah, t.target_peserta, t.target_cakupan_persen, t.batas_waktu
    FROM target AS t, periode
    WHERE t.tahun = periode.p_tahun AND t.segmen = 'SEMUA'
),

penduduk AS (  -- each kab/kota's workforce: the period's year, else its latest earlier year
    SELECT
        pb.kode_wilayah,
        arg_max(pb.penduduk_bekerja, pb.tahun) AS penduduk_bekerja,
        max(pb.tahun) AS tahun
    FROM penduduk_bekerja AS pb, periode
    WHERE pb.tahun <= periode.p_tahun
    GROUP BY pb.kode_wilayah
),

aktif AS (  -- active participants per kab/kota in the month and three months earlier
    SELECT
        k.kode_wilayah,
        sum(k.peserta_aktif) FILTER (WHERE k.periode = periode.p_periode) AS aktif,
        sum(k.peserta_aktif) FILTER (WHERE k.periode = periode.p_periode_3) AS aktif_3
    FROM kepesertaan AS k, periode
    WHERE k.periode IN (periode.p_periode, periode.p_periode_3)
      AND k.kode_wilayah IN (SELECT kode_wilayah FROM members)
    GROUP BY k.kode_wilayah
),

perusahaan_aktif AS (  -- AKTIF employers in each kab/kota's latest snapshot at or before the month
    SELECT s.kode_wilayah, arg_max(s.perusahaan_aktif, s.periode) AS perusahaan_aktif
    FROM perusahaan_bulan AS s, periode  -- one row per snapshot (analytics.derived)
    WHERE s.periode <= periode.p_periode
      AND s.kode_wilayah IN (SELECT kode_wilayah FROM members)
    GROUP BY s.kode_wilayah
),

-- logic: targets ---------------------------------------------------------------------------------

penduduk_provinsi AS (
    SELECT k.kode_provinsi, sum(p.penduduk_bekerja) AS penduduk_bekerja
    FROM kabkota AS k JOIN penduduk AS p USING (kode_wilayah)
    GROUP BY k.kode_provinsi
),

target_kabkota_set AS (  -- set at a kab/kota; a percentage becomes a count (DECIMAL: exact halves)
    SELECT
        k.kode_wilayah,
        k.kode_provinsi,
        CAST(coalesce(
            t.target_peserta,
            round(CAST(t.target_cakupan_persen AS DECIMAL(18, 6)) * p.penduduk_bekerja * 0.01)
        ) AS BIGINT) AS target,
        t.batas_waktu
    FROM kabkota AS k
    JOIN target_tahun AS t USING (kode_wilayah)
    LEFT JOIN penduduk AS p USING (kode_wilayah)
),

target_provinsi_set AS (  -- set at a province
    SELECT
        pv.kode_provinsi,
        CAST(coalesce(
            t.target_peserta,
            round(CAST(t.target_cakupan_persen AS DECIMAL(18, 6)) * pp.penduduk_bekerja * 0.01)
        ) AS BIGINT) AS target,
        t.batas_waktu
    FROM provinsi AS pv
    JOIN target_tahun AS t ON t.kode_wilayah = pv.kode_provinsi
    LEFT JOIN penduduk_provinsi AS pp USING (kode_provinsi)
),

target_kabkota_set_per_provinsi AS (
    SELECT kode_provinsi, sum(target) AS target, max(batas_waktu) AS batas_waktu
    FROM target_kabkota_set
    GROUP BY kode_provinsi
),

alokasi_dasar AS (  -- kab/kota without a target of their own, in a province that has one
    SELECT
        k.kode_wilayah,
        k.kode_provinsi,
        p.penduduk_bekerja,
        sum(p.penduduk_bekerja) OVER (PARTITION BY k.kode_provinsi) AS penduduk_sisa,
        CASE
            WHEN tp.target IS NULL THEN NULL
            WHEN tp.target > coalesce(ks.target, 0) THEN tp.target - coalesce(ks.target, 0)
            ELSE 0
        END AS target_sisa,
        tp.batas_waktu
    FROM kabkota AS k
    JOIN target_provinsi_set AS tp USING (kode_provinsi)
    JOIN penduduk AS p USING (kode_wilayah)
    LEFT JOIN target_kabkota_set_per_provinsi AS ks USING (kode_provinsi)
    WHERE k.kode_wilayah NOT IN (SELECT kode_wilayah FROM target_kabkota_set)
),

target_kabkota AS (  -- every kab/kota target, set or allocated (nearest person, halves up)
    SELECT kode_wilayah, kode_provinsi, target, batas_waktu, FALSE AS dialokasikan
    FROM target_kabkota_set
    UNION ALL
    SELECT
        kode_wilayah,
        kode_provinsi,
        CAST((2 * target_sisa * penduduk_bekerja + penduduk_sisa) // (2 * penduduk_sisa) AS BIGINT),
        batas_waktu,
        TRUE
    FROM alokasi_dasar
),

target_provinsi AS (  -- a province: its own target, else the sum of its kab/kota targets
    SELECT
        pv.kode_provinsi,
        CASE WHEN tp.kode_provinsi IS NOT NULL THEN tp.target ELSE ks.target END AS target,
        CASE WHEN tp.kode_provinsi IS NOT NULL THEN tp.batas_waktu ELSE ks.batas_waktu END AS batas_waktu
    FROM provinsi AS pv
    LEFT JOIN target_provinsi_set AS tp USING (kode_provinsi)
    LEFT JOIN target_kabkota_set_per_provinsi AS ks USING (kode_provinsi)
    WHERE tp.kode_provinsi IS NOT NULL OR ks.kode_provinsi IS NOT NULL
),

target_nasional AS (  -- a national target (kode '00') if loaded, else the sum of province targets
    SELECT
        CAST(coalesce(
            t.target_peserta,
            round(CAST(t.target_cakupan_persen AS DECIMAL(18, 6))
                  * (SELECT sum(penduduk_bekerja) FROM penduduk) * 0.01)
        ) AS BIGINT) AS target,
        t.batas_waktu
    FROM target_tahun AS t
    WHERE t.kode_wilayah = '00'
    UNION ALL
    SELECT CAST(sum(target) AS BIGINT), max(batas_waktu)
    FROM target_provinsi
    -- HAVING, not WHERE: an aggregate without GROUP BY returns a row even when WHERE keeps none
    HAVING NOT EXISTS (SELECT 1 FROM target_tahun WHERE kode_wilayah = '00')
),

area_target AS (
    -- a kab/kota, a Kanwil or a Kantor Cabang: the (set or allocated) targets of its kab/kota
    SELECT
        m.area,
        CAST(sum(k.target) AS BIGINT) AS target_peserta,
        bool_or(k.dialokasikan) AS target_dialokasikan,
        max(k.batas_waktu) AS batas_waktu
    FROM members AS m JOIN target_kabkota AS k USING (kode_wilayah)
    WHERE m.area_kind IN ('kabkota', 'kantor')
    GROUP BY m.area
    UNION ALL
    SELECT a.area, p.target, FALSE, p.batas_waktu
    FROM (SELECT DISTINCT area FROM members WHERE area_kind = 'provinsi') AS a
    JOIN target_provinsi AS p ON p.kode_provinsi = a.area
    UNION ALL
    SELECT a.area, n.target, FALSE, n.batas_waktu
    FROM (SELECT DISTINCT area FROM members WHERE area_kind = 'nasional') AS a, target_nasional AS n
),

-- logic: per-area facts and pace -----------------------------------------------------------------

area_facts AS (
    SELECT
        m.area,
        sum(a.aktif) AS peserta_aktif,
        sum(a.aktif_3) AS peserta_aktif_3,
        sum(p.penduduk_bekerja) AS penduduk_bekerja,
        min(p.tahun) AS tahun_penduduk_bekerja,
        sum(e.perusahaan_aktif) AS perusahaan_aktif
    FROM members AS m
    LEFT JOIN aktif AS a USING (kode_wilayah)
    LEFT JOIN penduduk AS p USING (kode_wilayah)
    LEFT JOIN perusahaan_aktif AS e USING (kode_wilayah)
    GROUP BY m.area
),

capaian AS (
    SELECT
        f.area,
        periode.p_periode AS periode,
        CAST(f.peserta_aktif AS BIGINT) AS peserta_aktif,
        t.target_peserta,
        CASE WHEN t.target_peserta IS NOT NULL THEN t.target_dialokasikan END AS target_dialokasikan,
        100.0 * CAST(f.peserta_aktif AS DOUBLE) / nullif(t.target_peserta, 0) AS capaian_persen,
        CASE
            WHEN t.target_peserta IS NULL OR f.peserta_aktif IS NULL THEN NULL
            WHEN t.target_peserta > f.peserta_aktif THEN CAST(t.target_peserta - f.peserta_aktif AS BIGINT)
            ELSE 0
        END AS gap,
        CASE WHEN t.target_peserta IS NOT NULL THEN t.batas_waktu END AS batas_waktu,
        CASE
            WHEN t.target_peserta IS NULL OR t.batas_waktu IS NULL THEN NULL
            ELSE CAST(greatest(
                12 * year(t.batas_waktu) + month(t.batas_waktu)
                - 12 * year(periode.p_periode) - month(periode.p_periode),
                0) AS BIGINT)
        END AS bulan_tersisa,
        CASE
            WHEN f.peserta_aktif IS NULL OR f.peserta_aktif_3 IS NULL THEN NULL
            ELSE CAST(round((f.peserta_aktif - f.peserta_aktif_3) / 3.0) AS BIGINT)  -- never a half
        END AS laju_aktual_per_bulan,
        CAST(f.penduduk_bekerja AS BIGINT) AS penduduk_bekerja,
        f.tahun_penduduk_bekerja,
        100.0 * CAST(f.peserta_aktif AS DOUBLE) / nullif(f.penduduk_bekerja, 0) AS cakupan_persen,
        CAST(f.perusahaan_aktif AS BIGINT) AS perusahaan_aktif
    FROM area_facts AS f
    CROSS JOIN periode
    LEFT JOIN area_target AS t USING (area)
),

laju AS (
    SELECT
        *,
        CASE
            WHEN gap IS NULL OR bulan_tersisa IS NULL THEN NULL
            WHEN gap = 0 THEN 0
            WHEN bulan_tersisa = 0 THEN NULL  -- the deadline has passed: no pace can reach it
            ELSE (gap + bulan_tersisa - 1) // bulan_tersisa  -- rounded up
        END AS laju_dibutuhkan_per_bulan
    FROM capaian
),

final AS (
    SELECT
        area,
        periode,
        peserta_aktif,
        target_peserta,
        target_dialokasikan,
        capaian_persen,
        gap,
        batas_waktu,
        bulan_tersisa,
        laju_dibutuhkan_per_bulan,
        laju_aktual_per_bulan,
        CASE
            WHEN gap IS NULL THEN NULL
            WHEN gap = 0 THEN 'TERCAPAI'
            WHEN bulan_tersisa = 0 THEN 'TERTINGGAL'
            WHEN laju_aktual_per_bulan IS NULL OR laju_dibutuhkan_per_bulan IS NULL THEN NULL
            WHEN laju_aktual_per_bulan >= laju_dibutuhkan_per_bulan THEN 'SESUAI_JALUR'
            WHEN 4 * laju_aktual_per_bulan >= 3 * laju_dibutuhkan_per_bulan THEN 'BERISIKO'  -- 75%, exact
            ELSE 'TERTINGGAL'
        END AS status,
        penduduk_bekerja,
        tahun_penduduk_bekerja,
        cakupan_persen,
        perusahaan_aktif
    FROM laju
)

SELECT * FROM final ORDER BY area
