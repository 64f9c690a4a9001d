"""`python -m analytics laporan bulanan|triwulanan` (issue 13): every file opened, at national,
province, kab/kota and Kantor Cabang scope, its figures equal to the JSON of ringkasan, kepatuhan,
kecelakaan and kelompok for that scope and period; the facts lines; formula-like names stay text."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from analytics import cli, exports
from tests.analytics.reports.report_fixtures import HOSTILE, report_db  # noqa: F401

SCOPES = {
    "nasional": [],
    "provinsi": ["--wilayah", "16"],
    "kabkota": ["--wilayah", "16.71"],
    "kantor": ["--kantor", "KC01"],
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def as_json(capsys, command: str, scope: list[str], periode: str) -> dict:
    code, out, err = run(capsys, command, *scope, "--periode", periode, "--json")
    assert code == 0, err
    return json.loads(out)


def report(capsys, tmp_path, jenis: str, scope: list[str], periode: str, suffix: str, *more: str):
    path = tmp_path / f"{jenis}{suffix}"
    code, out, err = run(capsys, "laporan", jenis, *scope, "--periode", periode, "--out", str(path), *more)
    assert code == 0, err
    assert out.splitlines()[0] == str(path)
    return path, out.splitlines()[1]


def sheet_rows(ws) -> list[dict]:
    """A report sheet's rows as {header: value} (the header is on exports.HEADER_ROW)."""
    rows = list(ws.iter_rows(min_row=exports.HEADER_ROW, values_only=True))
    header = rows[0]
    return [dict(zip(header, r, strict=True)) for r in rows[1:]]


def by_measure(ws) -> dict[str, tuple]:
    return {r["Ukuran"]: (r["Jumlah"], r["Persen"], r["Nilai (kata)"]) for r in sheet_rows(ws)}


def pct(fraction) -> float:
    """A percentage cell (stored as a fraction) in the JSON's units, 2 decimals."""
    return round(fraction * 100, 2)


@pytest.mark.parametrize("scope", SCOPES)
def test_bulanan_xlsx_equals_ringkasan_and_kelompok(capsys, tmp_path, report_db, scope):  # noqa: F811
    args = SCOPES[scope]
    path, line = report(capsys, tmp_path, "bulanan", args, "2026-08", ".xlsx")
    h = as_json(capsys, "ringkasan", args, "2026-08")
    k = as_json(capsys, "kelompok", args, "2026-08") if scope != "kabkota" else None
    wb = load_workbook(path)
    assert wb.sheetnames[-1] == "Keterangan"
    figures = by_measure(wb["Ringkasan"])
    assert figures["Peserta aktif"][0] == h["peserta_aktif"]
    assert figures["Target 2026"][0] == h["target_peserta"]
    assert pct(figures["Capaian target"][1]) == h["capaian_persen"]
    assert figures["Kekurangan (gap)"][0] == h["gap"]
    assert figures["Laju dibutuhkan per bulan"][0] == h["laju_dibutuhkan_per_bulan"]
    assert figures["Laju aktual per bulan"][0] == h["laju_aktual_per_bulan"]
    assert pct(figures["Cakupan penduduk bekerja"][1]) == h["cakupan_persen"]
    assert figures["Proyeksi 31 Desember 2026"][0] == h["proyeksi_batas_waktu"]
    assert f"{h['peserta_aktif']:,}".replace(",", ".") in line

    areas = sheet_rows(wb["Per wilayah"])
    assert sum(r["Peserta aktif"] for r in areas) == h["peserta_aktif"]
    for r in areas:  # the segments add up to the area's total
        segments = [r[c] or 0 for c in ("PU – penerima upah", "BPU – bukan penerima upah", "JAKON – jasa konstruksi",
                                        "PMI – pekerja migran")]  # fmt: skip
        assert sum(segments) == r["Peserta aktif"]
    if scope == "kabkota":
        assert [(r["Kode"], r["Target"], r["Kekurangan"]) for r in areas] == [("16.71", h["target_peserta"], h["gap"])]

    if k is not None:
        groups = {r["Kelompok"]: r for r in sheet_rows(wb["Kelompok khusus"])}
        total = groups.pop("Jumlah")
        assert (total["Sasaran"], total["Terdaftar"], total["Belum terdaftar"], total["Iuran dibutuhkan/bulan (Rp)"]) == (
            k["total"]["sasaran"], k["total"]["terdaftar"], k["total"]["belum_terdaftar"],
            k["total"]["iuran_dibutuhkan_per_bulan_rp"])  # fmt: skip
        assert len(groups) == len(k["kelompok"])


