-- The follow-up actions as analytics.enforcement reads them: each with its name key (the store's
-- employer identity at its name step, perusahaan_kunci) and its position on the ladder (1..n in the
-- contract's TAHAP order, parameter 1). The NIB and name links between actions depend on the scope
-- and the period a view asks for, so they are made at query time (enforcement/actions.sql).

WITH
final AS (
    SELECT tanggal, npp, nib, nama_perusahaan, kode_wilayah, kategori, tahap, instansi, nomor_dokumen, catatan,
        perusahaan_kunci(3, NULL, NULL, nama_perusahaan, kode_wilayah) AS kunci_nama,
        list_position(?::VARCHAR[], tahap) AS rank
    FROM tindak_lanjut
)
SELECT * FROM final
