"""A report (analytics.reports.document) as a PDF: A4 landscape, selectable text, vector charts.

ReportLab lays the pages out (pure Python, from PyPI: no browser and no system library, so the
command works on a locked-down intranet server). Text is set in DejaVu Sans, the font matplotlib
ships, embedded as a subset, so every name an upload may hold prints (Indonesian, accents, dashes)
and can be selected and searched. Each page carries the report's title, area and period at the top
and "Halaman n dari N" with the time made at the bottom; the first page lists the report's facts
(analytics.reports.meta), the last its definitions.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from analytics import exports, fmt
from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.palette import HEADING, INK, MUTED, PRIMARY, RULE, TINT
from analytics.reports.cells import column_texts
from analytics.reports.document import Figure, Report, Section

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 28  # points (~1 cm)
SHORT_TEXT = 90  # points: a text column this narrow (a code, a status) keeps its width
CELL_PAD = 3  # points left and right of a table cell's text
MIN_TABLE_PT = 6.0  # a wide table's type shrinks to fit the page, never below this

_t = Catalog({
    "halaman": _m("Halaman {n} dari {total}", "Page {n} of {total}"),
    "dibuat": _m("Cakupan · dibuat {waktu}", "Cakupan · made {waktu}"),
    "about": _m("Tentang laporan ini", "About this report"),
    "terms": _m("Definisi", "Definitions"),
    "more_rows": _m("Menampilkan {n} dari {total} baris; daftar lengkap ada di berkas XLSX laporan yang sama.",
                    "Showing {n} of {total} rows; the full list is in the same report's XLSX file."),
})  # fmt: skip


@cache
def fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) from matplotlib's own font folder, once per process."""
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


def styles(base: float = 9):
    """Paragraph styles scaled from `base` points (the deck uses larger ones)."""
    from reportlab.lib.styles import ParagraphStyle

    fonts()
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=base * 2.2, leading=base * 2.7, textColor=INK),
        "subtitle": ParagraphStyle("subtitle", fontName=FONT, fontSize=base * 1.3, leading=base * 1.7, textColor=MUTED),
        "h": ParagraphStyle("h", fontName=FONT_BOLD, fontSize=base * 1.5, leading=base * 2, textColor=PRIMARY,
                            spaceBefore=base, spaceAfter=base * 0.4),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=base * 1.1, leading=base * 1.5, textColor=INK,
                               spaceAfter=base * 0.5),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=base * 0.85, leading=base * 1.15, textColor=MUTED),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=base * 0.85, leading=base * 1.05, textColor=INK),
        "head": ParagraphStyle("head", fontName=FONT_BOLD, fontSize=base * 0.85, leading=base * 1.05, textColor=HEADING),
        "tile_label": ParagraphStyle("tile_label", fontName=FONT, fontSize=base * 0.9, leading=base * 1.1, textColor=MUTED),
        "tile_value": ParagraphStyle("tile_value", fontName=FONT_BOLD, fontSize=base * 1.9, leading=base * 2.3, textColor=INK),
        "tile_note": ParagraphStyle("tile_note", fontName=FONT, fontSize=base * 0.8, leading=base * 1.0, textColor=MUTED),
    }  # fmt: skip


def plain(text) -> str:
    """`text` for a ReportLab paragraph: its markup characters escaped, so an uploaded name is shown
    as written and never read as markup."""
    from xml.sax.saxutils import escape

    return escape(str(text))


def para(text, style):
    from reportlab.platypus import Paragraph

    return Paragraph(plain(text), style)


