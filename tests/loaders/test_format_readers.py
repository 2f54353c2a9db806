"""Each format's reader on small documents written here in our own words."""

from __future__ import annotations

import io

import pytest

from loaders import formats
from loaders.formats import FormatError
from tests.formats_fixtures import image_only_pdf

# Text in the encodings councils' systems export -----------------------------------------
REPORT = "Subject: Café provision – the “Open Doors” strategy\nTo: Cabinet\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (REPORT.encode("utf-8"), "UTF-8"),
        (b"\xef\xbb\xbf" + REPORT.encode("utf-8"), "UTF-8"),
        (REPORT.encode("utf-16"), "UTF-16"),  # with its byte-order mark
        (b"\xfe\xff" + REPORT.encode("utf-16-be"), "UTF-16"),
        (REPORT.encode("cp1252"), "Windows-1252"),
    ],
)
def test_text_encodings_are_detected_and_recorded(data: bytes, encoding: str) -> None:
    source = formats.read(data, "report.txt")
    assert source.text == REPORT and source.encoding == encoding and source.media_type == "text/plain"


def test_latin1_without_windows_characters_is_recorded_as_such() -> None:
    source = formats.read("To: Conseil régional\nSubject: Résumé\n".encode("latin-1"), "notes.txt")
    assert source.text.startswith("To: Conseil régional") and source.encoding == "ISO-8859-1"


@pytest.mark.parametrize(
    "data, message",
    [
        (
            "議事録: 計画は承認されました。次回の会議で報告します。".encode("shift_jis"),
            r"not UTF-8 text .* looks like cp932",
        ),
        (REPORT.encode("utf-16-le"), r"looks like UTF-16 \(little-endian\) text without a byte-order mark"),
        (b"\xff\xfe" + b"\x00\xd8", r"not valid UTF-16 text"),
        (b"\x00\x01\x02\x03binary\x00\x00\x10", r"binary file"),
        (b"  \n\t", r"the file is empty"),
    ],
)
def test_undecodable_text_names_the_likely_encoding(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        formats.read(data, "report.txt")


# HTML ----------------------------------------------------------------------------------
PAGE = """<!doctype html><html><head><meta charset="windows-1252">
<title>Open Doors Strategy &ndash; Borough Council</title>
<meta name="description" content="Cabinet report on the Open Doors strategy">
<meta name="DC.date.issued" content="2019-05-14">
<link rel="canonical" href="https://council.example/reports/open-doors"></head>
<body><div class="cookie-notice">We use cookies. <button>OK</button></div>
<header><a href="/">Home</a></header><nav><a href="/a">Replaces the old plan (menu)</a></nav>
<main><article><header><h1>Open Doors</h1></header>
<p>The Open Doors strategy &amp; its action plan<br>replace the Welcome Plan.</p>
<table><tr><th>Decision No:</th><td>19/00042</td></tr><tr><th>Date:</th><td>14 May 2019</td></tr></table>
<p>Officers&rsquo; advice follows.</p><script>document.write("not content")</script></article>
<aside>Related pages</aside></main><footer>Copyright</footer></body></html>"""


def test_html_main_content_without_page_furniture() -> None:
    source = formats.read(PAGE.encode("cp1252"), "open-doors.html")
    assert source.media_type == "text/html" and source.encoding == "windows-1252"
    assert source.text == (
        "Open Doors\n\n"
        "The Open Doors strategy & its action plan\nreplace the Welcome Plan.\n\n"
        "Decision No:\t19/00042\nDate:\t14 May 2019\n\n"
        "Officers’ advice follows.\n"
    )
    assert source.metadata == {
        "title": "Open Doors Strategy – Borough Council",
        "description": "Cabinet report on the Open Doors strategy",
        "date": "2019-05-14",
        "url": "https://council.example/reports/open-doors",
    }


def test_html_page_without_main_text_is_refused() -> None:
    furniture = b"<html><body><nav><a href='/'>Home</a></nav><footer>Contact us</footer></body></html>"
    with pytest.raises(FormatError, match="no text in its main content"):
        formats.read(furniture, "menu.html")


def test_html_is_recognised_by_its_first_bytes_whatever_its_name() -> None:
    assert formats.read(PAGE.encode("cp1252"), "saved-page").media_type == "text/html"


# PDF -------------------------------------------------------------------------------------
def _pdf(pages: list[list[str]], header: str | None = "Borough Council - Cabinet, 14 May 2019") -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title("Open Doors Strategy")
    pdf.set_author("Policy Team")
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        if header:
            pdf.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        pdf.set_y(30)
        for line in lines:
            if line:
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(6)
        pdf.set_y(-20)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 6, f"Page {number} of {len(pages)}", align="C")
    return bytes(pdf.output())


