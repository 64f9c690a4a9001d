"""`python -m analytics laporan rapat` (issue 13): the deck opened with python-pptx and pypdf at
national, province, kab/kota and Kantor Cabang scope — 16:9, 8–12 slides, native charts and tables
whose data equal the JSON commands, the map as a picture, speaker notes written from the figures,
slide numbers, and the facts on the title slide."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.util import Emu
from pypdf import PdfReader

from analytics import fmt, glossary
from tests.analytics.reports.report_fixtures import report_db  # noqa: F401
from tests.analytics.reports.test_laporan_files import SCOPES, as_json, report


def texts(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def by_title(prs) -> dict[str, object]:
    """Slides by their title (the first text box), the map (a picture only) under 'peta'."""
    out = {}
    for slide in prs.slides:
        boxes = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text]
        pictures = [s for s in slide.shapes if s.shape_type == 13]
        out["peta" if pictures else boxes[0].text_frame.text] = slide
    return out


def chart_of(slide):
    [frame] = [s for s in slide.shapes if s.has_chart]
    return frame.chart


def chart_data(chart) -> dict[str, float]:
    plot = chart.plots[0]
    return dict(zip(plot.categories, plot.series[0].values, strict=True))


@pytest.mark.parametrize("scope", SCOPES)
def test_deck_equals_the_json(capsys, tmp_path, report_db, scope):  # noqa: F811
    args = SCOPES[scope]
    path, line = report(capsys, tmp_path, "rapat", args, "2026-08", ".pptx")
    h = as_json(capsys, "ringkasan", args, "2026-08")
    prs = Presentation(str(path))
    assert round(Emu(prs.slide_width).inches / Emu(prs.slide_height).inches, 3) == round(16 / 9, 3)
    slides = list(prs.slides)
    assert 8 <= len(slides) <= 12
    assert line.endswith(f"{len(slides)} slide")
    for number, slide in enumerate(slides, start=1):
        assert f"{number} / {len(slides)}" in texts(slide)
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip()
    titled = by_title(prs)

    first = texts(slides[0])
    assert f"Wilayah: {h['nama']}" in first and "Periode: Agustus 2026" in first
    assert "Data kepesertaan: s.d. Agustus 2026, dimuat 5 September 2026, 10.00 WIB" in first
    assert "Iuran per orang per bulan (kelompok khusus): Rp 16.800" in first

    headline = titled["Posisi terhadap target"]
    shown = texts(headline)
    assert fmt.angka(h["peserta_aktif"]) in shown and fmt.persen(h["capaian_persen"], 1) in shown
    notes = headline.notes_slide.notes_text_frame.text
    assert notes.startswith(f"{h['nama']} mencapai {fmt.persen(h['capaian_persen'], 1)} target 2026")

    assert titled["peta"].notes_slide.notes_text_frame.text.startswith("Sebaran capaian")

    trend = chart_of(titled["Tren peserta aktif dan proyeksi"])
    actual = trend.plots[0].series[0]
    assert [v for v in actual.values if v is not None][-1] == h["peserta_aktif"]
    assert trend.plots[0].categories[-1].startswith("Des 2026")  # to the deadline

    league = [s for s in slides[3].shapes if s.has_table]
    assert league, "the league table is a native table"

    p = as_json(capsys, "kepatuhan", args, "2026-08")
    compliance = chart_data(chart_of(titled["Kepatuhan perusahaan"]))
    assert compliance == {glossary.kategori(k, short=True): p[k]["perusahaan"] for k in ("PWBD", "PDS_TK", "PDS_UPAH",
                                                                                       "PDS_PROGRAM", "PMI")}  # fmt: skip
    if scope != "kabkota":
        k = as_json(capsys, "kelompok", args, "2026-08")
        groups = chart_data(chart_of(titled["Kelompok khusus"]))
        # the JSON rounds to 2 decimals, the chart holds the figure itself
        assert {c: None if v is None else round(v, 2) for c, v in groups.items()} == {
            glossary.kelompok(c): g["cakupan_persen"] for c, g in k["kelompok"].items()}
    steps = texts(titled["Langkah berikutnya"])
    assert "▸" in steps


def test_deck_by_hand(capsys, tmp_path, report_db):  # noqa: F811
    """Sumatera Selatan, August 2026 (coverage_fixtures): Palembang has reached its set target;
    Ogan Komering Ilir is the furthest behind of the allocated ones. Follow-up at August: PT Alfa's
    PDS_TK case (16.71) at TEGURAN_1 since 16-08, not overdue on 31-08 (15 days: 1 day overdue)."""
    path, _ = report(capsys, tmp_path, "rapat", ["--wilayah", "16"], "2026-08", ".pptx")
    prs = Presentation(str(path))
    titled = by_title(prs)
    league = [s for s in titled["Peringkat capaian, terendah lebih dulu"].shapes if s.has_table][0].table
    names = [league.cell(i, 0).text for i in range(1, len(league.rows))]
    assert names[-1] == "Kota Palembang"  # the highest capaian last: lowest first
    stages = chart_data(chart_of(titled["Tindak lanjut dan kasus terlambat"]))
    # at August: A (16.71 PDS_TK) at Teguran 1; B (16.71 PMI) ended PATUH on 10-08; C, D, F start in September
    assert stages["Teguran 1"] == 1 and stages["Patuh"] == 1 and sum(stages.values()) == 2
    notes = titled["Tindak lanjut dan kasus terlambat"].notes_slide.notes_text_frame.text
    assert notes.startswith("2 kasus tindak lanjut, 1 masih berjalan; 1 terlambat")
    steps = texts(titled["Langkah berikutnya"])
    assert "PT Alfa (1 hari)" in steps  # the overdue case, by name and days overdue


def test_deck_pdf_and_english(capsys, tmp_path, report_db):  # noqa: F811
    path, _ = report(capsys, tmp_path, "rapat", ["--kantor", "KC01"], "2026-08", ".pdf")
    reader = PdfReader(path)
    assert all((round(float(p.mediabox.width)), round(float(p.mediabox.height))) == (960, 540) for p in reader.pages)
    n = len(reader.pages)
    assert 8 <= n <= 12
    pages = [p.extract_text() for p in reader.pages]
    assert all(f"{i} / {n}" in text for i, text in enumerate(pages, start=1))
    assert "Langkah berikutnya" in pages[-1]
    path, line = report(capsys, tmp_path, "rapat", ["--wilayah", "16"], "2026-08", ".pptx", "--lang", "en")
    prs = Presentation(str(path))
    assert line.startswith("meeting deck Sumatera Selatan, August 2026")
    notes = [s.notes_slide.notes_text_frame.text for s in prs.slides]
    assert notes[1].startswith("Sumatera Selatan has reached 98.7% of its 2026 target")
    assert "Next steps" in texts(list(prs.slides)[-1])
