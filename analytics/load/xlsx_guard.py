"""Look inside an XLSX before reading it: refuse a file whose parts unpack to absurd sizes or whose
used range spans absurd numbers of cells.

An XLSX is a zip of XML parts. The reader (python-calamine) lays a sheet out as one dense grid from
its first to its last used cell, so a 2 KB file with one cell at A1 and one at XFD1048576 asks for
17 billion cells (549 GB) and aborts the process; a zip "bomb" unpacks a few MB into hundreds of MB
of XML. This module streams the parts the reader would use — every worksheet and the shared
strings — through zlib with a running count, never holding a part in memory, and stops at the first
bound exceeded (analytics.load.limits). It reads the declared `<dimension>`, every row number and
every cell reference past column Z or row 999,999; cells of ordinary files cost nothing but the
unpacking. What this cannot see (a cell without a reference in a very wide row) is still bounded:
the reader itself runs in a child process with limited memory (analytics.load.sandbox).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from analytics.load import limits
from analytics.load.report import Issue

CHUNK = 1 << 20
OVERLAP = 64  # a reference cut between two chunks is matched in the next one
DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s[^>]*?\bref=\"([A-Z]{1,3})?(\d+)?(?::([A-Z]{1,3})(\d+))?\"")
ROW_REF = re.compile(rb"<(?:\w+:)?row\s[^>]*?\br=\"(\d+)\"")
ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
WIDE_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{2,})(\d+)\"")  # column AA or beyond
DEEP_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]+)(\d{7,})\"")  # row 1,000,000 or beyond


def column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def column_letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


class XlsxRefused(Exception):
    def __init__(self, issue: Issue):
        super().__init__(issue.key)
        self.issue = issue


@dataclass
class _Extent:
    rows: int = 0  # the last row used (by reference or by count)
    columns: int = 0
    row_tags: int = 0

    def cells(self) -> int:
        return max(self.rows, self.row_tags) * max(self.columns, 1)


def _refuse(key: str, **fields) -> XlsxRefused:
    return XlsxRefused(Issue(key, fields=fields))  # Issue.message writes whole numbers in the reader's style


def _stream(z: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int):
    """The part's bytes in chunks, refusing once it unpacks past `cap` or past the bomb ratio."""
    ratio_cap = max(limits.MAX_XLSX_SMALL_PART, info.compress_size * limits.MAX_XLSX_RATIO)
    seen = 0
    with z.open(info) as part:
        while chunk := part.read(CHUNK):
            seen += len(chunk)
            if seen > cap:
                raise _refuse("xlsx_bagian_besar", bagian=info.filename, mb=cap // limits.MB)
            if seen > ratio_cap:
                raise _refuse("xlsx_bom", bagian=info.filename, rasio=limits.MAX_XLSX_RATIO)
            yield chunk


def _check_extent(part: str, extent: _Extent) -> None:
    if max(extent.rows, extent.row_tags) > limits.MAX_XLSX_ROWS:
        raise _refuse("xlsx_baris_banyak", bagian=part, baris=max(extent.rows, extent.row_tags),
                      maks=limits.MAX_XLSX_ROWS)
    if extent.columns > limits.MAX_COLUMNS:
        raise _refuse("xlsx_kolom_banyak", bagian=part, kolom=column_letters(extent.columns),
                      n=extent.columns, maks=limits.MAX_COLUMNS)
    if extent.cells() > limits.MAX_XLSX_CELLS:
        raise _refuse("xlsx_sel_banyak", bagian=part, sel=extent.cells(), maks=limits.MAX_XLSX_CELLS)


def _scan_sheet(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    extent, tail, first = _Extent(), b"", True
    for chunk in _stream(z, info, limits.MAX_XLSX_PART_BYTES):
        text = tail + chunk
        if first:  # the declared used range sits near the top; refusing on it reads nothing more
            first = False
            dim = DIMENSION.search(text)
            if dim and dim.group(3):
                declared = _Extent(rows=int(dim.group(4)), columns=column_number(dim.group(3)))
                _check_extent(info.filename, declared)
        # Maxima may see the overlap twice; the row count only counts tags that start in new bytes.
        extent.row_tags += len(ROW_TAG.findall(text, len(tail)))
        for match in ROW_REF.finditer(text):
            extent.rows = max(extent.rows, int(match.group(1)))
        for match in WIDE_CELL.finditer(text):
            extent.columns = max(extent.columns, column_number(match.group(1)))
            extent.rows = max(extent.rows, int(match.group(2)))
        for match in DEEP_CELL.finditer(text):
            extent.rows = max(extent.rows, int(match.group(2)))
        _check_extent(info.filename, extent)
        tail = text[-OVERLAP:]


def check_xlsx(data: bytes | str) -> None:
    """Raise XlsxRefused when the workbook is beyond the bounds; return quietly otherwise.

    A file that is not a zip at all is left to the reader, which says it cannot read it.
    """
    try:
        z = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
    except (zipfile.BadZipFile, OSError):
        return
    with z:
        entries = z.infolist()
        if len(entries) > limits.MAX_XLSX_ENTRIES:
            raise _refuse("xlsx_bagian_banyak", n=len(entries), maks=limits.MAX_XLSX_ENTRIES)
        for info in entries:
            name = info.filename.lower()
            if name.endswith("sharedstrings.xml"):
                for _ in _stream(z, info, limits.MAX_XLSX_STRINGS_BYTES):
                    pass
            elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
                _scan_sheet(z, info)