def test_pdf_reading_order_running_heads_and_broken_words() -> None:
    data = _pdf(
        [
            [
                "1. Summary",
                "",
                "The multi-agency board agreed to improve-",
                "ment of the Open Doors plan for 2019-",
                "2023 and beyond.",
            ],
            ["2. Background", "", "The board is a multi-", "agency partnership; Welcome Plan", "ends."],
            ["3. Recommendation", "", "Cabinet is asked to approve it."],
        ]
    )
    source = formats.read(data, "open-doors.pdf")
    assert source.text == (
        "1. Summary\n\n"
        "The multi-agency board agreed to improvement of the Open Doors plan for 2019-2023 and beyond.\n\n"
        "2. Background\n\nThe board is a multi-agency partnership; Welcome Plan\nends.\n\n"
        "3. Recommendation\n\nCabinet is asked to approve it.\n"
    )
    assert source.metadata["title"] == "Open Doors Strategy" and source.metadata["author"] == "Policy Team"
    # The page of each character: the offset map of a paged format.
    headings = ("1. Summary", "2. Background", "3. Recommendation")
    assert [source.page_of(source.text.index(h)) for h in headings] == [1, 2, 3]


def test_pdf_line_at_the_edge_of_one_page_only_is_kept() -> None:
    source = formats.read(_pdf([["Annex A"], ["Annex B"]], header=None), "annex.pdf")
    assert source.text == "Annex A\n\nAnnex B\n"  # page numbers go, the pages' own first lines stay


def test_pdf_without_a_text_layer_is_refused() -> None:
    with pytest.raises(FormatError, match="^no text layer: a scanned PDF; OCR is not supported$"):
        formats.read(image_only_pdf(), "scan.pdf")


@pytest.mark.parametrize("data", [b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage", b"%PDF-"])
def test_damaged_pdf_is_refused(data: bytes) -> None:
    with pytest.raises(FormatError, match="not a readable PDF"):
        formats.read(data, "broken.pdf")


# Word ------------------------------------------------------------------------------------
def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = "Open Doors Strategy"
    document.core_properties.author = "Policy Team"
    document.core_properties.subject = "Cabinet report"
    document.add_heading("Open Doors", level=1)
    document.add_paragraph("The Open Doors strategy replaces the Welcome Plan.")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Decision No:", "19/00042"), ("Date:", "14 May 2019")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("Officers’ advice follows.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_headings_and_tables_in_order() -> None:
    source = formats.read(_docx(), "open-doors.docx")
    assert source.text == (
        "Open Doors\n\nThe Open Doors strategy replaces the Welcome Plan.\n\n"
        "Decision No:\t19/00042\nDate:\t14 May 2019\n\nOfficers’ advice follows.\n"
    )
    assert {k: source.metadata[k] for k in ("title", "author", "description")} == {
        "title": "Open Doors Strategy",
        "author": "Policy Team",
        "description": "Cabinet report",
    }


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "legacy Word .doc file .* save it as .docx"),
        ("old-named.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "legacy Word .doc file"),
        ("truncated.docx", None, "not a readable Word .docx file"),
    ],
)
def test_legacy_and_damaged_word_files_are_refused(name: str, data: bytes | None, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        formats.read(data if data is not None else _docx()[:2000], name)


def test_unknown_formats_are_named() -> None:
    with pytest.raises(FormatError, match=r"\.xlsx is not a format that is read \(expected one of .*\.pdf"):
        formats.read(b"some bytes", "budget.xlsx")
