"""An uploaded file kept on disk while a session works with it, not in the server's memory.

Streamlit holds an upload in memory for as long as its widget shows it, and session state kept
the bytes again: a 300 MB file cost 2,5 GB while its tab stayed open, per user. The data tab writes
the upload here at once (hashing as it goes), clears the widget so Streamlit lets go of its copy,
and passes the path on: the check reads the file in its own process. The file is deleted when the
session forgets it (a new upload, a save, "forget", or the session ending).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import weakref
from pathlib import Path


class SpooledUpload:
    """A file's name, SHA-256, size and a private copy on disk."""

    def __init__(self, name: str, source, file_id: str | None = None):
        """`source`: an object with `.read(n)` (Streamlit's UploadedFile) or bytes; `file_id`: the
        upload's id in Streamlit, to tell a rerun from a new upload."""
        fd, path = tempfile.mkstemp(prefix="cakupan-unggah-", suffix=Path(name).suffix[:8])
        digest, size = hashlib.sha256(), 0
        with os.fdopen(fd, "wb") as out:
            if isinstance(source, bytes | bytearray):
                blocks = [bytes(source)]
            else:
                source.seek(0)
                blocks = iter(lambda: source.read(1 << 20), b"")
            for block in blocks:
                digest.update(block)
                out.write(block)
                size += len(block)
        self.name, self.path, self.sha, self.size = name, Path(path), digest.hexdigest(), size
        self.file_id = file_id
        self._cleanup = weakref.finalize(self, os.unlink, path)

    def read_bytes(self) -> bytes:
        return self.path.read_bytes()