def test_bulanan_segments_by_hand(capsys, tmp_path, report_db):  # noqa: F811
    """Sumatera Selatan, August 2026 (coverage_fixtures): each kab/kota is PU (aktif − 1.000) + BPU 1.000."""
    path, _ = report(capsys, tmp_path, "bulanan", ["--wilayah", "16"], "2026-08", ".xlsx")
    rows = {r["Kode"]: r for r in sheet_rows(load_workbook(path)["Per wilayah"])}
    assert list(rows) == ["16.01", "16.02", "16.03", "16.71"]
    assert (rows["16.02"]["PU – penerima upah"], rows["16.02"]["BPU – bukan penerima upah"]) == (120_000, 1_000)
    assert rows["16.02"]["JAKON – jasa konstruksi"] is None  # no JAKON row: empty, not 0
    assert rows["16.71"]["Peserta aktif"] == 260_000
    # 16.71's target is set at 250.000: reached
    assert (rows["16.71"]["Kekurangan"], rows["16.71"]["Status"]) == (0, "Tercapai")


def test_bulanan_keterangan_lines(capsys, tmp_path, report_db):  # noqa: F811
    path, _ = report(capsys, tmp_path, "bulanan", ["--wilayah", "16"], "2026-08", ".xlsx", "--iuran-per-orang", "20000")
    ws = load_workbook(path)["Keterangan"]
    lines = [r[0] for r in ws.iter_rows(min_col=1, max_col=1, values_only=True) if r[0]]
    assert lines[0] == "Laporan bulanan kepesertaan — Sumatera Selatan, Agustus 2026"
    assert "Wilayah: Sumatera Selatan (16)" in lines
    assert "Periode: Agustus 2026" in lines
    assert "Data kepesertaan: s.d. Agustus 2026, dimuat 5 September 2026, 10.00 WIB" in lines
    assert "Data target: s.d. 2026, dimuat –" in lines  # loaded without a history row
    assert "Program wajib per skala usaha: mikro JKK + JKM; kecil JKK + JKM + JHT; menengah JKK + JKM + JHT + JP; " \
           "besar JKK + JKM + JHT + JP" in lines  # fmt: skip
    assert "Kelompok umur tunggakan: 1–3 bulan, 4–6 bulan, 7–12 bulan, > 12 bulan" in lines
    assert "Kasus tindak lanjut terlambat: lebih dari 14 hari di satu tahap (proses hukum tidak dihitung terlambat)" in lines
    assert "Iuran per orang per bulan (kelompok khusus): Rp 20.000" in lines
    assert any(line.startswith("Dibuat: ") and line.endswith("WIB oleh Cakupan") for line in lines)
    terms = [r[0] for r in ws.iter_rows(min_col=1, max_col=2, values_only=True) if r[1]]
    assert {"Capaian", "Status", "Kelompok khusus"} <= set(terms)
    # the iuran setting reaches the figures too: Sumsel's 3.700 unregistered × 20.000
    groups = {r["Kelompok"]: r for r in sheet_rows(load_workbook(path)["Kelompok khusus"])}
    assert groups["Jumlah"]["Iuran dibutuhkan/bulan (Rp)"] == 3_700 * 20_000


@pytest.mark.parametrize("scope", SCOPES)
def test_triwulanan_xlsx_equals_kepatuhan_and_kecelakaan(capsys, tmp_path, report_db, scope):  # noqa: F811
    args = SCOPES[scope]
    path, line = report(capsys, tmp_path, "triwulanan", args, "2026-09", ".xlsx")
    p = as_json(capsys, "kepatuhan", args, "2026-09")
    a = as_json(capsys, "kecelakaan", args, "2026-09")
    wb = load_workbook(path)
    cats = {r["Kategori"]: r for r in sheet_rows(wb["Per kategori"])}
    assert cats["PWBD – wajib belum daftar"]["Perusahaan"] == p["PWBD"]["perusahaan"]
    assert cats["PWBD – wajib belum daftar"]["TK belum terlindungi"] == p["PWBD"]["tk_belum_terlindungi"]
    assert cats["PDS-TK – sebagian tenaga kerja"]["TK belum terlindungi"] == p["PDS_TK"]["tk_belum_terlindungi"]
    assert cats["PDS-Upah – upah dilaporkan kurang"]["Selisih upah/bulan (Rp)"] == p["PDS_UPAH"]["selisih_upah_rp"]
    assert cats["PDS-Program – program kurang"]["Perusahaan"] == p["PDS_PROGRAM"]["perusahaan"]
    assert cats["PMI – menunggak iuran"]["Tunggakan (Rp)"] == p["PMI"]["tunggakan_rp"]
    areas = sheet_rows(wb["Per wilayah"])
    assert sum(r["Perusahaan tidak patuh"] or 0 for r in areas) == p["perusahaan_tidak_patuh"]
    assert sum(r["Kasus kecelakaan triwulan"] or 0 for r in areas) == a["kasus_triwulan"]
    assert sum(r["Meninggal"] or 0 for r in areas) == a["meninggal_triwulan"]
    assert f"{p['perusahaan_tidak_patuh']} perusahaan tidak patuh" in line


