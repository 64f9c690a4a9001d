-- One row per case (perusahaan_id, kategori) with its current stage and days at that stage (see
-- analytics.enforcement for the rules); whether it is overdue is cases_now.sql's, as it depends on
-- the setting and this does not. `acts`: actions.sql; `order_key`: the order of actions
-- (sql.ORDER_KEY). Parameter after the actions': the reference day.

WITH {acts},
ordered AS (
    SELECT *, {order_key} AS k FROM keyed
),
case_rows AS (
    SELECT perusahaan_id, kategori,
        arg_max(struct_pack(tahap, tanggal, instansi, kode_wilayah), k) AS kini,
        arg_max(nama_perusahaan, k) FILTER (WHERE nama_perusahaan IS NOT NULL) AS nama_perusahaan,
        max(npp) AS npp,
        max(nib) AS nib,
        min(tanggal) AS mulai,
        coalesce(max(rank) FILTER (WHERE tahap <> 'PATUH'), 0) AS rank_tertinggi,
        arg_max(instansi, k) FILTER (WHERE tahap <> 'PATUH') AS instansi_tangga,
        count(*) AS tindakan
    FROM ordered GROUP BY perusahaan_id, kategori
),
cases AS (
    SELECT perusahaan_id, kategori, nama_perusahaan, npp, nib, kini.kode_wilayah AS kode_wilayah, mulai,
        kini.tahap AS tahap, kini.tanggal AS tanggal_tahap, kini.instansi AS instansi_tahap,
        rank_tertinggi, coalesce(instansi_tangga, kini.instansi) AS instansi, tindakan
    FROM case_rows
),
cases_days AS (
    SELECT c.*, date_diff('day', tanggal_tahap, ?::DATE) AS hari_di_tahap FROM cases c
)
