"""Frames -> the bytes of CSV files as offices really send them.

Not every office exports the same way, and the import must take them all, so the demo varies:
- `plain`: `,`-separated UTF-8, plain numbers, snake_case headers (a system export);
- `excel`: `;`-separated UTF-8 with BOM, Indonesian numbers (`1.234.567`, `31,25`) and headers
  as typed by people (`Kode Wilayah`), as Excel writes CSV on an Indonesian-locale PC;
- `excel1252`: the same in Windows-1252 (older Excel), which matters for text such as `–`;
- `semicolon`: `;`-separated, plain numbers (a system export for Excel users);
- `excel_codes`: plain, but kabupaten/kota codes that end in 0 lost it (`16.10` -> `16.1`), as
  when Excel took the code for a number.
Large files go through pyarrow's CSV writer (a million rows in about a second); Indonesian number
formatting is only used on small files, where a Python formatter per value is cheap.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from analytics.contract import AMOUNT, COUNT, DATASETS, DATE, MONTH, PERCENT

STYLES = ("plain", "excel", "excel1252", "semicolon", "excel_codes")


def _text(col: pd.Series, kind: str) -> pd.Series:
    """Months as YYYY-MM, dates as YYYY-MM-DD, everything else as is."""
    values = col.to_numpy()
    if kind in (MONTH, DATE) and np.issubdtype(values.dtype, np.datetime64):
        return pd.Series(np.datetime_as_string(values, unit="M" if kind == MONTH else "D"), index=col.index)
    return col


def _id_number(col: pd.Series, decimals: int) -> pd.Series:
    """Indonesian style: `.` groups thousands, `,` marks decimals; missing -> empty."""

    def one(x) -> str:
        if x is None or x is pd.NA or (isinstance(x, float) and np.isnan(x)):
            return ""
        text = f"{x:,.{decimals}f}" if decimals else f"{int(round(x)):,}"
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")

    return col.map(one).astype(object)


def _header(columns: list[str], style: str) -> list[str]:
    if style in ("excel", "excel1252"):
        return [c.replace("_", " ").title() for c in columns]
    return list(columns)


def to_csv(df: pd.DataFrame | pa.Table, dataset: str, style: str = "plain") -> bytes:
    """The file's bytes, columns in the contract's order (those present)."""
    if style not in STYLES:
        raise ValueError(style)
    present = df.column_names if isinstance(df, pa.Table) else df.columns
    order = [c for c in DATASETS[dataset].column_names if c in present]
    sep = ";" if style in ("excel", "excel1252", "semicolon") else ","
    if isinstance(df, pa.Table):
        table = df.select(order)
    else:
        frame = pd.DataFrame({c: _text(df[c], DATASETS[dataset].column(c).kind) for c in order})
        if style in ("excel", "excel1252"):
            for c in order:
                kind = DATASETS[dataset].column(c).kind
                if kind in (COUNT, AMOUNT, PERCENT):
                    frame[c] = _id_number(frame[c], 2 if kind == PERCENT else 0)
        if style == "excel_codes" and "kode_wilayah" in frame:
            code = frame["kode_wilayah"].astype(str)
            frame["kode_wilayah"] = code.where(~code.str.match(r"^\d\d\.\d0$"), code.str[:-1])
        table = pa.Table.from_pandas(frame, preserve_index=False)
    buf = io.BytesIO()
    buf.write((sep.join(_header(order, style)) + "\n").encode())
    options = pacsv.WriteOptions(include_header=False, delimiter=sep, quoting_style="none")
    try:
        pacsv.write_csv(table, buf, options)
    except pa.ArrowInvalid:  # a value holds the separator (program lists in a `;` file): quote text
        buf = io.BytesIO()
        buf.write((sep.join(_header(order, style)) + "\n").encode())
        pacsv.write_csv(table, buf, pacsv.WriteOptions(include_header=False, delimiter=sep, quoting_style="needed"))
    data = buf.getvalue()
    if style == "excel":
        return b"\xef\xbb\xbf" + data
    if style == "excel1252":
        return data.decode("utf-8").encode("cp1252")
    return data