def test_triwulanan_by_hand(capsys, tmp_path, report_db):  # noqa: F811
    """Kota Palembang, September 2026 (compliance_fixtures + the three hostile PWBD employers).

    June: E1 … E14 and E16, all but E1 non-compliant → 14. September: E2, E3, E9, E13 became
    compliant, E12 is gone; non-compliant are E4, E5, E6, E7, E8, E10, E11, E14, E16 (now PDS-TK),
    E15 and the three new PWBD employers → 13, a change of −1. PWBD in September: E15 (2 workers)
    and the three new ones (40, 41, 42); E2 and E16 left it by registering."""
    path, _ = report(capsys, tmp_path, "triwulanan", ["--wilayah", "16.71"], "2026-09", ".xlsx")
    wb = load_workbook(path)
    cats = {r["Kategori"]: r for r in sheet_rows(wb["Per kategori"])}
    pwbd = cats["PWBD – wajib belum daftar"]
    assert (pwbd["Perusahaan"], pwbd["TK belum terlindungi"]) == (4, 2 + 40 + 41 + 42)
    assert (pwbd["Masuk"], pwbd["Keluar (kini patuh)"]) == (4, 2)
    [row] = sheet_rows(wb["Per wilayah"])
    assert row["Kode"] == "16.71"
    assert (row["Perusahaan tidak patuh"], row["Perubahan sejak snapshot sebelumnya"]) == (13, -1)
    # the quarter's accidents in 16.71: July 10, August 6 + 2 → 18, deaths 1 + 0 + 1
    assert (row["Kasus kecelakaan triwulan"], row["Meninggal"]) == (18, 2)
    # follow-up at September: cases A, B, C, F in 16.71 (D is 16.01, E 15.71)
    stages = {r["Tahap"]: r for r in sheet_rows(wb["Tahapan"])}
    assert stages["Himbauan"]["Kasus yang mencapai tahap"] == 4
    assert stages["Patuh"]["Kasus di tahap ini sekarang"] == 1  # B (C's PATUH is in October)


