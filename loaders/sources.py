"""Reading a source file safely: bytes -> text, metadata, and the kind of document it is.

Everything that can be wrong with an input file is found here, before any fact is
extracted or anything is written, and reported as one :class:`SourceError` line.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from pathlib import Path, PurePath

from loaders import formats
from loaders.document import Document
from loaders.formats import FormatError, SourceFile
from loaders.metadata import MetadataError, checked_metadata
from loaders.publisher import find_publisher
from loaders.registry import DocumentKind, detect_kind, kind_named, kinds
from loaders.text import clean

METADATA_SUFFIX = ".toml"


class SourceError(Exception):
    """A file that cannot be loaded, with a message naming the file and the problem."""


# A file name stem that is already safe in an IRI, a URL path segment and a shell: it is the id.
SAFE_SOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,119}")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9_-]+")
SLUG_LENGTH = 80


def source_id_of(path: Path | str) -> str:
    """A source is known by its file name without extension, made safe for IRIs and URLs.

    A stem that is already safe (letters, digits, ``.``, ``_``, ``-``, starting with a letter
    or digit, at most 120 characters) is the id unchanged. Any other stem ("Cabinet report
    2016", "Strategaeth ŵ", "q?x=1", ".") becomes an ASCII slug of it plus 8 hex digits of the
    SHA-256 of the stem as written, so the id is deterministic and two different names never
    share one; the rule is in docs/source-ids.md. A safe id is its own id (``id + ".txt"``
    gives ``id`` back), so the API can store an upload under its id."""
    stem = unicodedata.normalize("NFC", PurePath(str(path).replace("\\", "/")).stem)
    if SAFE_SOURCE_ID.fullmatch(stem) and not stem.endswith("."):
        return stem
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE_RUN.sub("-", ascii_stem)[:SLUG_LENGTH].strip("-_") or "source"
    return f"{slug}-{hashlib.sha256(stem.encode('utf-8')).hexdigest()[:8]}"


def read_file(path: Path) -> SourceFile:
    """The file's bytes and the text extracted from them (any format in loaders.formats),
    or a SourceError saying why it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SourceError(f"{path}: cannot read ({err.strerror or err})") from err
    try:
        return formats.read(data, path.name)
    except FormatError as err:
        raise SourceError(f"{path}: {err}") from err


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and its bytes' sha256, or a SourceError saying why it cannot be read."""
    source = read_file(path)
    return source.text, source.sha256


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


def open_document(path: Path) -> Document:
    """Read, check and classify one source file."""
    source = read_file(path)
    text = source.text
    metadata = read_metadata(path)
    metadata["sha256"] = source.sha256
    for key, value in source.metadata.items():  # what the file says about itself, unless the .toml says
        try:
            metadata.setdefault(key, checked_metadata({key: value})[key])
        except MetadataError:
            continue  # a file's own metadata is a hint: an impossible date in it is left out
    document = document_of(source_id_of(path), text, metadata, path)
    document.source_file = source
    return document


def document_of(source_id: str, text: str, metadata: dict[str, str], path: Path) -> Document:
    """A text already read (from a file, or as a store holds it) with its metadata, classified;
    ``path`` names it in errors."""
    kind = _kind_of(path, text, metadata)
    metadata.setdefault("kind_label", kind.label)
    found = None if "publisher" in metadata else find_publisher(text)
    if found:
        metadata["publisher"] = found.name
    return Document(source_id=source_id, kind=kind.name, metadata=metadata, clean=clean(text), publisher_found=found)


def _kind_of(path: Path, text: str, metadata: dict[str, str]) -> DocumentKind:
    """The kind metadata names, else the kind the text's structure shows, else a plain document."""
    if "kind" not in metadata:
        return detect_kind(text)
    kind = kind_named(metadata["kind"])
    if kind is None:
        names = ", ".join(k.name for k in kinds())
        raise SourceError(f"{path}: unknown kind {metadata['kind']!r} in metadata (one of {names})")
    return kind
