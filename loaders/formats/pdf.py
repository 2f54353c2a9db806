"""PDF files (committee reports printed or exported to PDF): the text layer, page by page.

Lines come in reading order (top to bottom, left to right) from pdfplumber. Running
headers and footers (a line near the top or bottom edge that recurs on most pages, its
digits aside) and bare page numbers are left out; a word broken across two lines at a
hyphen is rejoined; a larger gap between lines starts a new paragraph. The offset of
each page's first character is kept, so evidence can say which page a quote is on.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from statistics import median

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from loaders.formats.base import Extracted, Format, FormatError, register

NO_TEXT_LAYER = "no text layer: a scanned PDF; OCR is not supported"
# Share of the page height, from the top and from the bottom, where running heads live.
EDGE = 0.12
# How many lines at each edge may be running heads.
EDGE_LINES = 3
PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.IGNORECASE)
# A line ending in a word broken at a hyphen ("improve-", "2016-"), and the next line's first word.
BROKEN_WORD = re.compile(r"(\w+)([-\u00ad])$")
FIRST_WORD = re.compile(r"^\w+")
COMPOUND = re.compile(r"\w+-\w+")
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
INFO_KEYS = {"Title": "title", "Author": "author", "Subject": "description", "CreationDate": "created"}
PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")


@dataclass(frozen=True)
class Line:
    text: str
    top: float
    bottom: float


def _page_lines(page: pdfplumber.page.Page) -> list[Line]:
    return [
        Line(line["text"].translate(LIGATURES), float(line["top"]), float(line["bottom"]))
        for line in page.extract_text_lines(return_chars=False)
        if line["text"].strip()
    ]


def _edges(lines: list[Line], height: float) -> list[int]:
    """Indexes of the lines that could be running heads: the first and last few near the edges."""
    top = [i for i in range(min(EDGE_LINES, len(lines))) if lines[i].bottom <= height * EDGE]
    bottom = [i for i in range(max(0, len(lines) - EDGE_LINES), len(lines)) if lines[i].top >= height * (1 - EDGE)]
    return sorted(set(top + bottom))


def _shape(text: str) -> str:
    """A line with its numbers blanked: "Page 3 of 9" and "Page 4 of 9" have one shape."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def drop_running_heads(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Pages without their running headers, footers and page numbers."""
    edges = [_edges(lines, height) for lines, height in zip(pages, heights, strict=True)]
    counts = Counter(
        shape for lines, idx in zip(pages, edges, strict=True) for shape in {_shape(lines[i].text) for i in idx}
    )
    needed = max(2, (len(pages) + 1) // 2)
    kept = []
    for lines, idx in zip(pages, edges, strict=True):
        drop = {i for i in idx if counts[_shape(lines[i].text)] >= needed or PAGE_NUMBER.match(lines[i].text.strip())}
        kept.append([line for i, line in enumerate(lines) if i not in drop])
    return kept


def compounds(pages: list[list[Line]]) -> set[str]:
    """Hyphenated words the document writes within a line ("multi-agency", "2016-2019")."""
    return {word.lower() for lines in pages for line in lines for word in COMPOUND.findall(line.text)}


def rejoin(line: str, following: str, known: AbstractSet[str]) -> str | None:
    """``line`` joined to ``following`` when it ends in a word broken at a hyphen, else None.
    The hyphen stays when the document writes the compound elsewhere, between numbers, or
    before a capital; a soft hyphen or a hyphen before a lower-case syllable goes."""
    broken, nxt = BROKEN_WORD.search(line), FIRST_WORD.match(following)
    if not broken or not nxt:
        return None
    head, hyphen, tail = broken.group(1), broken.group(2), nxt.group(0)
    keep = hyphen == "-" and (
        f"{head}-{tail}".lower() in known or (head[-1].isdigit() and tail[0].isdigit()) or not tail[0].islower()
    )
    return line[: broken.start(2)] + ("-" if keep else "") + following


def page_text(lines: list[Line], known: AbstractSet[str] = frozenset()) -> str:
    """One page's lines as text: hyphenated words rejoined, a blank line at each paragraph gap."""
    if not lines:
        return ""
    leading = median(line.bottom - line.top for line in lines)
    out = [lines[0].text.strip()]
    for prev, line in zip(lines, lines[1:], strict=False):
        text = line.text.strip()
        if (joined := rejoin(out[-1], text, known)) is not None:
            out[-1] = joined
            continue
        gap = line.top - prev.bottom
        out.append(("\n" if gap > 0.7 * leading else "") + text)
    return "\n".join(out)


def _info(pdf: pdfplumber.PDF) -> dict[str, str]:
    metadata = {}
    for key, name in INFO_KEYS.items():
        value = pdf.metadata.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if not isinstance(value, str) or not value.strip():
            continue
        if name == "created":
            match = PDF_DATE.match(value)
            if not match:
                continue
            value = "-".join(match.groups())
        metadata[name] = value.strip()
    return metadata


def _open(data: bytes) -> tuple[list[list[Line]], list[float], dict[str, str]]:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_lines(page) for page in pdf.pages]
            return pages, [float(page.height) for page in pdf.pages], _info(pdf)
    except PDFPasswordIncorrect as err:
        raise FormatError("the PDF is encrypted with a password: save an unprotected copy") from err
    except Exception as err:  # noqa: BLE001 - pdfminer raises many kinds of error on a damaged file
        cause = getattr(err, "args", None) and err.args[0]
        if isinstance(cause, PDFPasswordIncorrect):
            raise FormatError("the PDF is encrypted with a password: save an unprotected copy") from err
        raise FormatError(f"not a readable PDF ({type(cause or err).__name__}: {cause or err})") from err


def extract(data: bytes) -> Extracted:
    pages, heights, metadata = _open(data)
    if not pages:
        raise FormatError("not a readable PDF (it has no pages)")
    if not any(pages):
        raise FormatError(NO_TEXT_LAYER)
    text, starts, known = "", [], compounds(pages)
    for lines in drop_running_heads(pages, heights):
        page = page_text(lines, known)
        if text and page:
            text += "\n\n"
        starts.append(len(text))
        text += page
    return Extracted(text=text + "\n", metadata=metadata, page_starts=tuple(starts))


PDF = register(
    Format(
        name="PDF",
        media_types=("application/pdf",),
        suffixes=(".pdf",),
        extract=extract,
        magic=lambda data: data[:1024].lstrip().startswith(b"%PDF-"),
    )
)
