"""What a load tells its reader: the errors and warnings found, and what was (or would be) stored.

Issues stay keys plus fields so the same report renders in either language; `LoadReport` is the
one object the CLI, the Kelola Data page and the history share.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pandas as pd

from analytics import fmt
from analytics.load.messages import MESSAGES

MAX_LISTED = 50  # errors listed in a report; the rest are counted


@dataclass(frozen=True)
class Issue:
    """One problem: where (spreadsheet row, column), the bad value, and a message key."""

    key: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    fields: dict = field(default_factory=dict)

    def message(self, lang: str = "id") -> str:
        """The message in `lang`; whole numbers in fields are written in that language's style."""
        fields = {k: fmt.angka(v, lang=lang) if isinstance(v, int) and not isinstance(v, bool) else v
                  for k, v in self.fields.items()}
        return MESSAGES(self.key, lang, **fields)

    def as_dict(self, lang: str = "id") -> dict:
        return {"baris": self.row, "kolom": self.column, "nilai": self.value, "kunci": self.key,
                "pesan": self.message(lang)}


@dataclass
class LoadReport:
    dataset: str
    file_name: str
    sha256: str
    rows: int = 0
    accepted: bool | None = None  # None: validated, not yet committed or rejected
    errors: list[Issue] = field(default_factory=list)  # the first MAX_LISTED
    error_count: int = 0
    warnings: list[Issue] = field(default_factory=list)
    number_style: str | None = None  # 'id' | 'biasa' | None when the file holds no numbers
    periods: list[str] = field(default_factory=list)  # YYYY-MM or YYYY
    areas: list[str] = field(default_factory=list)
    rows_replaced: int = 0
    rows_inserted: int = 0
    muat_id: int | None = None
    duration_s: float = 0.0
    size_bytes: int | None = None  # the file's size as received

    def style_label(self, lang: str = "id") -> str:
        key = {"biasa": "gaya_biasa", "id": "gaya_id"}.get(self.number_style, "gaya_tanpa")
        return MESSAGES(key, lang)

    def period_label(self, lang: str = "id") -> str:
        if not self.periods:
            return MESSAGES("tanpa_periode", lang)
        if len(self.periods) == 1:
            return MESSAGES("periode_satu", lang, a=self.periods[0])
        return MESSAGES("periode_rentang", lang, a=self.periods[0], b=self.periods[-1],
                        n=fmt.angka(len(self.periods), lang=lang))

    def summary(self, lang: str = "id") -> str:
        """One line: what was loaded, or that the file was rejected."""
        if self.accepted is False or self.error_count:
            return MESSAGES("ringkasan_ditolak", lang, dataset=self.dataset, berkas=self.file_name,
                            galat=fmt.angka(self.error_count, lang=lang))
        key = "ringkasan_diterima" if self.accepted else "ringkasan_valid"
        return MESSAGES(key, lang, dataset=self.dataset, berkas=self.file_name,
                        baris=fmt.angka(self.rows_inserted or self.rows, lang=lang),
                        periode=self.period_label(lang), wilayah=fmt.angka(len(self.areas), lang=lang),
                        diganti=fmt.angka(self.rows_replaced, lang=lang), gaya=self.style_label(lang))

    def remaining_errors(self) -> int:
        return max(self.error_count - len(self.errors), 0)

    def error_table(self, lang: str = "id") -> pd.DataFrame:
        """The listed errors as a table: row, column, value, problem."""
        heads = [MESSAGES(k, lang) for k in ("kolom_baris", "kolom_kolom", "kolom_nilai", "kolom_keterangan")]
        rows = [[e.row, e.column or "", e.value if e.value is not None else "", e.message(lang)]
                for e in self.errors]
        frame = pd.DataFrame(rows, columns=heads)
        frame[heads[0]] = frame[heads[0]].astype("Int64")
        return frame

    def render_errors(self, lang: str = "id") -> str:
        """The error report as plain text (the command line shows this)."""
        table = self.error_table(lang)
        lines = [self.summary(lang)]
        if len(table):
            cells = [[("" if pd.isna(v) else fmt.angka(v, lang=lang)) if i == 0 else str(v)
                      for i, v in enumerate(r)] for r in table.itertuples(index=False)]
            widths = [min(max([len(h)] + [len(c[i]) for c in cells]), 40 if i == 2 else 200)
                      for i, h in enumerate(table.columns)]
            lines.append("  ".join(h.ljust(w) for h, w in zip(table.columns, widths, strict=True)).rstrip())
            lines.append("  ".join("-" * w for w in widths))
            for c in cells:
                c[2] = c[2] if len(c[2]) <= 40 else c[2][:39] + "…"
                lines.append("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)).rstrip())
        if self.remaining_errors():
            lines.append(MESSAGES("galat_lainnya", lang, n=fmt.angka(self.remaining_errors(), lang=lang)))
        return "\n".join(lines)

    def errors_json(self, lang: str = "id") -> str:
        return json.dumps([e.as_dict(lang) for e in self.errors], ensure_ascii=False)

    def warnings_json(self, lang: str = "id") -> str:
        return json.dumps([w.as_dict(lang) for w in self.warnings], ensure_ascii=False)
