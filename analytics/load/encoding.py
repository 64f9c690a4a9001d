"""Which text encoding a CSV is in, and its bytes as UTF-8 — or a clear refusal naming a row.

The contract allows UTF-8 (with or without BOM) and Windows-1252. Excel's "Unicode text" is UTF-16
with a BOM (and tabs between fields): it is read too. What cannot be read right is refused rather
than stored garbled:

* a binary file (NUL or other control bytes in its first 8 KB) — "not a text CSV file";
* a file that mixes UTF-8 and Windows-1252 (two exports pasted together): both readings would
  garble part of it, so the message names a row of each;
* text whose Windows-1252 reading shows runs of accented symbols (Shift-JIS, UTF-8 read twice):
  mojibake such as `CafÃ©`, named by its row.

Rows are counted by line breaks up to the byte concerned (a quoted cell holding a line break
shifts the count; such cells are rare in these files).
"""

from __future__ import annotations

import codecs
import re

from analytics.load.limits import echo
from analytics.load.report import Issue

BOM_UTF8 = b"\xef\xbb\xbf"
BOMS_UTF32 = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
BOMS_UTF16 = (b"\xff\xfe", b"\xfe\xff")
SNIFF = 8192

# A complete UTF-8 multi-byte character (what a UTF-8 export writes for é, ’, –).
UTF8_CHAR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# UTF-8 that was read as Windows-1252 and written again as UTF-8: Ã© for é, â€™ for ’.
DOUBLE_UTF8 = re.compile(rb"\xc3[\x82\x83]\xc2[\x80-\xbf]|\xc3\xa2\xe2\x82\xac|\xc3\x83\xc6\x92")
# In a Windows-1252 file, Indonesian text has an accented letter or a curly quote here and there,
# never two in a row; Shift-JIS, Big5 or UTF-8 bytes read as Windows-1252 have them in runs.
HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")
CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # not tab, line breaks, form feed, ESC


def row_of(data: bytes, offset: int) -> int:
    """The spreadsheet row (header = 1) of the byte at `offset`."""
    return data.count(b"\n", 0, offset) + 1


def _line(data: bytes, offset: int, encoding: str) -> str:
    start = data.rfind(b"\n", 0, offset) + 1
    end = data.find(b"\n", offset)
    return echo(data[start: end if end >= 0 else len(data)].decode(encoding, errors="replace").strip())


def _first_invalid_utf8(data: bytes) -> int | None:
    """Offset of the first byte that is not UTF-8, decoding in slices (no copy of the whole file)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    step, done = 1 << 22, 0
    view = memoryview(data)
    while done < len(data):
        pending = len(decoder.getstate()[0])  # bytes of a character cut by the previous slice
        try:
            decoder.decode(view[done: done + step], final=done + step >= len(data))
        except UnicodeDecodeError as exc:
            return max(done - pending + exc.start, 0)
        done += step
    return None


def _utf16(data: bytes, encoding: str) -> bytes:
    try:
        return data.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as exc:
        raise _problem("utf16_rusak", data, 0) from exc


def _problem(key: str, data: bytes, offset: int, encoding: str = "cp1252", **fields) -> Exception:
    from analytics.load.read import FileProblem  # local: read imports this module

    row = row_of(data, offset)
    return FileProblem([Issue(key, row=row, value=_line(data, offset, encoding), fields=fields)])


def looks_binary(head: bytes) -> bool:
    """More than 1 % control bytes (NUL included) in the first 8 KB: not a text file.

    A stray NUL or vertical tab pasted into a name is text with a flaw (cleaned at import); a
    binary file has them everywhere."""
    head = head[:SNIFF]
    return len(CONTROL.findall(head)) > max(2, len(head) // 100)


def _utf16_without_bom(head: bytes) -> str | None:
    """ASCII text in UTF-16 has a NUL in every other byte: which side tells the byte order."""
    head = head[: SNIFF - SNIFF % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def to_utf8(data: bytes) -> tuple[bytes, str]:
    """The CSV's bytes as UTF-8 without BOM, and the name of the encoding it was read from."""
    if data.startswith(BOMS_UTF32):
        return _utf16(data, "utf-32"), "UTF-32"
    if data.startswith(BOMS_UTF16):
        return _utf16(data, "utf-16"), "UTF-16"
    if data.startswith(BOM_UTF8):
        data = data[len(BOM_UTF8):]
    if looks_binary(data):
        wide = _utf16_without_bom(data)
        if wide:
            return _utf16(data, wide), "UTF-16"
        from analytics.load.read import FileProblem

        raise FileProblem([Issue("bukan_teks")])
    bad = _first_invalid_utf8(data)
    if bad is None:
        double = DOUBLE_UTF8.search(data)
        if double:
            raise _problem("mojibake", data, double.start(), "utf-8")
        return data, "UTF-8"
    start, end = data.rfind(b"\n", 0, bad) + 1, data.find(b"\n", bad)
    run = HIGH_RUN.search(data, start, end if end >= 0 else len(data))
    if run:  # the unreadable row itself is garbled: another encoding, not a second export
        raise _problem("mojibake", data, run.start())
    utf8 = UTF8_CHAR.search(data)
    if utf8:
        raise _problem("campuran_encoding", data, bad, baris_utf8=row_of(data, utf8.start()),
                       contoh_utf8=_line(data, utf8.start(), "utf-8"))
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise _problem("bukan_cp1252", data, exc.start) from exc
    run = HIGH_RUN.search(data)
    if run:
        raise _problem("mojibake", data, run.start())
    return text.encode("utf-8"), "Windows-1252"
