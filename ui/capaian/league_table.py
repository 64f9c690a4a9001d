"""The league table (scorecard) of a scope's sub-areas: rank, progress bar, status, pace, projection.

Built from analytics.coverage.coverage_by_subarea (one row per sub-area). The pure part —
`ordered` (rank and row order), `screen_frame` (what the grid shows) and `export_table` (the same
rows and values for CSV/XLSX) — never touches Streamlit, so tests call it directly; `draw` puts it
on the page and returns the sub-area a user clicked.

Rank is always by capaian (highest first; areas without a target have no rank and come last); when
no sub-area has a target for the year, rank and order are by workforce coverage instead and the
target columns are left out. The sort choice only changes the order of the rows, never the rank.

The grid must fit 1280 px with the sidebar open (a projector at 1280×720): every column is sized
to its text (`column_widths`), headers are short with the rest in their help, kabupaten read
`Kab. …`, the two paces are one column (actual as a percentage of needed, which is what the status
judges), and the paces themselves, the projection's range and workforce coverage (when there are
targets) are left to the export.

On screen, numbers keep their numeric type (so a click on a column header still sorts by value)
and carry Indonesian (or English) display text through a pandas Styler; the status cell is filled
with the status colour and also says the status in a symbol and words, which survive a washed-out
projector and colour-blind readers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analytics import areas, exports, fmt, palette
from analytics.coverage.numbers import projection_conflict
from analytics.coverage.ranking import ranked
from ui.components import status as status_style
from ui.components import tables
from ui.texts.capaian import T

# The first is the default: worst first, the order a meeting discusses the areas in (issue 11).
SORTS = ("terendah", "capaian", "gap", "status", "nama")
SORTS_NO_TARGET = ("terendah", "cakupan", "nama")
# Worst first: the order a meeting wants to discuss them in.
STATUS_WORST_FIRST = ("TERTINGGAL", "BERISIKO", "SESUAI_JALUR", "TERCAPAI", None)
ROW_HEIGHT = 46  # px; readable from the back of a room


def with_targets(frame: pd.DataFrame) -> bool:
    """Whether any sub-area has a target for the year (else the target columns are left out)."""
    return bool(frame["target_peserta"].notna().any())


# The text key naming each sort (ui.texts.capaian).
SORT_LABEL = {
    "terendah": "sort_terendah", "capaian": "sort_capaian", "cakupan": "sort_cakupan", "gap": "sort_gap",
    "status": "sort_status", "nama": "sort_nama",
}  # fmt: skip


SORT_PARAM = "urut"  # ?urut=gap: the table's order, so a shared link opens the same list
_SORT_WRITTEN = "_capaian_sort_written"


def sort_from_url(options: tuple[str, ...], key: str) -> list[str]:
    """Put `?urut=` into the sort control's state when the URL holds something this page did not
    write; return what was ignored (`urut=xyz`), for the shell's notice."""
    given = st.query_params.get(SORT_PARAM)
    if given == st.session_state.get(_SORT_WRITTEN):
        return []
    st.session_state[_SORT_WRITTEN] = given
    if given is None:
        return []
    if given not in options:
        return [f"{SORT_PARAM}={given}"]
    st.session_state[key] = given
    return []


def sort_to_url(sort: str, options: tuple[str, ...]) -> None:
    """Write the order into the URL (left out when it is the default, the first option)."""
    from ui.shell import urlstate

    wanted = {} if sort == options[0] else {SORT_PARAM: sort}
    urlstate.sync((SORT_PARAM,), wanted)
    st.session_state[_SORT_WRITTEN] = wanted.get(SORT_PARAM)


def sort_options(frame: pd.DataFrame) -> tuple[str, ...]:
    return SORTS if with_targets(frame) else SORTS_NO_TARGET


def _status_order(status) -> int:
    status = None if pd.isna(status) else status
    return STATUS_WORST_FIRST.index(status) if status in STATUS_WORST_FIRST else len(STATUS_WORST_FIRST)


