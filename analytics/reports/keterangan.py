"""The definitions a report's reader needs, in words: the Keterangan sheet of a workbook and the last
page of a PDF. They say what the code computes (analytics.coverage, .compliance, .enforcement,
.kecelakaan, .kelompok); where those modules' docstrings decide a question, these say the answer.
"""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

_t = Catalog({
    "peserta_aktif": _m("Peserta aktif|Jumlah peserta aktif BPJS Ketenagakerjaan pada akhir bulan data, semua segmen (PU, BPU, JAKON, PMI – pekerja migran), dijumlah atas kab/kota wilayah.",
                        "Active participants|BPJS Ketenagakerjaan participants active at the end of the month, all segments (PU, BPU, JAKON, PMI – migrant workers), summed over the area's regencies/cities."),
    "target": _m("Target|Target peserta tahun berjalan (segmen SEMUA). Target persen dihitung dari penduduk bekerja. Target provinsi yang belum dibagi ke kab/kota dialokasikan menurut penduduk bekerja; wilayah di atas kab/kota menjumlah target bagiannya.",
                 "Target|The year's participant target (segment SEMUA). A percentage target is computed from the workforce. A province target not set for its regencies/cities is allocated by workforce; areas above regency/city add up their parts' targets."),
    "capaian": _m("Capaian|Peserta aktif ÷ target × 100.", "Achievement|Active participants ÷ target × 100."),
    "gap": _m("Kekurangan (gap)|Target − peserta aktif, tidak kurang dari 0.", "Gap|Target − active participants, never below 0."),
    "kekurangan_bagian": _m("Kekurangan kab/kota|Jumlah kekurangan kab/kota yang belum mencapai targetnya. Bisa lebih besar dari gap wilayah, karena kelebihan satu kab/kota tidak menutup kekurangan kab/kota lain.",
                            "Regencies/cities' shortfall|The sum of the gaps of the regencies/cities below their own target. It can exceed the area's gap: one regency's surplus does not fill another's shortfall."),
    "laju": _m("Laju dibutuhkan / aktual|Dibutuhkan: gap ÷ bulan tersisa hingga batas waktu (dibulatkan ke atas). Aktual: (peserta aktif bulan ini − tiga bulan lalu) ÷ 3.",
               "Pace needed / actual|Needed: gap ÷ months left to the deadline (rounded up). Actual: (active participants this month − three months earlier) ÷ 3."),
    "status": _m("Status|Tercapai: gap 0. Sesuai jalur: laju aktual ≥ laju dibutuhkan. Berisiko: ≥ 75% dari laju dibutuhkan. Tertinggal: di bawah 75%, atau batas waktu lewat dengan gap. Belum dapat dinilai: belum ada target atau riwayat 3 bulan.",
                 "Status|Achieved: gap 0. On track: actual pace ≥ pace needed. At risk: ≥ 75% of the pace needed. Off track: below 75%, or the deadline passed with a gap. Cannot be judged yet: no target or no 3 months of history."),
    "proyeksi": _m("Proyeksi|Peserta aktif yang diperkirakan pada batas waktu: dengan 24 bulan data, perubahan bulan-bulan yang sama tahun lalu ditambahkan ke posisi terakhir; dengan 3–23 bulan, tren linear. Rentang dari galat uji-mundur metode itu sendiri.",
                   "Projection|Active participants expected at the deadline: with 24 months of data, last year's change over the same months added to the latest level; with 3–23 months, a linear trend. The range comes from the method's own backtest errors."),
    "cakupan": _m("Cakupan penduduk bekerja|Peserta aktif ÷ penduduk bekerja (BPS Sakernas) × 100; tahun data terakhir yang tersedia bila tahun berjalan belum ada.",
                  "Workforce coverage|Active participants ÷ working population (BPS Sakernas) × 100; the latest year available when the current year has no figure."),
    "baru_nonaktif": _m("Peserta baru / nonaktif|Peserta yang bergabung / keluar atau berhenti membayar pada bulan data (kolom opsional berkas kepesertaan; kosong bila tidak dilaporkan).",
                        "New / inactive participants|Participants who joined / left or lapsed in the month (optional columns of the membership file; empty when not reported)."),
    "kelompok": _m("Kelompok khusus|Per kab/kota dan kelompok: laporan terakhir pada atau sebelum periode. Belum terdaftar = sasaran − terdaftar. Iuran dibutuhkan per bulan = belum terdaftar × iuran per orang (pengaturan).",
                   "Special groups|Per regency/city and group: its latest report at or before the period. Not registered = target − registered. Contribution needed per month = not registered × contribution per person (a setting)."),
    "kepatuhan": _m("Kategori ketidakpatuhan|PWBD: perusahaan wajib belum daftar. PDS-TK: sebagian tenaga kerja belum didaftarkan. PDS-Upah: upah dilaporkan lebih rendah dari upah sebenarnya. PDS-Program: program wajib untuk skala usahanya belum diikuti. PMI – menunggak iuran: menunggak ≥ 1 bulan. Satu perusahaan bisa masuk beberapa kategori.",
                    "Non-compliance categories|PWBD: employer required to register but not registered. PDS-TK: some workers not registered. PDS-Upah: wages reported below actual wages. PDS-Program: a program mandatory for its scale not joined. PMI – menunggak iuran: ≥ 1 month in arrears. One employer can fall in several categories."),
    "snapshot": _m("Snapshot perusahaan|Per kab/kota, data perusahaan terakhir pada atau sebelum periode. Perubahan: dibanding snapshot sebelumnya — keluar (kini patuh), masuk, tidak ditemukan lagi (tutup atau berganti nama; tidak dihitung patuh).",
                   "Employer snapshot|Per regency/city, its latest employer data at or before the period. Change: against the previous snapshot — left (now compliant), entered, no longer found (closed or renamed; not counted as compliant)."),
    "tk_belum": _m("TK belum terlindungi|PWBD: seluruh tenaga kerja wajib; PDS-TK: tenaga kerja wajib − terdaftar.",
                   "Unprotected workers|PWBD: every worker employed; PDS-TK: workers employed − registered."),
    "kecelakaan": _m("Kecelakaan kerja|Kasus, meninggal, cacat dan klaim triwulan: jumlah bulan-bulan triwulan s.d. periode. Kasus per 100.000 peserta = kasus triwulan × 100.000 ÷ peserta aktif. Bulan tanpa baris data = belum dilaporkan, bukan nol.",
                     "Work accidents|Quarter's cases, deaths, disabilities and claims: the quarter's months up to the period. Cases per 100,000 participants = quarter's cases × 100,000 ÷ active participants. A month without rows = not reported, not zero."),
    "tindak_lanjut": _m("Tindak lanjut|Kasus = perusahaan × kategori. Tahap: himbauan, teguran 1–2, nota pemeriksaan 1–2, rekomendasi sanksi, proses hukum, patuh (tahap tindakan terakhir). Terlambat: lebih dari batas hari di satu tahap (pengaturan). Hasil: tenaga kerja didaftarkan dan tunggakan dipulihkan, dibanding snapshot perusahaan sebelum tindakan pertama.",
                        "Follow-up|Case = employer × category. Stages: notice, warnings 1–2, inspection notes 1–2, sanction recommendation, legal action, compliant (the latest action's stage). Overdue: more than the day limit at one stage (a setting). Outcomes: workers registered and arrears recovered, against the employer snapshot before the first action."),
    "skor": _m("Skor prioritas|1 poin per TK belum terlindungi + 5 per bulan tunggakan + 1 per Rp10 juta tunggakan + 1 per Rp5 juta selisih upah per bulan + 2 per program wajib yang belum diikuti. Urutan daftar sasaran pemeriksaan bersama.",
               "Priority score|1 point per unprotected worker + 5 per month in arrears + 1 per Rp10 million of arrears + 1 per Rp5 million of monthly wage shortfall + 2 per mandatory program missing. The order of the joint inspection list."),
    "potensi": _m("Potensi penutupan gap|TK belum terlindungi (PWBD + PDS-TK) ÷ gap wilayah: berapa bagian kekurangan yang bisa ditutup penegakan kepatuhan.",
                  "Gap enforcement could close|Unprotected workers (PWBD + PDS-TK) ÷ the area's gap: how much of the shortfall enforcement could close."),
})  # fmt: skip

BULANAN = ("peserta_aktif", "target", "capaian", "gap", "kekurangan_bagian", "laju", "status", "proyeksi", "cakupan",
           "baru_nonaktif", "kelompok")  # fmt: skip
TRIWULANAN = ("kepatuhan", "snapshot", "tk_belum", "kecelakaan", "tindak_lanjut", "skor")
RAPAT = (*BULANAN, *TRIWULANAN, "potensi")


def definitions(keys, lang: str = "id") -> tuple[tuple[str, str], ...]:
    """(term, definition) for each key, in the reader's language."""
    return tuple(tuple(_t(k, lang).split("|", 1)) for k in keys)
