"""Interface text of the Tren page, Indonesian first.

Kept apart from ui.texts.shell so the Tren page can grow without touching the shell's
catalogue. Same mechanism: a missing translation fails at import.
"""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

TT = Catalog(
    {
        # Tren page
        "seg_total": _m("Total", "Total"),
        "tr_nav": _m("Tren", "Trends"),
        "tr_title": _m("Tren Kepesertaan", "Membership Trends"),
        "tr_intro": _m(
            "Perkembangan peserta aktif per bulan, peserta baru dan nonaktif, perubahan setahun, "
            "proyeksi ke batas waktu target, dan perbandingan wilayah.",
            "Active participants month by month, joiners and leavers, change over a year, the "
            "projection to the target's deadline, and a comparison of areas.",
        ),
        "tr_empty": _m(
            "Belum ada data kepesertaan untuk wilayah ini. Muat berkas kepesertaan bulanan di halaman "
            "Kelola Data, lalu kembali ke sini.",
            "No membership data for this area yet. Load a monthly membership file on the Manage Data "
            "page, then come back here.",
        ),
        "no_month_data": _m(
            "Wilayah ini belum punya data kepesertaan untuk {bulan}; data terakhirnya {terakhir}. "
            "Grafik menampilkan bulan-bulan yang ada.",
            "This area has no membership data for {bulan} yet; its latest is {terakhir}. The charts "
            "show the months there are.",
        ),
        "tab_segmen": _m("Per segmen", "By segment"),
        "tab_arus": _m("Baru & nonaktif", "Joiners & leavers"),
        "tab_yoy": _m("Perubahan setahun", "Year on year"),
        "tab_proyeksi": _m("Proyeksi ke target", "Projection to target"),
        "tab_banding": _m("Bandingkan wilayah", "Compare areas"),
        "seg_view": _m("Tampilan", "View"),
        # The series to download (ui.tren.export)
        "x_title": _m("Peserta aktif per bulan dan segmen — {scope}, {dari} s.d. {sampai}",
                      "Active participants by month and segment — {scope}, {dari} to {sampai}"),
        "x_source": _m("Sumber: Cakupan (data kepesertaan BPJS Ketenagakerjaan), dibuat {waktu}. Sel kosong: "
                       "tidak ada data untuk bulan itu.",
                       "Source: Cakupan (BPJS Ketenagakerjaan membership data), made {waktu}. An empty cell: "
                       "no data for that month."),
        "x_sheet": _m("Tren", "Trend"),
        "x_bulan": _m("Bulan", "Month"),
        "x_total": _m("Total peserta aktif", "Total active participants"),
        "x_baru": _m("Peserta baru", "New participants"),
        "x_nonaktif": _m("Peserta nonaktif", "Inactive participants"),
        "x_file": _m("tren-kepesertaan", "membership-trend"),
        "x_csv": _m("Unduh seri (CSV)", "Download the series (CSV)"),
        "x_xlsx": _m("Unduh seri (Excel)", "Download the series (Excel)"),
        "x_help": _m("Angka bulanan per segmen yang digambar grafik ini.", "The monthly figures per segment this chart draws."),
        "seg_stacked": _m("Bertumpuk", "Stacked"),
        "seg_split": _m("Terpisah per segmen", "One chart per segment"),
        "seg_caption": _m(
            "Peserta aktif per segmen, {dari} s.d. {sampai}. PU = penerima upah, BPU = bukan penerima "
            "upah, JAKON = jasa konstruksi, PMI = pekerja migran Indonesia.",
            "Active participants by segment, {dari} to {sampai}. PU = wage earners, BPU = non-wage "
            "earners, JAKON = construction services, PMI = Indonesian migrant workers.",
        ),
        "arus_caption": _m(
            "Peserta baru dan peserta nonaktif per bulan, semua segmen, {dari} s.d. {sampai}.",
            "Joiners and leavers per month, all segments, {dari} to {sampai}.",
        ),
        "arus_missing": _m(
            "Berkas segmen {segmen} tidak memuat peserta baru/nonaktif, jadi segmen itu tidak "
            "terhitung di grafik ini.",
            "The {segmen} file(s) did not give joiners/leavers, so that segment is not counted here.",
        ),
        "arus_partial": _m(
            "Untuk segmen {segmen}, peserta baru/nonaktif hanya ada pada sebagian bulan atau wilayah.",
            "For segment {segmen}, joiners/leavers are given for only some months or areas.",
        ),
        "arus_none": _m(
            "Berkas kepesertaan yang dimuat tidak memuat peserta baru maupun nonaktif (kolom "
            "peserta_baru dan peserta_nonaktif kosong), jadi arus peserta belum bisa ditampilkan.",
            "The loaded membership files carry no joiners or leavers (columns peserta_baru and "
            "peserta_nonaktif are empty), so the flows cannot be shown yet.",
        ),
        "yoy_caption": _m(
            "{bulan} dibandingkan {bulan_lalu}, per segmen.",
            "{bulan} against {bulan_lalu}, by segment.",
        ),
        "yoy_short": _m(
            "Perubahan setahun butuh data bulan yang sama tahun lalu ({bulan_lalu}); data wilayah ini "
            "baru ada {n} bulan ({dari} s.d. {sampai}).",
            "A change over a year needs the same month last year ({bulan_lalu}); this area has "
            "{n} months of data so far ({dari} to {sampai}).",
        ),
        "yoy_missing_month": _m(
            "Tidak ada data untuk {bulan_lalu}, jadi perubahan setahun untuk {bulan} tidak bisa dihitung.",
            "There is no data for {bulan_lalu}, so the change over a year for {bulan} cannot be computed.",
        ),
        "col_segmen": _m("Segmen", "Segment"),
        "col_perubahan": _m("Perubahan", "Change"),
        "col_persen": _m("Perubahan %", "Change %"),
        "proj_caption": _m(
            "Peserta aktif sampai {periode} dan proyeksinya ke batas waktu {tanggal}. Metode: {metode}. "
            "Pita menunjukkan rentang yang biasanya memuat hasil sebenarnya (8 dari 10 kali pada data "
            "lalu wilayah ini).",
            "Active participants up to {periode} and their projection to the deadline {tanggal}. "
            "Method: {metode}. The band shows the range that usually held the real outcome (8 times "
            "out of 10 on this area's past data).",
        ),
        "proj_no_band": _m(
            "Rentang belum bisa dihitung: riwayat data terlalu pendek untuk menguji metode ini.",
            "No range yet: the history is too short to test the method against.",
        ),
        "proj_value": _m(
            "Proyeksi pada {tanggal}: **{nilai}** (rentang {bawah} – {atas}); target **{target}**.",
            "Projection at {tanggal}: **{nilai}** (range {bawah} – {atas}); target **{target}**.",
        ),
        "proj_value_nr": _m(
            "Proyeksi pada {tanggal}: **{nilai}**; target **{target}**.",
            "Projection at {tanggal}: **{nilai}**; target **{target}**.",
        ),
        "proj_short": _m(
            "Proyeksi butuh paling sedikit 3 bulan data; wilayah ini baru punya {n} bulan.",
            "A projection needs at least 3 months of data; this area has {n} so far.",
        ),
        "proj_no_target": _m(
            "Belum ada target {tahun} untuk wilayah ini, jadi tidak ada batas waktu untuk diproyeksikan. "
            "Muat berkas target di Kelola Data.",
            "There is no {tahun} target for this area, so there is no deadline to project to. Load a "
            "target file on the Manage Data page.",
        ),
        "proj_past": _m(
            "Batas waktu target ({tanggal}) sudah lewat pada periode ini.",
            "The target's deadline ({tanggal}) has passed at this period.",
        ),
        "cmp_areas": _m("Wilayah yang dibandingkan (maks. 5)", "Areas to compare (up to 5)"),
        "cmp_level": _m("Jenis wilayah", "Kind of area"),
        "cmp_measure": _m("Ukuran", "Measure"),
        "cmp_aktif": _m("Peserta aktif", "Active participants"),
        "cmp_cakupan": _m("Cakupan (% penduduk bekerja)", "Coverage (% of workforce)"),
        "cmp_pick": _m(
            "Pilih sampai lima wilayah untuk dibandingkan.", "Choose up to five areas to compare."
        ),
        "cmp_caption_aktif": _m(
            "Peserta aktif per bulan, semua segmen.", "Active participants per month, all segments."
        ),
        "cmp_caption_cakupan": _m(
            "Cakupan = peserta aktif ÷ penduduk bekerja tahun itu (atau tahun terakhir sebelumnya) × 100, "
            "sehingga wilayah yang besar dan kecil bisa dibandingkan.",
            "Coverage = active participants ÷ workforce of that year (or the latest earlier year) × 100, "
            "so that large and small areas compare.",
        ),
        "cmp_no_workforce": _m(
            "Tanpa data penduduk bekerja, cakupan tidak bisa dihitung untuk: {nama}.",
            "Without workforce figures, coverage cannot be computed for: {nama}.",
        ),
        "cmp_no_data": _m("Belum ada data kepesertaan untuk: {nama}.", "No membership data yet for: {nama}."),
        "lvl_provinsi": _m("Provinsi", "Province"),
        "lvl_kabkota": _m("Kabupaten/Kota", "Regency/City"),
        "lvl_kantor": _m("Kantor Cabang", "Branch office"),
    }
)
