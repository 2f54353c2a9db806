"""Bytes and a media type in; text, an offset map and the document's own metadata out.

Every format a council publishes in (plain text in any common encoding, HTML pages, PDF,
Word .docx) is one small module here that registers a :class:`~loaders.formats.base.Format`.
The loaders see only :func:`read`: whatever the format, the rules read text, and the
text they quote is exactly the text extracted here (which the store keeps).
"""

from __future__ import annotations

from pathlib import PurePath

from loaders.formats import docx, html, pdf, text  # noqa: F401  (each registers its format)
from loaders.formats.base import FORMATS, Extracted, Format, FormatError, SourceFile

__all__ = ["Extracted", "Format", "FormatError", "SourceFile", "MAX_BYTES", "SUFFIXES", "format_for", "read"]

# The largest file read as one source (a long strategy PDF with images fits).
MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = frozenset(suffix for fmt in FORMATS for suffix in fmt.suffixes)


def format_for(name: str, data: bytes, media_type: str | None = None) -> Format:
    """The file's format: by its first bytes when they say (PDF, .docx, .doc, HTML), else by
    its name's suffix, else by the media type it was sent with."""
    suffix = PurePath(name).suffix.lower()
    declared = (media_type or "").split(";")[0].strip().lower()
    for found in (
        next((f for f in FORMATS if f.magic(data)), None),
        next((f for f in FORMATS if suffix in f.suffixes), None),
        next((f for f in FORMATS if declared in f.media_types), None),
    ):
        if found is not None:
            return found
    raise FormatError(
        f"{suffix or 'a file without an extension'} is not a format that is read "
        f"(expected one of {', '.join(sorted(SUFFIXES))})"
    )


def read(data: bytes, name: str, media_type: str | None = None) -> SourceFile:
    """The text of one file, or a FormatError saying in one line why it cannot be read."""
    if not data.strip():
        raise FormatError("the file is empty")
    if len(data) > MAX_BYTES:
        raise FormatError(f"{len(data):,} bytes is larger than the {MAX_BYTES // (1024 * 1024)} MB limit for one file")
    fmt = format_for(name, data, media_type)
    return SourceFile(data=data, media_type=fmt.media_type, extracted=fmt.extract(data))
