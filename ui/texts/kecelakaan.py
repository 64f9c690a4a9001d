"""Interface text of the Kecelakaan Kerja page, Bahasa Indonesia first and English second."""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

KC = Catalog(
    {
        "nav": _m("Kecelakaan Kerja", "Work Accidents"),
        "title": _m("Kecelakaan Kerja", "Work Accidents"),
        "empty": _m(
            "Belum ada data kecelakaan kerja untuk {scope}. Muat berkas kecelakaan di halaman Kelola Data.",
            "No work-accident data for {scope} yet. Load an accident file on the Manage Data page.",
        ),
        "go_kelola": _m("Ke Kelola Data", "Go to Manage Data"),
        "intro": _m(
            "Kasus kecelakaan kerja yang dilaporkan BPJS Ketenagakerjaan, triwulan {triwulan} s.d. {periode}.",
            "Work-accident cases reported by BPJS Ketenagakerjaan, quarter {triwulan} up to {periode}.",
        ),
        "sec_month": _m("Bulan {periode}", "{periode}"),
        "sec_quarter": _m("Triwulan {triwulan} (s.d. {periode})", "Quarter {triwulan} (to {periode})"),
        "sec_year": _m("Tahun berjalan {tahun}", "Year to date {tahun}"),
        "t_kasus": _m("Kasus", "Cases"),
        "t_meninggal": _m("Meninggal", "Deaths"),
        "t_cacat": _m("Cacat", "Disabilities"),
        "t_klaim": _m("Klaim", "Claims"),
        "t_rate": _m("Kasus per 100.000 peserta", "Cases per 100,000 participants"),
        "t_rate_ctx": _m("peserta aktif {n}", "active participants {n}"),
        "t_rate_none": _m("belum ada data kepesertaan bulan ini", "no membership data this month"),
        "not_reported": _m("belum dilaporkan", "not reported"),
        "note_missing": _m(
            "Belum dilaporkan: {bulan}. Bulan tanpa laporan bukan berarti nol kecelakaan; angka triwulan "
            "hanya memuat {n} dari {m} bulan.",
            "Not reported: {bulan}. A month without a report is not a month without accidents; the "
            "quarter's figures hold {n} of its {m} months.",
        ),
        "note_optional": _m(
            "Kolom cacat dan nilai klaim boleh kosong di berkas; sel kosong dihitung 0.",
            "The disability and claim columns may be empty in a file; an empty cell counts as 0.",
        ),
        "sec_trend": _m("Kasus per bulan, dibanding setahun sebelumnya", "Cases by month, against a year earlier"),
        "sec_areas": _m("Per wilayah, triwulan {triwulan}", "By area, quarter {triwulan}"),
        "areas_caption": _m(
            "Urut dari kasus per 100.000 peserta tertinggi. Bulan = bulan triwulan yang dilaporkan.",
            "Highest cases per 100,000 participants first. Months = the quarter's months reported.",
        ),
        "col_wilayah": _m("Wilayah", "Area"),
        "col_kasus": _m("Kasus", "Cases"),
        "col_meninggal": _m("Meninggal", "Deaths"),
        "col_bulan": _m("Bulan dilaporkan", "Months reported"),
        "col_peserta": _m("Peserta aktif", "Active participants"),
        "col_rate": _m("Per 100.000 peserta", "Per 100,000 participants"),
        "col_cacat": _m("Cacat", "Disabilities"),
        "col_klaim": _m("Klaim", "Claims"),
        "col_segmen": _m("Segmen", "Segment"),
        "col_sektor": _m("Sektor (KBLI)", "Sector (KBLI)"),
        "no_sector": _m("(tanpa sektor)", "(no sector)"),
        "tab_wilayah": _m("Per wilayah", "By area"),
        "sec_unprotected": _m("Kecelakaan bertemu ketidakpatuhan", "Where accidents meet non-compliance"),
        "unprotected_caption": _m(
            "Wilayah di atas median dalam kasus per 100.000 peserta dan dalam tenaga kerja yang belum "
            "terlindungi karena perusahaan PWBD atau PDS-TK: kecelakaan pada pekerja yang tidak didaftarkan "
            "ditanggung pekerja itu sendiri. Sasaran pertama pemeriksaan bersama.",
            "Areas above the median both in cases per 100,000 participants and in workers left unprotected "
            "by PWBD or PDS-TK employers: an accident to an unregistered worker is borne by the worker. The "
            "first targets of a joint inspection.",
        ),
        "unprotected_none": _m("Tidak ada wilayah yang tinggi pada keduanya.", "No area is high in both."),
        "unprotected_no_data": _m("Belum ada data perusahaan untuk wilayah ini.", "No employer data for this area yet."),
        "col_tk_belum": _m("TK belum terlindungi", "Unprotected workers"),
        "tab_segmen": _m("Per segmen", "By segment"),
        "tab_sektor": _m("Per sektor", "By sector"),
        "export_title": _m("Kecelakaan kerja per wilayah — {scope}, triwulan {triwulan} s.d. {periode}",
                           "Work accidents by area — {scope}, quarter {triwulan} to {periode}"),
        "export_source": _m("Sumber: Cakupan (data kecelakaan BPJS Ketenagakerjaan), dibuat {waktu}.",
                            "Source: Cakupan (BPJS Ketenagakerjaan accident data), made {waktu}."),
        "export_file": _m("kecelakaan-kerja", "work-accidents"),
        "export_sheet": _m("Kecelakaan", "Accidents"),
        "export_csv": _m("Unduh CSV", "Download CSV"),
        "export_xlsx": _m("Unduh Excel", "Download Excel"),
        "export_help": _m("Tabel ini seperti tampil, triwulan berjalan s.d. bulan data.", "This table as shown, the quarter to the data month."),
    }
)
