"""The same council document in the formats councils publish, made by the tests themselves.

From the bundled seed text (never a third party's file): an HTML page with the furniture a
council website wraps around a report (navigation, a cookie banner, a page header and
footer), that page printed to PDF by headless Chromium with running headers and page
numbers, a PDF written with fpdf2 (running header, page numbers, a word hyphenated across a
line), a Word .docx written with python-docx, and the text re-encoded as Windows-1252.
"""

from __future__ import annotations

import io
import os
import re
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import pytest

from tests.conftest import SOURCES

SEED = "002_7e30c0936a50fbe4"
CHROMIUM = Path(os.environ.get("STRATEGY_LINEAGE_CHROMIUM", "/usr/bin/chromium"))


def seed_text(source_id: str = SEED) -> str:
    return (SOURCES / f"{source_id}.txt").read_text(encoding="utf-8")


def seed_metadata(source_id: str = SEED) -> str:
    """The seed's NAME.toml (kind, title, publisher, date), to put beside it in any format."""
    return (SOURCES / f"{source_id}.toml").read_text(encoding="utf-8")


# A list item: an indented line, its bullet character lost in the text (as in the seed).
BULLET = re.compile(r"^[ \t]+[\uf0b7\u2022]?\s*")


def paragraphs(text: str) -> list[str | list[str]]:
    """The text's paragraphs, each as one flowing line (as a web page or a Word file holds it);
    a run of bulleted lines is a list of its items."""
    blocks: list[str | list[str]] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.splitlines() if line.strip()]
        if len(lines) > 1 and all(BULLET.match(line) for line in lines):
            blocks.append([BULLET.sub("", line).strip() for line in lines])
        elif lines:
            blocks.append(" ".join(block.split()))
    return blocks


def as_html(text: str, title: str = "Working Together to Improve Outcomes - committee report") -> str:
    body = "\n".join(
        f"<p>{escape(p)}</p>" if isinstance(p, str) else "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in p) + "</ul>"
        for p in paragraphs(text)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="description" content="A committee report, saved from the council's website">
<meta name="author" content="Democratic Services">
<style>body {{ font: 11pt serif; }}
@media print {{ #cookie-banner, body > header, body > footer {{ display: none; }} }}</style>
<script>var tracking = "Every Day Matters";</script></head>
<body>
<div id="cookie-banner"><p>We use cookies to make this site work. Accept all cookies</p></div>
<header><a href="/">Council home</a> <nav><ul><li><a href="/meetings">Meetings</a></li>
<li><a href="/strategies">Strategies replace Every Day Matters as news</a></li></ul></nav></header>
<main>
<h1>{escape(title)}</h1>
{body}
<table><tr><th>Contact</th><th>Telephone</th></tr><tr><td>Democratic Services</td><td>03000 000000</td></tr></table>
</main>
<footer><p>&copy; Council 2016 &middot; Accessibility &middot; Privacy</p></footer>
</body></html>
"""


def as_docx(text: str, title: str = "Working Together to Improve Outcomes") -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Children's Services"
    document.add_heading(title, level=1)
    for paragraph in paragraphs(text):
        for item in [paragraph] if isinstance(paragraph, str) else paragraph:
            document.add_paragraph(item, style=None if isinstance(paragraph, str) else "List Bullet")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Contact", "Telephone"), ("Democratic Services", "03000 000000")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def as_pdf_fpdf(text: str, title: str = "Working Together to Improve Outcomes") -> bytes:
    """A PDF written with fpdf2: a running header and "Page N of M" on every page."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 8, "Children's Social Care and Health Cabinet Committee - 2016", align="C")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Report(format="A4")
    pdf.core_fonts_encoding = "cp1252"  # so that curly quotes survive in the core fonts
    pdf.set_title(title)
    pdf.set_author("Children's Services")
    pdf.set_creation_date(datetime(2016, 3, 1, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs(text):
        for item in [paragraph] if isinstance(paragraph, str) else [f"\u2022 {i}" for i in paragraph]:
            pdf.multi_cell(0, 6, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A stand-in for a scanned report: one page holding only a picture of text."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(picture).text((20, 80), "Summary: this page is a photograph of text", fill="black")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=180)
    return bytes(pdf.output())


def print_to_pdf(browser, html: str) -> bytes:
    """``html`` printed by headless Chromium, with its date/title header and page-number footer."""
    page = browser.new_page()
    try:
        page.set_content(html)
        return page.pdf(
            format="A4",
            display_header_footer=True,
            margin={"top": "2cm", "bottom": "2cm"},
            header_template='<div style="font-size:8px;width:100%;text-align:center"><span class="title"></span></div>',
            footer_template='<div style="font-size:8px;width:100%;text-align:center">'
            'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        )
    finally:
        page.close()


@pytest.fixture(scope="session")
def chromium_browser(chromium):
    """Debian's headless Chromium through Playwright: the run's one browser (tests/conftest.py)."""
    return chromium
