"""Indonesian or plain numbers: one style per file, decided from every numeric cell.

`1.234.567` and `12,5` are Indonesian; `1234567` and `12.5` plain. A comma, several dots or
`.ddd,` is Indonesian evidence; a dot followed by other than exactly three digits (or a dot after
four digits or a lone 0) is plain evidence; both in one file is an error naming a cell of each.
`1.234` alone is ambiguous and read as Indonesian, since counts are integers. Typed XLSX numbers
carry no style and are not evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from analytics.load.report import Issue

INDONESIAN = "id"
PLAIN = "biasa"

# Shapes a number cell may have in each style (a leading minus is accepted so the message can say
# "must not be negative" rather than "not a number").
SHAPE = {
    INDONESIAN: r"-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?",
    PLAIN: r"-?\d+(\.\d+)?",
}
EVIDENCE_ID = r"-?\d{1,3}(\.\d{3}){2,}(,\d+)?|-?(\d{1,3}(\.\d{3})*|\d+),\d+"
EVIDENCE_PLAIN = r"-?\d+\.(\d{1,2}|\d{4,})|-?(\d{4,}|0)\.\d+"


def value_sql(v: str, style: str) -> str:
    """SQL turning text `v` (already known to have the style's shape) into a DOUBLE."""
    if style == INDONESIAN:
        return f"CAST(replace(replace({v}, '.', ''), ',', '.') AS DOUBLE)"
    return f"CAST({v} AS DOUBLE)"


@dataclass
class StyleFound:
    style: str | None  # None: the file holds no written number with a separator or digits
    issue: Issue | None = None


def detect_style(con: duckdb.DuckDBPyConnection, relation: str, columns: list[str],
                 typed: frozenset[str] = frozenset()) -> StyleFound:
    """Decide the file's number style from the text cells of `columns` (names in `relation`).

    `typed` names columns with XLSX number cells (`n_<col>`); those cells are not evidence.
    """
    if not columns:
        return StyleFound(None)
    # Only cells with a separator can be evidence; narrowing to them first keeps an all-integer
    # file (the common case) from paying for the regular expressions.
    narrow = " UNION ALL ".join(
        f"SELECT __row, '{c}' AS kolom, c_{c} AS v FROM {relation} "
        f"WHERE (contains(c_{c}, '.') OR contains(c_{c}, ','))" + (f" AND n_{c} IS NULL" if c in typed else "")
        for c in columns
    )
    parts = []
    # A separator cell that is neither kind of evidence is the ambiguous `1.234` (or not a number
    # at all, an error in either style), so a third regular expression is not needed.
    classified = (f"SELECT *, regexp_full_match(v, '{EVIDENCE_ID}') AS i, "
                  f"regexp_full_match(v, '{EVIDENCE_PLAIN}') AS p FROM ({narrow})")
    for cond in ("i", "p", "NOT i AND NOT p"):
        parts.append(f"arg_min(struct_pack(r := __row, k := kolom, v := v), __row) FILTER (WHERE {cond})")
    row = con.sql(f"SELECT {', '.join(parts)} FROM ({classified})").fetchall()[0]
    found = {tag: (x["r"], x["k"], x["v"]) if x else None for tag, x in zip("ipa", row, strict=True)}
    if found["i"] and found["p"]:
        (ri, ci, vi), (rp, cp, vp) = found["i"], found["p"]
        return StyleFound(INDONESIAN, Issue(
            "gaya_angka_campur", row=min(ri, rp), column=ci if ri <= rp else cp, value=vi if ri <= rp else vp,
            fields={"nilai_id": vi, "baris_id": ri, "kolom_id": ci, "nilai_biasa": vp, "baris_biasa": rp,
                    "kolom_biasa": cp},
        ))
    if found["p"]:
        return StyleFound(PLAIN)
    if found["i"] or found["a"]:
        return StyleFound(INDONESIAN)
    return StyleFound(None)
