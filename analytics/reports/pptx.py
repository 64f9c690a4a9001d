"""The meeting deck (analytics.reports.deck) as PowerPoint: 16:9, native charts and tables.

Charts are python-pptx chart objects with their data embedded, so an official can restyle them or
edit a number in PowerPoint; tables are native tables; the map is a picture. Each slide carries
its speaker notes and, at its foot, the area, the period and "n / N". Text is set in the theme's
font, large enough for the back of a meeting room (titles 30 pt, figures 32 pt, tables 14 pt).
"""

from __future__ import annotations

import io

from analytics.palette import HEADING, INK, MUTED, PRIMARY, RULE, TINT
from analytics.reports.cells import column_texts
from analytics.reports.chart import BARH, LINE, Chart
from analytics.reports.deck import Deck, Slide

WIDTH_IN, HEIGHT_IN = 13.333, 7.5
MARGIN_IN = 0.5
BODY_TOP_IN = 1.35
BODY_BOTTOM_IN = 6.85


def _right():
    from pptx.enum.text import PP_ALIGN

    return PP_ALIGN.RIGHT


def _rgb(hex_colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _text(frame, text: str, size: float, colour: str = INK, bold: bool = False, first: bool = True):
    """Write `text` into a text frame (its first paragraph, or a new one)."""
    from pptx.util import Pt

    paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = _rgb(colour)
    return paragraph


def _box(slide, left, top, width, height, text: str = "", size: float = 14, colour: str = INK, bold: bool = False):
    from pptx.util import Inches

    shape = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = shape.text_frame
    frame.word_wrap = True
    if text:
        _text(frame, text, size, colour, bold)
    return frame


def to_pptx(deck: Deck) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(WIDTH_IN), Inches(HEIGHT_IN)
    prs.core_properties.title = deck.title
    prs.core_properties.author = "Cakupan"
    blank = prs.slide_layouts[6]
    footer = deck.meta.footer()
    total = len(deck.slides)
    for number, spec in enumerate(deck.slides, start=1):
        slide = prs.slides.add_slide(blank)
        _draw(slide, spec)
        _box(slide, MARGIN_IN, 7.0, 10.5, 0.35, footer, 11, MUTED)
        _box(slide, WIDTH_IN - MARGIN_IN - 1.5, 7.0, 1.5, 0.35, f"{number} / {total}", 12, MUTED).paragraphs[0].alignment = _right()
        slide.notes_slide.notes_text_frame.text = spec.notes
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _draw(slide, spec: Slide) -> None:
    if spec.key == "judul":
        _title_slide(slide, spec)
        return
    if spec.picture is not None:  # the map: its own title and legend are in the picture
        from pptx.util import Inches

        slide.shapes.add_picture(io.BytesIO(spec.picture), 0, 0, width=Inches(WIDTH_IN), height=Inches(WIDTH_IN * 9 / 16))
        return
    _box(slide, MARGIN_IN, 0.3, WIDTH_IN - 2 * MARGIN_IN, 0.8, spec.title, 30, PRIMARY, bold=True)
    top = BODY_TOP_IN
    if spec.figures:
        top = _figures(slide, spec.figures, top, rows_room=BODY_BOTTOM_IN - top if spec.chart is None else 1.6)
    if spec.chart is not None:
        _chart(slide, spec.chart, top, BODY_BOTTOM_IN - top)
    if spec.table is not None:
        _table(slide, spec, top)
    if spec.bullets:
        from pptx.util import Pt

        frame = _box(slide, MARGIN_IN, top, WIDTH_IN - 2 * MARGIN_IN, BODY_BOTTOM_IN - top)
        for i, bullet in enumerate(spec.bullets):
            p = _text(frame, f"▸ {bullet}", 22, INK, first=i == 0)
            p.space_after = Pt(16)


def _title_slide(slide, spec: Slide) -> None:
    _box(slide, MARGIN_IN, 1.6, WIDTH_IN - 2 * MARGIN_IN, 1.4, spec.title, 38, PRIMARY, bold=True)
    _box(slide, MARGIN_IN, 3.0, WIDTH_IN - 2 * MARGIN_IN, 0.7, spec.subtitle, 26, HEADING)
    frame = _box(slide, MARGIN_IN, 4.0, WIDTH_IN - 2 * MARGIN_IN, 2.8)
    for i, line in enumerate(spec.bullets):
        _text(frame, line, 11, MUTED, first=i == 0)


def _figures(slide, figures, top: float, rows_room: float) -> float:
    """The key figures as tiles, four to a row; returns the top of what comes below them."""
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    per_row = 4 if len(figures) > 3 else len(figures)
    gap = 0.2
    width = (WIDTH_IN - 2 * MARGIN_IN - gap * (per_row - 1)) / per_row
    rows = -(-len(figures) // per_row)
    height = min(1.45, (rows_room - gap * (rows - 1)) / rows)
    for i, f in enumerate(figures):
        r, c = divmod(i, per_row)
        left, y = MARGIN_IN + c * (width + gap), top + r * (height + gap)
        tile = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(left), Inches(y), Inches(width), Inches(height))
        tile.fill.solid()
        tile.fill.fore_color.rgb = _rgb(TINT)
        tile.line.fill.background()
        tile.shadow.inherit = False
        bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(left), Inches(y), Inches(0.08), Inches(height))
        bar.fill.solid()
        bar.fill.fore_color.rgb = _rgb(PRIMARY)
        bar.line.fill.background()
        bar.shadow.inherit = False
        frame = _box(slide, left + 0.15, y + 0.05, width - 0.2, height - 0.1)
        _text(frame, f.label, 15, MUTED)
        size = 26 if height > 1.2 else 22
        _text(frame, f.value, size if len(f.value) <= 11 else size - 5, f.colour or INK, bold=True, first=False)
        if f.note:
            _text(frame, f.note, 12, MUTED, first=False)
    return top + rows * height + (rows - 1) * gap + 0.25