def ordered(frame: pd.DataFrame, sort: str) -> pd.DataFrame:
    """The sub-areas with their `peringkat` (rank), in the order `sort` asks for.

    Rank: by capaian (or cakupan without targets), highest first, ties by name; areas without the
    figure get no rank. Orders: terendah = the lowest figure first (the rank read backwards, areas
    without a rank last); capaian/cakupan = by rank; gap = largest first; status = worst first, the
    weakest capaian first within a status; nama = alphabetical.
    """
    by = "capaian_persen" if with_targets(frame) else "cakupan_persen"
    df = ranked(frame, by)
    df["_nama"] = df["nama"].str.casefold()
    match sort:
        case "terendah":
            df = df.sort_values(["peringkat", "_nama"], ascending=[False, True], na_position="last", kind="stable")
        case "gap":
            df = df.sort_values(["gap", "_nama"], ascending=[False, True], na_position="last", kind="stable")
        case "status":
            df["_status"] = df["status"].map(_status_order)
            df = df.sort_values(["_status", by, "_nama"], ascending=[True, True, True], kind="stable")
        case "nama":
            df = df.sort_values("_nama", kind="stable")
    return df.drop(columns=[c for c in df.columns if c.startswith("_")]).reset_index(drop=True)


# --- what the grid shows -------------------------------------------------------------------------


@dataclass(frozen=True)
class Screen:
    """The grid: raw values (typed) and the text each cell shows, column by column."""

    data: pd.DataFrame  # internal column keys
    display: pd.DataFrame  # same shape, the text shown
    labels: dict[str, str]  # key -> header
    colours: list[str]  # status colour per row
    codes: list[str]  # sub-area code per row
    lang: str = "id"  # for the headers' help texts


CONFLICT_LABEL = {"DI_BAWAH": "status_proj_DI_BAWAH", "MENCAPAI": "status_proj_MENCAPAI"}


def _status_words(row, lang: str) -> str:
    """The status badge, followed by words when its projection gives the opposite verdict
    (coverage.numbers.projection_conflict). Whether an aggregate row's kab/kota disagree is said on
    its Ringkasan and in the export, not here: under national every row is an aggregate, and the
    column must leave the pace and the projection on a 1280 px screen."""
    status = None if pd.isna(row.status) else row.status
    words = status_style.badge(status, lang)
    conflict = projection_conflict(status, None if pd.isna(row.proyeksi_batas_waktu) else row.proyeksi_batas_waktu,
                                   None if pd.isna(row.target_peserta) else row.target_peserta)  # fmt: skip
    if conflict:
        words += "; " + T(CONFLICT_LABEL[conflict], lang)
    return words


