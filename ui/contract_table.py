"""The columns of a dataset as users need to read them: name, required, format, allowed values.

Built from analytics.contract, so the upload help and the Templat tab always match the import.
"""

from __future__ import annotations

import pandas as pd

from analytics.contract import COUNT, DATASETS
from ui.text import T


def columns_table(dataset: str, lang: str) -> pd.DataFrame:
    ds = DATASETS[dataset]
    rows = []
    for c in ds.columns:
        kind = "count_positive" if (c.kind == COUNT and c.positive) else c.kind
        rows.append(
            {
                T("col_name", lang): c.name,
                T("col_required", lang): T("yes" if c.required else "no", lang),
                T("col_format", lang): T(f"kind_{kind}", lang),
                T("col_values", lang): ", ".join(c.choices),
                T("col_desc", lang): c.description_id if lang == "id" else c.description_en,
            }
        )
    return pd.DataFrame(rows)
