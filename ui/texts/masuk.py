"""Text of the sign-in pages (ui.shell.gate) and the signed-in shell, Bahasa Indonesia and English."""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

M = Catalog(
    {
        "title": _m("Masuk — Cakupan", "Sign in — Cakupan"),
        "tagline": _m("Kepesertaan BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan coverage"),
        "nama": _m("Nama pengguna", "User name"),
        "sandi": _m("Kata sandi", "Password"),
        "sandi_lama": _m("Kata sandi saat ini", "Current password"),
        "sandi_baru": _m("Kata sandi baru (minimal 10 karakter)", "New password (at least 10 characters)"),
        "sandi_ulang": _m("Ulangi kata sandi baru", "Repeat the new password"),
        "submit": _m("Masuk", "Sign in"),
        "submit_change": _m("Ganti kata sandi dan masuk", "Change the password and sign in"),
        "other_lang": _m("English", "Bahasa Indonesia"),
        "wrong": _m("Nama pengguna atau kata sandi salah.", "Wrong user name or password."),
        "locked": _m(
            "Akun ini terkunci sampai {sampai} karena terlalu banyak percobaan yang gagal. Coba lagi nanti atau minta "
            "admin membukanya.",
            "This account is locked until {sampai} after too many failed attempts. Try again later or ask an admin to "
            "unlock it.",
        ),
        "inactive": _m("Akun ini dinonaktifkan. Hubungi admin.", "This account is deactivated. Ask an admin."),
        "must_change": _m(
            "Ini kata sandi pertama akun Anda: gantilah sebelum masuk.",
            "This is your account's first password: change it before signing in.",
        ),
        "mismatch": _m("Kedua kata sandi baru tidak sama.", "The two new passwords differ."),
        "csrf": _m("Formulir kedaluwarsa; silakan coba lagi.", "The form expired; please try again."),
        "ended": _m("Anda telah keluar.", "You have signed out."),
        "demo": _m(
            "Mode demo — tanpa login. Aplikasi hanya dapat dibuka dari komputer ini. Buat admin pertama dengan "
            "`cakupan pengguna tambah NAMA --peran admin`.",
            "Demo mode — no sign-in. The app can only be opened from this computer. Create the first admin with "
            "`cakupan pengguna tambah NAMA --peran admin`.",
        ),
        "signed_in": _m("Masuk sebagai **{nama}** ({peran})", "Signed in as **{nama}** ({peran})"),
        "sign_out": _m("Keluar", "Sign out"),
        "need_sign_in": _m("Silakan masuk untuk membuka Cakupan.", "Please sign in to open Cakupan."),
        "go_sign_in": _m("Masuk dengan kata sandi", "Sign in with a password"),
        "go_sso": _m("Masuk dengan akun organisasi (SSO)", "Sign in with your organisation's account (SSO)"),
        "sso_unknown": _m(
            "Email {email} belum terdaftar di Cakupan. Minta admin membuatkan akun dengan email ini, lalu masuk lagi.",
            "The e-mail {email} has no Cakupan account yet. Ask an admin to create one with this e-mail, then sign in again.",
        ),
        "sso_leave": _m("Keluar dari SSO", "Leave single sign-on"),
        "sso_continue": _m("Lanjutkan", "Continue"),
    }
)
