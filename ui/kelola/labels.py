"""Small display helpers: dataset titles and period lists in the user's language.

Numbers, months and times go through analytics.fmt; this only combines them for tables.
"""

from __future__ import annotations

import pandas as pd

from analytics import fmt
from analytics.contract import DATASETS


def dataset_title(name: str, lang: str) -> str:
    ds = DATASETS.get(name)
    if ds is None:
        return name
    return ds.title_id if lang == "id" else ds.title_en


def dataset_option(name: str, lang: str) -> str:
    """`Kepesertaan bulanan … (kepesertaan)`: the title people know, the name files use."""
    return f"{dataset_title(name, lang)} ({name})"


def periode_label(label: str | None, lang: str) -> str:
    """`2026-10` -> `Oktober 2026`; `2026` stays; None -> dash."""
    if label is None or (not isinstance(label, str) and pd.isna(label)) or label == "":
        return fmt.NO_VALUE
    label = str(label)
    if len(label) == 7 and label[4] == "-":
        return fmt.bulan(label, lang)
    return label


def periode_list(labels, lang: str) -> str:
    """A load's periods, short: one period in full, several as `first – last (n)`."""
    labels = sorted(str(x) for x in (list(labels) if labels is not None else []))
    if not labels:
        return fmt.NO_VALUE
    if len(labels) == 1:
        return periode_label(labels[0], lang)
    first, last = periode_label(labels[0], lang), periode_label(labels[-1], lang)
    return f"{first} – {last} ({fmt.angka(len(labels), lang=lang)})"