def screen_frame(rows: pd.DataFrame, lang: str, focus: str | None = None) -> Screen:
    """The grid for rows already `ordered`: columns in reading order, display text per cell.
    `focus`: the code of a row to point at (a kab/kota shown among its province's), named "▶ …"."""
    targets = with_targets(rows)
    n = fmt.angka
    data: dict[str, list] = {"peringkat": list(rows["peringkat"]), "nama": list(rows["nama"])}
    shown: dict[str, list] = {
        "peringkat": [n(v, lang=lang) for v in rows["peringkat"]],
        "nama": [("▶ " if focus is not None and code == focus else "") + areas.short_name(v)
                 for code, v in zip(rows["wilayah"], rows["nama"], strict=True)],
    }
    if targets:
        capaian = [None if pd.isna(v) else float(v) for v in rows["capaian_persen"]]
        data["capaian"] = capaian
        shown["capaian"] = [fmt.persen(v, lang=lang) for v in capaian]
        data["bar"] = [None if v is None else min(v, 100.0) for v in capaian]
        shown["bar"] = ["" for _ in capaian]
        data["status"] = [_status_words(r, lang) for r in rows.itertuples()]
        shown["status"] = list(data["status"])
    data["aktif"] = list(rows["peserta_aktif"])
    shown["aktif"] = [n(v, lang=lang) for v in rows["peserta_aktif"]]
    if targets:
        data["target"] = list(rows["target_peserta"])
        shown["target"] = [
            n(v, lang=lang) + (" *" if not pd.isna(a) and bool(a) else "")
            for v, a in zip(rows["target_peserta"], rows["target_dialokasikan"], strict=True)
        ]
        data["gap"] = list(rows["gap"])
        shown["gap"] = [n(v, lang=lang) for v in rows["gap"]]
        # Actual pace as a share of the pace needed ("145%"), the ratio the status is judged on:
        # the two paces as figures did not fit 1280 px with the sidebar open; the export has both.
        # the pace needed per month as a number (issue 11: a bare "1%" said nothing an official can
        # act on); whether the actual pace is enough is the status, and both paces are in the export
        data["laju"] = [None if pd.isna(v) else int(v) for v in rows["laju_dibutuhkan_per_bulan"]]
        shown["laju"] = [n(v, lang=lang) for v in data["laju"]]
        data["proyeksi"] = list(rows["proyeksi_batas_waktu"])
        shown["proyeksi"] = [n(v, lang=lang) for v in rows["proyeksi_batas_waktu"]]
    else:  # workforce coverage ranks the areas only when there are no targets (see module docstring)
        cakupan = [None if pd.isna(v) else float(v) for v in rows["cakupan_persen"]]
        data["cakupan"] = cakupan
        shown["cakupan"] = [fmt.persen(v, lang=lang) for v in cakupan]

    labels = {
        "peringkat": T("col_rank", lang),
        "nama": T("col_nama", lang),
        "capaian": T("col_capaian", lang),
        "bar": T("col_bar", lang),
        "status": T("col_status", lang),
        "aktif": T("scr_aktif" if targets else "col_aktif", lang),
        "target": T("col_target", lang),
        "gap": T("col_gap", lang),
        "laju": T("scr_laju", lang),
        "proyeksi": T("scr_proyeksi", lang),
        "cakupan": T("col_cakupan", lang),
    }
    frame = pd.DataFrame(data)
    for key in ("peringkat", "aktif", "target", "gap", "proyeksi"):
        if key in frame:
            frame[key] = frame[key].astype("Int64")
    for key in ("capaian", "bar", "cakupan", "laju"):
        if key in frame:
            frame[key] = frame[key].astype("Float64")
    return Screen(
        data=frame,
        display=pd.DataFrame(shown),
        labels={k: v for k, v in labels.items() if k in frame},
        colours=[status_style.colour(None if pd.isna(s) else s) for s in rows["status"]],
        codes=list(rows["wilayah"]),
        lang=lang,
    )


def _styled(screen: Screen):
    """A Styler whose cells show the precomputed text, over the typed values (which sort right).

    Styler.format only sees a cell's value, but some texts depend on other columns (the target's
    `*`, the projection's range) and equal values may show differently; so each cell gets its own
    formatter in Styler's per-cell table `_display_funcs` (stable since pandas 0.2x; setting it
    through `format(subset=cell)` would cost a second for a 100-row Kanwil).
    """
    styler = screen.data.style
    for c, key in enumerate(screen.data.columns):
        for r, text in enumerate(screen.display[key]):
            styler._display_funcs[(r, c)] = lambda _value, _text=text: _text

    def status_cells(column: pd.Series) -> list[str]:
        return [f"background-color: {c}; color: #FFFFFF; font-weight: 700" for c in screen.colours]

    # Pinned columns are drawn in a lighter grey by default; names must read as well as figures.
    styler = styler.map(lambda _v: f"color: {palette.INK}", subset=["peringkat", "nama"])
    if "status" in screen.data:
        styler = styler.apply(status_cells, subset=["status"])
    return styler


# Text widths in px of the grid's 14 px Source Sans (measured on the 1280 and 1920 screenshots);
# a cell adds 8 px padding each side, a header the sort arrow once clicked.
_NARROW = set(".,:;'|!iljrtf ()[]*")
_WIDE = set("%mwMW—")
CELL_PADDING = 18
MIN_WIDTH = 44
BAR_WIDTH = 60


def _text_width(text: str, bold: bool = False) -> float:
    px = sum(3.4 if ch in _NARROW else 10.0 if ch in _WIDE else 7.0 for ch in str(text))
    return px * (1.1 if bold else 1.0)


