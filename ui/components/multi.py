"""The app's multiselect: Streamlit's, without its English bulk action.

Streamlit's dropdown starts with "Select all" (or "Select 2 matches" while searching), in English
whatever the page's language, and Enter then picks every match: typing "Ogan Ilir" and pressing
Enter selected Ogan Komering Ilir too (issue 11). `select_all=False` removes the row, so Enter picks
the first match and no untranslated words show.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


def multiselect(label: str, options: Sequence, *, where=st, **kwargs) -> list:
    """st.multiselect (drawn in `where`, a container or column) without the "Select all" row."""
    return where.multiselect(label, options, select_all=False, **kwargs)
