"""Curated facts: what officers know that no bundled document states.

A curated source is a CSV file under ``data/curated/`` with one fact per row:

    subject,relation,object,curator,asserted_at,reason,citation

``subject`` and ``object`` are IRIs, or ``kind:slug`` short forms such as
``strategy:every-day-matters`` (object may also be a plain value); ``relation`` is a
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
_SHORT = re.compile(r"^(?P<kind>[a-z]+):(?P<slug>[a-z0-9][a-z0-9-]*)$")


[CURATED_ASSERTION] = register_rules(
    __name__,
    Rule("curated-assertion", "one row of a curated CSV: a fact an officer asserts, with who, when and why",
         "strategy:every-day-matters,sl:supersedes,strategy:older-plan,A. Officer,2024-05-01,minutes of the board"),
)


def resolve_node(value: str, where: str) -> NamedNode:
    """An IRI, a ``kind:slug`` entity short form, or a prefixed ontology name."""
    value = value.strip()
    if value.startswith(("http://", "https://")):
        return NamedNode(value)
    match = _SHORT.match(value)
    if match and match.group("kind") in ENTITY_KINDS:
        return NamedNode(f"{vocab.base_iri()}id/{match.group('kind')}/{match.group('slug')}")
    prefix, _, local = value.partition(":")
    if prefix in vocab.PREFIXES and local:
        return NamedNode(vocab.PREFIXES[prefix] + local)
    raise SourceError(f"{where}: {value!r} is not an IRI, a kind:slug entity or a known prefixed name")


def resolve_object(value: str, where: str) -> NamedNode | Literal:
    try:
        return resolve_node(value, where)
    except SourceError:
        return Literal(value.strip())


def _check_date(value: str, where: str) -> str:
    try:
        (datetime if "T" in value else date).fromisoformat(value)
    except ValueError as err:
        raise SourceError(f"{where}: asserted_at {value!r} is not an ISO date") from err
    return value


def extract_curated(path: Path) -> SourceExtraction:
    text, sha256 = read_text(path)
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise SourceError(f"{path}: curated CSV lacks column(s) {', '.join(missing)} (expected {','.join(COLUMNS)})")
    facts = []
    for number, row in enumerate(reader, start=2):
        where = f"{path}:{number}"
        empty = [c for c in REQUIRED if not (row.get(c) or "").strip()]
        if empty:
            raise SourceError(f"{where}: empty {', '.join(empty)}")
        facts.append(Fact(
            subject=resolve_node(row["subject"], where),
            predicate=resolve_node(row["relation"], where),
            object=resolve_object(row["object"], where),
            rule=CURATED_ASSERTION,
            derivation="curated",
            reason=row["reason"].strip(),
            curator=row["curator"].strip(),
            asserted_at=_check_date(row["asserted_at"].strip(), where),
            citation=(row.get("citation") or "").strip() or None,
        ))
    if not facts:
        raise SourceError(f"{path}: the curated CSV has a header but no facts")
    return SourceExtraction(
        source_id=source_id_of(path), kind="curated", text=text,
        metadata={"file_name": path.name, "kind_label": "curated facts",
                  "title": f"Curated facts: {path.stem}"},
        sha256=sha256 or hashlib.sha256(text.encode()).hexdigest(), facts=facts,
    )
