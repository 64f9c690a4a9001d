"""Every message of the import, in Bahasa Indonesia and English.

Errors are kept as (key, fields) until shown, so one validation can be rendered in the reader's
language. Numbers in fields are formatted by the caller (analytics.fmt) before they get here.
"""

from __future__ import annotations

from analytics.i18n import Catalog

MESSAGES = Catalog(
    {
        # --- the file as a whole -------------------------------------------------------------
        "format_tidak_didukung": {
            "id": "Format berkas {ext} tidak didukung: gunakan CSV atau XLSX (Excel 2007 ke atas).",
            "en": "File format {ext} is not supported: use CSV or XLSX (Excel 2007 or later).",
        },
        "xls_lama": {
            "id": "Berkas Excel lama (.xls) tidak didukung: simpan ulang sebagai .xlsx atau CSV.",
            "en": "Old Excel files (.xls) are not supported: save again as .xlsx or CSV.",
        },
        "xlsx_rusak": {
            "id": "Berkas XLSX tidak dapat dibaca ({detail}).",
            "en": "The XLSX file cannot be read ({detail}).",
        },
        "bukan_teks": {
            "id": "Berkas ini bukan berkas CSV teks (isinya biner, mis. gambar, PDF atau arsip). Simpan data "
            "sebagai CSV (UTF-8) atau XLSX dari Excel.",
            "en": "This is not a text CSV file (its content is binary, e.g. an image, a PDF or an archive). Save "
            "the data as CSV (UTF-8) or XLSX from Excel.",
        },
        "utf16_rusak": {
            "id": "Berkas berawalan tanda UTF-16/UTF-32 (\"Unicode text\" Excel) tetapi isinya tidak dapat dibaca "
            "dengan encoding itu. Simpan ulang sebagai CSV UTF-8.",
            "en": "The file starts with a UTF-16/UTF-32 mark (Excel's \"Unicode text\") but its content cannot be read "
            "in that encoding. Save it again as CSV UTF-8.",
        },
        "campuran_encoding": {
            "id": "Berkas mencampur dua encoding: baris {baris_utf8} ditulis dalam UTF-8, baris ini dalam "
            "Windows-1252. Membacanya dengan salah satu akan merusak huruf di bagian lain. Simpan seluruh "
            "berkas sebagai CSV UTF-8 dari Excel.",
            "en": "The file mixes two encodings: row {baris_utf8} is UTF-8, this row Windows-1252. Reading it either "
            "way would garble letters in the other part. Save the whole file as CSV UTF-8 from Excel.",
        },
        "bukan_cp1252": {
            "id": "Berkas ini bukan UTF-8 maupun Windows-1252 (ada byte yang tidak terbaca di baris ini). Simpan "
            "sebagai CSV UTF-8 dari Excel.",
            "en": "This file is neither UTF-8 nor Windows-1252 (a byte in this row cannot be read). Save it as "
            "CSV UTF-8 from Excel.",
        },
        "mojibake": {
            "id": "Huruf di baris ini tampak rusak (mis. \"CafÃ©\" untuk \"Café\"): berkas ini tampaknya dalam encoding "
            "lain (mis. Shift-JIS) atau sudah salah dikonversi. Simpan ulang sebagai CSV UTF-8 dari sumber aslinya.",
            "en": "The letters in this row look garbled (e.g. \"CafÃ©\" for \"Café\"): the file seems to be in another "
            "encoding (e.g. Shift-JIS) or was converted wrongly. Save it again as CSV UTF-8 from its source.",
        },
        "judul_terlalu_panjang": {
            "id": "Baris judul lebih dari {kb} KB tanpa akhir baris: ini bukan baris judul kolom kontrak data.",
            "en": "The header line is longer than {kb} KB without a line end: it is not a data-contract header.",
        },
        "kolom_terlalu_banyak": {
            "id": "Baris judul berisi {n} kolom; paling banyak {maks} kolom yang dibaca.",
            "en": "The header has {n} columns; at most {maks} columns are read.",
        },
        "berkas_terlalu_besar": {
            "id": "Berkas lebih besar dari {mb} MB. Pecah per periode atau per provinsi.",
            "en": "The file is larger than {mb} MB. Split it by period or by province.",
        },
        "xlsx_bagian_besar": {
            "id": "Bagian {bagian} di dalam XLSX terurai lebih dari {mb} MB: terlalu besar untuk dibaca.",
            "en": "Part {bagian} inside the XLSX unpacks to more than {mb} MB: too large to read.",
        },
        "xlsx_bom": {
            "id": "Bagian {bagian} di dalam XLSX terurai lebih dari {rasio} kali ukurannya (\"zip bomb\"); berkas "
            "Excel biasa tidak begitu. Berkas ditolak tanpa dibaca.",
            "en": "Part {bagian} inside the XLSX unpacks to more than {rasio} times its size (a \"zip bomb\"); "
            "ordinary Excel files do not. The file is refused unread.",
        },
        "xlsx_bagian_banyak": {
            "id": "XLSX berisi {n} bagian; berkas Excel biasa berisi jauh lebih sedikit (batas {maks}).",
            "en": "The XLSX holds {n} parts; ordinary Excel files hold far fewer (limit {maks}).",
        },
        "xlsx_baris_banyak": {
            "id": "Lembar {bagian} memakai baris sampai {baris}; paling banyak {maks} baris.",
            "en": "Sheet {bagian} uses rows up to {baris}; at most {maks} rows.",
        },
        "xlsx_kolom_banyak": {
            "id": "Lembar {bagian} memakai kolom sampai {kolom} (kolom ke-{n}); paling banyak {maks} kolom. Hapus isi "
            "sel jauh di kanan, lalu simpan ulang.",
            "en": "Sheet {bagian} uses columns up to {kolom} (column {n}); at most {maks} columns. Clear the cells far "
            "to the right and save again.",
        },
        "xlsx_sel_banyak": {
            "id": "Lembar {bagian} mencakup {sel} sel dari sel pertama sampai terakhir yang terisi; paling banyak "
            "{maks}. Hapus isi sel yang jauh dari tabel (mis. di pojok kanan bawah), lalu simpan ulang.",
            "en": "Sheet {bagian} spans {sel} cells from its first to its last filled cell; at most {maks}. Clear "
            "cells far from the table (e.g. in the bottom-right corner) and save again.",
        },
        "pembaca_berhenti": {
            "id": "Pembaca berkas berhenti sebelum selesai (berkas memerlukan lebih dari {mb} MB memori, atau "
            "rusak). Tidak ada yang diubah. Simpan ulang berkas sebagai CSV, atau pecah menjadi beberapa berkas.",
            "en": "The file reader stopped before it finished (the file needs more than {mb} MB of memory, or it "
            "is broken). Nothing was changed. Save the file again as CSV, or split it into several files.",
        },
        "pembaca_memori": {
            "id": "Berkas memerlukan lebih dari {mb} MB memori untuk dibaca. Pecah menjadi beberapa berkas.",
            "en": "The file needs more than {mb} MB of memory to read. Split it into several files.",
        },
        "pembaca_lama": {
            "id": "Membaca berkas memakan lebih dari {detik} detik dan dihentikan. Pecah menjadi beberapa berkas.",
            "en": "Reading the file took more than {detik} seconds and was stopped. Split it into several files.",
        },
        "berkas_tidak_terbaca": {
            "id": "Berkas tidak dapat dibaca ({detail}).",
            "en": "The file cannot be read ({detail}).",
        },
        "csv_rusak": {
            "id": "Berkas CSV tidak dapat dibaca ({detail}).",
            "en": "The CSV file cannot be read ({detail}).",
        },
        "berkas_kosong": {
            "id": "Berkas kosong: tidak ada baris judul kolom.",
            "en": "The file is empty: there is no header row.",
        },
        "tanpa_baris_data": {
            "id": "Berkas tidak berisi baris data (hanya judul kolom dan keterangan). Isi data mulai baris 3 templat, atau baris 2.",
            "en": "The file has no data rows (only the header and descriptions). Enter data from row 3 of the template, or row 2.",
        },
        "jumlah_kolom": {
            "id": "Baris ini berisi {ada} kolom, sedangkan judul berisi {harus} kolom.",
            "en": "This row has {ada} fields while the header has {harus}.",
        },
        "kolom_ganda": {
            "id": "Kolom {kolom} muncul lebih dari sekali di baris judul.",
            "en": "Column {kolom} appears more than once in the header.",
        },
        "kolom_wajib_hilang": {
            "id": "Kolom wajib tidak ada: {kolom}.",
            "en": "Required columns are missing: {kolom}.",
        },
        "kolom_diabaikan": {
            "id": "Kolom tidak dikenal diabaikan: {kolom}.",
            "en": "Unknown columns ignored: {kolom}.",
        },
        "gaya_angka_campur": {
            "id": "Gaya angka bercampur dalam satu berkas: {nilai_id} (baris {baris_id}, kolom {kolom_id}) bergaya "
            "Indonesia, sedangkan {nilai_biasa} (baris {baris_biasa}, kolom {kolom_biasa}) bergaya biasa. "
            "Gunakan satu gaya: 1.234.567 dan 12,5, atau 1234567 dan 12.5.",
            "en": "Number styles are mixed in one file: {nilai_id} (row {baris_id}, column {kolom_id}) is Indonesian "
            "style, while {nilai_biasa} (row {baris_biasa}, column {kolom_biasa}) is plain style. Use one style: "
            "1.234.567 and 12,5, or 1234567 and 12.5.",
        },
        # --- one cell --------------------------------------------------------------------------
        "wajib_diisi": {"id": "Wajib diisi.", "en": "Required."},
        "angka_tidak_valid_id": {
            "id": "Bukan angka yang sah; berkas ini dibaca dengan gaya Indonesia, mis. 1.234.567 atau 12,5.",
            "en": "Not a valid number; this file is read in Indonesian style, e.g. 1.234.567 or 12,5.",
        },
        "angka_tidak_valid_biasa": {
            "id": "Bukan angka yang sah; berkas ini dibaca dengan gaya biasa, mis. 1234567 atau 12.5.",
            "en": "Not a valid number; this file is read in plain style, e.g. 1234567 or 12.5.",
        },
        "negatif": {"id": "Tidak boleh negatif.", "en": "Must not be negative."},
        "bukan_bulat": {
            "id": "Harus bilangan bulat (jumlah orang/perusahaan).",
            "en": "Must be a whole number (a count).",
        },
        "harus_positif": {"id": "Harus lebih dari 0.", "en": "Must be greater than 0."},
        "persen_di_luar": {"id": "Persen harus antara 0 dan 100.", "en": "A percentage must be between 0 and 100."},
        "kode_bps": {
            "id": "Tampaknya kode BPS (4 angka tanpa titik). Kode BPS berbeda dengan kode Kemendagri untuk "
            "beberapa kabupaten/kota dan tidak ditebak: gunakan kode Kemendagri PP.KK, mis. 16.10.",
            "en": "This looks like a BPS code (4 digits, no dot). BPS codes differ from Kemendagri codes for "
            "several regencies and are not guessed: use the Kemendagri code PP.KK, e.g. 16.10.",
        },
        "kode_format_kabkota": {
            "id": "Kode kabupaten/kota harus berbentuk PP.KK, mis. 16.10.",
            "en": "A regency/city code must look like PP.KK, e.g. 16.10.",
        },
        "kode_format_wilayah": {
            "id": "Kode wilayah harus PP (provinsi) atau PP.KK (kabupaten/kota).",
            "en": "An area code must be PP (province) or PP.KK (regency/city).",
        },
        "perlu_kabkota": {
            "id": "Ini kode provinsi; kolom ini memerlukan kode kabupaten/kota PP.KK.",
            "en": "This is a province code; this column needs a regency/city code PP.KK.",
        },
        "di_luar_wilayah": {
            "id": "Wilayah ini di luar wilayah akun Anda; Anda hanya dapat memuat data wilayah Anda sendiri.",
            "en": "This area is outside your account's area; you can only load data for your own area.",
        },
        "kode_tidak_dikenal": {
            "id": "Kode tidak ada dalam daftar wilayah Kemendagri.",
            "en": "Code not in the Kemendagri list of areas.",
        },
        "periode_tidak_valid": {
            "id": "Bulan harus YYYY-MM (juga MM/YYYY, YYYY-MM-DD, DD/MM/YYYY atau tanggal Excel).",
            "en": "A month must be YYYY-MM (also MM/YYYY, YYYY-MM-DD, DD/MM/YYYY or an Excel date).",
        },
        "tahun_tidak_valid": {"id": "Tahun harus YYYY, mis. 2026.", "en": "A year must be YYYY, e.g. 2026."},
        "tanggal_tidak_valid": {
            "id": "Tanggal harus YYYY-MM-DD (juga DD/MM/YYYY atau tanggal Excel).",
            "en": "A date must be YYYY-MM-DD (also DD/MM/YYYY or an Excel date).",
        },
        "pilihan_tidak_valid": {"id": "Harus salah satu dari: {pilihan}.", "en": "Must be one of: {pilihan}."},
        "program_tidak_valid": {
            "id": "Program dipisah ';' dan diambil dari: {pilihan}.",
            "en": "Programs are ';'-separated, from: {pilihan}.",
        },
        "teks_terlalu_panjang": {
            "id": "Teks lebih dari {maks} karakter: bukan nama, nomor atau catatan yang diketik orang.",
            "en": "Text longer than {maks} characters: not a name, number or note someone typed.",
        },
        "karakter_kontrol": {
            "id": "{n} sel berisi karakter kontrol (mis. baris baru dari Shift+Enter, tab, NUL) yang dibersihkan: "
            "diganti spasi atau dihapus. Pertama di baris {baris}, kolom {kolom}.",
            "en": "{n} cells held control characters (e.g. a line break from Shift+Enter, a tab, NUL), now "
            "cleaned: replaced by a space or removed. First in row {baris}, column {kolom}.",
        },
        # --- one row ---------------------------------------------------------------------------
        "target_kosong": {
            "id": "Isi target_peserta atau target_cakupan_persen (salah satu wajib).",
            "en": "Fill in target_peserta or target_cakupan_persen (one is required).",
        },
        "meninggal_lebih": {
            "id": "meninggal tidak boleh melebihi kasus.",
            "en": "meninggal (deaths) must not exceed kasus (cases).",
        },
        "terdaftar_lebih": {
            "id": "terdaftar tidak boleh melebihi sasaran.",
            "en": "terdaftar (registered) must not exceed sasaran (group size).",
        },
        "identitas_kosong": {
            "id": "Isi npp, nib atau nama_perusahaan (minimal satu).",
            "en": "Fill in npp, nib or nama_perusahaan (at least one).",
        },
        "belum_daftar_npp": {
            "id": "Status BELUM_DAFTAR: npp harus kosong.",
            "en": "Status BELUM_DAFTAR: npp must be empty.",
        },
        "belum_daftar_tk": {
            "id": "Status BELUM_DAFTAR: tk_terdaftar harus 0.",
            "en": "Status BELUM_DAFTAR: tk_terdaftar must be 0.",
        },
        "terdaftar_tanpa_npp": {
            "id": "Status AKTIF atau NONAKTIF memerlukan npp.",
            "en": "Status AKTIF or NONAKTIF requires an npp.",
        },
        "kunci_ganda": {
            "id": "Duplikat: kunci ({kunci}) sama dengan baris {baris}.",
            "en": "Duplicate: the key ({kunci}) equals that of row {baris}.",
        },
        "kantor_tidak_konsisten": {
            "id": "kode_kantor ini bernama atau ber-kanwil lain di baris {baris}.",
            "en": "This kode_kantor has another name or kanwil in row {baris}.",
        },
        # --- reports -------------------------------------------------------------------------
        "galat_lainnya": {"id": "… dan {n} galat lainnya.", "en": "… and {n} more errors."},
        "gaya_id": {"id": "angka gaya Indonesia", "en": "Indonesian-style numbers"},
        "gaya_biasa": {"id": "angka gaya biasa", "en": "plain-style numbers"},
        "gaya_tanpa": {"id": "angka tanpa pemisah", "en": "numbers without separators"},
        "ringkasan_diterima": {
            "id": "{dataset}: {baris} baris dimuat dari {berkas} ({periode}; {wilayah} wilayah; {diganti} baris diganti; {gaya})",
            "en": "{dataset}: {baris} rows loaded from {berkas} ({periode}; {wilayah} areas; {diganti} rows replaced; {gaya})",
        },
        "ringkasan_ditolak": {
            "id": "{dataset}: berkas {berkas} DITOLAK, {galat} galat; tidak ada data yang diubah.",
            "en": "{dataset}: file {berkas} REJECTED, {galat} error(s); no data was changed.",
        },
        "ringkasan_valid": {
            "id": "{dataset}: {berkas} valid, {baris} baris siap dimuat ({periode}; {wilayah} wilayah; {gaya})",
            "en": "{dataset}: {berkas} is valid, {baris} rows ready to load ({periode}; {wilayah} areas; {gaya})",
        },
        "periode_satu": {"id": "periode {a}", "en": "period {a}"},
        "periode_rentang": {"id": "periode {a} s.d. {b}, {n} periode", "en": "periods {a} to {b}, {n} periods"},
        "tanpa_periode": {"id": "tanpa periode", "en": "no period"},
        "kolom_baris": {"id": "Baris", "en": "Row"},
        "kolom_kolom": {"id": "Kolom", "en": "Column"},
        "kolom_nilai": {"id": "Nilai", "en": "Value"},
        "kolom_keterangan": {"id": "Keterangan", "en": "Problem"},
    }
)
