"""Interface text of the Capaian Target page and its exports, Bahasa Indonesia first and English second.

Kept apart from ui.texts.shell so this page can grow its labels without touching the shell's catalogue.
"""

from __future__ import annotations

from analytics import glossary
from analytics.i18n import Catalog
from analytics.i18n import message as _m

T = Catalog(
    {
        "nav": _m("Capaian Target", "Target Progress"),
        "title": _m("Capaian Target", glossary.en("Capaian Target")),
        "intro": _m(
            "Peringkat {sub} menurut capaian target. Klik satu baris untuk membuka wilayah itu.",
            "{sub} ranked by progress towards their target. Click a row to open that area.",
        ),
        "intro_no_target": _m(
            "Peringkat {sub} menurut cakupan pekerja. Klik satu baris untuk membuka wilayah itu.",
            "{sub} ranked by workforce coverage. Click a row to open that area.",
        ),
        "sub_provinsi": _m("provinsi", "Provinces"),
        "sub_kabkota": _m("kabupaten/kota", "Regencies/cities"),
        "sort_label": _m("Urutkan menurut", "Sort by"),
        "sort_terendah": _m("Terendah dulu", "Lowest first"),
        "sort_capaian": _m("Tertinggi dulu", "Highest first"),
        "sort_cakupan": _m("Cakupan", "Coverage"),
        "sort_gap": _m("Gap terbesar", "Largest gap"),
        "sort_status": _m("Status (terburuk dulu)", "Status (worst first)"),
        "sort_nama": _m("Nama", "Name"),
        # Columns (screen and exports)
        "col_rank": _m("No.", "Rank"),
        "col_nama": _m("Wilayah", "Area"),
        "col_bar": _m("0–100%", "0–100%"),
        "col_capaian": _m("Capaian", "Progress"),
        "col_status": _m("Status", "Status"),
        "status_proj_DI_BAWAH": _m("proyeksi kurang", "projection short"),
        "status_proj_MENCAPAI": _m("proyeksi cukup", "projection enough"),
        "col_aktif": _m("Peserta aktif", "Active participants"),
        "col_target": _m("Target", "Target"),
        "col_alokasi": _m("Target dialokasikan", "Target allocated"),
        "col_gap": _m("Gap", "Gap"),
        "col_laju_butuh": _m("Laju perlu/bln", "Pace needed/mo"),
        "col_laju_aktual": _m("Laju aktual/bln", "Actual pace/mo"),
        "col_proyeksi": _m("Proyeksi (batas waktu)", "Projected (deadline)"),
        "col_proyeksi_bawah": _m("Proyeksi terendah", "Projection low"),
        "col_proyeksi_atas": _m("Proyeksi tertinggi", "Projection high"),
        "col_batas": _m("Batas waktu", "Deadline"),
        "col_bagian_belum": _m("Kab/kota belum tercapai", "Regencies/cities behind"),
        "col_bagian_bertarget": _m("Kab/kota bertarget", "Regencies/cities with a target"),
        "col_kekurangan_bagian": _m("Kekurangan kab/kota", "Regencies/cities' shortfall"),
        "col_cakupan": _m("Cakupan pekerja", "Workforce coverage"),
        # Screen headers: short, so every column fits 1280 px with the sidebar open; the help
        # (hover on the header) says the rest.
        "scr_aktif": _m("Aktif", "Active"),
        "scr_proyeksi": _m("Proyeksi", "Projected"),
        "scr_laju": _m("Butuh/bln", "Needed/mo"),
        "help_laju": _m(
            "Peserta baru bersih yang dibutuhkan per bulan sampai batas waktu. Cukup atau tidaknya laju "
            "aktual (rata-rata 3 bulan terakhir) dikatakan oleh Status; kedua laju ada di berkas unduhan.",
            "Net new participants needed per month until the deadline. Whether the actual pace (average of "
            "the last three months) is enough is what the Status says; both paces are in the downloads.",
        ),
        "help_status": _m(
            "Sesuai jalur: laju aktual ≥ laju yang dibutuhkan; berisiko: ≥ 75% darinya; tertinggal: "
            "di bawah itu. Proyeksi kurang / "
            "cukup: proyeksi ke batas waktu memberi putusan sebaliknya.",
            "On track: actual pace ≥ pace needed; at risk: ≥ 75% of it; behind: below that. "
            "Projection short / enough: the projection to "
            "the deadline gives the opposite verdict.",
        ),
        "help_proyeksi": _m(
            "Proyeksi peserta aktif pada batas waktu; rentangnya ada di berkas unduhan dan di halaman Tren.",
            "Projected active participants at the deadline; its range is in the downloads and on the "
            "Trends page.",
        ),
        "yes": _m("Ya", "Yes"),
        "no": _m("Tidak", "No"),
        # Notes under the table
        "note_alokasi": _m(
            "\\* Target dialokasikan dari target provinsi menurut jumlah penduduk bekerja, bukan ditetapkan sendiri.",
            "\\* Target allocated from the province target by workforce size, not set for the area itself.",
        ),
        "note_pace": _m(
            "Status membandingkan laju aktual (rata-rata kenaikan peserta aktif per bulan selama tiga "
            "bulan terakhir) dengan laju yang dibutuhkan (gap ÷ bulan tersisa sampai batas waktu); kolom "
            "Butuh/bln menulis laju yang dibutuhkan, kedua laju ada di berkas unduhan. Rentang 80% "
            "proyeksi ada di berkas unduhan dan di halaman Tren.",
            "Status compares the actual pace (average monthly increase of active participants over the "
            "last three months) with the pace needed (gap ÷ months left until the deadline); the "
            "Needed/mo column shows the pace needed, both paces are in the downloads. The projection's "
            "80% range is in the downloads and on the Trends page.",
        ),
        "note_deadline": _m("Batas waktu target: {tanggal}.", "Target deadline: {tanggal}."),
        "note_deadlines": _m(
            "Batas waktu target berbeda per wilayah: {tanggal}.",
            "Target deadlines differ by area: {tanggal}.",
        ),
        "no_target": _m(
            "Belum ada target kepesertaan untuk tahun {tahun} di wilayah ini, jadi kolom capaian, gap, "
            "laju dan status tidak ditampilkan. Muat berkas target di halaman Kelola Data.",
            "No membership target for {tahun} has been loaded for this area, so progress, gap, pace and "
            "status are not shown. Load a target file on the Manage Data page.",
        ),
        "some_no_target": _m(
            "{n} wilayah belum punya target untuk tahun {tahun}; ditampilkan di bawah tanpa capaian.",
            "{n} areas have no target for {tahun} yet; they are listed last, without progress.",
        ),
        "some_no_data": _m(
            "{n} wilayah belum punya data kepesertaan untuk {periode}, jadi tidak diperingkat.",
            "{n} areas have no membership data for {periode} yet, so they are not ranked.",
        ),
        "no_data": _m(
            "Belum ada data kepesertaan untuk wilayah ini. Muat data kepesertaan di halaman Kelola Data.",
            "No membership data for this area yet. Load membership data on the Manage Data page.",
        ),
        "kabkota_among": _m(
            "{nama} di antara kabupaten/kota {provinsi} (▶). Klik baris lain untuk membuka kab/kota itu.",
            "{nama} among the regencies/cities of {provinsi} (▶). Click another row to open it.",
        ),
        "go_kelola": _m("Ke Kelola Data", "Go to Manage Data"),
        "export_csv": _m("Unduh CSV", "Download CSV"),
        "export_xlsx": _m("Unduh Excel (XLSX)", "Download Excel (XLSX)"),
        "export_help": _m(
            "Tabel persis seperti yang tampil (urutan yang sama), untuk {scope} periode {periode}.",
            "The table exactly as shown (same order), for {scope}, period {periode}.",
        ),
        # Export title rows
        "export_title": _m(
            "Capaian target kepesertaan BPJS Ketenagakerjaan per {sub} — {scope}, {periode}",
            "BPJS Ketenagakerjaan membership target progress by {sub} — {scope}, {periode}",
        ),
        "export_source": _m(
            "Sumber: Cakupan — data kepesertaan periode {periode}, target tahun {tahun}. Diunduh {waktu}.",
            "Source: Cakupan — membership data for {periode}, targets for {tahun}. Downloaded {waktu}.",
        ),
        "export_sheet": _m("Capaian Target", "Target Progress"),
        "export_file": _m("capaian-target", "target-progress"),
    }
)
