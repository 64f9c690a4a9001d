"""Interface text of the Laporan page, Bahasa Indonesia first and English second."""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

LP = Catalog(
    {
        "nav": _m("Laporan", "Reports"),
        "title": _m("Laporan", "Reports"),
        "intro": _m(
            "Laporan siap kirim dari angka yang sama dengan halaman-halaman ini, untuk wilayah dan periode di "
            "panel kiri. Setiap berkas mencantumkan wilayah, periode, kemutakhiran data, pengaturan dan waktu dibuat.",
            "Ready-to-send reports from the same figures as these pages, for the area and period in the left panel. "
            "Every file states its area, period, data freshness, settings and the time it was made.",
        ),
        "choose": _m("Jenis laporan", "Report"),
        "bulanan": _m("Bulanan kepesertaan", "Monthly membership"),
        "triwulanan": _m("Triwulanan kepatuhan & kecelakaan", "Quarterly compliance & accidents"),
        "rapat": _m("Bahan rapat koordinasi", "Coordination meeting deck"),
        "about_bulanan": _m(
            "Ringkasan terhadap target, satu baris per wilayah (peserta per segmen, baru, nonaktif, capaian, gap, "
            "status), tren dengan garis target, dan kelompok khusus.",
            "The headline against the target, one row per area (participants per segment, new, inactive, "
            "achievement, gap, status), the trend with the target line, and the special groups.",
        ),
        "about_triwulanan": _m(
            "Ketidakpatuhan per kategori dan perubahannya, per wilayah dengan kecelakaan kerja triwulan, tindak "
            "lanjut (tahapan, terlambat, hasil) dan daftar sasaran pemeriksaan bersama.",
            "Non-compliance by category and its change, by area with the quarter's work accidents, follow-up "
            "(ladder, overdue, outcomes) and the joint inspection list.",
        ),
        "about_rapat": _m(
            "Slide 16:9 untuk rapat: posisi, peta, peringkat, tren, kepatuhan, tindak lanjut, kecelakaan, kelompok "
            "khusus dan langkah berikutnya, dengan catatan pembicara. Grafik dan tabel dapat diubah di PowerPoint.",
            "16:9 slides for the meeting: standing, map, league, trend, compliance, follow-up, accidents, special "
            "groups and next steps, with speaker notes. Charts and tables can be restyled in PowerPoint.",
        ),
        "preview": _m("Pratinjau", "Preview"),
        "preparing": _m("Menyiapkan pratinjau…", "Preparing the preview…"),
        "contents": _m("Isi berkas", "What the file holds"),
        "facts": _m("Wilayah, periode, data dan pengaturan", "Area, period, data and settings"),
        "slides": _m("{n} slide", "{n} slides"),
        "download": _m("Unduh {format}", "Download {format}"),
        "download_help": _m("Berkas dibuat saat tombol diklik (beberapa detik untuk wilayah besar).",
                            "The file is made when you click (a few seconds for a large area)."),
        "empty": _m("Belum ada data untuk laporan ini di {scope}, {periode}: {reason}.",
                    "No data for this report in {scope}, {periode} yet: {reason}."),
        "go_kelola": _m("Ke Kelola Data", "Go to Manage Data"),
        "no_period": _m("Belum ada periode data. Muat data di halaman Kelola Data.", "No data period yet. Load data on the Manage Data page."),
        "paket_title": _m("Paket laporan per kab/kota", "One report per regency/city"),
        "paket_intro": _m(
            "Satu laporan bulanan untuk setiap kab/kota {provinsi}, dalam satu berkas ZIP, untuk dikirim ke "
            "masing-masing Pemkab.",
            "One monthly report for each regency/city of {provinsi}, in one ZIP file, to send to each local "
            "government.",
        ),
        "paket_province_only": _m("Paket laporan dibuat untuk satu provinsi: pilih provinsi di panel kiri.",
                                  "A report package is made for one province: choose a province in the left panel."),
        "paket_format": _m("Format", "Format"),
        "paket_make": _m("Buat paket laporan", "Make the report package"),
        "paket_progress": _m("Membuat laporan {n} dari {total}: {nama}", "Making report {n} of {total}: {nama}"),
        "paket_done": _m("{n} laporan siap.", "{n} reports ready."),
        "paket_skipped": _m("Tanpa laporan (belum ada data kepesertaan bulan ini): {names}.",
                            "No report (no membership data for the month): {names}."),
        "paket_download": _m("Unduh paket (ZIP)", "Download the package (ZIP)"),
    }
)
