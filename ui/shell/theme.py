"""A look that survives a washed-out projector: big figures, strong contrast, no web assets.

Colours and base size come from .streamlit/config.toml; this adds a little CSS for what the theme
cannot say (metric size, table text, tab labels). Nothing here loads from the internet: fonts are
the ones Streamlit ships with the app.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from analytics import palette

# The palette as CSS custom properties, so every page's styles (ui.components.tiles, ui.peta.legend) name a
# colour instead of repeating its hex value.
_VARS = (
    f":root {{ --ck-ink: {palette.INK}; --ck-heading: {palette.HEADING}; --ck-muted: {palette.MUTED}; "
    f"--ck-soft: {palette.SOFT}; --ck-faint: {palette.FAINT}; --ck-rule: {palette.RULE}; "
    f"--ck-primary: {palette.PRIMARY}; --ck-tint: {palette.TINT}; --ck-edge: {palette.EDGE}; }}"
)

CSS = """
<style>
""" + _VARS + """
/* Headline figures readable from the back of a meeting room */
[data-testid="stMetricValue"] { font-size: 2.8rem; font-weight: 700; color: #0B1F33; }
[data-testid="stMetricLabel"] p { font-size: 1.05rem; font-weight: 600; color: var(--ck-heading); }
/* Tabs as clear, large targets */
[data-testid="stTab"], [data-testid="stTab"] p { font-size: 1.15rem; font-weight: 600; }
/* Static tables (completeness, errors) as large as body text */
[data-testid="stTable"] td, [data-testid="stTable"] th { font-size: 1rem; }
/* Captions and help text readable on a washed-out projector: Streamlit draws them at 60% opacity
   and 0.875rem; here they are opaque, dark and nearly body size */
[data-testid="stCaptionContainer"], .stCaption {
  color: var(--ck-muted) !important; opacity: 1 !important; font-size: 0.95rem !important; }
[data-testid="stCaptionContainer"] p { color: inherit; font-size: inherit; }
/* Widget labels and table headings in full text colour */
[data-testid="stWidgetLabel"] p { color: var(--ck-ink); }
[data-testid="stTable"] th { color: var(--ck-heading); font-weight: 600; }
/* Every table grid's own "Download as CSV": it writes raw text, so an employer named "=HYPERLINK(…)"
   would become a live formula in Excel, with internal column names and English numbers. The pages'
   own CSV/XLSX buttons (analytics.exports) write text as text; search and full screen stay. */
[data-testid="stElementToolbar"] button[aria-label="Download as CSV"] { display: none; }
/* The uploader's own English limit line ("400MB per file • CSV, XLSX"); pages say it themselves */
[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
/* The context line under each page title (area · period) */
.cakupan-context { font-size: 1.25rem; font-weight: 600; color: var(--ck-primary); margin: -0.6rem 0 0.8rem 0; }
/* Less empty space at the top of the page on a 720p projector */
.block-container { padding-top: 2.2rem; }
/* Sidebar brand */
.cakupan-brand { font-size: 1.6rem; font-weight: 800; color: var(--ck-primary); line-height: 1.1; }
.cakupan-brand small { display: block; font-size: 0.85rem; font-weight: 500; color: var(--ck-muted); }
/* Shown only when printed (a full table the screen's grid scrolls), and only on screen */
.ck-print-only { display: none; }
""" + """
/* Browser print (Ctrl+P): A4 landscape, the page's content only, every row, charts drawn.
   Streamlit's main area is a scrolling box of the window's height, so a print got the visible part
   and the sidebar on every page; here the boxes grow to their content and the chrome goes. */
@page { size: A4 landscape; margin: 10mm 12mm; }
@media print {
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stElementToolbar"], [data-testid="stDownloadButton"], [data-testid="stPageLink"],
  [data-testid="stButton"], [data-testid="stPopover"], [data-testid="stFileUploader"],
  [data-testid="stCheckbox"], [data-testid="stRadio"], [data-testid="stButtonGroup"],
  [data-testid="stTabs"] [role="tablist"], .ck-screen-only { display: none !important; }
  /* an expander's list (the kab/kota behind) prints open */
  details::details-content { content-visibility: visible !important; display: block !important; }
  [data-testid="stExpanderDetails"] { display: block !important; visibility: visible !important; }
  html, body, #root, .stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"],
  [data-testid="stMainBlockContainer"], .block-container {
    overflow: visible !important; height: auto !important; min-height: 0 !important;
    position: static !important; }
  [data-testid="stMain"] { margin-left: 0 !important; width: 100% !important; }
  [data-testid="stMainBlockContainer"], .block-container {
    max-width: 100% !important; padding: 0 !important; }
  .ck-print-only { display: block !important; }
  /* a grid followed by its print table (ui.components.tables.print_table) gives way to it */
  .stElementContainer:has([data-testid="stDataFrame"]):has(+ .stElementContainer .ck-print-only) {
    display: none !important; }
  /* Charts and tiles keep their colours; nothing is split across two sheets */
  * { -webkit-print-color-adjust: exact !important; print-color-adjust: exact !important; }
  [data-testid="stPlotlyChart"], .ck-tile, .ck-note, table.ck-rank tr, table.ck-print tr {
    break-inside: avoid; page-break-inside: avoid; }
  table.ck-print thead { display: table-header-group; }
}
table.ck-print { width: 100%; border-collapse: collapse; font-size: 10pt; }
table.ck-print th, table.ck-print td { border-bottom: 1px solid var(--ck-rule); padding: 3px 6px;
  text-align: left; color: var(--ck-ink); }
table.ck-print th { font-weight: 700; border-bottom: 2px solid var(--ck-ink); }
table.ck-print td.num, table.ck-print th.num { text-align: right; }
</style>
"""


def apply() -> None:
    st.html(CSS)


def brand(title: str, tagline: str) -> None:
    """The product name at the top of the sidebar."""
    st.sidebar.html(f'<div class="cakupan-brand">{title}<small>{tagline}</small></div>')


def page_header(title: str, view, context: bool = True) -> None:
    """Every page says what it shows and for which area and period, then any shell notices.

    `context=False` for a page whose content is not limited to the sidebar's area and period
    (Kelola Data): it names them only where they apply, so nobody reads a limit that is not there.
    """
    st.title(title)
    if context:
        line = view.t("viewing", scope=view.scope_label, periode=view.periode_label)
        st.html(f'<div class="cakupan-context">{escape(line, quote=False)}</div>')
    for notice in view.notices:
        st.info(notice, icon=":material/link_off:")


