"""Word documents (.docx): paragraphs, headings and tables in document order.

Each paragraph or heading is a paragraph of text (a blank line between them); each table
row is a line of tab-separated cells (a merged cell once). The core properties (title,
author, subject, created) become metadata. Legacy binary .doc files are refused clearly.
"""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from loaders.formats.base import Extracted, Format, FormatError, register

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LEGACY_DOC = "a legacy Word .doc file (Word 97-2003) is not read: save it as .docx or PDF"


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(cells):
            lines.append("\t".join(cells))
    return lines


def _blocks(document: WordDocument) -> list[str]:
    blocks = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            if item.text.strip():
                blocks.append(item.text.strip())
        elif isinstance(item, Table) and (lines := _table_lines(item)):
            blocks.append("\n".join(lines))
    return blocks


def _core_properties(document: WordDocument) -> dict[str, str]:
    props = document.core_properties
    found = {"title": props.title, "author": props.author, "description": props.subject or props.comments}
    metadata = {key: value.strip() for key, value in found.items() if value and value.strip()}
    if props.created is not None:
        metadata["created"] = props.created.date().isoformat()
    return metadata


def extract(data: bytes) -> Extracted:
    if data.startswith(OLE2_MAGIC):
        raise FormatError(LEGACY_DOC)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 - the zip reader, lxml and python-docx each raise their own kinds
        raise FormatError(f"not a readable Word .docx file ({type(err).__name__}: {err})") from err
    blocks = _blocks(document)
    if not blocks:
        raise FormatError("the Word document holds no text")
    return Extracted(text="\n\n".join(blocks) + "\n", metadata=_core_properties(document))


def _is_docx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]


DOCX = register(
    Format(
        name="Word .docx",
        media_types=("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
        suffixes=(".docx",),
        extract=extract,
        magic=_is_docx,
    )
)


def _refuse_legacy(data: bytes) -> Extracted:
    raise FormatError(LEGACY_DOC)


LEGACY_WORD = register(
    Format(
        name="Word .doc",
        media_types=("application/msword",),
        suffixes=(".doc",),
        extract=_refuse_legacy,
        magic=lambda data: data.startswith(OLE2_MAGIC),
    )
)
