"""HTML pages as saved from a browser (ModernGov, council websites): the main content as text.

Navigation, page headers and footers, cookie banners, scripts and forms are left out;
block elements become line breaks (paragraphs a blank line), table rows become lines of
tab-separated cells, entities are decoded by the parser. ``<title>`` and the usual
``<meta>`` tags become metadata.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree
from lxml import html as lxml_html

from loaders.formats import text as plain
from loaders.formats.base import Extracted, Format, FormatError, register

# Never content.
SKIPPED_TAGS = {
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "form",
    "button",
    "iframe",
    "svg",
    "canvas",
    "select",
    "input",
    "textarea",
    "object",
    "embed",
    "dialog",
    "menu",
    "map",
}
# ARIA landmarks and roles that are page furniture, not the document.
SKIPPED_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog", "menu"}
# Class or id words of cookie banners, breadcrumbs and screen-reader-only skip links.
FURNITURE = re.compile(r"cookie|consent|gdpr|breadcrumb|skip-?(?:link|to)|visually-hidden|sr-only", re.IGNORECASE)
# A page header or footer is furniture unless it belongs to the document's own sectioning.
SECTIONING = {"article", "main", "section"}
PARAGRAPH_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "ul",
    "ol",
    "dl",
    "table",
    "figure",
    "pre",
    "address",
    "header",
    "footer",
    "hr",
    "fieldset",
    "details",
    "summary",
    "center",
}
LINE_TAGS = {"br", "li", "tr", "dt", "dd", "caption", "figcaption", "option", "thead", "tbody", "tfoot"}
CELL_TAGS = {"td", "th"}
INLINE_SPACE = re.compile(r"[ \t\n\r\f]+")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# <meta name/property> -> metadata key (the first one present wins).
META_KEYS = {
    "description": ("description", "dc.description", "dcterms.description", "og:description"),
    "author": ("author", "dc.creator", "dcterms.creator"),
    "publisher": ("dc.publisher", "dcterms.publisher", "og:site_name"),
    "date": ("dcterms.issued", "dc.date.issued", "dcterms.date", "dc.date", "article:published_time"),
    "url": ("og:url",),
}
ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])")


def decode_page(data: bytes) -> tuple[str, str]:
    """The page's text: a byte-order mark first, then the declared charset, then detection."""
    if any(data.startswith(bom) for bom, _, _ in plain.BOMS):
        return plain.decode(data)
    declared = CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = None
        if codec and codec != "utf-8":
            # Browsers read "iso-8859-1" and "us-ascii" pages as Windows-1252; so do we.
            codec = "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as err:
                raise FormatError(
                    f"not valid {name} text (byte {err.start}) although the page declares {name}"
                ) from err
    return plain.decode(data)


class _Writer:
    """Text with paragraph and line breaks, whitespace collapsed as a browser renders it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = ""  # the strongest break asked for since the last text

    def text(self, value: str | None, preformatted: bool = False) -> None:
        if not value:
            return
        if not preformatted:
            value = INLINE_SPACE.sub(" ", value)
            if self.pending and not value.strip():
                return  # whitespace between blocks is not rendered
        self.parts.append(self.pending)
        self.pending = ""
        self.parts.append(value)

    def brk(self, mark: str) -> None:
        """A line ("\n") or paragraph ("\n\n") break; adjacent breaks merge into the strongest."""
        if len(mark) > len(self.pending):
            self.pending = mark

    def result(self) -> str:
        lines = [
            re.sub(r" *\t *", "\t", re.sub(r" {2,}", " ", line)).strip() for line in "".join(self.parts).split("\n")
        ]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
        return text.strip("\n") + "\n"


def _is_furniture(el: etree._Element) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIPPED_TAGS or el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if (el.get("role") or "").lower() in SKIPPED_ROLES:
        return True
    if FURNITURE.search(f"{el.get('id') or ''} {el.get('class') or ''}"):
        return True
    if tag in {"header", "footer"}:
        return not any(a.tag in SECTIONING for a in el.iterancestors())
    return False


def _walk(el: etree._Element, out: _Writer, preformatted: bool = False) -> None:
    if not isinstance(el.tag, str) or _is_furniture(el):  # comments and processing instructions
        out.text(el.tail, preformatted)
        return
    tag = el.tag.lower()
    mark = "\n\n" if tag in PARAGRAPH_TAGS else "\n" if tag in LINE_TAGS else ""
    out.brk(mark)
    inner_pre = preformatted or tag == "pre"
    out.text(el.text, inner_pre)
    for child in el:
        _walk(child, out, inner_pre)
    if tag in CELL_TAGS:
        out.text("\t", preformatted=True)
    out.brk(mark)
    out.text(el.tail, preformatted)


def _main_content(root: etree._Element) -> etree._Element:
    """The page's main content: <main> (or role=main), a lone <article>, else the body."""
    for found in (root.xpath("//main | //*[@role='main']"), root.xpath("//article")):
        if len(found) == 1:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


def page_metadata(root: etree._Element) -> dict[str, str]:
    metadata: dict[str, str] = {}
    title = root.findtext(".//title")
    if title and title.strip():
        metadata["title"] = INLINE_SPACE.sub(" ", title).strip()
    metas = {
        (m.get("name") or m.get("property") or "").lower(): (m.get("content") or "").strip() for m in root.iter("meta")
    }
    for key, names in META_KEYS.items():
        value = next((metas[n] for n in names if metas.get(n)), None)
        if value and key == "date":
            match = ISO_DATE.match(value)
            value = match.group(1) if match else None
        if value:
            metadata[key] = value
    canonical = root.xpath("//link[@rel='canonical']/@href")
    if canonical and str(canonical[0]).startswith(("http://", "https://")):
        metadata["url"] = str(canonical[0])
    return metadata


def extract(data: bytes) -> Extracted:
    page, encoding = decode_page(data)
    try:
        root = lxml_html.document_fromstring(XML_DECLARATION.sub("", page, count=1))
    except (etree.ParserError, ValueError) as err:
        raise FormatError(f"not a readable HTML page ({err})") from err
    out, main = _Writer(), _main_content(root)
    out.text(main.text)
    for child in main:  # not main's own tail: what follows the main content is not part of it
        _walk(child, out)
    text = out.result()
    if not text.strip():
        raise FormatError("the HTML page has no text in its main content")
    return Extracted(text=text, metadata=page_metadata(root), encoding=encoding)


def looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(codecs.BOM_UTF8).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


HTML = register(
    Format(
        name="HTML",
        media_types=("text/html", "application/xhtml+xml"),
        suffixes=(".html", ".htm", ".xhtml"),
        extract=extract,
        magic=looks_like_html,
    )
)
