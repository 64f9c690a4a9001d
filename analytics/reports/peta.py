"""The data of the map of a scope's sub-areas, coloured by one indicator: built once, drawn by the
page and files.

`build()` gathers the figures (analytics.geo.indicators), classifies them (analytics.geo.classify),
takes the shapes (analytics.geo.shapes) and returns a `Peta` (analytics.figures.peta): the plotly
figure, the legend with a count per class, the per-area values, the title and the note on the
boundaries. `analytics.figures.peta.write()` puts the same map in a file (HTML or PNG).

A kabupaten/kota scope has no sub-areas: the map shows the area itself, with the figures of its row
in its province's tables (the same numbers the province's league table shows), among the other
kabupaten/kota of its province (the figure's context).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics import fmt
from analytics.figures import map_labels
from analytics.figures.peta import LegendRow, Peta, figure, frame_bounds
from analytics.geo import classify, indicators
from analytics.i18n import Catalog
from analytics.scope import Level, Scope, scope_name

# Words of the map's title and notes (the indicators' names are in analytics.geo.indicators).
_t = Catalog({
    "snapshot": {"id": "snapshot", "en": "snapshot"},
    "ukuran": {"id": "Ukuran lingkaran: {label} (terbesar {nilai})", "en": "Circle size: {label} (largest {nilai})"},
    "resmi": {"id": "Batas wilayah resmi: {file}, dimuat {waktu}.", "en": "Official boundaries: {file}, loaded {waktu}."},
    "resmi_tanpa": {"id": "Batas wilayah resmi (impor).", "en": "Official boundaries (imported)."},
})  # fmt: skip


# ------------------------------------------------------------------------------- the data


def _subarea_shapes(con, scope: Scope):
    from analytics.geo import shapes  # local: the shapes module reads geometry only when drawn

    return shapes.subarea_shapes(con, scope)


def _representative_points(shapes_value) -> pd.DataFrame:
    from analytics.geo import shapes

    return shapes.representative_points(shapes_value)


def _context(con, scope: Scope):
    """The other kabupaten/kota of a kab/kota scope's province, with their shapes."""
    from analytics.geo import shapes

    frame = shapes.kabkota_shapes(con).frame
    codes = frame["kode_wilayah"].astype(str)
    return frame[(codes.str[:2] == scope.kode[:2]) & (codes != scope.kode)].reset_index(drop=True)


def _builtin_note(lang: str) -> str:
    from analytics.geo import builtin  # local, like the shapes: read when a map is drawn

    return builtin.NOTE["en" if lang == "en" else "id"]


def _note(con, shapes_value, lang: str) -> str:
    """The built-in shapes' caveat, or where the official boundaries came from."""
    if not shapes_value.resmi:
        return _builtin_note(lang)
    from analytics.geo import shapes

    src = shapes.source(con)
    if src.nama_file:
        return _t("resmi", lang, file=src.nama_file, waktu=fmt.waktu(src.waktu, lang))
    return _t("resmi_tanpa", lang)


def _parent(scope: Scope) -> Scope:
    return Scope.wilayah(scope.kode[:2])


def _only(frame: pd.DataFrame | None, code: str) -> pd.DataFrame | None:
    return None if frame is None else frame[frame["wilayah"] == code].reset_index(drop=True)


def _subarea_frame(fetch, scope: Scope, given: pd.DataFrame | None) -> pd.DataFrame:
    """`given` (the page's cached frame) or `fetch(scope)`; for a kab/kota, its own row of its
    province's frame (a kab/kota has no sub-areas, so its own frame is empty)."""
    kabkota = scope.level is Level.KABKOTA
    if given is not None and not (kabkota and given.empty):
        return given
    if kabkota:
        return _only(fetch(_parent(scope)), scope.kode)
    return fetch(scope)


def _coverage(con, scope: Scope, periode, given: pd.DataFrame | None, required: bool) -> pd.DataFrame | None:
    """coverage_by_subarea for the scope; None without membership data unless `required`."""
    from analytics.coverage import DataKosong, coverage_by_subarea

    try:
        return _subarea_frame(lambda s: coverage_by_subarea(con, s, periode), scope, given)
    except DataKosong:
        if required:
            raise
        return None


def _compliance(con, scope: Scope, periode, given: pd.DataFrame | None) -> pd.DataFrame | None:
    """compliance_breakdown by sub-area; None when the scope has no employer snapshot."""
    from analytics.compliance import DataKosong, compliance_breakdown

    try:
        return _subarea_frame(lambda s: compliance_breakdown(con, s, "wilayah", periode), scope, given)
    except DataKosong:
        return None


def _own_frame(con, scope: Scope, periode, needs: str) -> pd.DataFrame | None:
    """The sub-area frame of an indicator with its own dataset: accidents (analytics.kecelakaan) or
    special groups (analytics.kelompok), None for the others or without a period."""
    if needs not in ("kecelakaan", "kelompok") or periode is None:
        return None
    if needs == "kecelakaan":
        from analytics.kecelakaan.breakdown import by_subarea

        fetch = lambda s: by_subarea(con, s, periode)  # noqa: E731
    else:
        from analytics.kelompok import default_iuran
        from analytics.kelompok.breakdown import by_subarea as groups_by_subarea

        fetch = lambda s: groups_by_subarea(con, s, periode, default_iuran())  # noqa: E731
    return _subarea_frame(fetch, scope, None)


