"""Interface text of the Kelompok Khusus page, Bahasa Indonesia first and English second."""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

KK = Catalog(
    {
        "nav": _m("Kelompok Khusus", "Special Groups"),
        "title": _m("Kelompok Khusus", "Special Groups"),
        "intro": _m(
            "Kelompok yang dilindungi pemerintah daerah dari APBD/APBDes dan sumber lain: laporan terakhir "
            "tiap kab/kota s.d. {periode}.",
            "Groups local governments protect from their own budgets and other sources: each "
            "regency/city's latest report up to {periode}.",
        ),
        "empty": _m(
            "Belum ada laporan kelompok khusus untuk {scope} s.d. {periode}. Muat berkas kelompok khusus di "
            "halaman Kelola Data.",
            "No special-group report for {scope} up to {periode} yet. Load a special-groups file on the "
            "Manage Data page.",
        ),
        "go_kelola": _m("Ke Kelola Data", "Go to Manage Data"),
        "iuran_label": _m("Iuran per orang per bulan (Rp)", "Contribution per person a month (Rp)"),
        "iuran_help": _m(
            "Default Rp16.800: JKK 1% dari penghasilan terendah Rp1.000.000 (Rp10.000) + JKM Rp6.800 untuk "
            "peserta bukan penerima upah (PP No. 44 Tahun 2015 jo. PP No. 82 Tahun 2019). Ubah untuk "
            "menghitung program lain.",
            "Default Rp16,800: JKK 1% of the lowest income band Rp1,000,000 (Rp10,000) + JKM Rp6,800 for a "
            "non-wage participant (Government Regulation 44/2015 as amended by 82/2019). Change it to "
            "cost another programme.",
        ),
        "t_sasaran": _m("Sasaran", "Target group"),
        "t_terdaftar": _m("Terdaftar", "Registered"),
        "t_belum": _m("Belum terdaftar", "Not registered"),
        "t_cakupan": _m("Cakupan", "Coverage"),
        "t_iuran_bulan": _m("Iuran dibutuhkan per bulan", "Contribution needed a month"),
        "t_iuran_tahun": _m("Iuran dibutuhkan per tahun", "Contribution needed a year"),
        "t_iuran_ctx": _m("{n} orang × {rp}", "{n} people × {rp}"),
        "t_share": _m("Bagian dari peserta aktif", "Share of active participants"),
        "t_share_ctx": _m("{n} terdaftar dari {aktif} peserta aktif", "{n} registered of {aktif} active participants"),
        "t_share_none": _m("belum ada data kepesertaan bulan ini", "no membership data this month"),
        "sec_groups": _m("Per kelompok", "By group"),
        "col_kelompok": _m("Kelompok", "Group"),
        "col_sasaran": _m("Sasaran", "Target group"),
        "col_terdaftar": _m("Terdaftar", "Registered"),
        "col_belum": _m("Belum terdaftar", "Not registered"),
        "col_cakupan": _m("Cakupan", "Coverage"),
        "col_laporan": _m("Laporan terakhir", "Latest report"),
        "col_iuran_bulan": _m("Iuran/bulan", "Contribution/month"),
        "col_iuran_tahun": _m("Iuran/tahun", "Contribution/year"),
        "col_wilayah": _m("Wilayah", "Area"),
        "col_kabkota": _m("Kab/kota", "Regency/city"),
        "col_bulan": _m("Bulan sejak laporan", "Months since the report"),
        "total": _m("Total", "Total"),
        "sec_funding": _m("Yang terdaftar menurut sumber dana", "Registered people by funding source"),
        "no_source": _m("(tidak disebut)", "(not given)"),
        "sec_areas": _m("Per wilayah", "By area"),
        "sec_stale": _m("Laporan lebih dari 6 bulan", "Reports older than 6 months"),
        "stale_none": _m("Semua kab/kota melaporkan tiap kelompoknya dalam 6 bulan terakhir.",
                         "Every regency/city reported each of its groups in the last 6 months."),
        "stale_caption": _m(
            "Kab/kota yang laporan terakhir suatu kelompoknya lebih dari 6 bulan sebelum {periode}: angkanya "
            "mungkin sudah tidak sesuai.",
            "Regencies/cities whose latest report of a group is more than 6 months before {periode}: its "
            "figures may be out of date.",
        ),
        "sec_trend": _m("Cakupan kelompok khusus per bulan", "Special-group coverage by month"),
        "export_title": _m("Kelompok khusus — {scope}, s.d. {periode}; iuran {rp} per orang per bulan",
                           "Special groups — {scope}, to {periode}; contribution {rp} a person a month"),
        "export_source": _m("Sumber: Cakupan (laporan kelompok khusus), dibuat {waktu}.",
                            "Source: Cakupan (special-group reports), made {waktu}."),
        "export_file": _m("kelompok-khusus", "special-groups"),
        "export_sheet": _m("Kelompok khusus", "Special groups"),
        "export_csv": _m("Unduh CSV", "Download CSV"),
        "export_xlsx": _m("Unduh Excel", "Download Excel"),
        "export_help": _m("Tabel per kelompok seperti tampil, dengan total.", "The table by group as shown, with the total."),
    }
)
