"""The one interface every file format implements: bytes in, text and metadata out.

A format module registers a :class:`Format` (its media types, its file suffixes, the magic
bytes that identify it and its ``extract`` function). ``extract`` turns the file's bytes
into :class:`Extracted` text; the text is what evidence offsets point into, so it is
built once here and stored as it is.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field


class FormatError(Exception):
    """The bytes cannot be read as the format they claim to be; the message says why in one line."""


@dataclass(frozen=True)
class Extracted:
    """What a format module read from a file.

    ``page_starts`` is the offset map of paged formats (PDF): ``page_starts[n]`` is the
    offset in ``text`` where page ``n + 1`` begins. ``metadata`` holds what the file says
    about itself (title, author, description, created, ...), as plain strings.
    """

    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    page_starts: tuple[int, ...] = ()
    encoding: str | None = None


@dataclass(frozen=True)
class Format:
    name: str  # what users call it: "PDF", "Word .docx", "HTML", "text"
    media_types: tuple[str, ...]  # the first is the one recorded
    suffixes: tuple[str, ...]
    extract: Callable[[bytes], Extracted]
    magic: Callable[[bytes], bool] = lambda data: False

    @property
    def media_type(self) -> str:
        return self.media_types[0]


@dataclass(frozen=True)
class SourceFile:
    """A file as loaded: its original bytes, its media type and the text extracted from it."""

    data: bytes
    media_type: str
    extracted: Extracted

    @property
    def text(self) -> str:
        return self.extracted.text

    @property
    def metadata(self) -> dict[str, str]:
        return self.extracted.metadata

    @property
    def encoding(self) -> str | None:
        return self.extracted.encoding

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def paged(self) -> bool:
        return bool(self.extracted.page_starts)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page the character at ``offset`` of the text is on (None when unpaged)."""
        starts = self.extracted.page_starts
        return bisect.bisect_right(starts, offset) if starts else None


FORMATS: list[Format] = []


def register(fmt: Format) -> Format:
    FORMATS.append(fmt)
    return fmt
