"""A source's optional ``NAME.toml`` metadata, checked when it is read.

A value that cannot be what its key says (a ``date`` that is not a real date, a ``title``
that is a table) is a one-line error naming the file, before anything is extracted or
written; a good date is normalised to its ISO form so the store only ever holds real dates.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from loaders.dates import XsdValue, metadata_date

# Keys whose value is a line of text.
TEXT_KEYS = {"kind", "publisher", "title", "url", "description", "kind_label"}


class MetadataError(ValueError):
    """A metadata value that is not what its key says, in one line."""


def checked_metadata(data: dict[str, Any]) -> dict[str, str]:
    """Metadata as strings, each value checked; MetadataError names the first bad one."""
    metadata: dict[str, str] = {}
    for key, value in data.items():
        if key == "date":
            metadata[key] = source_date(value).lexical
        elif key in TEXT_KEYS:
            if not isinstance(value, str) or not value.strip():
                raise MetadataError(f"{key} must be a non-empty string, not {value!r}")
            metadata[key] = value.strip()
        else:
            metadata[key] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return metadata


def source_date(value: Any) -> XsdValue:
    """The ``date`` of a source: a TOML date, or a string such as 2016-11-02, 2016-11, 2016, 02/11/2016."""
    if isinstance(value, datetime):
        raise MetadataError(f"date {value.isoformat()!r} has a time; give the day only (YYYY-MM-DD)")
    if isinstance(value, date):
        return XsdValue(value.isoformat(), "date")
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        raise MetadataError(f"date {value!r} is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY)")
    parsed = metadata_date(value)
    if isinstance(parsed, str):
        raise MetadataError(f"date {parsed}")
    return parsed
