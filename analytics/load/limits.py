"""How big a file the import reads, and why: every bound is checked before the part it guards is read.

A file comes from anyone with an upload button, so its size, its header and the parts of an XLSX
are bounded before any parser sees them. The numbers are far above what the contract's files need
(the national employer snapshot, the largest, is about 1 million rows of 15 columns, 114 MB as
CSV) and far below what would take the server's memory.
"""

from __future__ import annotations

MB = 1024 * 1024


def _env_mb(name: str, default: int) -> int:
    from analytics import settings

    return settings.whole(name, default)


# The whole file, for the page (Streamlit's server.maxUploadSize says the same) and the CLI.
MAX_FILE_BYTES = _env_mb("CAKUPAN_MAX_FILE_MB", 400) * MB

# CSV header: the longest line and the most columns. A contract file has at most 15 columns; the
# rest are columns a user's spreadsheet carries along and the import ignores.
MAX_HEADER_BYTES = 64 * 1024
MAX_COLUMNS = 200

# One text cell (a name, a document number, a note): longer is not a value someone typed.
MAX_TEXT_CHARS = 1_000

# A value echoed back in a message or a report: enough to recognise it, never the whole cell.
MAX_ECHO_CHARS = 80

# XLSX: the used range a reader allocates (rows × columns cells), Excel's own row limit, and the
# unpacked size of the parts read. A zip "bomb" packs hundreds of MB of XML into a few MB; real
# sheets pack 5–30×, so a part that unpacks to more than MAX_XLSX_RATIO × its packed size (once it
# is past MAX_XLSX_SMALL_PART) is refused.
MAX_XLSX_ROWS = 1_048_576
MAX_XLSX_CELLS = 25_000_000
MAX_XLSX_PART_BYTES = 1024 * MB
MAX_XLSX_STRINGS_BYTES = 256 * MB
MAX_XLSX_ENTRIES = 2_000
MAX_XLSX_RATIO = 100
MAX_XLSX_SMALL_PART = 8 * MB

# The reader runs in a child process with this much address space and time; a file that needs
# more is refused, and the server is never the one that runs out.
READ_MEMORY_BYTES = _env_mb("CAKUPAN_READ_MEMORY_MB", 6144) * MB
READ_SECONDS = _env_mb("CAKUPAN_READ_SECONDS", 300)


def echo(value: object, limit: int = MAX_ECHO_CHARS) -> str:
    """A value as a short single-line text for a message: control characters shown as spaces,
    cut to `limit` characters with an ellipsis."""
    text = "".join(" " if (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0) else ch for ch in str(value)[: limit + 1])
    return text if len(text) <= limit else text[: limit - 1] + "…"


MAX_NAME_CHARS = 120


def base_name(file_name: str | None) -> str:
    """What a file name may show and store: its last part only (no folders, whichever slash they
    use), no control characters, at most MAX_NAME_CHARS characters (the ending kept)."""
    name = (file_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ord(ch) >= 32 and not 0x7F <= ord(ch) < 0xA0).strip()
    if len(name) > MAX_NAME_CHARS:
        stem, dot, ext = name.rpartition(".")
        ext = dot + ext if dot and len(ext) <= 8 else ""
        name = name[: MAX_NAME_CHARS - len(ext) - 1] + "…" + ext
    return name
