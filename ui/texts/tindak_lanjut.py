"""Interface text of the Tindak Lanjut page, Bahasa Indonesia first and English second."""

from __future__ import annotations

from analytics import glossary
from analytics.enforcement.export import HEADERS
from analytics.i18n import Catalog
from analytics.i18n import message as _m

T = Catalog(
    {
        "nav": _m("Tindak Lanjut", "Follow-up"),
        "title": _m("Tindak Lanjut Kepatuhan", "Compliance Follow-up"),
        "intro": _m(
            "Kasus = satu perusahaan dalam satu kategori ketidakpatuhan. Tindakan sampai {akhir}.",
            "A case = one employer in one non-compliance category. Actions up to {akhir}.",
        ),
        "kategori_label": _m("Kategori", "Category"),
        "semua": _m("Semua kategori", "All categories"),
        "batas_label": _m("Batas hari per tahap", "Days allowed per stage"),
        "batas_help": _m(
            "Tahap yang dipegang lebih lama dari ini (kecuali Patuh dan Proses hukum) dihitung terlambat.",
            "A stage held longer than this (except Compliant and Legal action) counts as overdue.",
        ),
        # Tiles
        "t_kasus": _m("Kasus ditindaklanjuti", "Cases followed up"),
        "t_kasus_ctx": _m("{n} masih berjalan", "{n} still open"),
        "t_terlambat": _m("Tindak lanjut terlambat", "Overdue follow-ups"),
        "t_terlambat_ctx": _m("tahap dipegang > {hari} hari", "stage held > {hari} days"),
        "t_patuh": _m("Berakhir patuh", "Ended compliant"),
        "t_patuh_ctx": _m("{n} dari {total} kasus", "{n} of {total} cases"),
        "t_tk": _m("Tenaga kerja didaftarkan", "Workers registered"),
        "t_tk_ctx": _m("setelah tindakan (PWBD, PDS-TK)", "after action (PWBD, PDS-TK)"),
        "t_rp": _m("Tunggakan dipulihkan", "Arrears recovered"),
        "t_rp_ctx": _m("setelah tindakan (menunggak iuran)", "after action (arrears)"),
        "note_rules": _m(
            "**Terlambat**: tahap selain Patuh dan Proses hukum yang dipegang lebih dari **{hari} hari** "
            "tanpa langkah berikutnya. Hari dihitung sampai **{ref}**. Proses hukum mengikuti jadwal "
            "pengadilan, jadi tidak dihitung terlambat.",
            "**Overdue**: a stage other than Compliant and Legal action held longer than **{hari} days** "
            "without the next step. Days are counted to **{ref}**. Legal action follows the court's "
            "timetable, so it is never counted overdue.",
        ),
        "note_outcome": _m(
            "Tenaga kerja dan tunggakan dibandingkan dari data perusahaan: posisi terakhir sebelum "
            "tindakan pertama dan posisi terakhir sampai {periode}. {terukur} dari {total} kasus punya "
            "kedua posisi itu.",
            "Workers and arrears compare the employer data: the last position before the first action "
            "and the last position up to {periode}. {terukur} of {total} cases have both.",
        ),
        # Funnel and outcomes
        "funnel_title": _m("Tangga sanksi", "Sanction ladder"),
        "funnel_caption": _m(
            "Kasus yang mencapai tiap tahap (kasus di tahap lebih tinggi ikut dihitung di tahap "
            "sebelumnya); batang hijau: kasus yang kini patuh.",
            "Cases that reached each stage (a case at a later stage also counts at the earlier ones); "
            "green bar: cases now compliant.",
        ),
        "funnel_hover": _m(
            "{n} kasus ({p} dari yang ditindaklanjuti)", "{n} cases ({p} of those followed up)"
        ),
        "now_title": _m("Kasus berjalan menurut tahap kini", "Open cases by current stage"),
        "now_caption": _m(
            "{n} kasus belum patuh, menurut tahap terakhir yang sudah dijalankan.",
            "{n} cases not yet compliant, by the last stage taken.",
        ),
        "outcome_title": _m("Hasil per instansi", "Outcomes by institution"),
        "outcome_caption": _m(
            "Instansi yang memegang kasus pada tahap terakhirnya sebelum patuh.",
            "The institution that held the case at its last stage before compliance.",
        ),
        "col_instansi": _m("Instansi", "Institution"),
        "col_kasus": _m("Kasus", "Cases"),
        "col_patuh": _m("Patuh", "Compliant"),
        "col_patuh_persen": _m("% patuh", "% compliant"),
        "col_tk": _m("TK didaftarkan", "Workers registered"),
        "col_rp": _m("Tunggakan dipulihkan", "Arrears recovered"),
        "total": _m("Jumlah", "Total"),
        # Case list
        "list_title": _m("Kasus berjalan — yang terlambat lebih dulu", "Open cases — overdue first"),
        "list_count": _m(
            "{total} kasus berjalan, {terlambat} terlambat; {per} kasus per halaman.",
            "{total} open cases, {terlambat} overdue; {per} cases per page.",
        ),
        "list_empty": _m("Tidak ada kasus yang masih berjalan.", "No open cases."),
        "prev": _m("Sebelumnya", "Previous"),
        "next": _m("Berikutnya", "Next"),
        **HEADERS,  # the case list's columns, shared with its files (analytics.enforcement.export)
        "col_id": _m("NPP / NIB", "NPP / NIB"),
        "col_tahap_tl": _m("Tahap", "Stage"),
        "page_of": _m("Halaman **{hal}** dari {dari}", "Page **{hal}** of {dari}"),
        "col_terlambat": _m("Terlambat", "Overdue"),
        # The workbook of cases (ui.tindak_lanjut.export)
        "x_button": _m("Unduh daftar kasus dan yang terlambat (Excel)", "Download the case list and the overdue list (Excel)"),
        "x_help": _m(
            "Semua kasus berjalan (bukan hanya halaman ini), terlambat lebih dulu, dan lembar terpisah "
            "untuk yang terlambat: untuk ditindaklanjuti Disnakertrans.",
            "Every open case (not only this page), overdue first, and a separate sheet of the overdue ones: "
            "for the Disnakertrans to act on.",
        ),
        "x_title_open": _m("Kasus tindak lanjut berjalan — {where}", "Open follow-up cases — {where}"),
        "x_title_late": _m("Tindak lanjut terlambat — {where}", "Overdue follow-ups — {where}"),
        "x_sheet_open": _m("Kasus berjalan", "Open cases"),
        "x_sheet_late": _m("Terlambat", "Overdue"),
        "x_source": _m(
            "Kategori: {kategori}. Terlambat = tahap dipegang lebih dari {hari} hari. Sumber: Cakupan, dibuat {waktu}.",
            "Category: {kategori}. Overdue = a stage held more than {hari} days. Source: Cakupan, made {waktu}.",
        ),
        "x_capped": _m("Hanya {n} dari {total} kasus dicantumkan.", "Only {n} of {total} cases are listed."),
        "x_file": _m("tindak-lanjut", "follow-up"),
        "late_days": _m("⚠ {n} hari", "⚠ {n} days"),
        "on_time": _m("–", "–"),
        # Timeline
        "tl_title": _m("Riwayat tindakan satu perusahaan", "One employer's actions"),
        "tl_search": _m("Cari nama perusahaan, NPP atau NIB", "Search employer name, NPP or NIB"),
        "tl_pick": _m("Perusahaan", "Employer"),
        "tl_none": _m("Tidak ada perusahaan yang cocok dengan “{q}”.", "No employer matches “{q}”."),
        "tl_hint": _m(
            "Pilihan diambil dari kasus di halaman daftar ini; cari untuk perusahaan lain.",
            "Choices come from the cases on this page of the list; search for another employer.",
        ),
        "col_tanggal": _m("Tanggal", "Date"),
        "col_dokumen": _m("Nomor dokumen", "Document number"),
        "col_catatan": _m("Catatan", "Notes"),
        # Empty state
        "empty": _m(
            "Belum ada data tindak lanjut untuk {scope} sampai {periode}. Muat berkas **tindak_lanjut** "
            "di halaman Kelola Data.",
            "No follow-up data for {scope} up to {periode} yet. Load a **tindak_lanjut** file on the "
            "Manage Data page.",
        ),
        "go_kelola": _m("Ke Kelola Data", "Go to Manage Data"),
        "no_period": _m(
            "Belum ada periode data. Muat data di halaman Kelola Data.",
            "No data period yet. Load data on the Manage Data page.",
        ),
        # Ladder stages and institutions: named once in analytics.glossary (the reports use them too)
        **glossary.TAHAP_NAMA,
        **glossary.INSTANSI_NAMA,
    }
)
