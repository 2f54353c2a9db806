"""Curated facts: what officers know that no bundled document states.

A curated source is a CSV file under ``data/curated/`` with one fact per row:

    subject,relation,object,curator,asserted_at,reason,citation

``subject`` and ``object`` are IRIs, or ``kind:scope/slug`` short forms such as
``strategy:kent-county-council/every-day-matters`` (things a council publishes are minted
under its scope, see loaders/identity.py; national things are ``kind:slug``, and object
may also be a plain value); ``relation`` is a
prefixed name such as ``sl:supersedes`` or ``dcterms:title``. Each row becomes one fact
with derivation ``sl:Curated``, attributed to the curator, in the source's own named graph.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from datetime import date, datetime
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from loaders.facts import Fact, SourceExtraction
from loaders.registry import Rule, register_rules
from loaders.sources import SourceError, read_text, source_id_of
from strategy_lineage import vocab

CURATED_SUFFIXES = {".csv"}
COLUMNS = ["subject", "relation", "object", "curator", "asserted_at", "reason", "citation"]
REQUIRED = ["subject", "relation", "object", "curator", "asserted_at", "reason"]
ENTITY_KINDS = {"strategy", "organisation", "guidance", "legislation", "decision", "post", "document", "audience"}
# kind:slug, or kind:scope/slug for things minted under a publisher (loaders/identity.py).
_SHORT = re.compile(r"^(?P<kind>[a-z]+):(?P<slug>(?:[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9-]*)$")


[CURATED_ASSERTION] = register_rules(
    __name__,
    Rule(
        "curated-assertion",
        "one row of a curated CSV: a fact an officer asserts, with who, when and why",
        "strategy:every-day-matters,sl:supersedes,strategy:older-plan,A. Officer,2024-05-01,minutes of the board",
    ),
)


def _named_node(iri: str, written: str, where: str) -> NamedNode:
    try:
        return NamedNode(iri)
    except ValueError as err:
        raise SourceError(f"{where}: {written!r} is not a valid IRI ({err})") from None


def resolve_node(value: str, where: str) -> NamedNode:
    """An IRI, a ``kind:slug`` entity short form, or a prefixed ontology name."""
    value = value.strip()
    if value.startswith(("http://", "https://")):
        return _named_node(value, value, where)
    match = _SHORT.match(value)
    if match and match.group("kind") in ENTITY_KINDS:
        return NamedNode(f"{vocab.base_iri()}id/{match.group('kind')}/{match.group('slug')}")
    prefix, _, local = value.partition(":")
    if prefix in vocab.PREFIXES and local:
        return _named_node(vocab.PREFIXES[prefix] + local, value, where)
    raise SourceError(f"{where}: {value!r} is not an IRI, a kind:slug entity or a known prefixed name")


def resolve_object(value: str, where: str) -> NamedNode | Literal:
    """An entity when the cell names one (a malformed IRI is an error), else a plain value."""
    stripped = value.strip()
    if stripped.startswith(("http://", "https://")):
        return resolve_node(stripped, where)
    try:
        return resolve_node(stripped, where)
    except SourceError:
        return Literal(stripped)


def _check_date(value: str, where: str) -> str:
    try:
        (datetime if "T" in value else date).fromisoformat(value)
    except ValueError as err:
        raise SourceError(f"{where}: asserted_at {value!r} is not an ISO date") from err
    return value


def extract_curated(path: Path) -> SourceExtraction:
    text, sha256 = read_text(path)
    try:
        facts = _facts_of(path, csv.DictReader(io.StringIO(text)))
    except csv.Error as err:
        raise SourceError(f"{path}: not a readable CSV file ({err})") from None
    if not facts:
        raise SourceError(f"{path}: the curated CSV has a header but no facts")
    return SourceExtraction(
        source_id=source_id_of(path),
        kind="curated",
        text=text,
        metadata={"file_name": path.name, "kind_label": "curated facts", "title": f"Curated facts: {path.stem}"},
        sha256=sha256 or hashlib.sha256(text.encode()).hexdigest(),
        facts=facts,
    )


def _facts_of(path: Path, reader: csv.DictReader) -> list[Fact]:
    """One fact per row; a bad cell is a SourceError naming the row and the column."""
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise SourceError(f"{path}: curated CSV lacks column(s) {', '.join(missing)} (expected {','.join(COLUMNS)})")
    facts = []
    for number, row in enumerate(reader, start=2):
        cells = {
            column: ((row.get(column) or "").strip(), f"{path}: row {number}, column {column}") for column in COLUMNS
        }
        empty = [c for c in REQUIRED if not cells[c][0]]
        if empty:
            raise SourceError(f"{path}: row {number}: empty {', '.join(empty)}")
        facts.append(
            Fact(
                subject=resolve_node(*cells["subject"]),
                predicate=resolve_node(*cells["relation"]),
                object=resolve_object(*cells["object"]),
                rule=CURATED_ASSERTION,
                derivation="curated",
                reason=cells["reason"][0],
                curator=cells["curator"][0],
                asserted_at=_check_date(*cells["asserted_at"]),
                citation=cells["citation"][0] or None,
            )
        )
    return facts
