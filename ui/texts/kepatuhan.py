"""Interface text of the Kepatuhan page, Bahasa Indonesia first and English second.

"PMI" also names the migrant-worker segment, so the arrears category is always spelled out as
"PMI – menunggak iuran" (in English too: it is the name officials use).
"""

from __future__ import annotations

from analytics import glossary
from analytics.i18n import Catalog
from analytics.i18n import message as _m

K = Catalog(
    {
        "nav": _m("Kepatuhan", "Compliance"),
        "title": _m("Kepatuhan Perusahaan", "Employer Compliance"),
        "snapshot": _m("Data perusahaan posisi {bulan}.", "Employer data as of {bulan}."),
        "snapshot_mixed": _m(
            "Data perusahaan posisi {bulan}; sebagian kabupaten/kota baru sampai {terlama}.",
            "Employer data as of {bulan}; some regencies/cities only up to {terlama}.",
        ),
        "empty": _m(
            "Belum ada data perusahaan untuk {scope} sampai {periode}. Muat data perusahaan "
            "(WLKP/BPJS) di halaman Kelola Data.",
            "No employer data for {scope} up to {periode} yet. Load employer data on the Manage Data page.",
        ),
        "go_kelola": _m("Ke Kelola Data", "Go to Manage Data"),
        # Categories
        # Tiles
        "t_tidak_patuh": _m("Perusahaan tidak patuh", "Non-compliant employers"),
        "t_tidak_patuh_ctx": _m(
            "dari {n} perusahaan; bisa masuk lebih dari satu kategori",
            "of {n} employers; one may be in several categories",
        ),
        "unit_perusahaan": _m("perusahaan", "employers"),
        "ctx_tk": _m("{n} tenaga kerja belum terlindungi", "{n} unprotected workers"),
        "ctx_upah": _m("selisih upah {rp} per bulan", "wage shortfall {rp} a month"),
        "ctx_program": _m("program wajib belum diikuti", "mandatory programs missing"),
        "ctx_pmi": _m("tunggakan {rp}", "arrears {rp}"),
        # Gap
        "gap": _m(
            "**{n} perusahaan** (PWBD dan PDS-TK) mempekerjakan **{x} tenaga kerja belum terlindungi** "
            "= **{y}** dari kekurangan kab/kota yang belum mencapai target ({gap} peserta; gap bersih "
            "wilayah ini {net}).",
            "**{n} employers** (PWBD and PDS-TK) employ **{x} unprotected workers** = **{y}** of the "
            "shortfall of the regencies/cities behind their target ({gap} participants; this area's net gap "
            "{net}).",
        ),
        "gap_net": _m(
            "**{n} perusahaan** (PWBD dan PDS-TK) mempekerjakan **{x} tenaga kerja belum terlindungi** "
            "= **{y}** dari gap menuju target ({gap} peserta).",
            "**{n} employers** (PWBD and PDS-TK) employ **{x} unprotected workers** = **{y}** of the gap "
            "to target ({gap} participants).",
        ),
        "gap_over": _m(
            " Jumlah itu melebihi kekurangan: penegakan kepatuhan saja cukup untuk mencapai target.",
            " That exceeds the shortfall: enforcement alone could reach the target.",
        ),
        "gap_none": _m(
            "**{n} perusahaan** (PWBD dan PDS-TK) mempekerjakan **{x} tenaga kerja belum terlindungi**. "
            "Belum ada target (atau semua kab/kota sudah mencapai target), jadi porsinya dari kekurangan "
            "tidak dihitung.",
            "**{n} employers** (PWBD and PDS-TK) employ **{x} unprotected workers**. There is no shortfall "
            "(no target, or every regency/city has reached it), so their share is not computed.",
        ),
        # Sections
        "sec_breakdown": _m("Sebaran ketidakpatuhan", "Where non-compliance is"),
        "tab_wilayah": _m("Per wilayah", "By area"),
        "tab_sektor": _m("Per sektor", "By sector"),
        "tab_umur": _m("Umur tunggakan", "Arrears ageing"),
        "tab_tren": _m("Tren", "Trend"),
        "col_wilayah": _m("Wilayah", "Area"),
        "col_sektor": _m("Sektor (KBLI)", "Sector (KBLI)"),
        "col_tidak_patuh": _m("Tidak patuh", "Non-compliant"),
        "col_tk_belum": _m("TK belum terlindungi", "Unprotected workers"),
        "col_selisih": _m("Selisih upah/bln", "Wage shortfall/mo"),
        "col_tunggakan": _m("Tunggakan", "Arrears"),
        "col_perusahaan": _m("Perusahaan", "Employers"),
        "no_subareas": _m(
            "{nama} adalah kabupaten/kota: tidak ada sub-wilayah. Lihat per sektor atau daftar perusahaan.",
            "{nama} is a regency/city: no sub-areas. See by sector or the employer list.",
        ),
        "areas_without": _m(
            "{n} wilayah lain belum punya data perusahaan, jadi tidak dicantumkan.",
            "{n} other areas have no employer data yet, so they are not listed.",
        ),
        "tab_perubahan": _m("Perubahan", "Change"),
        "col_kategori": _m("Kategori", "Category"),
        "col_keluar": _m("Keluar (kini patuh)", "Left (now compliant)"),
        "col_masuk": _m("Masuk", "Entered"),
        "col_hilang": _m("Tidak ditemukan lagi", "Not found again"),
        "col_tk_naik": _m("TK terdaftar bertambah", "Workers newly registered"),
        "changes_caption": _m(
            "Dibanding posisi {sebelum}: perusahaan yang keluar dari tiap kategori karena kini patuh, yang "
            "masuk, dan yang tidak ditemukan lagi (tutup atau berganti nama; tidak dihitung patuh). "
            "Akibatnya {n} tenaga kerja bertambah terdaftar.",
            "Compared with {sebelum}: employers that left each category because they now comply, those "
            "that entered it, and those not found again (closed or renamed; not counted as compliant). "
            "As a result, {n} more workers are registered.",
        ),
        "changes_none": _m(
            "Belum ada posisi data perusahaan sebelumnya untuk dibandingkan.",
            "No earlier employer snapshot to compare with yet.",
        ),
        "trend_caption": _m(
            "Jumlah perusahaan per kategori pada setiap posisi data (triwulan). Turun = membaik.",
            "Employers per category at each data snapshot (quarter). Down = better.",
        ),
        "trend_one": _m(
            "Baru ada satu posisi data perusahaan; tren tampil setelah posisi berikutnya dimuat.",
            "Only one employer snapshot so far; the trend shows once the next one is loaded.",
        ),
        "umur_none": _m("Tidak ada perusahaan yang menunggak iuran.", "No employer is in arrears."),
        # Settings
        "settings": _m(
            "**Aturan yang dipakai.** Program wajib per skala usaha: {program}. Umur tunggakan: {umur}.",
            "**Rules used.** Mandatory programs by business scale: {program}. Arrears ageing: {umur}.",
        ),
        "months": _m("bulan", "months"),
        # Employer list
        "sec_list": _m("Daftar perusahaan menurut prioritas", "Employers by priority"),
        "priority": _m(
            "**Skor prioritas** = 1 poin per tenaga kerja belum terlindungi + 5 poin per bulan "
            "menunggak + 1 poin per Rp 10 juta tunggakan + 1 poin per Rp 5 juta selisih upah sebulan "
            "+ 2 poin per program wajib yang belum diikuti. Skor tertinggi diperiksa lebih dulu.",
            "**Priority score** = 1 point per unprotected worker + 5 points per month in arrears + "
            "1 point per Rp 10 million of arrears + 1 point per Rp 5 million of monthly wage shortfall + "
            "2 points per mandatory program missing. Highest score first.",
        ),
        "f_cari": _m("Cari nama, NPP atau NIB", "Search name, NPP or NIB"),
        "f_cari_ph": _m("mis. Maju Jaya, 1234567", "e.g. Maju Jaya, 1234567"),
        "f_kategori": _m("Kategori", "Category"),
        "f_sektor": _m("Sektor (KBLI)", "Sector (KBLI)"),
        "f_skala": _m("Skala", "Scale"),
        "f_wilayah": _m("Kabupaten/kota", "Regency/city"),
        "f_all": _m("Semua", "All"),
        "f_page": _m("Halaman", "Page"),
        "showing": _m(
            "Menampilkan {a}–{b} dari {n} perusahaan (halaman {p} dari {pp}).",
            "Showing {a}–{b} of {n} employers (page {p} of {pp}).",
        ),
        "none_match": _m(
            "Tidak ada perusahaan yang cocok dengan filter ini.", "No employer matches these filters."
        ),
        "c_rank": _m("No.", "Rank"),
        "c_nama": _m("Perusahaan", "Employer"),
        "c_npp": _m("NPP", "NPP"),
        "c_nib": _m("NIB", "NIB"),
        "c_wilayah": _m("Kab/kota", "Regency/city"),
        "c_sektor": _m("Sektor", "Sector"),
        "c_skala": _m("Skala", "Scale"),
        "c_kategori": _m("Kategori", "Categories"),
        "c_tk": _m("TK wajib / terdaftar", "Workers / registered"),
        "c_tk_belum": _m("TK belum terlindungi", glossary.en("TK belum terlindungi")),
        "c_tunggakan": _m("Tunggakan", "Arrears"),
        "c_bulan": _m("Bln", "Mo"),
        "c_selisih": _m("Selisih upah/bln", glossary.en("Selisih upah/bln")),
        "c_program": _m("Program kurang", "Missing programs"),
        "c_skor": _m("Skor", "Score"),
        "export_prepare": _m(
            "Siapkan daftar sasaran pemeriksaan (XLSX)", "Prepare the inspection list (XLSX)"
        ),
        "export_download": _m(
            "Unduh daftar sasaran pemeriksaan bersama", "Download the joint inspection list"
        ),
        "export_help": _m(
            "Perusahaan sesuai filter di atas, urut prioritas (paling banyak {max}), dengan kolom kosong "
            "untuk tanggal pemeriksaan, petugas dan hasil.",
            "The employers matching the filters above, by priority (at most {max}), with empty columns "
            "for inspection date, inspector and outcome.",
        ),
    }
)
