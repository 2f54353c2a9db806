"""Every rule evidence cites is registered once, described in the graph, and listed in docs/rules.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode

import graph.inference  # noqa: F401  (registers the inference rules)
from graph.store import Store
from loaders import registry
from loaders.document import Document
from loaders.text import clean
from strategy_lineage import vocab

ROOT = Path(__file__).resolve().parents[2]


def test_docs_rules_md_is_generated_from_the_registry() -> None:
    written = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert written == registry.rules_markdown(), "docs/rules.md is stale: run `make docs-rules`"


def test_every_rule_the_seed_evidence_cites_is_described_in_the_graph(seed_store: Store) -> None:
    rows = seed_store.select(f"""
        SELECT DISTINCT ?rule ?label ?description ?example WHERE {{
          ?evidence sl:rule ?rule .
          OPTIONAL {{ GRAPH {vocab.rules_graph()} {{
            ?rule rdfs:label ?label ; dcterms:description ?description ; skos:example ?example ; a sl:Rule }} }}
        }}""")
    assert len(rows) > 30
    undescribed = [row["rule"].value for row in rows if "label" not in row]
    assert undescribed == []
    for row in rows:
        name = row["rule"].value.removeprefix(vocab.RULE)
        assert row["label"].value == name and row["description"].value == registry.rule_named(name).reads


def test_a_rule_is_registered_once() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        registry.register_rules("tests", registry.Rule("strategy-title", "again", "again"))


def test_stating_a_fact_under_an_unregistered_rule_is_refused() -> None:
    doc = Document("s", "document", {}, clean("The Riverside Plan 2020-2023."))
    subject = vocab.entity_iri("strategy", "riverside plan")
    with pytest.raises(ValueError, match="rule 'made-up-rule' is not registered"):
        doc.state(subject, vocab.TITLE, NamedNode("http://example.org/x"), "made-up-rule", (0, 5))
    assert doc.facts == []
