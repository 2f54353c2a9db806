"""The same committee report (seed 002) as HTML, PDF, Word and Windows-1252 text loads through
the CLI and yields the facts its UTF-8 text yields, every quote at its offsets in the text
extracted from the file; bad files of each format are refused and nothing is written."""

from __future__ import annotations

import gc
import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from graph.store import Store, open_store
from graph.validate import validate_store
from tests.formats_fixtures import (
    SEED,
    as_docx,
    as_html,
    as_pdf_fpdf,
    chromium_browser,
    image_only_pdf,
    print_to_pdf,
    seed_metadata,
    seed_text,
)
from tests.loaders.evidence import evidence

runner = CliRunner()
WT = "strategy/kent-county-council/working-together-to-improve-outcomes"
EDM = "strategy/kent-county-council/every-day-matters"

FORMATS: dict[str, Callable[[str], bytes]] = {
    "report.html": lambda text: as_html(text).encode("utf-8"),
    "report.pdf": as_pdf_fpdf,
    "report.docx": as_docx,
    "report.txt": lambda text: text.encode("cp1252"),
    "report.md": lambda text: text.encode("utf-16"),
}
__all__ = ["chromium_browser"]  # the fixture, imported so that pytest finds it here


def load(tmp_path: Path, name: str, data: bytes) -> tuple[Store, str]:
    folder = tmp_path / "in"
    folder.mkdir(parents=True)
    (folder / name).write_bytes(data)
    # The seed's metadata beside the file, whatever its format (its publisher scopes the plans' IRIs).
    (folder / name).with_suffix(".toml").write_text(seed_metadata(), encoding="utf-8")
    result = runner.invoke(app, ["load", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    return reopen(tmp_path / "store"), result.output


def reopen(path: Path) -> Store:
    gc.collect()  # the command's store handle holds the lock until it is collected
    return open_store(path)


def stored_text(store: Store, source_id: str) -> str:
    [row] = store.select(f'SELECT ?text WHERE {{ ?d dcterms:identifier "{source_id}" ; sl:content ?text }}')
    return row["text"].value


def stated_facts(store: Store) -> set[tuple[str, str, str]]:
    rows = store.select(
        "SELECT ?s ?p ?o WHERE { ?e a sl:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"
    )
    return {(r["s"].value, r["p"].value, r["o"].value) for r in rows}


def assert_quotes_at_offsets(store: Store, source_id: str) -> None:
    text = stored_text(store, source_id)
    rows = store.select(
        "SELECT ?exact ?start ?end WHERE { ?q oa:exact ?exact . ?t oa:hasSelector ?q, ?p . "
        "?p oa:start ?start ; oa:end ?end }"
    )
    assert rows
    for row in rows:
        assert text[int(row["start"].value) : int(row["end"].value)] == row["exact"].value


@pytest.fixture(scope="module")
def text_facts(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    """What the UTF-8 text gives, loaded under the same name as the other formats."""
    store, _ = load(tmp_path_factory.mktemp("utf8"), "report.txt", seed_text().encode("utf-8"))
    return stated_facts(store)


def assert_same_report(store: Store, text_facts: set[tuple[str, str, str]]) -> None:
    [supersession] = [e for e in evidence(store, WT, "sl:supersedes", EDM) if e.source_id == "report"]
    assert "to replace Every Day Matters as" in " ".join(supersession.exact.split())
    assert stored_text(store, "report")[supersession.start : supersession.end] == supersession.exact
    assert_quotes_at_offsets(store, "report")
    assert stated_facts(store) == text_facts


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_each_format_gives_the_facts_of_the_text(tmp_path: Path, name: str, text_facts) -> None:
    data = FORMATS[name](seed_text())
    store, _ = load(tmp_path, name, data)
    assert_same_report(store, text_facts)
    [info] = store.sources()
    assert info.sha256 == hashlib.sha256(data).hexdigest() and info.byte_size == len(data)
    assert store.originals.get(info.sha256) == data


def test_pdf_quotes_know_their_page_and_pass_shacl(tmp_path: Path) -> None:
    store, _ = load(tmp_path / "pdf", "report.pdf", as_pdf_fpdf(seed_text()))
    [info] = store.sources()
    assert (info.media_type, info.page_count) == ("application/pdf", 2)
    pages = store.select(
        "SELECT ?exact ?page WHERE { ?q oa:exact ?exact . ?t oa:hasSelector ?q, ?p . ?p sl:page ?page }"
    )
    by_quote = {" ".join(r["exact"].value.split()): int(r["page"].value) for r in pages}
    assert {page for quote, page in by_quote.items() if "to replace Every Day Matters as" in quote} == {1}
    assert 2 in by_quote.values()  # the report runs onto its second page, and its quotes say so
    assert "Page 1 of 2" not in stored_text(store, "report")  # running footers are not text
    # SHACL checks every quote at its offsets and every page: the PDF adds no violation to those
    # of the same report loaded alone as text (a lone report lacks facts other documents give).
    text_store, _ = load(tmp_path / "txt", "report.txt", seed_text().encode("utf-8"))
    messages = {v.message for v in validate_store(store).violations}
    assert messages == {v.message for v in validate_store(text_store).violations}
    assert not any("quote" in m or "page" in m for m in messages)


@pytest.mark.browser
def test_report_printed_to_pdf_by_chromium(tmp_path: Path, chromium_browser, text_facts) -> None:
    data = print_to_pdf(chromium_browser, as_html(seed_text()))
    store, _ = load(tmp_path, "report.pdf", data)
    assert_same_report(store, text_facts)
    text = stored_text(store, "report")
    assert "Page 1 of" not in text and "committee report" not in text.splitlines()[0]


BAD = {
    "scan.pdf": (image_only_pdf, "no text layer: a scanned PDF; OCR is not supported"),
    "broken.pdf": (lambda: as_pdf_fpdf(seed_text())[:1500], "not a readable PDF"),
    "broken.docx": (lambda: as_docx(seed_text())[:3000], "not a readable Word .docx file"),
    "legacy.doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), "legacy Word .doc file"),
    "broken.html": (
        lambda: b"<!doctype html><html><body><nav>Home</nav><script>x()</script></body></html>",
        "no text in its main content",
    ),
    "broken.txt": (lambda: seed_text().encode("utf-16-le"), "UTF-16 .* without a byte-order mark"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_of_each_format_are_refused_and_nothing_written(tmp_path: Path, name: str) -> None:
    make, message = BAD[name]
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(Path(__file__).resolve().parents[2] / "data" / "sources" / f"{SEED}.txt", folder / "good.txt")
    (folder / name).write_bytes(make())
    result = runner.invoke(app, ["load", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert message.split(" .* ")[0] in result.output and "nothing was written" in result.output
    del result  # its traceback holds the command's store handle
    store = reopen(tmp_path / "store")
    assert store.sources() == [] and store.version == 0
    assert not (tmp_path / "store" / "originals").exists()


def test_folder_load_lists_every_file_it_did_not_load(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "minutes").mkdir(parents=True)
    (folder / "minutes" / "report.html").write_text(as_html(seed_text()), encoding="utf-8")
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04 a spreadsheet")
    (folder / "orphan.toml").write_text('title = "no file beside me"\n', encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00")
    (folder / "~$report.docx").write_bytes(b"\x00" * 162)
    result = runner.invoke(app, ["load", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "loaded     report" in result.output
    for name, why in (
        ("budget.xlsx", ".xlsx: not a format that is read"),
        ("orphan.toml", "metadata with no source"),
        (".DS_Store", "no extension: not a format"),
        ("~$report.docx", "temporary lock file"),
    ):
        assert any(name in line and why in line for line in result.output.splitlines() if line.startswith("not loaded"))
    assert "4 other file(s) not loaded" in result.output
