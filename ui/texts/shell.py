"""Interface text, Bahasa Indonesia first and English second.

Every label the user reads comes from this catalogue, so switching the language switches the whole
interface and a missing translation fails at import, not in front of a meeting.
"""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

T = Catalog(
    {
        # Shell
        "app_title": _m("Cakupan", "Cakupan"),
        "app_tagline": _m("Kepesertaan BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan coverage"),
        "lang_label": _m("Bahasa", "Language"),
        "scope_header": _m("Wilayah tampilan", "Area shown"),
        "scope_by": _m("Pilih menurut", "Choose by"),
        "scope_by_wilayah": _m("Wilayah", "Region"),
        "scope_by_kantor": _m("Kantor BPJS", "BPJS office"),
        "provinsi": _m("Provinsi", "Province"),
        "kabkota": _m("Kabupaten/Kota", "Regency/City"),
        "kanwil": _m("Kantor Wilayah (Kanwil)", "Regional office (Kanwil)"),
        "kantor": _m("Kantor Cabang", "Branch office"),
        "all_national": _m("Semua (nasional)", "All (national)"),
        "all_in_province": _m("Semua di provinsi ini", "All in this province"),
        "all_kanwil": _m("Semua Kanwil (nasional)", "All Kanwil (national)"),
        "all_in_kanwil": _m("Semua di Kanwil ini", "All in this Kanwil"),
        "period_partial": _m(" — sebagian ({ada} dari {total} kab/kota)", " — partial ({ada} of {total} regencies)"),
        "periode": _m("Periode", "Period"),
        "no_period": _m(
            "Belum ada data kepesertaan, jadi periode belum bisa dipilih.",
            "No membership data yet, so no period can be chosen.",
        ),
        "no_data_period": _m("belum ada data", "no data yet"),
        "url_ignored": _m(
            "Sebagian isi tautan tidak dikenali dan diabaikan: {items}. Tampilan memakai pilihan bawaan.",
            "Part of the link was not recognised and was ignored: {items}. The view uses the defaults.",
        ),
        "url_unknown": _m(
            "Alamat {alamat} tidak ada di aplikasi ini; halaman utama ditampilkan.",
            "The address {alamat} does not exist in this app; the home page is shown.",
        ),
        "store_too_new": _m(
            "Basis data ini dibuat oleh versi Cakupan yang lebih baru. Minta admin memperbarui aplikasi; "
            "data tidak diubah.",
            "This database was written by a newer version of Cakupan. Ask the admin to update the app; "
            "the data were not changed.",
        ),
        "store_busy": _m(
            "Data sedang dimuat, coba lagi sebentar. Halaman ini mencoba lagi sendiri setiap beberapa detik.",
            "Data is being loaded, try again in a moment. This page retries by itself every few seconds.",
        ),
        "store_writer_wait": _m(
            "Menunggu pemuatan lain selesai: {doing}, sejak {since}. Simpanan Anda menyusul otomatis.",
            "Waiting for another load to finish: {doing}, since {since}. Yours follows automatically.",
        ),
        "store_writer_busy": _m(
            "Basis data masih diubah proses lain ({doing}). Belum ada yang disimpan dan berkas Anda tetap "
            "di sini: coba simpan lagi sebentar lagi.",
            "The database is still being changed by another process ({doing}). Nothing was saved and your "
            "file is still here: try saving again in a moment.",
        ),
        "store_writer_someone": _m("pemuatan lain", "another load"),
        "page_error": _m(
            "Terjadi kesalahan saat menampilkan halaman ini. Data Anda aman; coba muat ulang. "
            "Bila berulang, hubungi admin. Kode rujukan: **{code}**",
            "Something went wrong while showing this page. Your data is safe; try reloading. "
            "If it happens again, contact the admin. Reference code: **{code}**",
        ),
        "choose": _m("Pilih …", "Choose …"),
        "nav_kelola": _m("Kelola Data", "Manage Data"),
        "viewing": _m("{scope} · {periode}", "{scope} · {periode}"),
        "nasional": _m("Indonesia (nasional)", "Indonesia (national)"),
        # Kelola Data
        "kd_title": _m("Kelola Data", "Manage Data"),
        "kd_intro": _m(
            "Unggah berkas data, lihat riwayat pemuatan, periksa kelengkapan data, dan unduh templat.",
            "Upload data files, see the load history, check data completeness and download templates.",
        ),
        "tab_upload": _m("Unggah", "Upload"),
        "tab_history": _m("Riwayat muat", "Load history"),
        "tab_freshness": _m("Kelengkapan data", "Data completeness"),
        "tab_templates": _m("Templat", "Templates"),
        # Upload
        "up_dataset": _m("Jenis data", "Dataset"),
        "up_columns": _m("Kolom yang diharapkan", "Expected columns"),
        "up_file": _m("Berkas CSV atau XLSX", "CSV or XLSX file"),
        "all_columns": _m("Semua kolom", "All columns"),
        "all_columns_help": _m(
            "Mati: tampilan ringkas untuk proyektor, kolom yang paling sering dipakai lebih dulu. "
            "Nyala: semua kolom. Unduhan selalu memuat semua kolom.",
            "Off: the compact projector layout, the columns used most first. On: every column. "
            "Downloads always hold every column.",
        ),
        "up_file_help": _m(
            "CSV dengan pemisah , atau ; (UTF-8 atau Windows-1252), atau XLSX. Baris pertama berisi nama kolom.",
            "CSV separated by , or ; (UTF-8 or Windows-1252), or XLSX. The first row holds the column names.",
        ),
        "up_file_limits": _m(
            "Format CSV atau XLSX, paling besar {mb} MB per berkas. Seret berkas ke kotak ini atau klik "
            "tombolnya.",
            "CSV or XLSX, at most {mb} MB per file. Drag the file onto this box or click its button.",
        ),
        "up_button": _m("Pilih berkas", "Choose file"),
        "up_kept": _m(
            "Berkas yang sedang ditangani: **{name}** ({size}). Pilih berkas lain di atas untuk menggantinya.",
            "The file being handled: **{name}** ({size}). Choose another file above to replace it.",
        ),
        "up_forget": _m("Buang berkas ini", "Discard this file"),
        "up_validating": _m("Memeriksa berkas {name} …", "Checking {name} …"),
        "up_crash": _m(
            "Berkas tidak dapat diperiksa karena kesalahan tak terduga. Tidak ada data yang berubah. "
            "Rincian untuk petugas teknis: {detail}",
            "The file could not be checked because of an unexpected error. Nothing was changed. "
            "Detail for technical staff: {detail}",
        ),
        "up_valid": _m("Berkas lolos pemeriksaan dan siap disimpan.", "The file passed the checks and is ready to save."),
        "up_preview": _m("Pratinjau {n} baris pertama (sudah dibaca sesuai tipe)", "Preview of the first {n} rows (typed)"),
        "up_user": _m("Nama Anda (dicatat di riwayat muat)", "Your name (recorded in the load history)"),
        "up_as": _m("Dimuat sebagai **{nama}** (dicatat di riwayat muat); hanya data {wilayah}.",
                    "Loaded as **{nama}** (recorded in the load history); data of {wilayah} only."),
        "up_checks": _m("Periksa dulu — angka yang tidak biasa", "Check first — unusual figures"),
        "up_change": _m(
            "Menyimpan akan menulis **{rows}** baris dan mengganti **{replaced}** baris yang sudah ada, untuk {bulan} dan "
            "{n} wilayah: {daftar}.",
            "Saving writes **{rows}** rows and replaces **{replaced}** stored rows, for {bulan} and {n} areas: {daftar}.",
        ),
        "up_confirm": _m("Saya sudah memeriksa perubahan ini dan ingin menyimpannya", "I have checked this change and want to save it"),
        "up_confirm_checks": _m(
            "Saya sudah memeriksa perubahan dan peringatan di atas dan ingin menyimpannya",
            "I have checked the change and the warnings above and want to save it",
        ),
        "up_not_allowed": _m(
            "Akun Anda tidak memiliki izin mengunggah data. Minta admin memberi izin unggah bila tugas Anda memuat data.",
            "Your account may not upload data. Ask an admin for the upload permission if loading data is your task.",
        ),
        "admin_only": _m("Hanya admin yang dapat mengubah batas wilayah peta.", "Only an admin can change the map's boundaries."),
        "up_user_default": _m("anonim", "anonim"),
        "up_save": _m("Simpan ke basis data", "Save to the database"),
        "up_saving": _m("Menyimpan …", "Saving …"),
        "up_saved": _m("Tersimpan. {summary}", "Saved. {summary}"),
        "up_rejected": _m(
            "Berkas ditolak. Tidak ada data yang berubah. Perbaiki galat di bawah lalu unggah ulang.",
            "The file was rejected. Nothing was changed. Fix the errors below and upload it again.",
        ),
        "up_more_errors": _m("… dan {n} galat lainnya", "… and {n} more errors"),
        "up_recorded": _m("Penolakan ini dicatat di riwayat muat.", "This rejection is recorded in the load history."),
        "up_rows": _m("Baris data", "Data rows"),
        "up_periods": _m("Periode", "Periods"),
        "up_areas": _m("Wilayah", "Areas"),
        "up_replaced": _m("Baris lama diganti", "Stored rows replaced"),
        "up_style": _m("{periods} · dibaca sebagai {style}.", "{periods} · read as {style}."),
        "up_file_col": _m("Berkas", "File"),
        "up_partial_month": _m(
            "Berkas ini membuka bulan {bulan} untuk {ada} dari {total} kab/kota. Bulan itu bisa dipilih, "
            "tetapi halaman tetap dibuka pada bulan lengkap terakhir sampai data semua kab/kota masuk.",
            "This file opens {bulan} for {ada} of {total} regencies/cities. The month can be chosen, but "
            "pages keep opening on the latest complete month until every regency/city is loaded.",
        ),
        "up_warnings": _m("Peringatan", "Warnings"),
        # Column tables (contract)
        "col_name": _m("Kolom", "Column"),
        "col_required": _m("Wajib", "Required"),
        "col_format": _m("Format", "Format"),
        "col_values": _m("Nilai yang diizinkan", "Allowed values"),
        "col_desc": _m("Keterangan", "Description"),
        "yes": _m("ya", "yes"),
        "no": _m("tidak", "no"),
        "kind_month": _m("bulan YYYY-MM", "month YYYY-MM"),
        "kind_year": _m("tahun YYYY", "year YYYY"),
        "kind_date": _m("tanggal YYYY-MM-DD", "date YYYY-MM-DD"),
        "kind_kode_kabkota": _m("kode PP.KK", "code PP.KK"),
        "kind_kode_wilayah": _m("kode PP atau PP.KK", "code PP or PP.KK"),
        "kind_enum": _m("pilihan", "choice"),
        "kind_count": _m("bilangan bulat ≥ 0", "whole number ≥ 0"),
        "kind_count_positive": _m("bilangan bulat > 0", "whole number > 0"),
        "kind_amount": _m("rupiah ≥ 0", "rupiah ≥ 0"),
        "kind_percent": _m("persen 0–100", "percent 0–100"),
        "kind_text": _m("teks", "text"),
        "kind_program_list": _m("daftar dipisah ;", "list separated by ;"),
        # History
        "hist_empty": _m("Belum ada pemuatan yang tercatat.", "No loads recorded yet."),
        "hist_caption": _m(
            "{n} percobaan muat tercatat, terbaru di atas.", "{n} load attempts recorded, newest first."
        ),
        "hist_time": _m("Waktu", "Time"),
        "hist_user": _m("Pengguna", "User"),
        "hist_dataset": _m("Jenis data", "Dataset"),
        "hist_file": _m("Berkas", "File"),
        "hist_rows": _m("Baris", "Rows"),
        "hist_periods": _m("Periode", "Periods"),
        "hist_areas": _m("Wilayah", "Areas"),
        "hist_result": _m("Hasil", "Result"),
        "hist_errors": _m("Jumlah masalah", "Problems"),
        "hist_accepted": _m("✔ Diterima", "✔ Accepted"),
        "hist_rejected": _m("✖ Ditolak", "✖ Rejected"),
        "hist_pick": _m("Lihat galat muatan yang ditolak", "See the errors of a rejected load"),
        "hist_pick_none": _m("Pilih muatan yang ditolak …", "Choose a rejected load …"),
        "err_row": _m("Baris", "Row"),
        "err_column": _m("Kolom", "Column"),
        "err_value": _m("Nilai", "Value"),
        "err_problem": _m("Masalah", "Problem"),
        "hist_no_detail": _m("Tidak ada rincian galat yang tersimpan.", "No error details were stored."),
        # Freshness
        "fr_heading": _m("Kelengkapan data untuk {scope}, {periode}", "Data completeness for {scope}, {periode}"),
        "fr_caption": _m(
            "Wilayah dan periode mengikuti pilihan di panel kiri. Kelengkapan = bagian kabupaten/kota "
            "yang punya data pada periode ini, atau pada periode terakhir sebelumnya.",
            "Area and period follow the choice in the left panel. Completeness = share of "
            "regencies/cities with data in this period, or in the latest period before it.",
        ),
        "fr_dataset": _m("Jenis data", "Dataset"),
        "fr_rows": _m("Baris", "Rows"),
        "fr_latest": _m("Periode terakhir", "Latest period"),
        "fr_latest_assessed": _m("{latest} (dinilai: {assessed})", "{latest} (assessed: {assessed})"),
        "fr_areas": _m("Kab/kota berdata", "Regencies with data"),
        "fr_areas_value": _m("{ada} dari {total}", "{ada} of {total}"),
        "fr_complete": _m("Kelengkapan", "Completeness"),
        "fr_last_load": _m("Muat terakhir", "Last load"),
        "fr_builtin": _m("bawaan aplikasi", "shipped with the app"),
        "fr_never": _m("belum pernah", "never"),
        "fr_then_rejected": _m("✖ percobaan terakhir ditolak", "✖ latest attempt rejected"),
        "fr_empty_title": _m("Belum ada data yang dimuat", "No data loaded yet"),
        "fr_empty_body": _m(
            "Basis data ini belum berisi data kepesertaan, target, perusahaan atau data lain. Ada dua cara "
            "mengisinya:\n\n"
            "1. **Data contoh** untuk mencoba aplikasi: jalankan `python -m analytics demo` di baris "
            "perintah (saat aplikasi tidak berjalan), lalu buka kembali halaman ini.\n"
            "2. **Data Anda sendiri**: unduh templat di tab **Templat**, isi, lalu unggah di tab "
            "**Unggah**. Mulailah dengan *kepesertaan* dan *penduduk_bekerja*, lalu *target*.",
            "This database holds no membership, target, employer or other data yet. Two ways to fill it:\n\n"
            "1. **Demo data** to try the app: run `python -m analytics demo` on the command line "
            "(while the app is not running), then reopen this page.\n"
            "2. **Your own data**: download a template in the **Templates** tab, fill it in, and "
            "upload it in the **Upload** tab. Start with *kepesertaan* and *penduduk_bekerja*, then "
            "*target*.",
        ),
        # Templates
        "tpl_intro": _m(
            "Satu templat XLSX per jenis data. Baris 1 berisi nama kolom, baris 2 keterangannya; isi "
            "data mulai baris 3. Baris keterangan boleh dibiarkan: aplikasi mengenalinya saat memuat. "
            "Lembar \"Petunjuk\" menjelaskan aturan umum.",
            "One XLSX template per dataset. Row 1 holds the column names, row 2 describes them; fill "
            "in data from row 3. The description row may stay: the import recognises it. The "
            "\"Guide\" sheet explains the general rules.",
        ),
        "tpl_required": _m("Kolom wajib: {cols}", "Required columns: {cols}"),
        "tpl_download": _m("Unduh templat {name}", "Download the template {name}"),
        "tpl_missing": _m(
            "Pembuat templat belum tersedia di versi ini.", "The template generator is not available in this version."
        ),
    }
)
