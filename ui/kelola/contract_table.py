"""The columns of a dataset as users need to read them: name, required, format, allowed values.

Built from analytics.contract, so the upload help and the Templat tab always match the import.
"""

from __future__ import annotations

import pandas as pd

from analytics import fmt
from analytics.contract import AMOUNT, COUNT, DATASETS, MONTH, PERCENT
from ui.texts.shell import T

# The text key describing each column kind (analytics.contract), a whole count > 0 apart.
KIND_LABEL = {
    "month": "kind_month", "year": "kind_year", "date": "kind_date", "kode_kabkota": "kind_kode_kabkota",
    "kode_wilayah": "kind_kode_wilayah", "enum": "kind_enum", "count": "kind_count",
    "count_positive": "kind_count_positive", "amount": "kind_amount", "percent": "kind_percent", "text": "kind_text",
    "program_list": "kind_program_list",
}  # fmt: skip

def columns_table(dataset: str, lang: str) -> pd.DataFrame:
    ds = DATASETS[dataset]
    rows = []
    for c in ds.columns:
        kind = "count_positive" if (c.kind == COUNT and c.positive) else c.kind
        rows.append(
            {
                T("col_name", lang): c.name,
                T("col_required", lang): T("yes" if c.required else "no", lang),
                T("col_format", lang): T(KIND_LABEL[kind], lang),
                T("col_values", lang): ", ".join(c.choices),
                T("col_desc", lang): c.description_id if lang == "id" else c.description_en,
            }
        )
    return pd.DataFrame(rows)


def _cell(value, kind: str, lang: str) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return fmt.NO_VALUE
    if kind == COUNT:
        return fmt.angka(value, lang=lang)
    if kind == AMOUNT:
        return fmt.rupiah(value, lang=lang, compact=False)
    if kind == PERCENT:
        return fmt.angka(value, 1, lang=lang)
    if kind == MONTH:
        return pd.Timestamp(value).strftime("%Y-%m")
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)


def numeric_columns(dataset: str) -> list[str]:
    """Columns shown right-aligned (counts, amounts, percentages)."""
    return [c.name for c in DATASETS[dataset].columns if c.kind in (COUNT, AMOUNT, PERCENT)]


def preview_table(rows: pd.DataFrame, dataset: str, lang: str) -> pd.DataFrame:
    """Typed rows as the import read them, written back in the contract's notation and the user's
    number style: months as YYYY-MM, counts as 1.120, empty cells as a dash."""
    ds = DATASETS[dataset]
    out = pd.DataFrame(index=rows.index)
    for c in ds.columns:
        if c.name in rows.columns:
            out[c.name] = [_cell(v, c.kind, lang) for v in rows[c.name]]
    return out.reset_index(drop=True)
