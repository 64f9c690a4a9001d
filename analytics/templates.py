"""Downloadable XLSX templates, one per dataset, written from the contract.

Row 1 holds the column names, row 2 a description of each column (required or optional, format,
allowed values). The import recognises that row 2 and skips it, so a user can fill the template
from row 3 and load it as is. A second sheet, "Petunjuk" / "Guide", states the general rules with one
example row.
"""

from __future__ import annotations

import io

from analytics.contract import (
    AMOUNT,
    COUNT,
    DATASETS,
    DATE,
    ENUM,
    KODE_KABKOTA,
    KODE_WILAYAH,
    MONTH,
    PERCENT,
    PROGRAM,
    PROGRAM_LIST,
    TEXT,
    YEAR,
    Column,
)

_FORMAT = {
    MONTH: ("bulan YYYY-MM", "month YYYY-MM"),
    YEAR: ("tahun YYYY", "year YYYY"),
    DATE: ("tanggal YYYY-MM-DD", "date YYYY-MM-DD"),
    KODE_KABKOTA: ("kode PP.KK sebagai teks", "code PP.KK as text"),
    KODE_WILAYAH: ("kode PP atau PP.KK sebagai teks", "code PP or PP.KK as text"),
    ENUM: ("pilihan", "choice"),
    COUNT: ("bilangan bulat >= 0", "whole number >= 0"),
    AMOUNT: ("rupiah >= 0", "rupiah >= 0"),
    PERCENT: ("persen 0-100", "percent 0-100"),
    TEXT: ("teks", "text"),
    PROGRAM_LIST: ("daftar dipisah ';'", "';'-separated list"),
}

EXAMPLES = {
    "kepesertaan": ["2026-10", "16.10", "PU", "12.345", "210", "95"],
    "penduduk_bekerja": ["2025", "16.10", "201.345", "80.120", "121.225"],
    "target": ["2026", "16", "SEMUA", "", "35", "2026-12-31"],
    "perusahaan": ["2026-09", "12345678", "9120001234567", "PT Contoh Sejahtera", "16.10", "C", "KECIL",
                   "AKTIF", "25", "20", "87.500.000", "70.000.000", "JKK;JKM;JHT", "0", "0"],
    "tindak_lanjut": ["2026-10-14", "12345678", "", "PT Contoh Sejahtera", "16.10", "PDS_TK", "TEGURAN_1",
                      "BPJS", "B/123/2026", "Teguran pertama dikirim"],
    "kecelakaan": ["2026-10", "16.10", "PU", "C", "14", "1", "2", "245.000.000"],
    "kelompok_khusus": ["2026-10", "16.10", "PERANGKAT_DESA", "1.820", "1.540", "APBDES"],
    "kantor": ["KC-PLG", "KC Palembang", "Sumbagsel", "16.10"],
}

GUIDE = {
    "id": [
        "Petunjuk pengisian — {title}",
        "Baris 1 berisi nama kolom; baris 2 keterangan (boleh dibiarkan, akan dilewati). Isi data mulai baris 3.",
        "Format: XLSX atau CSV (UTF-8 atau Windows-1252, pemisah ',' atau ';').",
        "Kode wilayah adalah kode Kemendagri sebagai teks: PP untuk provinsi, PP.KK untuk kabupaten/kota "
        "(mis. 16.10 Ogan Ilir). Kode BPS (1610) tidak diterima.",
        "Angka boleh gaya Indonesia (1.234.567 dan 12,5) atau gaya biasa (1234567 dan 12.5), satu gaya per berkas.",
        "Bulan ditulis YYYY-MM (juga MM/YYYY, YYYY-MM-DD atau tanggal Excel); tahun YYYY.",
        "Semua atau tidak sama sekali: satu galat menolak seluruh berkas dan tidak ada data yang berubah.",
        "Memuat ulang periode yang sudah ada mengganti data periode itu untuk wilayah di berkas.",
        "Contoh satu baris:",
    ],
    "en": [
        "How to fill in — {title}",
        "Row 1 holds the column names; row 2 the descriptions (may stay, it is skipped). Enter data from row 3.",
        "Format: XLSX or CSV (UTF-8 or Windows-1252, separated by ',' or ';').",
        "Area codes are Kemendagri codes as text: PP for a province, PP.KK for a regency/city "
        "(e.g. 16.10 Ogan Ilir). BPS codes (1610) are not accepted.",
        "Numbers may be Indonesian style (1.234.567 and 12,5) or plain (1234567 and 12.5), one style per file.",
        "Months are YYYY-MM (also MM/YYYY, YYYY-MM-DD or an Excel date); years YYYY.",
        "All or nothing: one error rejects the whole file and no stored data changes.",
        "Loading a period again replaces that period's data for the areas in the file.",
        "One example row:",
    ],
}


def column_description(col: Column, lang: str = "id") -> str:
    """The row-2 text for a column. The import compares row 2 with this, so keep it deterministic."""
    i = 0 if lang == "id" else 1
    need = ("Wajib", "Required")[i] if col.required else ("Opsional", "Optional")[i]
    text = col.description_id if lang == "id" else col.description_en
    fmt = _FORMAT[col.kind][i]
    if col.kind == ENUM:
        fmt = ", ".join(col.choices)
    elif col.kind == PROGRAM_LIST:
        fmt = f"{_FORMAT[col.kind][i]}: {', '.join(PROGRAM)}"
    elif col.kind == COUNT and col.positive:
        fmt = ("bilangan bulat > 0", "whole number > 0")[i]
    return f"{need}. {text}. [{fmt}]"


def template_xlsx(dataset: str, lang: str = "id") -> bytes:
    """An XLSX template for `dataset`: data sheet (header, description row) and a guide sheet."""
    import xlsxwriter  # local: only template downloads pay its import

    ds = DATASETS[dataset]
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    head = wb.add_format({"bold": True, "bg_color": "#DDE6F0", "border": 1})
    desc = wb.add_format({"italic": True, "font_color": "#666666", "text_wrap": True, "valign": "top"})
    text = wb.add_format({"num_format": "@"})
    sheet = wb.add_worksheet(ds.name)
    for j, col in enumerate(ds.columns):
        description = column_description(col, lang)
        sheet.write_string(0, j, col.name, head)
        sheet.write_string(1, j, description, desc)
        # Codes and identifiers are text, so Excel does not turn 16.10 into 16.1 or drop zeros.
        cell_format = text if col.kind in (KODE_KABKOTA, KODE_WILAYAH, TEXT, MONTH) else None
        sheet.set_column(j, j, max(len(col.name) + 4, 18), cell_format)
    sheet.set_row(1, 60)
    sheet.freeze_panes(1, 0)

    guide = wb.add_worksheet("Petunjuk" if lang == "id" else "Guide")
    title = ds.title_id if lang == "id" else ds.title_en
    lines = GUIDE[lang]
    guide.write_string(0, 0, lines[0].format(title=title), wb.add_format({"bold": True, "font_size": 13}))
    for i, line in enumerate(lines[1:], start=2):
        guide.write_string(i, 0, line)
    row = len(lines) + 2
    for j, (col, value) in enumerate(zip(ds.columns, EXAMPLES[ds.name], strict=True)):
        guide.write_string(row, j, col.name, head)
        guide.write_string(row + 1, j, value)
    guide.set_column(0, 0, 24)
    guide.set_column(1, len(ds.columns), 16)
    wb.close()
    return buf.getvalue()
