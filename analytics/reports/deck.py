"""The meeting deck as data: slides of key figures, a chart, a table, a picture or a list of actions,
each with its speaker notes. analytics.reports.rapat builds it; analytics.reports.pptx writes it as
PowerPoint (native charts and tables), analytics.reports.deck_pdf as a 16:9 PDF, and the Presentasi
page shows it in the browser.
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics.exports import ExportTable
from analytics.reports.chart import Chart
from analytics.reports.document import Figure
from analytics.reports.meta import Meta


@dataclass(frozen=True)
class Slide:
    key: str  # what the slide shows: 'judul', 'ringkasan', 'peta', 'peringkat', 'tren', ...
    title: str
    subtitle: str = ""
    figures: tuple[Figure, ...] = ()
    chart: Chart | None = None
    table: ExportTable | None = None  # a native table; the deck shows at most `table_rows` rows
    table_rows: int = 12
    picture: bytes | None = None  # a PNG filling the slide's body (the map)
    bullets: tuple[str, ...] = ()
    notes: str = ""  # the speaker notes: the slide's figures in sentences
    # the areas the slide lists, in its order (kode, nama): the Presentasi page opens one on a click
    areas: tuple[tuple[str, str], ...] = ()
    marked: str | None = None  # the area the deck is about, marked in a table of its province


@dataclass(frozen=True)
class Deck:
    title: str
    meta: Meta
    slides: tuple[Slide, ...]
    summary: str  # the one line the command prints
    jenis: str = "rapat"