def _snapshot_month(con, scope: Scope, periode) -> dt.date | None:
    """The latest employer snapshot at or before the period in the scope (what the Kepatuhan page
    calls the snapshot month), with the same query analytics.compliance.query.resolve runs."""
    from analytics.compliance import DataKosong, query

    try:
        kabkota, month = query.resolve(con, scope, periode)
    except DataKosong:
        return None
    return query.latest_snapshot(con, kabkota, month)


def _areas(con, shapes_value) -> pd.DataFrame:
    """The sub-areas (kode_wilayah, nama): those with a shape and those without, sorted by code."""
    frame = pd.DataFrame(shapes_value.frame[["kode_wilayah", "nama"]])
    missing = [c for c in shapes_value.tanpa_bentuk if c not in set(frame["kode_wilayah"])]
    if missing:
        extra = con.execute(
            "SELECT kode_wilayah, nama FROM wilayah WHERE kode_wilayah IN (SELECT unnest(CAST(? AS VARCHAR[])))",
            [missing],
        ).df()
        known = set(extra["kode_wilayah"])
        extra = pd.concat([extra, pd.DataFrame({"kode_wilayah": [c for c in missing if c not in known]})])
        extra["nama"] = extra["nama"].fillna(extra["kode_wilayah"])
        frame = pd.concat([frame, extra], ignore_index=True)
    frame["kode_wilayah"] = frame["kode_wilayah"].astype(str)
    frame["nama"] = frame["nama"].astype(str)
    return frame.sort_values("kode_wilayah", ignore_index=True)


def _month(coverage: pd.DataFrame | None, periode) -> dt.date | None:
    if coverage is not None and "periode" in coverage and coverage["periode"].notna().any():
        return pd.Timestamp(coverage["periode"].dropna().iloc[0]).date()
    return periode


# ------------------------------------------------------------------------------- build


def build(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None,
    indikator: str,
    metode: str | None = None,
    kelas: int = 5,
    gelembung: str | None = None,
    lang: str = "id",
    *,
    coverage_frame: pd.DataFrame | None = None,
    compliance_frame: pd.DataFrame | None = None,
) -> Peta:
    """The map of `scope`'s sub-areas for `indikator` (see analytics.geo.indicators.NAMES).

    metode: one of the indicator's `methods` (default its `default_method`); kelas: 2 … 7 classes
    for kuantil/interval; gelembung: an indicators.COUNT_NAMES entry sized as circles, or None.
    Raises KeyError for an unknown indicator, ValueError for a method it does not allow or a bad
    class count, analytics.coverage.DataKosong when a coverage indicator's scope has no membership
    data. A compliance indicator without an employer snapshot gives every area the no-data class.
    """
    ind = indicators.get(indikator)
    metode = metode or ind.default_method
    if metode not in ind.methods:
        raise ValueError(f"indicator {indikator!r} allows methods {ind.methods}, not {metode!r}")
    bubble_ind = None
    if gelembung is not None:
        if gelembung not in indicators.COUNT_NAMES:
            raise ValueError(f"bubbles size by one of {indicators.COUNT_NAMES}, not {gelembung!r}")
        bubble_ind = indicators.get(gelembung)

    shapes_value = _subarea_shapes(con, scope)
    needs = {ind.needs, *([bubble_ind.needs] if bubble_ind else [])}
    coverage = _coverage(con, scope, periode, coverage_frame, required=ind.needs == "coverage")
    compliance = _compliance(con, scope, periode, compliance_frame) if "compliance" in needs else None
    areas = _areas(con, shapes_value)

    extra = _own_frame(con, scope, periode, ind.needs)
    values = indicators.area_values(indikator, coverage, compliance, lang, areas, extra)
    klas = classify.classify(
        list(values["nilai"]), ind.kind, metode, kelas, lang,
        palet=ind.palet, ambang=ind.ambang or None,
    )  # fmt: skip
    values["kelas"] = klas.labels()
    values["warna"] = klas.colours()
    legend = [LegendRow(r.label, r.colour, r.count) for r in klas.rows()]

    bubbles, bubble_label = None, ""
    if bubble_ind is not None:
        sized = indicators.area_values(gelembung, coverage, compliance, lang, areas)
        points = _representative_points(shapes_value)
        bubbles = points.merge(sized[["kode_wilayah", "nama", "nilai", "teks"]], on="kode_wilayah", how="inner")
        bubbles = bubbles[bubbles["nilai"].notna() & (bubbles["nilai"] > 0)].reset_index(drop=True)
        biggest = bubbles["nilai"].max() if len(bubbles) else None
        bubble_label = _t(
            "ukuran", lang, label=bubble_ind.label(lang),
            nilai=indicators.total_text(biggest, bubble_ind.kind, lang) if biggest is not None else fmt.NO_VALUE,
        )  # fmt: skip

    if ind.needs == "compliance":
        month = _snapshot_month(con, scope, periode) if compliance is not None else None
        when = f"{_t('snapshot', lang)} {fmt.bulan(month, lang)}" if month else ""
    else:
        month = _month(coverage, periode)
        when = fmt.bulan(month, lang) if month else ""
    title = f"{ind.label(lang)} — {scope_name(con, scope)}" + (f", {when}" if when else "")

    context = _context(con, scope) if scope.level is Level.KABKOTA else None
    bounds = frame_bounds(shapes_value.frame, context)
    first = map_labels.behind(coverage)
    drawn = figure(values, klas, shapes_value, bubbles, bubble_label, lang, context, bounds, first)
    return Peta(
        figure=drawn, legend=legend, values=values, shapes=shapes_value, title=title,
        note=_note(con, shapes_value, lang), indikator=indikator, bubbles=bubbles, bubble_label=bubble_label, lang=lang,
        context=context, bounds=bounds, named_first=first,
    )  # fmt: skip


