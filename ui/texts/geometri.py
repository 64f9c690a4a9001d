"""Interface text of the Kelola Data tab "Batas wilayah", Bahasa Indonesia first and English second.

The import's own messages (errors, report lines) come from analytics.geo.import_report.
"""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

G = Catalog(
    {
        "tab": _m("Batas wilayah", "Boundaries"),
        "intro": _m(
            "Peta menggambar kabupaten/kota dengan batas wilayah resmi bila sudah diimpor, selain itu dengan "
            "batas perkiraan bawaan. Provinsi dibentuk dari gabungan kabupaten/kotanya.",
            "The map draws regencies/cities with official boundaries once imported, otherwise with the "
            "built-in approximate boundaries. Provinces are the union of their regencies/cities.",
        ),
        "status_builtin": _m(
            "Sedang dipakai: **batas wilayah perkiraan bawaan** (bukan batas resmi).",
            "In use: **built-in approximate boundaries** (not official).",
        ),
        "status_official": _m(
            "Sedang dipakai: **batas wilayah resmi** untuk {n} kabupaten/kota, dari berkas {file}, dimuat "
            "{waktu} oleh {pengguna}.",
            "In use: **official boundaries** for {n} regencies/cities, from {file}, loaded {waktu} by {pengguna}.",
        ),
        "status_missing": _m(
            "{n} kabupaten/kota belum punya bentuk resmi dan tidak tergambar di peta: {list}",
            "{n} regencies/cities have no official shape and are not drawn on the map: {list}",
        ),
        "upload_head": _m("Impor batas wilayah resmi", "Import official boundaries"),
        "file": _m("Berkas batas wilayah", "Boundary file"),
        "file_help": _m(
            "GeoJSON (.geojson, .json), GeoPackage (.gpkg) atau Shapefile dalam .zip (berisi .shp, .dbf, "
            ".shx dan .prj), mis. batas kabupaten/kota dari BIG. Satu baris per kabupaten/kota, dengan kolom "
            "kode Kemendagri (PP.KK).",
            "GeoJSON (.geojson, .json), GeoPackage (.gpkg) or a Shapefile in a .zip (holding .shp, .dbf, .shx "
            "and .prj), e.g. BIG's regency/city boundaries. One row per regency/city, with a Kemendagri code "
            "column (PP.KK).",
        ),
        "reading": _m("Membaca {name} …", "Reading {name} …"),
        "checking": _m("Memeriksa dan menyederhanakan bentuk …", "Checking and simplifying the shapes …"),
        "column": _m("Kolom kode wilayah", "Area code column"),
        "column_help": _m(
            "Dipilih otomatis: kolom yang nilainya paling banyak cocok dengan kode kabupaten/kota.",
            "Chosen automatically: the column whose values match the most regency/city codes.",
        ),
        "no_guess": _m(
            "Tidak ada kolom yang berisi kode kabupaten/kota; pilih kolomnya.",
            "No column holds regency/city codes; choose the column.",
        ),
        "rejected": _m("Berkas ditolak; tidak ada yang disimpan.", "File rejected; nothing was stored."),
        "crash": _m(
            "Berkas {name} tidak dapat diproses ({detail}). Tidak ada yang disimpan.",
            "{name} could not be processed ({detail}). Nothing was stored.",
        ),
        "m_rows": _m("Baris dibaca", "Rows read"),
        "m_matched": _m("Kab/kota cocok", "Regencies matched"),
        "m_unmatched": _m("Kode tidak cocok", "Codes unmatched"),
        "m_missing": _m("Kab/kota tanpa bentuk", "Regencies without shape"),
        "of_total": _m("dari {total}", "of {total}"),
        "unmatched_head": _m("Kode yang tidak cocok (bentuknya tidak dipakai)", "Codes that matched nothing (shapes not used)"),
        "missing_head": _m("Kabupaten/kota tanpa bentuk", "Regencies/cities without a shape"),
        "col_file": _m("Berkas", "File"),
        "col_row": _m("Baris", "Row"),
        "col_column": _m("Kolom", "Column"),
        "col_value": _m("Nilai", "Value"),
        "col_problem": _m("Masalah", "Problem"),
        "col_code": _m("Kode", "Code"),
        "col_name": _m("Nama", "Name"),
        "replaces": _m(
            "Menyimpan akan mengganti semua batas resmi yang sekarang ({n} kabupaten/kota).",
            "Saving replaces all current official boundaries ({n} regencies/cities).",
        ),
        "user": _m("Nama Anda (untuk riwayat muat)", "Your name (for the load history)"),
        "user_default": _m("anonim", "anonymous"),
        "save": _m("Simpan", "Save"),
        "saving": _m("Menyimpan …", "Saving …"),
        "saved": _m("Tersimpan: {n} bentuk kabupaten/kota resmi; peta kini memakainya.",
                    "Stored: {n} official regency/city shapes; the map now uses them."),
        "reset_head": _m("Kembali ke batas bawaan", "Back to built-in boundaries"),
        "reset_confirm": _m(
            "Ya, hapus batas resmi dan pakai lagi batas perkiraan bawaan",
            "Yes, remove the official boundaries and use the built-in approximate ones again",
        ),
        "reset": _m("Hapus batas resmi", "Remove official boundaries"),
        "reset_done": _m(
            "Batas resmi dihapus; peta kembali memakai batas perkiraan bawaan.",
            "Official boundaries removed; the map uses the built-in approximate boundaries again.",
        ),
    }
)
