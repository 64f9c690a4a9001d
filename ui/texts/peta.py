"""Interface text of the Peta page and its table export, Bahasa Indonesia first and English second.

Indicator names, class labels, the legend and the note under the map come from analytics (the
same words as the map written by `python -m analytics peta`); this holds only the page's own words.
"""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

P = Catalog(
    {
        "nav": _m("Peta", "Map"),
        "title": _m("Peta", "Map"),
        "intro": _m(
            "{sub} diwarnai menurut indikator pilihan. Klik satu wilayah di peta, atau pilih di "
            "“Buka wilayah”, untuk membukanya.",
            "{sub} coloured by the chosen indicator. Click an area on the map, or pick it under "
            "“Open an area”, to open it.",
        ),
        "sub_provinsi": _m("Provinsi", "Provinces"),
        "sub_kabkota": _m("Kabupaten/kota", "Regencies/cities"),
        # Controls
        "c_indikator": _m("Indikator", "Indicator"),
        "c_metode": _m("Pembagian kelas", "Classes by"),
        "m_kuantil": _m("Kuantil", "Quantiles"),
        "m_interval": _m("Interval sama", "Equal intervals"),
        "m_ambang": _m("Ambang tetap", "Fixed thresholds"),
        "metode_help": _m(
            "Kuantil: jumlah wilayah kira-kira sama di tiap kelas. Interval sama: rentang nilai sama "
            "lebar. Ambang tetap: batas yang sudah ditentukan.",
            "Quantiles: about the same number of areas in each class. Equal intervals: ranges of the "
            "same width. Fixed thresholds: set limits.",
        ),
        "c_kelas": _m("Jumlah kelas", "Number of classes"),
        "c_gelembung": _m("Gelembung", "Bubbles"),
        "n_kelas": _m("{n} kelas", "{n} classes"),
        "dengan_gelembung": _m("gelembung", "bubbles"),
        "atur_help": _m(
            "Cara membagi kelas warna, jumlah kelas, dan gelembung di atas peta.",
            "How the colour classes are split, how many, and circles over the map.",
        ),
        "g_none": _m("Tanpa gelembung", "No bubbles"),
        "gelembung_help": _m(
            "Lingkaran di atas peta, besarnya sebanding dengan jumlah yang dipilih.",
            "Circles over the map, sized by the chosen count.",
        ),
        # Moving around
        "open_label": _m("Buka wilayah", "Open an area"),
        "open_ph": _m("Pilih wilayah…", "Choose an area…"),
        "go_up_help": _m("Kembali ke {nama}", "Back to {nama}"),
        "nasional": _m("Nasional", "National"),
        # Beside the map
        "legend_n": _m("{n} wilayah", "{n} areas"),
        "tanpa_bentuk": _m(
            "Belum ada batas di peta untuk {n} wilayah: {nama}. Wilayah itu tetap ada di tabel.",
            "No boundary on the map yet for {n} areas: {nama}. They are still in the table.",
        ),
        # Empty states
        "no_data": _m(
            "Belum ada data kepesertaan untuk {scope} pada {periode}. Muat data di halaman Kelola Data.",
            "No membership data for {scope} in {periode} yet. Load data on the Manage Data page.",
        ),
        "go_kelola": _m("Ke Kelola Data", "Go to Manage Data"),
        "kabkota_context": _m(
            "{nama} adalah kabupaten/kota: peta menampilkannya di antara kabupaten/kota lain di "
            "{provinsi} (abu-abu). Klik salah satunya, atau pilih di “Buka wilayah”, untuk membukanya.",
            "{nama} is a regency/city: the map shows it among the other regencies/cities of "
            "{provinsi} (grey). Click one, or pick it under “Open an area”, to open it.",
        ),
        "no_compliance": _m(
            "Belum ada data perusahaan untuk {scope} sampai {periode}, jadi “{indikator}” belum dapat "
            "dipetakan: semua wilayah tampil sebagai “tidak ada data”. Muat data perusahaan (WLKP/BPJS) "
            "di halaman Kelola Data.",
            "No employer data for {scope} up to {periode} yet, so “{indikator}” cannot be mapped: every "
            "area shows as “no data”. Load employer data on the Manage Data page.",
        ),
        # The table of values
        "sec_table": _m("Nilai per wilayah", "Values by area"),
        "col_wilayah": _m("Wilayah", "Area"),
        "col_kelas": _m("Kelas", "Class"),
        "export_csv": _m("Unduh CSV", "Download CSV"),
        "export_xlsx": _m("Unduh Excel", "Download Excel"),
        "export_help": _m(
            "Tabel di atas untuk {scope}, {periode}.", "The table above for {scope}, {periode}."
        ),
        "export_title": _m(
            "{indikator} per {sub} — {scope}, {periode}", "{indikator} by {sub} — {scope}, {periode}"
        ),
        "export_source": _m(
            "Sumber: data Cakupan yang dimuat (posisi {periode}). Dibuat {waktu}.",
            "Source: the data loaded in Cakupan (as of {periode}). Made {waktu}.",
        ),
        "export_file": _m("peta", "map"),
    }
)
