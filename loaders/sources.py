"""Reading a source file safely: bytes -> text, metadata, and the kind of document it is.

Everything that can be wrong with an input file is found here, before any fact is
extracted or anything is written, and reported as one :class:`SourceError` line.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

from loaders.document import Document
from loaders.metadata import MetadataError, checked_metadata
from loaders.text import clean

TEXT_SUFFIXES = {".txt", ".md", ".text"}
METADATA_SUFFIX = ".toml"
MAX_BYTES = 5_000_000

KIND_LABELS = {
    "decision-notice": "ModernGov decision notice",
    "meeting-record": "ModernGov issue meetings page with minutes",
    "committee-report": "committee report",
}

# Structural markers of each kind of council document, counted over whole lines.
_MARKERS = {
    "decision-notice": re.compile(
        r"^\s*(?:Proposed decision|Decision type|Decision status|Reason Key|Decision maker|"
        r"Notice of proposed decision first published|Division affected)\s*:",
        re.IGNORECASE | re.MULTILINE,
    ),
    "meeting-record": re.compile(
        r"^\s*(?:Issue - meetings|Meeting:\s*\d{1,2}/\d{1,2}/\d{4}|Minutes:|RESOLVED\b)",
        re.IGNORECASE | re.MULTILINE,
    ),
    "committee-report": re.compile(
        r"^\s*(?:#+\s*)?(?:\*\*)?(?:By|To|From|Date|Subject|Summary|Classification|Recommendations?(?:\(s\))?|"
        r"Decision No|Electoral Division)\s*:",
        re.IGNORECASE | re.MULTILINE,
    ),
}


class SourceError(Exception):
    """A file that cannot be loaded, with a message naming the file and the problem."""


def source_id_of(path: Path) -> str:
    """Sources are known by their file name without extension, as provenance cites them."""
    return path.stem


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and its sha256, or a SourceError saying why it is not a text source."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SourceError(f"{path}: cannot read ({err.strerror or err})") from err
    if not data.strip():
        raise SourceError(f"{path}: the file is empty")
    if len(data) > MAX_BYTES:
        raise SourceError(f"{path}: {len(data)} bytes is larger than the {MAX_BYTES}-byte limit for one source")
    if b"\x00" in data[:8192]:
        raise SourceError(f"{path}: looks like a binary file, not plain text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SourceError(f"{path}: not UTF-8 text (byte {err.start}: {data[err.start:err.start + 1]!r})") from err
    return text.removeprefix("\ufeff"), hashlib.sha256(data).hexdigest()


def read_metadata(path: Path) -> dict[str, str]:
    """The optional ``NAME.toml`` beside ``NAME.txt``: kind, publisher, date, title, url."""
    meta_path = path.with_suffix(METADATA_SUFFIX)
    metadata: dict[str, str] = {"file_name": path.name}
    if not meta_path.exists():
        return metadata
    try:
        data = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise SourceError(f"{meta_path}: invalid metadata ({err})") from err
    try:
        metadata.update(checked_metadata(data))
    except MetadataError as err:
        raise SourceError(f"{meta_path}: invalid metadata: {err}") from err
    return metadata


COUNCIL_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+\s+){1,3}(?:County|City|Borough|District|Metropolitan\s+Borough)\s+Council)\b"
)


def detect_publisher(text: str) -> str | None:
    """The council a document names most often ("Kent County Council"), when metadata is silent."""
    counts: dict[str, int] = {}
    for match in COUNCIL_NAME.finditer(text):
        name = re.sub(r"\s+", " ", re.sub(r"^(?:The|Of|By|To)\s+", "", match.group("name")))
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def detect_kind(text: str) -> str | None:
    """The kind of document by its structure; None when nothing is recognisable."""
    scores = {kind: len(pattern.findall(text)) for kind, pattern in _MARKERS.items()}
    if scores["meeting-record"] >= 2 and re.search(r"^\s*Issue - meetings|^\s*Meeting:", text, re.MULTILINE | re.IGNORECASE):
        return "meeting-record"
    if scores["decision-notice"] >= 2:
        return "decision-notice"
    if scores["committee-report"] >= 2:
        return "committee-report"
    return None


def open_document(path: Path) -> Document:
    """Read, check and classify one source file."""
    text, sha256 = read_text(path)
    metadata = read_metadata(path)
    metadata["sha256"] = sha256
    kind = metadata.get("kind") or detect_kind(text)
    if kind is None:
        raise SourceError(
            f"{path}: no recognisable structure (expected a decision notice, an issue meetings page "
            "with minutes, or a committee report with By/To/Date/Subject or Summary/Recommendation headers)"
        )
    if kind not in KIND_LABELS:
        raise SourceError(f"{path}: unknown kind {kind!r} in metadata (one of {', '.join(KIND_LABELS)})")
    metadata.setdefault("kind_label", KIND_LABELS[kind])
    if "publisher" not in metadata and (publisher := detect_publisher(text)):
        metadata["publisher"] = publisher
    return Document(source_id=source_id_of(path), kind=kind, metadata=metadata, clean=clean(text))
