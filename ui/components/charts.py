"""Show a figure from analytics.figures on a page, with the shared config (no plotly logo, no cloud
buttons) and Streamlit's theme off: the look is the figure's own."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from analytics.figures.style import CONFIG


def show(fig: go.Figure, *, key: str | None = None) -> None:
    """Draw a figure full width."""
    st.plotly_chart(fig, theme=None, config=CONFIG, key=key, width="stretch")
