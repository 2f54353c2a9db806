"""Uploads of every format through the real app: the report's facts and quotes, the original
file served back with its media type, the page of a PDF quote on the source page."""

from __future__ import annotations

import pytest

from tests.api.conftest import TOKEN
from tests.formats_fixtures import as_docx, as_html, as_pdf_fpdf, image_only_pdf, seed_metadata, seed_text

AUTH = {"Authorization": f"Bearer {TOKEN}"}
FORMATS = {
    "report.html": ("text/html", lambda: as_html(seed_text()).encode("utf-8")),
    "report.pdf": ("application/pdf", lambda: as_pdf_fpdf(seed_text())),
    "report.docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        lambda: as_docx(seed_text()),
    ),
    "report.txt": ("text/plain", lambda: seed_text().encode("cp1252")),
}


def supersession_evidence(client) -> list[dict]:
    lineage = client.get("/api/strategies/Every Day Matters/lineage", params={"direction": "down", "depth": 1}).json()
    edm = next(n for n in lineage["nodes"] if n["id"] == lineage["root"])
    wt = next(n for n in lineage["nodes"] if n["id"] != lineage["root"])
    r = client.get("/api/provenance", params={"subject": wt["iri"], "predicate": "sl:supersedes", "object": edm["iri"]})
    assert r.status_code == 200, r.text
    return [e for st in r.json()["statements"] for e in st["evidence"]]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_upload_of_each_format_gives_the_supersession_with_its_quote(writable_client, name: str) -> None:
    c = writable_client
    media_type, make = FORMATS[name]
    data = make()
    r = c.post(
        "/api/sources",
        files={"file": (name, data, "application/octet-stream")},
        data={"metadata": seed_metadata()},
        headers=AUTH,
    )
    assert r.status_code == 201, r.text
    assert r.json()["source"] == "report"
    [quoted] = [e for e in supersession_evidence(c) if e["source"] == "report"]
    assert "to replace Every Day Matters as" in " ".join(quoted["quote"].split())
    detail = c.get("/api/sources/report", params={"text": True}).json()
    assert detail["text"][quoted["start"] : quoted["end"]] == quoted["quote"]
    assert (detail["media_type"], detail["byte_size"]) == (media_type, len(data))
    original = c.get(detail["original"])
    assert original.status_code == 200 and original.content == data
    assert original.headers["content-type"].split(";")[0] == media_type
    if name.endswith(".pdf"):
        assert quoted["page"] == 1 and detail["page_count"] == 2
        page = c.get("/sources/report", headers={"Accept": "text/html"}).text
        assert 'href="/sources/report/original#page=1">page 1 of the PDF' in page
        assert "page 2 of the PDF" in page


def test_text_original_is_served_in_its_own_encoding(writable_client) -> None:
    data = seed_text().encode("cp1252")
    assert writable_client.post("/api/sources", files={"file": ("report.txt", data)}, headers=AUTH).status_code == 201
    original = writable_client.get("/sources/report/original")
    assert original.headers["content-type"] == "text/plain; charset=Windows-1252"
    assert original.text == seed_text()


def test_original_of_an_unknown_source_is_404(client) -> None:
    r = client.get("/sources/no-such-source/original")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "name, data, status, message",
    [
        ("scan.pdf", image_only_pdf, 422, "no text layer: a scanned PDF; OCR is not supported"),
        ("old.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), 422, "legacy Word .doc file"),
        ("broken.docx", lambda: as_docx(seed_text())[:3000], 422, "not a readable Word .docx file"),
        ("budget.xlsx", lambda: b"PK\x03\x04 not a document", 415, ".xlsx is not a format that is read"),
    ],
)
def test_unreadable_uploads_are_refused_and_nothing_written(writable_client, name, data, status, message) -> None:
    c = writable_client
    before = c.get("/api/sources").json()
    r = c.post("/api/sources", files={"file": (name, data())}, headers=AUTH)
    assert r.status_code == status and r.headers["content-type"] == "application/problem+json"
    assert message in r.json()["detail"] and name in r.json()["detail"]
    assert c.get("/api/sources").json() == before


def test_upload_named_without_an_extension_is_read_by_its_first_bytes(writable_client) -> None:
    data = as_pdf_fpdf(seed_text())
    r = writable_client.post(
        "/api/sources", files={"file": ("committee-report", data, "application/pdf")}, headers=AUTH
    )
    assert r.status_code == 201, r.text
    assert writable_client.get("/api/sources/committee-report").json()["media_type"] == "application/pdf"
