"""Interface text of the Kelola Pengguna page (admins), Bahasa Indonesia first and English second."""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

KP = Catalog(
    {
        "nav": _m("Kelola Pengguna", "Manage Users"),
        "title": _m("Kelola Pengguna", "Manage Users"),
        "admin_only": _m("Halaman ini hanya untuk admin.", "This page is for admins only."),
        "demo": _m(
            "Belum ada akun: aplikasi berjalan dalam mode demo tanpa login, hanya dari komputer ini. Buat admin "
            "pertama di bawah (atau dengan `cakupan pengguna tambah NAMA --peran admin`); setelah itu setiap orang "
            "harus masuk, termasuk Anda.",
            "No account yet: the app runs as a demo without sign-in, from this computer only. Create the first admin "
            "below (or with `cakupan pengguna tambah NAMA --peran admin`); after that everyone signs in, you too.",
        ),
        "tab_accounts": _m("Akun", "Accounts"),
        "tab_add": _m("Tambah akun", "Add an account"),
        "tab_change": _m("Ubah akun", "Change an account"),
        "tab_audit": _m("Jejak audit", "Audit trail"),
        "c_nama": _m("Nama", "Name"),
        "c_peran": _m("Peran", "Role"),
        "c_wilayah": _m("Wilayah", "Area"),
        "c_email": _m("Email (SSO)", "E-mail (SSO)"),
        "c_unggah": _m("Boleh unggah", "May upload"),
        "c_aktif": _m("Aktif", "Active"),
        "c_ganti": _m("Harus ganti sandi", "Must change password"),
        "c_kunci": _m("Terkunci s.d.", "Locked until"),
        "ya": _m("ya", "yes"),
        "tidak": _m("tidak", "no"),
        "f_nama": _m("Nama pengguna", "User name"),
        "f_peran": _m("Peran", "Role"),
        "f_wilayah": _m("Wilayah akun", "The account's area"),
        "f_email": _m("Email untuk SSO (opsional)", "E-mail for single sign-on (optional)"),
        "f_unggah": _m("Boleh mengunggah data di wilayahnya", "May upload data for its area"),
        "f_sandi": _m("Kata sandi pertama (diganti saat pertama masuk)", "First password (changed at first sign-in)"),
        "f_sandi_ulang": _m("Ulangi kata sandi", "Repeat the password"),
        "f_add": _m("Tambah akun", "Add the account"),
        "f_first_admin": _m("Buat admin pertama", "Create the first admin"),
        "f_pick": _m("Akun", "Account"),
        "f_aktif": _m("Aktif", "Active"),
        "f_unlock": _m("Buka kunci (setelah salah sandi)", "Unlock (after failed passwords)"),
        "f_new_password": _m("Kata sandi baru (kosongkan bila tidak diganti)", "New password (leave empty to keep it)"),
        "f_save": _m("Simpan perubahan", "Save the changes"),
        "mismatch": _m("Kedua kata sandi tidak sama.", "The two passwords differ."),
        "added": _m("Akun {nama} dibuat; kata sandinya harus diganti saat pertama masuk.",
                    "Account {nama} created; its password must be changed at the first sign-in."),
        "changed": _m("Akun {nama} diubah.", "Account {nama} changed."),
        "self_admin": _m("Anda tidak dapat mencabut peran admin atau menonaktifkan akun Anda sendiri.",
                         "You cannot take away your own admin role or deactivate yourself."),
        "a_pengguna": _m("Pengguna", "User"),
        "a_aksi": _m("Aksi", "Action"),
        "a_semua": _m("semua", "all"),
        "a_sejak": _m("Sejak", "From"),
        "a_sampai": _m("Sampai", "To"),
        "a_count": _m("{n} baris (terbaru lebih dulu; paling banyak {max}). Disimpan {hari} hari.",
                      "{n} rows (newest first; at most {max}). Kept {hari} days."),
        "c_waktu": _m("Waktu", "Time"),
        "c_rincian": _m("Rincian", "Details"),
        "x_title": _m("Jejak audit Cakupan", "Cakupan audit trail"),
        "x_source": _m("Dari Kelola Pengguna, diunduh {waktu}.", "From Manage Users, downloaded {waktu}."),
        "x_csv": _m("Unduh CSV", "Download CSV"),
        "x_xlsx": _m("Unduh Excel", "Download Excel"),
        "x_help": _m("Baris yang tampil, dengan filternya.", "The rows shown, with their filters."),
    }
)
