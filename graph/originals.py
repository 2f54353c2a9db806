"""The original files sources were extracted from, kept by their SHA-256 beside the store.

The graph holds the extracted text (what quotes point into); the original bytes are kept
so that an officer can open the real PDF or Word file at the cited page. Files are
content-addressed (``<store>/originals/<sha256>``), written once, atomically, and never
rewritten: a source loaded twice, or two sources with the same bytes, share one file.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Originals:
    """Original files by SHA-256: in ``folder``, or in memory for an in-memory store."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._memory: dict[str, bytes] = {}

    def put(self, data: bytes) -> str:
        sha256 = hashlib.sha256(data).hexdigest()
        if self.folder is None:
            self._memory[sha256] = data
            return sha256
        target = self.folder / sha256
        if not target.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            # Written under a temporary name and renamed: a reader never sees half a file.
            fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".incoming-")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        return sha256

    def get(self, sha256: str) -> bytes | None:
        """The file with this digest, or None when it is not kept (loaded before originals were)."""
        if not SHA256.match(sha256):
            return None
        if self.folder is None:
            return self._memory.get(sha256)
        try:
            return (self.folder / sha256).read_bytes()
        except FileNotFoundError:
            return None