def table_flowable(table: exports.ExportTable, width: float, st, max_rows: int | None = None, only=None):
    """The table's header and rows (at most `max_rows`; only the columns headed `only`, when given),
    numbers right-aligned, the header repeated on every page; a column that has fills (the status)
    is coloured as in the workbook."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    n = table.n_rows if max_rows is None else min(max_rows, table.n_rows)
    columns = [c for c in table.columns if only is None or c.header in only]
    by_column = [column_texts(c, n, table.lang) for c in columns]
    texts = [[col[i] for col in by_column] for i in range(n)]
    widths, st = _fit(columns, texts, width, st)
    data = [[para(c.header, st["head"]) for c in columns]]
    for row in texts:
        data.append([para(v, st["cell"]) if c.kind == exports.TEXT else v for v, c in zip(row, columns, strict=True)])
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, st["cell"].fontSize),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HEADING),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    for j, c in enumerate(columns):
        if c.kind != exports.TEXT:
            style.append(("ALIGN", (j, 1), (j, -1), "RIGHT"))
        if c.fills:
            for i in range(n):
                if c.fills[i]:
                    style.append(("BACKGROUND", (j, i + 1), (j, i + 1), colors.HexColor(c.fills[i])))
                    data[i + 1][j] = para(texts[i][j], _white(st["cell"]))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style), hAlign="LEFT")


def _white(style):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("white", parent=style, textColor="#FFFFFF", fontName=FONT_BOLD)


def _need(columns, texts, size: float) -> tuple[list[float], list[float], list[int]]:
    """At font `size`, each column's data width (its longest cell) and header width (its longest
    header word), and which columns wrap (long text: names); numbers, codes and statuses do not."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    data, head, wrap = [], [], []
    for j, c in enumerate(columns):
        longest = max((stringWidth(r[j], FONT, size) for r in texts), default=0)
        data.append(longest + 2 * CELL_PAD + 2)
        head.append(max((stringWidth(w, FONT_BOLD, size) for w in c.header.split()), default=0) + 2 * CELL_PAD + 2)
        if c.kind == exports.TEXT and longest > SHORT_TEXT:
            wrap.append(j)
    return data, head, wrap


def _fit(columns, texts, width: float, st):
    """Column widths that fit `width`, and the styles to use. Every column first gets room for its
    cells and its header's longest word; a table too wide for that is set in smaller type (down to
    MIN_TABLE_PT); then the name columns wrap; last, headers break inside words — cells never do."""
    size = st["cell"].fontSize
    while True:
        data, head, wrap = _need(columns, texts, size)
        want = [max(d, h) for d, h in zip(data, head, strict=True)]
        wrap_want = sum(want[j] for j in wrap)
        wrap_min = min(wrap_want, width * 0.2)
        fixed_want = sum(w for j, w in enumerate(want) if j not in wrap)
        if fixed_want + wrap_min <= width or size <= MIN_TABLE_PT:
            break
        size = max(MIN_TABLE_PT, size - 0.5)
    if size != st["cell"].fontSize:
        st = _sized(st, size)
    if sum(want) <= width:
        return [w * width / sum(want) for w in want], st
    if fixed_want + wrap_min <= width:
        room = width - fixed_want
        return [want[j] * room / wrap_want if j in wrap else want[j] for j in range(len(want))], st
    fixed_min = sum(d for j, d in enumerate(data) if j not in wrap)
    slack = fixed_want - fixed_min
    cut = min(slack, fixed_want - (width - wrap_min))
    out = [want[j] * wrap_min / wrap_want if j in wrap
           else want[j] - (want[j] - data[j]) * (cut / slack if slack else 0) for j in range(len(want))]  # fmt: skip
    return [w * min(1.0, width / sum(out)) for w in out], st


def _sized(st, size: float):
    from reportlab.lib.styles import ParagraphStyle

    out = dict(st)
    for key in ("cell", "head"):
        out[key] = ParagraphStyle(f"{key}-{size}", parent=st[key], fontSize=size, leading=size * 1.2)
    return out


