"""From a file on disk to a :class:`~loaders.facts.SourceExtraction`: read, then apply every rule."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from loaders import publisher, rules_governance, rules_legal, rules_lineage, rules_strategy
from loaders.document import Document
from loaders.facts import SourceExtraction
from loaders.identity import scope_facts
from loaders.names import find_aliases
from loaders.reading import Reading, read
from loaders.sources import document_of, open_document
from loaders.text import forget_scanners

Rule = Callable[[Reading], None]

# Order matters only for readability of the output; rules do not depend on each other's facts.
RULES: list[Rule] = [
    publisher.publisher_named,
    *rules_strategy.RULES,
    *rules_lineage.RULES,
    *rules_governance.RULES,
    *rules_legal.RULES,
]


def rule_name(rule: Rule) -> str:
    return rule.__name__.replace("_", "-")


def extract(path: Path) -> SourceExtraction:
    """Every fact one council document states or implies, with evidence. Raises SourceError."""
    with cycle_collection_paused():
        return read_document(open_document(path), path)


def extract_stored(source_id: str, file_name: str, text: str, metadata: dict[str, str]) -> SourceExtraction:
    """Read again a source as the store holds it (its text and metadata), e.g. to upgrade a store."""
    path = Path(file_name)
    with cycle_collection_paused():
        return read_document(document_of(source_id, text, dict(metadata, file_name=path.name), path), path)


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Reading a document makes a million small objects and next to no reference cycles (reference
    counting frees them): the cyclic collector would walk the growing heap again and again, 0.3 of
    4 CPU seconds at 1 MB, to find none. It runs again as soon as the document is read."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_document(doc: Document, path: Path) -> SourceExtraction:
    """Apply every rule to a document, then place its local things under its publisher."""
    try:
        doc.aliases = find_aliases(doc.text)
        reading = read(doc)
        for rule in RULES:
            rule(reading)
    finally:
        forget_scanners()
    return SourceExtraction(
        source_id=doc.source_id,
        kind=doc.kind,
        text=doc.original,
        metadata=doc.metadata,
        sha256=doc.metadata["sha256"],
        facts=scope_facts(doc.facts, doc.publisher, doc.source_id),
        warnings=doc.warnings + warnings_for(path, doc),
        source_file=doc.source_file,
    )


def warnings_for(path: Path, doc: Document) -> list[str]:
    """A readable text in which nothing is found still loads (as a source with its text), with a word why."""
    if doc.facts:
        return []
    return [
        f"{path.name}: no strategy, decision, body or legislation found; loaded as a "
        f"{doc.metadata['kind_label']} with zero facts"
    ]