def column_widths(screen: Screen) -> dict[str, int]:
    """Each column as wide as its longest text or header, no wider.

    A fixed width per column would either clip a national table's 8-digit figures or waste room on a
    kabupaten's; sized to what is shown, every column fits in 790 px (1280×720 with the sidebar
    open) for a province's kabupaten/kota, and the grid keeps its own width at 1920.
    """
    widths = {}
    for key in screen.data.columns:
        if key == "bar":
            widths[key] = max(BAR_WIDTH, round(_text_width(screen.labels[key]) + CELL_PADDING))
            continue
        texts = [screen.labels[key], *screen.display[key]]
        widest = max(_text_width(t, bold=(key == "status")) for t in texts)
        widths[key] = max(MIN_WIDTH, round(widest + CELL_PADDING))
    return widths


def _column_config(screen: Screen, lang: str) -> dict:
    cc = st.column_config
    labels = screen.labels
    w = column_widths(screen)
    config = {
        "peringkat": cc.NumberColumn(labels["peringkat"], width=w["peringkat"]),
        "nama": cc.TextColumn(labels["nama"], width=w["nama"]),
        "aktif": cc.NumberColumn(labels["aktif"], width=w["aktif"], help=T("col_aktif", lang)),
    }
    if "cakupan" in screen.data:
        config["cakupan"] = cc.NumberColumn(labels["cakupan"], width=w["cakupan"])
    if "capaian" in screen.data:
        config |= {
            "capaian": cc.NumberColumn(labels["capaian"], width=w["capaian"]),
            # The bar's own number would be written the English way; the Capaian column beside it
            # says the figure, so the bar shows none (a printf format without a conversion).
            "bar": cc.ProgressColumn(labels["bar"], min_value=0, max_value=100, format=" ", width=w["bar"]),
            "status": cc.TextColumn(labels["status"], width=w["status"], help=T("help_status", lang)),
            "target": cc.NumberColumn(labels["target"], width=w["target"]),
            "gap": cc.NumberColumn(labels["gap"], width=w["gap"]),
            "laju": cc.NumberColumn(labels["laju"], width=w["laju"], help=T("help_laju", lang)),
            "proyeksi": cc.NumberColumn(
                labels["proyeksi"], width=w["proyeksi"], help=T("help_proyeksi", lang)
            ),
        }
    return config


# The compact projector layout: what a meeting reads first. Aktif, target and cakupan are in "Semua
# kolom" and the export; with every other column the national table fits 1280×720 (issue 11).
COMPACT = ("peringkat", "nama", "capaian", "bar", "status", "gap", "laju", "proyeksi")


def draw(screen: Screen, key: str, every: bool = False) -> str | None:
    """Show the grid, its compact columns or `every` one; return the code of the sub-area the user
    clicked (None when none).

    `key` must start with `capaian_` (the toolbar rule above finds the table by it).
    """
    # Every row up to 14 without a scroll bar (header ~40 px); longer lists scroll inside the grid.
    height = 44 + ROW_HEIGHT * min(len(screen.data), 14)
    # Without targets there are four columns, all of them compact.
    compact = COMPACT if "capaian" in screen.data else tuple(screen.data.columns)
    event = st.dataframe(
        _styled(screen),
        column_config=_column_config(screen, screen.lang),
        column_order=tables.column_order(screen.data.columns, compact, every),
        hide_index=True,
        row_height=ROW_HEIGHT,
        height=height,
        placeholder=fmt.NO_VALUE,
        # Without the target columns, four columns stretched over the page would float apart.
        width="stretch" if "capaian" in screen.data else "content",
        on_select="rerun",
        # A click on any cell opens the area; no row tick boxes, whose column the 1280 px screen
        # cannot spare.
        selection_mode="single-cell",
        key=key,
    )
    shown = [c for c in screen.data.columns if c != "bar"]  # every row and column when printed
    tables.print_table(
        screen.display[shown].rename(columns=screen.labels),
        [screen.labels[c] for c in shown if c not in ("nama", "status")],
    )
    selection = event.selection if event else None
    rows = list(selection.get("rows", [])) if selection else []
    rows += [cell[0] for cell in selection.get("cells", [])] if selection else []
    return picked_code(screen, rows)


