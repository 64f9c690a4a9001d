"""The meeting deck (analytics.reports.deck) as a 16:9 PDF: one slide a page, laid out as the
PowerPoint is, for a projector without PowerPoint or for printing as a handout.

Drawn with ReportLab (analytics.reports.pdf's fonts and tables): selectable text, vector charts;
the map is the deck's picture. Each page's foot names the area, the period and "n / N".
"""

from __future__ import annotations

import io

from analytics.palette import HEADING, INK, MUTED, PRIMARY
from analytics.reports import pdf
from analytics.reports.deck import Deck, Slide

W, H = 960, 540  # points: 13,33 × 7,5 inches, the PowerPoint's 16:9
M = 36  # margin
BODY_TOP, BODY_BOTTOM = 97, 493  # from the top: below the title, above the footer


def to_pdf(deck: Deck) -> bytes:
    from reportlab.pdfgen import canvas

    pdf.fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle(deck.title)
    c.setAuthor("Cakupan")
    c.setSubject(f"{deck.meta.nama} — {deck.meta.periode_label}")
    st = pdf.styles(base=14)
    footer = deck.meta.footer()
    for number, slide in enumerate(deck.slides, start=1):
        _draw(c, slide, st)
        c.setFont(pdf.FONT, 9)
        c.setFillColor(MUTED)
        c.drawString(M, 14, footer)
        c.drawRightString(W - M, 14, f"{number} / {len(deck.slides)}")
        c.showPage()
    c.save()
    return out.getvalue()


def _place(c, flowable, x: float, top: float, width: float, height: float) -> float:
    """Draw `flowable` at `x`, `top` points from the page's top, within width × height; its height."""
    _, h = flowable.wrapOn(c, width, height)
    flowable.drawOn(c, x, H - top - h)
    return h


def _draw(c, slide: Slide, st) -> None:
    from reportlab.lib.utils import ImageReader

    if slide.key == "judul":
        _place(c, pdf.para(slide.title, _sized(st["title"], 30)), M, 120, W - 2 * M, 120)
        _place(c, pdf.para(slide.subtitle, _sized(st["subtitle"], 20, HEADING)), M, 220, W - 2 * M, 40)
        top = 280
        for line in slide.bullets:
            top += _place(c, pdf.para(line, st["small"]), M, top, W - 2 * M, 30)
        return
    if slide.picture is not None:
        c.drawImage(ImageReader(io.BytesIO(slide.picture)), 0, H - W * 9 / 16, width=W, height=W * 9 / 16)
        return
    _place(c, pdf.para(slide.title, _sized(st["title"], 24, PRIMARY)), M, 24, W - 2 * M, 50)
    top = BODY_TOP
    width = W - 2 * M
    if slide.figures:
        tiles = pdf.tiles(slide.figures, width, _tile_styles(st), per_row=4 if len(slide.figures) > 3 else len(slide.figures))
        top += _place(c, tiles, M, top, width, BODY_BOTTOM - top) + 14
    if slide.chart is not None:
        from analytics.reports import chart_mpl

        drawing = chart_mpl.drawing(slide.chart, width, max(120, BODY_BOTTOM - top), font_pt=12)
        drawing.drawOn(c, M, H - BODY_BOTTOM)
    if slide.table is not None:
        table = pdf.table_flowable(slide.table, width, _table_styles(st), slide.table_rows)
        _place(c, table, M, top, width, BODY_BOTTOM - top)
    if slide.bullets:
        for bullet in slide.bullets:
            top += _place(c, pdf.para(f"▸ {bullet}", _sized(st["body"], 17)), M, top, width, BODY_BOTTOM - top) + 12


def _sized(style, size: float, colour: str | None = None):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.25,
                          textColor=colour or style.textColor)  # fmt: skip


def _tile_styles(st):
    return {**st, "tile_label": _sized(st["tile_label"], 12, MUTED), "tile_value": _sized(st["tile_value"], 26, INK),
            "tile_note": _sized(st["tile_note"], 10, MUTED)}  # fmt: skip


def _table_styles(st):
    return {**st, "cell": _sized(st["cell"], 15, INK), "head": _sized(st["head"], 15, HEADING)}