def _chart(slide, spec: Chart, top: float, height: float) -> None:
    """A native chart: a line chart (the trend) or bars (categories, stages, areas)."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.enum.dml import MSO_LINE_DASH_STYLE
    from pptx.util import Inches, Pt

    data = CategoryChartData(number_format=_number_format(spec))
    categories = list(spec.categories)
    series = list(spec.series)
    if spec.kind == BARH:  # PowerPoint draws the first category at the bottom: reverse to read top-down
        categories = categories[::-1]
        series = [type(s)(s.name, s.values[::-1], s.colour, s.style) for s in series]
    data.categories = categories
    for s in series:
        data.add_series(s.name, list(s.values))
    kind = {LINE: XL_CHART_TYPE.LINE, BARH: XL_CHART_TYPE.BAR_CLUSTERED}[spec.kind]
    frame = slide.shapes.add_chart(kind, Inches(MARGIN_IN), Inches(top), Inches(WIDTH_IN - 2 * MARGIN_IN), Inches(height), data)
    chart = frame.chart
    chart.font.size = Pt(14)
    chart.font.color.rgb = _rgb(INK)
    chart.has_title = False
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = _rgb(RULE)
    value_axis.tick_labels.number_format = _number_format(spec)
    value_axis.tick_labels.number_format_is_linked = False
    if spec.kind == LINE:
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
        dashes = {"solid": None, "dash": MSO_LINE_DASH_STYLE.DASH, "dot": MSO_LINE_DASH_STYLE.ROUND_DOT}
        for plotted, s in zip(chart.plots[0].series, series, strict=True):
            plotted.smooth = False
            line = plotted.format.line
            line.color.rgb = _rgb(s.colour)
            line.width = Pt(3.5 if s.style == "solid" else 2.5)
            if dashes[s.style] is not None:
                line.dash_style = dashes[s.style]
            from pptx.enum.chart import XL_MARKER_STYLE

            plotted.marker.style = XL_MARKER_STYLE.NONE
        lo = min((v for s in series for v in s.values if v is not None), default=0)
        value_axis.minimum_scale = _floor(lo)
        _label_every(chart.category_axis, max(1, -(-len(categories) // 8)))
        return
    chart.has_legend = False
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = _number_format(spec)
    labels.number_format_is_linked = False
    labels.font.size = Pt(14)
    plotted = plot.series[0]
    plotted.format.fill.solid()
    plotted.format.fill.fore_color.rgb = _rgb(series[0].colour)
    if spec.point_colours:
        colours = list(spec.point_colours)[::-1]  # reversed with the categories
        for i, colour in enumerate(colours):
            point = plotted.points[i]
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = _rgb(colour)


def _label_every(axis, n: int) -> None:
    """Write every n-th category's label only (c:tickLblSkip; python-pptx has no property for it), so
    24 months read as 8 labels, not a rotated crowd."""
    from pptx.oxml.ns import qn

    axis_element = axis._element
    for old in axis_element.findall(qn("c:tickLblSkip")):
        axis_element.remove(old)
    skip = axis_element.makeelement(qn("c:tickLblSkip"), {"val": str(n)})
    # the schema wants it after c:lblOffset (or c:lblAlgn / c:crosses when there is none)
    anchor = None
    for tag in ("c:lblOffset", "c:lblAlgn", "c:auto", "c:crosses", "c:crossAx"):
        found = axis_element.find(qn(tag))
        if found is not None:
            anchor = found
            break
    if anchor is not None:
        anchor.addnext(skip)
    else:
        axis_element.append(skip)


def _number_format(spec: Chart) -> str:
    """Excel number formats (PowerPoint shows them in the viewer's own separators)."""
    if spec.unit == "percent":
        return '0.0"%"'
    return "#,##0"


def _floor(value: float) -> float:
    """A round value at or below `value`, so a trend's axis does not start at 0 and flatten it."""
    if value <= 0:
        return 0
    step = 10 ** max(0, len(str(int(value))) - 2)
    return float(int(value * 0.97 // step) * step)


def _table(slide, spec: Slide, top: float) -> None:
    """A native table of the slide's first `table_rows` rows; the status column keeps its colours."""
    from pptx.util import Inches, Pt

    table = spec.table
    n = min(spec.table_rows, table.n_rows)
    columns = table.columns
    texts = [column_texts(c, n, table.lang) for c in columns]
    height = min(BODY_BOTTOM_IN - top, 0.42 * (n + 1))
    shape = slide.shapes.add_table(n + 1, len(columns), Inches(MARGIN_IN), Inches(top), Inches(WIDTH_IN - 2 * MARGIN_IN),
                                   Inches(height))  # fmt: skip
    grid = shape.table
    weights = [3.2 if c.kind == "text" and j == 0 else 1.3 for j, c in enumerate(columns)]
    for j, w in enumerate(weights):
        grid.columns[j].width = Inches((WIDTH_IN - 2 * MARGIN_IN) * w / sum(weights))
    for j, c in enumerate(columns):
        cell = grid.cell(0, j)
        cell.text = c.header
        run = cell.text_frame.paragraphs[0].runs[0]
        run.font.size, run.font.bold = Pt(14), True
        if c.kind != "text":
            cell.text_frame.paragraphs[0].alignment = _right()
    for i in range(n):
        marked = spec.marked is not None and spec.areas and spec.areas[i][0] == spec.marked
        for j, c in enumerate(columns):
            cell = grid.cell(i + 1, j)
            text = texts[j][i]
            cell.text = ("▶ " + text) if marked and j == 0 else text
            paragraph = cell.text_frame.paragraphs[0]
            run = paragraph.runs[0] if paragraph.runs else paragraph.add_run()
            run.font.size = Pt(14)
            run.font.bold = bool(marked)
            if c.kind != "text":
                paragraph.alignment = _right()
            fill = c.fills[i] if c.fills else None
            if fill:
                cell.fill.solid()
                cell.fill.fore_color.rgb = _rgb(fill)
                run.font.color.rgb = _rgb("#FFFFFF")
                run.font.bold = True