def picked_code(screen: Screen, rows: list[int]) -> str | None:
    """The sub-area of the selected grid row (positions index the data as given, in our order)."""
    if not rows or not 0 <= rows[0] < len(screen.codes):
        return None
    return screen.codes[rows[0]]


# --- the export ----------------------------------------------------------------------------------


def export_table(rows: pd.DataFrame, lang: str, *, title: str, source: str) -> exports.ExportTable:
    """The grid's rows, in the grid's order, as typed columns with headers in the user's language.

    Beside what the grid shows it spells out what a cell there only hints at: whether the target was
    allocated (the `*`), the projection's low and high ends and the deadline. No area code: Excel
    opens `32.01` from a CSV as a number, and the names are what the meeting reads.
    """
    targets = with_targets(rows)
    C = exports.Column

    def col(key, kind, values, fills=None):
        return C(T(key, lang), kind, list(values), fills)

    columns = [
        col("col_rank", exports.INT, rows["peringkat"]),
        col("col_nama", exports.TEXT, rows["nama"]),
    ]
    if targets:
        statuses = [None if pd.isna(s) else s for s in rows["status"]]
        columns += [
            col("col_capaian", exports.PERCENT, rows["capaian_persen"]),
            col(
                "col_status",
                exports.TEXT,
                [status_style.label(s, lang) for s in statuses],
                [status_style.colour(s) for s in statuses],
            ),
        ]
    columns.append(col("col_aktif", exports.INT, rows["peserta_aktif"]))
    if targets:
        alokasi = [None if pd.isna(a) else T("yes" if a else "no", lang) for a in rows["target_dialokasikan"]]
        columns += [
            col("col_target", exports.INT, rows["target_peserta"]),
            col("col_alokasi", exports.TEXT, alokasi),
            col("col_gap", exports.INT, rows["gap"]),
            col("col_laju_butuh", exports.INT, rows["laju_dibutuhkan_per_bulan"]),
            col("col_laju_aktual", exports.INT, rows["laju_aktual_per_bulan"]),
            col("col_proyeksi", exports.INT, rows["proyeksi_batas_waktu"]),
            col("col_proyeksi_bawah", exports.INT, rows["proyeksi_bawah"]),
            col("col_proyeksi_atas", exports.INT, rows["proyeksi_atas"]),
            col("col_batas", exports.DATE, rows["batas_waktu"]),
        ]
    columns.append(col("col_cakupan", exports.PERCENT, rows["cakupan_persen"]))
    if targets and "kekurangan_bagian" in rows:
        # how each row's kab/kota stand (analytics.coverage.parts): an aggregate's total can reach
        # its target while kab/kota inside it do not
        columns += [
            col("col_bagian_belum", exports.INT, rows["bagian_belum_tercapai"]),
            col("col_bagian_bertarget", exports.INT, rows["bagian_bertarget"]),
            col("col_kekurangan_bagian", exports.INT, rows["kekurangan_bagian"]),
        ]
    return exports.ExportTable(
        title=title, source=source, columns=tuple(columns), lang=lang, sheet=T("export_sheet", lang)
    )


def deadlines_note(rows: pd.DataFrame, lang: str) -> str | None:
    """One deadline for all rows, or the distinct ones; None without targets."""
    dates = sorted({pd.Timestamp(d).date() for d in rows["batas_waktu"] if not pd.isna(d)})
    if not dates:
        return None
    if len(dates) == 1:
        return T("note_deadline", lang, tanggal=fmt.tanggal(dates[0], lang))
    return T("note_deadlines", lang, tanggal=", ".join(fmt.tanggal(d, lang) for d in dates))


def file_stem(lang: str, scope_label: str, periode: dt.date | None) -> str:
    """`capaian-target_sumatera-selatan_2026-08`: what, where and when, safe in any file system."""
    return exports.file_stem(T("export_file", lang), scope_label, periode)
