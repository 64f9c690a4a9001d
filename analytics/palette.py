"""Colours that carry meaning, shared by the pages and by the files the command line writes.

One module, so a slide made with `python -m analytics peta` matches the screen. Every colour is a
literal hex value (no plotly or matplotlib colour scale is looked up at run time: both draw the
same classes).

* **Status colours**: one per coverage status (analytics.coverage.status_label gives the words);
  ui/status.py pairs them with symbols, because colour alone fails on a washed-out projector.
* **Sequential palettes for map classes**: ColorBrewer Blues (more is better: cakupan, capaian)
  and Purples (more is worse: gap, PWBD, unprotected workers, arrears), colour-blind safe. Red,
  amber and green are the status colours' alone: a map class in amber next to a table's amber
  "Berisiko" would be read as the same verdict under a different rule. The
  lightest step of each ColorBrewer scheme is dropped (k classes take the k+1 scheme without its
  first colour), so no class is near-white and none is confused with the no-data grey or the
  background on a projector.
* **No data**: a neutral light grey, distinct from every class colour and from the status grey
  (which means "has data, cannot be judged yet").
"""

from __future__ import annotations

# Text and interface: one place for the greys and the blue, so page styles, charts and files agree
# (ui.shell.theme also hands them to every page's CSS as custom properties, --ck-ink and the rest).
INK = "#111827"  # body text, figures
HEADING = "#1F2937"  # labels and small headings
MUTED = "#374151"  # captions, context lines (opaque: captions must survive a washed-out projector)
SOFT = "#4B5563"  # secondary figures, neighbours' names on the map
FAINT = "#9CA3AF"  # dashed rules
RULE = "#E5E7EB"  # table lines
GRID = "#D1D5DB"  # chart grid lines
EDGE = "#6B7280"  # the outline of a legend swatch
PRIMARY = "#0B5394"  # the theme's primary colour (.streamlit/config.toml)
TINT = "#EEF3F8"  # the secondary background
BORDER = "#FFFFFF"  # thin white lines between areas
NO_DATA = "#D4D4D4"

# status -> colour. None (no target or too little history) is the darker "cannot judge" grey.
STATUS_COLOURS = {
    "TERCAPAI": "#1B7837",
    "SESUAI_JALUR": "#2E8B57",
    "BERISIKO": "#D97706",
    "TERTINGGAL": "#C0392B",
    None: "#6B7280",
}

# Okabe–Ito (Okabe & Ito, "Color Universal Design"): distinguishable with the common colour-vision
# deficiencies. One colour per membership segment and per compliance category, on every page and file.
SEGMENT_COLOURS = {"PU": "#0072B2", "BPU": "#E69F00", "JAKON": "#009E73", "PMI": "#CC79A7"}
KATEGORI_COLOURS = {
    "PWBD": "#D55E00",
    "PDS_TK": "#E69F00",
    "PDS_UPAH": "#0072B2",
    "PDS_PROGRAM": "#009E73",
    "PMI": "#CC79A7",
}

# ColorBrewer (Cynthia Brewer, colorbrewer2.org), n = 3 … 8 classes.
_BLUES = {
    3: ("#deebf7", "#9ecae1", "#3182bd"),
    4: ("#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"),
    5: ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"),
    6: ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"),
    7: ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"),
    8: ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"),
}
_PURPLES = {
    3: ("#efedf5", "#bcbddc", "#756bb1"),
    4: ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3"),
    5: ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"),
    6: ("#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f"),
    7: ("#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"),
    8: ("#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"),
}
SEQUENTIAL = {"biru": _BLUES, "ungu": _PURPLES}
MAX_CLASSES = 7


def sequential(name: str, k: int) -> tuple[str, ...]:
    """k colours, light to dark, of palette `name` ("biru" or "ungu"); 1 ≤ k ≤ MAX_CLASSES."""
    if not 1 <= k <= MAX_CLASSES:
        raise ValueError(f"a palette has 1 to {MAX_CLASSES} classes, not {k}")
    scheme = SEQUENTIAL[name]
    if k == 1:
        return (scheme[3][2],)
    return scheme[k + 1][1:]


# Bubbles drawn over the classes: dark ink, half transparent, with a white rim.
BUBBLE = "#111827"
BUBBLE_OPACITY = 0.45