def tiles(figures: tuple[Figure, ...], width: float, st, per_row: int = 4):
    """The key figures as a grid of tiles: label, value (large), note."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    rows, row = [], []
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for i, f in enumerate(figures):
        value_style = st["tile_value"]
        if f.colour:
            from reportlab.lib.styles import ParagraphStyle

            value_style = ParagraphStyle("status", parent=value_style, textColor=f.colour)
        row.append([para(f.label, st["tile_label"]), para(f.value, value_style), para(f.note, st["tile_note"])])
        r, c = divmod(i, per_row)
        style += [("BACKGROUND", (c, r), (c, r), TINT), ("LINEBEFORE", (c, r), (c, r), 3, PRIMARY)]
        if len(row) == per_row:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (per_row - len(row)))
    return Table(rows, colWidths=[width / per_row] * per_row, style=TableStyle(style), hAlign="LEFT")


def section_flowables(section: Section, width: float, st, lang: str) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    from analytics.reports import chart_mpl

    head = [para(section.title, st["h"])]
    if section.intro:
        head.append(para(section.intro, st["body"]))
    out = []
    if section.figures:
        out.append(tiles(section.figures, width, st))
        out.append(Spacer(1, 6))
    if section.chart is not None:
        out.append(chart_mpl.drawing(section.chart, width, min(250, width * 0.32)))
    if section.table is not None and section.pdf_table:
        out.append(table_flowable(section.table, width, st, section.pdf_rows, section.pdf_columns))
        if section.pdf_rows is not None and section.table.n_rows > section.pdf_rows:
            out.append(para(_t("more_rows", lang, n=fmt.angka(section.pdf_rows, 0, lang),
                                total=fmt.angka(section.table.n_rows, 0, lang)), st["small"]))  # fmt: skip
    out += [para(n, st["small"]) for n in section.notes]
    # the heading never ends a page alone: it keeps to what follows it (or the first of it)
    first = out[:1]
    return [KeepTogether(head + first), *out[1:], Spacer(1, 8)]


def facts(lines: list[str], st) -> list:
    return [para(line, st["small"]) for line in lines]


def definitions_flowables(definitions, width: float, st, lang: str) -> list:
    from reportlab.platypus import Table, TableStyle

    rows = [[para(term, st["head"]), para(text, st["cell"])] for term, text in definitions]
    table = Table(rows, colWidths=[width * 0.22, width * 0.78], hAlign="LEFT",
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]))  # fmt: skip
    return [para(_t("terms", lang), st["h"]), table]


def page_decorator(header: str, footer: str, lang: str, font_pt: float = 7.5):
    """A canvas class that writes `header` at the top and `footer` with "Halaman n dari N" at the
    bottom of every page (N is known only once all pages are laid out: pages are kept, then drawn)."""
    from reportlab.pdfgen import canvas as rl_canvas

    class Numbered(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 — ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int):
            w, h = self._pagesize
            self.saveState()
            self.setFont(FONT, font_pt)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, h - MARGIN * 0.6, header)
            self.drawString(MARGIN, MARGIN * 0.45, footer)
            self.drawRightString(w - MARGIN, MARGIN * 0.45, _t("halaman", lang, n=self._pageNumber, total=total))
            self.setStrokeColor(RULE)
            self.line(MARGIN, h - MARGIN * 0.75, w - MARGIN, h - MARGIN * 0.75)
            self.restoreState()

    return Numbered


def to_pdf(report: Report) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Spacer

    st = styles()
    m = report.meta
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN * 1.1, bottomMargin=MARGIN * 1.1, title=report.title,
                            author="Cakupan", subject=f"{m.nama} — {m.periode_label}", creator="Cakupan")  # fmt: skip
    width = doc.width
    story = [para(report.title, st["title"]), Spacer(1, 4), para(_t("about", m.lang), st["head"]), *facts(m.lines(), st),
             Spacer(1, 6)]  # fmt: skip
    for section in report.sections:
        story += section_flowables(section, width, st, m.lang)
    story += definitions_flowables(report.keterangan, width, st, m.lang)
    header = f"{report.title}"
    footer = _t("dibuat", m.lang, waktu=fmt.waktu(m.dibuat, m.lang))
    doc.build(story, canvasmaker=page_decorator(header, footer, m.lang))
    return out.getvalue()
