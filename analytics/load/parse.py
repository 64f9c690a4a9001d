"""Per column kind: the SQL that turns a text cell into its typed value, and the error it may have.

Each kind gives three pieces, used in successive layers of one query (see validate.py):
`derive` (helpers computed once from the trimmed text `v_<col>`), `error` (a message key or NULL)
and `value` (the typed value). Everything runs vectorised inside DuckDB; no Python touches a row.
Identifiers come from the contract only; allowed values are passed as parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics.contract import (
    AMOUNT,
    COUNT,
    DATE,
    ENUM,
    KODE_KABKOTA,
    KODE_WILAYAH,
    MONTH,
    PERCENT,
    PROGRAM,
    PROGRAM_LIST,
    SQL_TYPE,
    TEXT,
    YEAR,
    Column,
)
from analytics.load import limits, numbers
from analytics.load.messages import MESSAGES

EXCEL_EPOCH = "DATE '1899-12-30'"  # Excel serial day 1 is 1900-01-01 (after its 1900 leap bug)
EXCEL_SERIAL_MAX = 73050  # 2099-12-31: a bigger typed number is not a date someone meant
# DD/MM/YYYY too: Indonesian-locale Excel writes a date cell that way when it saves CSV.
MONTH_SHAPE = r"\d{4}-\d{1,2}|\d{1,2}/\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4}"
MONTH_FORMATS = ["%Y-%m", "%m/%Y", "%Y-%m-%d", "%d/%m/%Y"]
DATE_SHAPE = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4}"
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


# Every non-empty subset of PROGRAM written in contract order: "JKK", "JKK;JKM", ...
PROGRAM_COMBINATIONS = [
    ";".join(p for i, p in enumerate(PROGRAM) if mask >> i & 1) for mask in range(1, 2 ** len(PROGRAM))
]


class Params:
    """Named query parameters collected while the SQL is written."""

    def __init__(self):
        self.values: dict[str, object] = {}

    def add(self, value) -> str:
        name = f"p{len(self.values)}"
        self.values[name] = value
        return f"${name}"


@dataclass
class ColumnSQL:
    derive: list[str]  # "expr AS name" items for the derive layer
    error: str  # SQL yielding a message key or NULL
    value: str  # SQL yielding the typed value (read only where error IS NULL)
    join: str | None = None  # a LEFT JOIN the code check needs
    cleaned: str | None = None  # SQL true where the cell's text was cleaned (control characters)


# Control characters in text cells: a line break pasted from Word (Shift+Enter gives a vertical
# tab), a tab or a NUL breaks exports (Excel files may not hold them) and reads badly on screen.
# Whitespace-like ones become one space; the rest (C0/C1 controls, direction overrides that can
# make a name read backwards, BOM) are removed.
CONTROL_SPACE = r"[\t\n\x0B\x0C\r\x{85}\x{2028}\x{2029}]+"
CONTROL_DROP = r"[\x00-\x08\x0E-\x1F\x7F-\x{84}\x{86}-\x{9F}\x{200E}\x{200F}\x{202A}-\x{202E}\x{2066}-\x{2069}\x{FEFF}]"
CONTROL_ANY = r"[\x00-\x1F\x7F-\x{9F}\x{200E}\x{200F}\x{2028}-\x{202E}\x{2066}-\x{2069}\x{FEFF}]"


def _k(key: str) -> str:
    """A message key as an SQL literal; a key the catalogue lacks fails when the SQL is built."""
    if key not in MESSAGES:
        raise KeyError(f"no message {key!r} in analytics.load.messages")
    return f"'{key}'"


# The number-shape message of each number style (analytics.load.numbers).
NUMBER_KEY = {numbers.INDONESIAN: "angka_tidak_valid_id", numbers.PLAIN: "angka_tidak_valid_biasa"}


def _missing(col: Column) -> str:
    return _k("wajib_diisi") if col.required else "NULL"


def column_sql(col: Column, has_number: bool, style: str | None, p: Params) -> ColumnSQL:
    c = col.name
    v, n = f"v_{c}", (f"n_{c}" if has_number else "NULL::DOUBLE")
    kind = col.kind
    if kind in (COUNT, AMOUNT, PERCENT):
        style = style or numbers.PLAIN
        ok = f"({n} IS NOT NULL OR regexp_full_match({v}, '{numbers.SHAPE[style]}'))"
        num = f"CASE WHEN {n} IS NOT NULL THEN {n} WHEN {ok} THEN {numbers.value_sql(v, style)} END"
        checks = [f"WHEN NOT ok_{c} THEN {_k(NUMBER_KEY[style])}", f"WHEN num_{c} < 0 THEN {_k('negatif')}"]
        if kind == COUNT:
            checks.append(f"WHEN num_{c} <> floor(num_{c}) THEN {_k('bukan_bulat')}")
        if col.positive:
            checks.append(f"WHEN num_{c} <= 0 THEN {_k('harus_positif')}")
        if kind == PERCENT:
            checks.append(f"WHEN num_{c} > 100 THEN {_k('persen_di_luar')}")
        cast = "BIGINT" if kind == COUNT else "DOUBLE"
        return ColumnSQL(
            [f"{ok} AS ok_{c}", f"{num} AS num_{c}"],
            f"CASE WHEN {v} IS NULL THEN {_missing(col)} {' '.join(checks)} END",
            f"CAST(num_{c} AS {cast})",
        )
    if kind in (MONTH, DATE):
        shape, formats = (MONTH_SHAPE, MONTH_FORMATS) if kind == MONTH else (DATE_SHAPE, DATE_FORMATS)
        parsed = (
            f"CASE WHEN {n} BETWEEN 1 AND {EXCEL_SERIAL_MAX} THEN {EXCEL_EPOCH} + CAST(floor({n}) AS INTEGER) "
            f"WHEN regexp_full_match({v}, '{shape}') THEN CAST(try_strptime({v}, {p.add(formats)}) AS DATE) END"
        )
        key = "periode_tidak_valid" if kind == MONTH else "tanggal_tidak_valid"
        value = f"CAST(date_trunc('month', d_{c}) AS DATE)" if kind == MONTH else f"d_{c}"
        return ColumnSQL(
            [f"{parsed} AS d_{c}"],
            f"CASE WHEN {v} IS NULL THEN {_missing(col)} "
            f"WHEN d_{c} IS NULL OR year(d_{c}) NOT BETWEEN 1900 AND 2100 THEN {_k(key)} END",
            value,
        )
    if kind == YEAR:
        return ColumnSQL(
            [f"CASE WHEN regexp_full_match({v}, '\\d{{4}}') THEN CAST({v} AS INTEGER) END AS y_{c}"],
            f"CASE WHEN {v} IS NULL THEN {_missing(col)} "
            f"WHEN y_{c} IS NULL OR y_{c} NOT BETWEEN 1900 AND 2100 THEN {_k('tahun_tidak_valid')} END",
            f"y_{c}",
        )
    if kind in (KODE_KABKOTA, KODE_WILAYAH):
        # `16,1` comes from Indonesian-locale Excel, `16.1` from Excel dropping the trailing zero.
        dotted = f"replace({v}, ',', '.')"
        code = (f"CASE WHEN length({v}) <> 4 THEN {dotted} "
                f"WHEN regexp_full_match({dotted}, '\\d{{2}}\\.\\d') THEN {dotted} || '0' ELSE {dotted} END")
        shape = r"\d{2}\.\d{2}" if kind == KODE_KABKOTA else r"\d{2}(\.\d{2})?"
        fmt_key = "kode_format_kabkota" if kind == KODE_KABKOTA else "kode_format_wilayah"
        # A code found in the reference at the right level needs no further checks (nearly all do).
        found = f"w_{c}.tingkat = 'kabkota'" if kind == KODE_KABKOTA else f"w_{c}.kode_wilayah IS NOT NULL"
        province = f"WHEN regexp_full_match(k_{c}, '\\d{{2}}') THEN {_k('perlu_kabkota')} " if kind == KODE_KABKOTA else ""
        return ColumnSQL(
            [f"{code} AS k_{c}"],
            f"CASE WHEN {v} IS NULL THEN {_missing(col)} WHEN {found} AND NOT w_{c}.dalam THEN {_k('di_luar_wilayah')} "
            f"WHEN {found} THEN NULL "
            f"WHEN regexp_full_match(k_{c}, '\\d{{4}}') THEN {_k('kode_bps')} {province}"
            f"WHEN NOT regexp_full_match(k_{c}, '{shape}') THEN {_k(fmt_key)} "
            f"WHEN w_{c}.kode_wilayah IS NULL THEN {_k('kode_tidak_dikenal')} END",
            f"k_{c}",
            join=f"LEFT JOIN wilayah AS w_{c} ON w_{c}.kode_wilayah = k_{c}",
        )
    if kind == ENUM:
        choices = p.add(list(col.choices))
        # Most cells are already canonical; only the others pay for the regex.
        norm = (f"CASE WHEN list_contains({choices}, {v}) THEN {v} "
                f"ELSE upper(regexp_replace({v}, '[\\s\\-]+', '_', 'g')) END")
        return ColumnSQL(
            [f"{norm} AS e_{c}"],
            f"CASE WHEN {v} IS NULL THEN {_missing(col)} "
            f"WHEN NOT list_contains({choices}, e_{c}) THEN {_k('pilihan_tidak_valid')} END",
            f"e_{c}",
        )
    if kind == PROGRAM_LIST:
        items = (f"list_filter(list_transform(regexp_split_to_array({v}, '[;,]'), lambda x: upper(trim(x))), "
                 f"lambda x: x <> '')")
        programs = p.add(list(PROGRAM))
        canonical = p.add(PROGRAM_COMBINATIONS)
        # Stored in contract order, so "JKM; jkk" and "JKK;JKM" are the same value. Cells already
        # written that way (nearly all) skip the list functions.
        return ColumnSQL(
            [f"list_contains({canonical}, {v}) AS ok_{c}",
             f"CASE WHEN NOT list_contains({canonical}, {v}) THEN {items} END AS l_{c}"],
            f"CASE WHEN {v} IS NULL THEN {_missing(col)} WHEN ok_{c} THEN NULL "
            f"WHEN len(list_filter(l_{c}, lambda x: NOT list_contains({programs}, x))) > 0 "
            f"THEN {_k('program_tidak_valid')} END",
            f"CASE WHEN ok_{c} THEN v_{c} ELSE "
            f"NULLIF(array_to_string(list_filter({programs}, lambda x: list_contains(l_{c}, x)), ';'), '') END",
        )
    if kind == TEXT:
        cleaned = (f"CASE WHEN regexp_matches({v}, '{CONTROL_ANY}') THEN NULLIF(trim(regexp_replace("
                   f"regexp_replace({v}, '{CONTROL_SPACE}', ' ', 'g'), '{CONTROL_DROP}', '', 'g')), '') ELSE {v} END")
        return ColumnSQL(
            [f"{cleaned} AS s_{c}"],
            f"CASE WHEN s_{c} IS NULL THEN {_missing(col)} WHEN length(s_{c}) > {limits.MAX_TEXT_CHARS} "
            f"THEN {_k('teks_terlalu_panjang')} END",
            f"s_{c}",
            cleaned=f"{v} IS DISTINCT FROM s_{c}",
        )
    raise ValueError(f"unknown column kind {kind!r}")


def absent_value(col: Column) -> str:
    """An optional column the file lacks: NULL of the stored type."""
    return f"CAST(NULL AS {SQL_TYPE[col.kind]})"


def error_fields(col: Column, key: str) -> dict:
    """Message fields an error key needs beyond the cell itself."""
    if key == "pilihan_tidak_valid":
        return {"pilihan": ", ".join(col.choices)}
    if key == "program_tidak_valid":
        return {"pilihan": ", ".join(PROGRAM)}
    if key == "teks_terlalu_panjang":
        return {"maks": limits.MAX_TEXT_CHARS}
    return {}
