"""What several rules read from the whole document is read once per document."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.reading import read
from loaders.rules_lineage import Sentences
from loaders.sources import open_document

SEEDS = Path(__file__).resolve().parents[2] / "data" / "sources"


def test_a_pass_rules_share_is_made_once_per_document() -> None:
    readings = [read(open_document(path)) for path in sorted(SEEDS.glob("*.txt"))[:2]]
    passes: list[Document] = []

    def sentence_count(doc: Document) -> int:
        passes.append(doc)
        return doc.text.count(". ")

    for reading in readings:
        assert reading.shared(sentence_count) == reading.shared(sentence_count) == reading.doc.text.count(". ")
    assert passes == [reading.doc for reading in readings]  # once each, and each document its own


def test_the_sentences_rules_share_are_the_documents_own() -> None:
    reading = read(open_document(sorted(SEEDS.glob("*.txt"))[0]))
    shared = reading.shared(Sentences.of)
    assert shared is reading.shared(Sentences.of)
    assert shared == Sentences.of(reading.doc)
    assert shared.length == len(reading.doc.text) and shared.ends == sorted(shared.ends)