def test_formula_like_names_stay_text(capsys, tmp_path, report_db):  # noqa: F811
    path, _ = report(capsys, tmp_path, "triwulanan", ["--wilayah", "16"], "2026-09", ".xlsx")
    ws = load_workbook(path)["Sasaran pemeriksaan"]
    header = [c.value for c in ws[exports.HEADER_ROW]]
    col = header.index("Nama perusahaan") + 1
    cells = {ws.cell(row=r, column=col).value: ws.cell(row=r, column=col) for r in range(exports.HEADER_ROW + 1, ws.max_row + 1)}
    for name in HOSTILE:
        cell = cells["'" + name]
        assert cell.data_type == "s"  # a string, never a formula
    # no cell anywhere in the workbook is a formula
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            assert all(c.data_type != "f" for c in row)
    pdf, _ = report(capsys, tmp_path, "triwulanan", ["--wilayah", "16"], "2026-09", ".pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert HOSTILE[0] in text  # printed as written, plain text


@pytest.mark.parametrize("scope", SCOPES)
def test_pdfs_carry_the_figures_and_facts(capsys, tmp_path, report_db, scope):  # noqa: F811
    args = SCOPES[scope]
    h = as_json(capsys, "ringkasan", args, "2026-08")
    path, _ = report(capsys, tmp_path, "bulanan", args, "2026-08", ".pdf")
    reader = PdfReader(path)
    pages = [p.extract_text() for p in reader.pages]
    text = "\n".join(pages)
    assert all((round(float(p.mediabox.width)), round(float(p.mediabox.height))) == (842, 595) for p in reader.pages)
    assert all(f"Halaman {i} dari {len(pages)}" in page for i, page in enumerate(pages, start=1))
    assert f"{h['peserta_aktif']:,}".replace(",", ".") in text
    assert f"{h['capaian_persen']:.1f}%".replace(".", ",") in text
    assert f"Wilayah: {h['nama']}" in text and "Periode: Agustus 2026" in text
    assert "Data kepesertaan: s.d. Agustus 2026, dimuat 5 September 2026, 10.00 WIB" in text
    a = as_json(capsys, "kecelakaan", args, "2026-09")
    path, _ = report(capsys, tmp_path, "triwulanan", args, "2026-09", ".pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Triwulan III 2026 (s.d. September 2026)" in text
    assert f"{a['bulan_dilaporkan']} dari 3 bulan triwulan dilaporkan" in text


def test_english(capsys, tmp_path, report_db):  # noqa: F811
    path, line = report(capsys, tmp_path, "bulanan", ["--wilayah", "16"], "2026-08", ".pdf", "--lang", "en")
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Monthly membership report — Sumatera Selatan, August 2026" in text
    assert "493,333" in text and "Page 1 of" in text
    assert line.startswith("monthly report Sumatera Selatan, August 2026: 493,333 active participants")
    path, _ = report(capsys, tmp_path, "triwulanan", ["--wilayah", "16"], "2026-09", ".xlsx", "--lang", "en")
    assert load_workbook(path).sheetnames[:2] == ["By category", "By area"]


def test_exit_codes(capsys, tmp_path, report_db):  # noqa: F811
    assert run(capsys, "laporan", "bulanan", "--out", str(tmp_path / "x.pptx"))[0] == 2
    assert run(capsys, "laporan", "rapat", "--out", str(tmp_path / "x.xlsx"))[0] == 2
    assert run(capsys, "laporan", "bulanan", "--out", str(tmp_path / "x"))[0] == 2
    assert run(capsys, "laporan", "bulanan", "--wilayah", "99", "--out", str(tmp_path / "x.pdf"))[0] == 2
    assert run(capsys, "laporan", "bulanan", "--periode", "2026-13", "--out", str(tmp_path / "x.pdf"))[0] == 2
    assert run(capsys, "laporan", "bulanan", "--out", str(tmp_path / "nope" / "x.pdf"))[0] == 2
    code, _, err = run(capsys, "laporan", "bulanan", "--periode", "2025-01", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "kepesertaan" in err
    assert run(capsys, "laporan", "triwulanan", "--wilayah", "61", "--periode", "2026-01", "--out", str(tmp_path / "t.pdf"))[0] == 1
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob(".*.tmp"))  # nothing half-written


def test_workbook_structure(capsys, tmp_path, report_db):  # noqa: F811
    """Numbers stored as numbers with formats, frozen headers and an autofilter on every table sheet."""
    path, _ = report(capsys, tmp_path, "bulanan", ["--wilayah", "16"], "2026-08", ".xlsx")
    wb = load_workbook(io.BytesIO(path.read_bytes()))
    for ws in wb.worksheets[:-1]:
        assert ws.freeze_panes == f"A{exports.HEADER_ROW + 1}"
        assert ws.auto_filter.ref.startswith(f"A{exports.HEADER_ROW}:")
    for ws in wb.worksheets:  # printed, every page is numbered
        assert ws.oddFooter.right.text == "Halaman &P dari &N"
    ws = wb["Per wilayah"]
    header = [c.value for c in ws[exports.HEADER_ROW]]
    cell = ws.cell(row=exports.HEADER_ROW + 1, column=header.index("Capaian") + 1)
    assert isinstance(cell.value, float) and cell.number_format == "0.0%"
    cell = ws.cell(row=exports.HEADER_ROW + 1, column=header.index("Peserta aktif") + 1)
    assert isinstance(cell.value, int) and cell.number_format == "#,##0"


def test_pdf_pages_render_and_charts_are_vector(capsys, tmp_path, report_db):  # noqa: F811
    """Every page of the monthly PDF draws something (rendered with PDFium), and the report holds no
    raster image: its trend chart is vector paths, sharp at any print size."""
    import pypdfium2 as pdfium

    path, _ = report(capsys, tmp_path, "bulanan", ["--wilayah", "16"], "2026-08", ".pdf")
    doc = pdfium.PdfDocument(str(path))
    for i in range(len(doc)):
        image = doc[i].render(scale=0.5).to_pil().convert("L")
        histogram = image.histogram()  # 256 bins of grey levels
        inked = sum(histogram[:200]) / (image.width * image.height)
        assert inked > 0.005, f"page {i + 1} is blank"
    reader = PdfReader(path)
    for page in reader.pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        assert all(xobjects[k].get_object().get("/Subtype") != "/Image" for k in xobjects)
    assert any("Tren peserta aktif" in p.extract_text() for p in reader.pages)
