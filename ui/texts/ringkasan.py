"""Labels of the Ringkasan page, Bahasa Indonesia first and English second (see ui.texts.shell)."""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

R = Catalog(
    {
        "nav": _m("Ringkasan", "Overview"),
        "title": _m("Ringkasan", "Overview"),
        # Freshness
        "fresh": _m("Data kepesertaan s.d. {bulan}", "Membership data up to {bulan}"),
        "fresh_loaded": _m("dimuat {waktu}", "loaded {waktu}"),
        "fresh_partial": _m(
            "{periode}: baru {ada} dari {total} kabupaten/kota yang punya data, jadi angka ini belum lengkap.",
            "{periode}: only {ada} of {total} regencies/cities have data, so these figures are incomplete.",
        ),
        # Empty states
        "empty_title": _m("Belum ada data kepesertaan untuk {scope}", "No membership data yet for {scope}"),
        "empty_body": _m(
            "Halaman ini menampilkan peserta aktif terhadap target. Muat data **kepesertaan** (dan "
            "**penduduk_bekerja** serta **target**) di halaman **Kelola Data**, tab *Unggah*. Untuk "
            "mencoba aplikasi dengan data contoh, jalankan `python -m analytics demo` di baris perintah "
            "saat aplikasi tidak berjalan, lalu buka kembali halaman ini.",
            "This page shows active participants against the target. Load **kepesertaan** (membership) "
            "data (and **penduduk_bekerja** and **target**) on the **Manage Data** page, *Upload* tab. "
            "To try the app with demo data, run `python -m analytics demo` on the command line while "
            "the app is not running, then reopen this page.",
        ),
        "empty_month": _m(
            "Tidak ada data kepesertaan {scope} untuk {periode}. Data terakhir wilayah ini: {latest}. "
            "Pilih periode lain di sisi kiri, atau muat data bulan ini di Kelola Data.",
            "No membership data for {scope} in {periode}. This area's latest data: {latest}. Choose "
            "another period on the left, or load this month's data in Manage Data.",
        ),
        "go_kelola": _m("Buka Kelola Data", "Open Manage Data"),
        # Tiles
        "peserta": _m("Peserta aktif", "Active participants"),
        "peserta_ctx": _m("{periode}, semua segmen", "{periode}, all segments"),
        "target": _m("Target {tahun}", "Target {tahun}"),
        "target_ctx": _m("batas waktu {batas}", "deadline {batas}"),
        "target_none": _m("belum ada", "none yet"),
        "target_none_ctx": _m("target tahun {tahun} belum dimuat", "no {tahun} target loaded"),
        "capaian": _m("Capaian target", "Target achieved"),
        "capaian_ctx": _m("peserta aktif ÷ target", "active participants ÷ target"),
        "gap": _m("Kekurangan (gap)", "Gap to target"),
        "gap_ctx": _m("peserta lagi s.d. {batas}", "more participants by {batas}"),
        "gap_zero_ctx": _m("target sudah terlampaui", "target already exceeded"),
        "status": _m("Status", "Status"),
        "status_ctx_ratio": _m(
            "laju aktual {rasio} dari laju dibutuhkan", "actual pace is {rasio} of the pace needed"
        ),
        "status_ctx_done": _m("peserta aktif ≥ target", "active participants ≥ target"),
        "status_ctx_DI_BAWAH": _m(
            "laju 3 bulan terakhir cukup, tetapi proyeksi {metode} di bawah target",
            "the last three months' pace is enough, but the {metode} projection falls short of the target",
        ),
        "status_ctx_MENCAPAI": _m(
            "laju 3 bulan terakhir kurang, tetapi proyeksi {metode} mencapai target",
            "the last three months' pace is short, but the {metode} projection reaches the target",
        ),
        "metode_musiman": _m("musiman", "seasonal"),
        "metode_linear": _m("tren", "trend"),
        "metode_none": _m("", ""),
        "status_agregat": _m("{status} (agregat)", "{status} (aggregate)"),
        "status_ctx_parts": _m(
            "agregat — {n} kab/kota tertinggal", "aggregate — {n} regencies/cities behind"
        ),
        "parts_line": _m(
            "{n} dari {total} kab/kota belum mencapai target; kekurangan mereka {kurang} peserta "
            "(gap bersih wilayah ini {gap}).",
            "{n} of {total} regencies/cities have not reached their target; together they are {kurang} "
            "participants short (this area's net gap: {gap}).",
        ),
        "parts_all": _m(
            "Semua {total} kab/kota sudah mencapai target.", "All {total} regencies/cities have reached their target."
        ),
        "parts_list": _m("Lihat {n} kab/kota yang belum mencapai target", "See the {n} regencies/cities behind"),
        "parts_col_nama": _m("Kabupaten/kota", "Regency/city"),
        "parts_col_capaian": _m("Capaian", "Progress"),
        "parts_col_kurang": _m("Kekurangan", "Shortfall"),
        "parts_col_target": _m("Target", "Target"),
        "parts_col_aktif": _m("Peserta aktif", "Active participants"),
        "status_ctx_passed": _m("batas waktu sudah lewat", "the deadline has passed"),
        "status_ctx_history": _m("butuh data 3 bulan sebelumnya", "needs data from three months earlier"),
        "status_ctx_notarget": _m("tanpa target tidak ada status", "no target, no status"),
        "laju_butuh": _m("Laju dibutuhkan", "Pace needed"),
        "laju_butuh_ctx": _m("untuk {n} bulan tersisa", "over the {n} months left"),
        "laju_butuh_passed": _m("batas waktu sudah lewat", "the deadline has passed"),
        "laju_aktual": _m("Laju aktual", "Actual pace"),
        "laju_aktual_ctx": _m(
            "rata-rata {span}",
            "average {span}",
        ),
        "laju_aktual_none": _m("belum ada data {bulan}", "no data for {bulan} yet"),
        "proyeksi": _m("Proyeksi {batas}", "Projection {batas}"),
        "proyeksi_ctx": _m("rentang {bawah} – {atas}", "range {bawah} – {atas}"),
        "proyeksi_ctx_norange": _m("rentang belum dapat dihitung", "range cannot be computed yet"),
        "proyeksi_none": _m("belum cukup data", "not enough data"),
        "cakupan": _m("Cakupan penduduk bekerja", "Coverage of the workforce"),
        "cakupan_ctx": _m("dari {n} penduduk bekerja {tahun}", "of {n} people in work ({tahun})"),
        "cakupan_none_ctx": _m("data penduduk bekerja belum dimuat", "no workforce data loaded"),
        "perusahaan": _m("Perusahaan aktif", "Active employers"),
        "penduduk": _m("Penduduk bekerja", "People in work"),
        "penduduk_ctx": _m("data tahun {tahun}", "{tahun} data"),
        "partial_note": _m(
            "Data kepesertaan {periode} belum dimuat. Yang sudah ada ditampilkan di bawah; capaian, gap, "
            "cakupan, laju dan status dihitung setelah data kepesertaan bulan ini dimuat.",
            "Membership data for {periode} are not loaded yet. What exists is shown below; achievement, gap, "
            "coverage, pace and status follow once this month's membership data are loaded.",
        ),
        "partial_latest": _m(
            "Data kepesertaan terakhir wilayah ini: {latest}; pilih bulan itu di sisi kiri untuk angka lengkap.",
            "This area's latest membership data: {latest}; choose that month on the left for every figure.",
        ),
        "partial_missing": _m("belum dimuat", "not loaded"),
        "partial_missing_ctx": _m("laporan kepesertaan bulan ini belum masuk", "this month's membership report is not in yet"),
        "perusahaan_ctx": _m(
            "pemberi kerja berstatus aktif, data terakhir s.d. {periode}",
            "active employers, latest data up to {periode}",
        ),
        "perusahaan_none_ctx": _m("data perusahaan belum dimuat", "no employer data loaded"),
        "per_bulan": _m("/bulan", "/month"),
        # Notes
        "note_allocated_kabkota": _m(
            "Target dialokasikan dari target provinsi menurut penduduk bekerja (wilayah ini tidak "
            "punya target sendiri).",
            "The target is allocated from the province target in proportion to the workforce (this "
            "area has no target of its own).",
        ),
        "note_allocated_sum": _m(
            "Target ini termasuk bagian yang dialokasikan dari target provinsi menurut penduduk "
            "bekerja, untuk kabupaten/kota yang tidak punya target sendiri.",
            "This target includes shares allocated from province targets in proportion to the "
            "workforce, for regencies/cities with no target of their own.",
        ),
        "note_no_target": _m(
            "Belum ada target tahun {tahun} untuk {scope}, jadi capaian, gap, laju dibutuhkan dan "
            "status belum dapat dihitung. Muat data **target** di Kelola Data.",
            "There is no {tahun} target for {scope} yet, so achievement, gap, pace needed and status "
            "cannot be computed. Load **target** data in Manage Data.",
        ),
        "note_proj_musiman": _m(
            "Proyeksi {batas}: {nilai} peserta ({rentang}). Cara: angka bulan terakhir "
            "ditambah perubahan pada bulan-bulan yang sama tahun lalu; rentang memuat 8 dari 10 "
            "selisih cara ini terhadap data lampau.",
            "Projection for {batas}: {nilai} participants ({rentang}). Method: the latest "
            "month plus last year's change over the same months; the range holds 8 in 10 of this "
            "method's past errors.",
        ),
        "note_proj_linear": _m(
            "Proyeksi {batas}: {nilai} peserta ({rentang}). Cara: garis tren lurus "
            "dari {n} bulan data (belum cukup 24 bulan untuk pola musiman); rentang memuat 8 dari 10 "
            "selisih cara ini terhadap data lampau.",
            "Projection for {batas}: {nilai} participants ({rentang}). Method: a straight "
            "trend line through {n} months of data (fewer than 24, too few for a seasonal pattern); "
            "the range holds 8 in 10 of this method's past errors.",
        ),
        "note_proj_aktual": _m(
            "Batas waktu {batas} sudah lewat: angka yang tampil adalah data bulan itu, bukan proyeksi.",
            "The deadline {batas} has passed: the figure shown is that month's data, not a projection.",
        ),
        "note_proj_none": _m(
            "Proyeksi belum dapat dibuat: perlu data kepesertaan minimal 3 bulan.",
            "No projection yet: it needs at least 3 months of membership data.",
        ),
        # Trend
        "trend_title": _m("Tren peserta aktif", "Active participants over time"),
        "export_xlsx": _m("Unduh angka ringkasan (Excel)", "Download the summary figures (Excel)"),
        "export_help": _m(
            "Angka halaman ini dalam satu berkas Excel: ringkasan, kab/kota yang tertinggal, dan tren bulanan.",
            "This page's figures in one Excel file: the summary, the regencies/cities behind, and the monthly trend.",
        ),
        "trend_proj": _m("Proyeksi", "Projection"),
        "trend_empty": _m("Belum ada data bulanan untuk digambar.", "No monthly data to draw yet."),
        # Ranking
        "rank_best": _m("Capaian tertinggi", "Highest achievement"),
        "rank_worst": _m("Capaian terendah", "Lowest achievement"),
        "rank_all": _m("Capaian {sub}", "Achievement by {sub}"),
        "rank_sub_provinsi": _m("provinsi", "province"),
        "rank_sub_kabkota": _m("kabupaten/kota", "regency/city"),
        "rank_subs_provinsi": _m("provinsi", "provinces"),
        "rank_subs_kabkota": _m("kabupaten/kota", "regencies/cities"),
        "rank_unranked": _m(
            "{n} {subs} lain belum punya data atau target untuk periode ini, jadi tidak diperingkat.",
            "{n} other {subs} have no data or no target for this period, so they are not ranked.",
        ),
        "rank_none": _m(
            "Belum ada {sub} dengan data dan target untuk periode ini.",
            "No {sub} has both data and a target for this period yet.",
        ),
        "place_title": _m("Posisi di {provinsi}", "Standing in {provinsi}"),
        "place_rank": _m("dari {dari}", "of {dari}"),
        "place_rank_context": _m(
            "kabupaten/kota berdata dan bertarget; 1 = capaian tertinggi",
            "regencies/cities with data and a target; 1 = highest achievement",
        ),
        "place_rank_label": _m("Peringkat capaian", "Achievement rank"),
        "place_unranked": _m(
            "Belum diperingkat: belum ada capaian (data atau target) untuk periode ini. {dari} dari "
            "{jumlah} kabupaten/kota di provinsi ini diperingkat.",
            "Not ranked: no achievement (data or target) for this period. {dari} of the province's "
            "{jumlah} regencies/cities are ranked.",
        ),
        "place_neighbours": _m("Dengan tetangganya", "With its neighbours"),
        "place_around": _m("Di sekitar peringkatnya", "Ranked around it"),
        "place_around_note": _m(
            "Batas wilayahnya belum ada di peta, jadi tetangganya belum diketahui: yang tampil adalah "
            "kabupaten/kota di atas dan di bawah peringkatnya.",
            "Its boundary is not on the map yet, so its neighbours are unknown: these are the "
            "regencies/cities ranked just above and below it.",
        ),
        "place_link": _m("Semua kabupaten/kota di {provinsi}", "Every regency/city of {provinsi}"),
        "rank_title": _m("Peringkat {sub}", "{sub} ranking"),
    }
)
