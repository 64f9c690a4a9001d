"""A report chart (analytics.reports.chart) drawn with matplotlib, for the PDFs.

Drawn on matplotlib's own canvases (no pyplot state, safe in a server thread), written as SVG with
the text as outlines and read back by svglib as a ReportLab drawing: vector all the way, so a chart
prints as sharp as the text around it, with no browser and no system library.
"""

from __future__ import annotations

import functools
import io
import math

from analytics import fmt
from analytics.figures.style import nice_step, tick_text
from analytics.palette import GRID, INK, MUTED
from analytics.reports.chart import LINE, Chart

_DASH = {"solid": "-", "dash": (0, (5, 3)), "dot": (0, (1.5, 2))}
FONT = "DejaVu Sans"  # shipped with matplotlib: the same glyphs on every machine


def _ticks(chart: Chart, lo: float, hi: float, from_zero: bool) -> tuple[list[float], list[str]]:
    """The value axis' ticks at a round step, written in one unit (all millions, or all whole
    numbers; analytics.figures.style.tick_text, as the pages' charts)."""
    lo = min(lo, 0.0) if from_zero else lo
    step = nice_step(hi - lo if hi > lo else abs(hi) or 1.0)
    first = math.floor(lo / step) * step
    ticks = [first + i * step for i in range(int(math.ceil((hi - first) / step)) + 1)]
    if chart.unit == "rupiah":
        return ticks, fmt.rupiah_kolom(ticks, chart.lang)
    millions = chart.unit == "int" and max(abs(t) for t in ticks) >= 1e6
    return ticks, [tick_text(t, step, chart.lang, chart.unit == "percent", millions) for t in ticks]


def figure(chart: Chart, width_in: float, height_in: float, font_pt: float = 9):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_in, height_in))
    ax = fig.add_subplot()
    values = [v for s in chart.series for v in s.values if v is not None] or [0.0]
    top = max(abs(v) for v in values)
    n = len(chart.categories)
    positions = list(range(n))
    if chart.kind == LINE:
        for s in chart.series:
            ys = [float("nan") if v is None else v for v in s.values]
            ax.plot(positions, ys, color=s.colour, linestyle=_DASH[s.style], linewidth=2.2 if s.style == "solid" else 1.8,
                    label=s.name, marker="o" if s.style == "solid" and n <= 24 else None, markersize=3)  # fmt: skip
        step = max(1, -(-n // 8))
        ax.set_xticks(positions[::step], [chart.categories[i] for i in positions[::step]])
        ticks, texts = _ticks(chart, min(values), max(values), from_zero=False)
        ax.set_yticks(ticks, texts)
        ax.set_ylim(ticks[0], ticks[-1])
        ax.grid(axis="y", color=GRID, linewidth=0.6)
        ax.legend(loc="upper left", fontsize=font_pt - 1, frameon=False, ncols=min(4, len(chart.series)))
    else:
        s = chart.series[0]
        heights = [0.0 if v is None else v for v in s.values]
        colours = list(chart.point_colours) if chart.point_colours else s.colour
        order = positions[::-1]  # the first category on top
        ax.barh(order, heights, color=colours, height=0.7)
        ax.set_yticks(order, chart.categories)
        ticks, texts = _ticks(chart, 0.0, top, from_zero=True)
        ax.set_xticks(ticks, texts)
        ax.grid(axis="x", color=GRID, linewidth=0.6)
        if chart.labels:
            for y, v in zip(order, s.values, strict=True):
                ax.text(0 if v is None else v, y, " " + chart.value_text(v), va="center", fontsize=font_pt - 1, color=INK)
            ax.set_xlim(0, max(top * 1.22, ticks[-1]) if top else 1)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=font_pt - 0.5, colors=MUTED)
    for label in (*ax.get_xticklabels(), *ax.get_yticklabels()):
        label.set_fontfamily(FONT)
    fig.tight_layout(pad=0.4)
    return fig


def drawing(chart: Chart, width_pt: float, height_pt: float, font_pt: float = 9):
    """The chart as a ReportLab drawing `width_pt` × `height_pt` points, all vector. Its text stays
    text (set in the PDF's own DejaVu Sans): selectable, and four times faster to convert than
    glyph outlines."""
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from svglib.svglib import svg2rlg

    _svg_fonts()
    fig = figure(chart, width_pt / 72, height_pt / 72, font_pt)
    FigureCanvasSVG(fig)
    out = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": FONT}):
        fig.savefig(out, format="svg", facecolor="white")
    return svg2rlg(io.BytesIO(out.getvalue().encode("utf-8")))


@functools.cache
def _svg_fonts() -> None:
    """Tell svglib that the SVG's "DejaVu Sans" is the PDF's registered DejaVuSans."""
    from svglib import fonts as svg_fonts

    from analytics.reports import pdf

    regular, bold = pdf.fonts()
    svg_fonts.register_font(FONT, rlgFontName=regular)
    svg_fonts.register_font(FONT, weight="bold", rlgFontName=bold)
