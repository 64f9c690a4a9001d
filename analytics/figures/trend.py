"""The membership trend with its target: actual months, projection and its range, the path at the
pace needed, the target and its deadline (Ringkasan and Tren draw this one picture)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from analytics import fmt
from analytics.figures.style import (
    BAND_COLOUR,
    INK,
    PACE_COLOUR,
    PRIMARY,
    TARGET_COLOUR,
    add_months,
    base_layout,
    counts_text,
    hover_template,
    month_axis,
    month_label,
    month_of,
    month_range,
    months_between,
    num,
    value_axis,
)  # fmt: skip
from analytics.figures.texts import FT


def method_words(metode: str | None, lang: str) -> str:
    """The projection method in plain words (analytics.coverage.projection's MUSIMAN / LINEAR)."""
    key = {"musiman": "ch_method_musiman", "linear": "ch_method_linear", "aktual": "ch_method_aktual"}
    return FT(key[metode], lang) if metode in key else ""


def path_frame(path, after: dt.date | None) -> pd.DataFrame:
    """The projection path as periode, nilai, bawah, atas, metode (from a frame or Projections)."""
    cols = ["periode", "nilai", "bawah", "atas", "metode"]
    if path is None:
        return pd.DataFrame(columns=cols)
    if isinstance(path, pd.DataFrame):
        return path[cols] if len(path) else pd.DataFrame(columns=cols)
    rows = []
    for i, p in enumerate(path):
        rows.append((add_months(after, i + 1), p.nilai, p.bawah, p.atas, p.metode))
    return pd.DataFrame(rows, columns=cols)


def trend_with_target(
    series: pd.DataFrame,
    target: int | None,
    deadline: dt.date | None,
    projection_path=None,
    lang: str = "id",
    height: int = 420,
    *,
    legend: bool = True,
    pace_needed: int | None = None,
) -> go.Figure:
    """Active participants per month, the projection with its range, the target and the deadline.

    series: `periode`, `peserta_aktif` (e.g. analytics.coverage.monthly_total), oldest first.
    projection_path: what comes after the last month — a frame with `periode, nilai, bawah, atas,
    metode` (analytics.coverage.series.projection_to_deadline) or a list of
    analytics.coverage.Projection (month 1, 2, ... after the series' last month); None for none.
    The projection line starts at the last observed point so the two read as one line.
    pace_needed: the monthly pace the target needs (analytics.coverage's laju_dibutuhkan_per_bulan);
    when it is above 0, a straight dashed line runs from the last observed level to the target at
    the deadline's month, the pace written in its legend entry, so the room sees at once whether
    the projection runs above or below it.
    """
    series = series.dropna(subset=["peserta_aktif"]).sort_values("periode")
    if series.empty:
        raise ValueError("trend_with_target needs at least one month")
    observed = {month_of(p): num(v) for p, v in zip(series["periode"], series["peserta_aktif"], strict=True)}
    first, last = min(observed), max(observed)
    path = path_frame(projection_path, last)
    path = path[[(month_of(p) > last) for p in path["periode"]]] if len(path) else path
    end = last
    if len(path):
        end = max(end, month_of(path["periode"].iloc[-1]))
    deadline_month = month_of(deadline) if deadline is not None else None
    if deadline_month is not None and deadline_month > end:
        end = deadline_month
    months = month_range(first, end)
    labels = [month_label(m, lang) for m in months]

    fig = go.Figure()
    obs_y = [observed.get(m) for m in month_range(first, last)]
    obs_x = labels[: len(obs_y)]
    aktif = FT("ch_aktif", lang)
    fig.add_trace(
        go.Scatter(
            x=obs_x,
            y=obs_y,
            name=aktif,
            mode="lines+markers" if len(obs_y) <= 24 else "lines",
            line={"color": PRIMARY, "width": 4},
            marker={"size": 7},
            connectgaps=False,
            customdata=counts_text(obs_y, lang),
            hovertemplate=hover_template(aktif),
        )
    )
    highs = [v for v in obs_y if v is not None]
    lows = list(highs)

    if len(path):
        px = [month_label(last, lang)] + [month_label(p, lang) for p in path["periode"]]
        py = [observed[last]] + [num(v) for v in path["nilai"]]
        has_band = path["bawah"].notna().all() and path["atas"].notna().all()
        metode = next((m for m in path["metode"] if isinstance(m, str)), None)
        if has_band:
            upper = [observed[last]] + [num(v) for v in path["atas"]]
            lower = [observed[last]] + [num(v) for v in path["bawah"]]
            fig.add_trace(
                go.Scatter(
                    x=px, y=upper, mode="lines", line={"width": 0, "color": BAND_COLOUR},
                    hoverinfo="skip", showlegend=False, name="atas",
                )
            )  # fmt: skip
            fig.add_trace(
                go.Scatter(
                    x=px, y=lower, mode="lines", line={"width": 0, "color": BAND_COLOUR},
                    fill="tonexty", fillcolor=BAND_COLOUR, hoverinfo="skip",
                    name=FT("ch_range", lang, metode=method_words(metode, lang)),
                )
            )  # fmt: skip
            highs += [v for v in upper if v is not None]
            lows += [v for v in lower if v is not None]
            hover_text = [fmt.angka(py[0], 0, lang)] + [
                f"{fmt.angka(n, 0, lang)} ({FT('ch_range_hover', lang).lower()} "
                f"{fmt.angka(b, 0, lang)} – {fmt.angka(a, 0, lang)})"
                for n, b, a in zip(path["nilai"], path["bawah"], path["atas"], strict=True)
            ]
        else:
            hover_text = counts_text(py, lang)
        proj_name = FT("ch_projection", lang)
        fig.add_trace(
            go.Scatter(
                x=px,
                y=py,
                name=proj_name,
                mode="lines",
                line={"color": PRIMARY, "width": 4, "dash": "dash"},
                customdata=hover_text,
                hovertemplate=hover_template(proj_name),
            )
        )
        highs += [v for v in py if v is not None]
        lows += [v for v in py if v is not None]

    if pace_needed and target is not None and deadline_month is not None and deadline_month > last:
        steps = months_between(last, deadline_month)
        start = observed[last]
        pace_y = [num(start + (num(target) - start) * k / steps) for k in range(steps + 1)]
        name = FT("ch_pace", lang, nilai=fmt.angka(pace_needed, 0, lang))
        fig.add_trace(
            go.Scatter(
                x=[month_label(m, lang) for m in month_range(last, deadline_month)], y=pace_y,
                name=name, mode="lines", line={"color": PACE_COLOUR, "width": 3, "dash": "dash"},
                customdata=counts_text(pace_y, lang), hovertemplate=hover_template(FT("ch_pace_hover", lang)),
            )
        )  # fmt: skip

    if target is not None:
        name = FT("ch_target", lang, nilai=fmt.angka(target, 0, lang))
        fig.add_trace(
            go.Scatter(
                x=[labels[0], labels[-1]],
                y=[num(target), num(target)],
                name=name,
                mode="lines",
                line={"color": TARGET_COLOUR, "width": 3, "dash": "dot"},
                hoverinfo="skip",
            )
        )
        highs.append(num(target))
        lows.append(num(target))

    if deadline_month is not None:
        x = month_label(deadline_month, lang)
        fig.add_shape(
            type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1,
            line={"color": INK, "width": 2, "dash": "dash"},
        )  # fmt: skip
        fig.add_annotation(
            x=x, xref="x", y=1, yref="paper", yanchor="bottom", xanchor="right", showarrow=False,
            text=FT("ch_deadline", lang, tanggal=fmt.tanggal(deadline, lang)),
            font={"size": 16, "color": INK}, bgcolor="rgba(255,255,255,0.85)",
        )  # fmt: skip

    layout = base_layout(lang, height, legend=legend)
    if deadline_month is not None:
        layout["margin"]["t"] += 24 if legend else 30
    fig.update_layout(
        **layout,
        xaxis=month_axis(months, lang),
        yaxis=value_axis(min(lows), max(highs), lang),
    )
    return fig
