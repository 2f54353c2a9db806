"""The synthetic national corpus: deterministic, evidenced like real sources, and varied."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from bench import synthetic
from graph.inference import refresh_inferences
from graph.store import memory_store
from graph.validate import validate_store
from loaders.facts import to_quads
from strategy_lineage import vocab


def _graphs(quads) -> set[str]:
    return {q.graph_name.value for q in quads}


def test_same_seed_same_corpus_and_councils_are_a_prefix():
    one = list(synthetic.quads(1, seed=7))
    assert one == list(synthetic.quads(1, seed=7))
    two = list(synthetic.quads(2, seed=7))
    assert two[: len(one)] == one and len(two) > len(one)
    assert list(synthetic.quads(1, seed=8)) != one


def test_council_names_are_unique_well_past_a_national_count():
    names = [synthetic.council_name(i) for i in range(5000)]
    assert len(set(names)) == len(names)


def test_councils_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        list(synthetic.sources(0))


def test_every_span_is_the_text_at_its_offsets(extractions):
    for extraction in extractions:
        assert extraction.facts, extraction.source_id
        for fact in extraction.facts:
            span = fact.span
            assert span is not None and span.exact
            assert extraction.text[span.start : span.end] == span.exact
            assert extraction.text[: span.start].endswith(span.prefix)
            assert extraction.text[span.end :].startswith(span.suffix)


def test_one_named_graph_per_source(extractions):
    for extraction in extractions[:20]:
        assert _graphs(to_quads(extraction, synthetic.SYNTHETIC_LOADED_AT)) == {extraction.graph.value}
    assert len({e.source_id for e in extractions}) == len(extractions)


def test_quoted_evidence_is_found_in_the_stored_content(corpus_store):
    # The graph alone proves every quote: the offsets index the source's sl:content.
    rows = corpus_store.select(
        """SELECT ?content ?exact ?start ?end WHERE { GRAPH ?g {
             ?e a sl:Evidence ; dcterms:source ?doc ; oa:hasTarget ?t .
             ?doc sl:content ?content .
             ?t oa:hasSelector ?q, ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end } }"""
    )
    assert len(rows) > 500
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        assert row["content"].value[start:end] == row["exact"].value


def test_every_fact_in_a_source_graph_has_evidence_there(corpus_store):
    unsupported = corpus_store.select(
        f"""SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{
             ?s ?p ?o .
             FILTER NOT EXISTS {{ ?s a sl:Evidence }}
             FILTER NOT EXISTS {{ ?s a sl:SourceDocument }}
             FILTER NOT EXISTS {{ ?x oa:hasTarget|oa:hasSelector ?s }}
             FILTER NOT EXISTS {{ ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
           }} FILTER(STRSTARTS(STR(?g), "{vocab.source_graph_prefix()}")) }} LIMIT 5"""
    )
    assert unsupported == []


def _count(store, where: str) -> int:
    return int(store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]["n"].value)


def test_the_corpus_holds_every_kind_of_lineage(corpus_store):
    assert _count(corpus_store, "?a sl:supersedes ?b") > 5
    assert _count(corpus_store, "?a sl:isRevisionOf ?b") > 0
    assert _count(corpus_store, "?a sl:partiallySupersedes ?b") > 0
    # Unstated successions exist, and the lineage engine infers them from series.
    assert _count(corpus_store, "GRAPH ?g { ?a sl:succeeds ?b }") > 0
    assert _count(corpus_store, "?plan a sl:Strategy FILTER NOT EXISTS { ?plan sl:validUntil ?end }") > 0


def test_requests_are_kept_apart_from_recorded_outcomes(corpus_store):
    requests = _count(corpus_store, "?r a sl:ApprovalRequest ; sl:concerns ?p ; sl:requestedOf ?board")
    outcomes = _count(corpus_store, "?e a sl:Endorsement ; sl:concerns ?p ; sl:meeting ?m ; sl:agendaItem ?i")
    decisions = _count(corpus_store, "?d a sl:Decision ; sl:decisionReference ?ref ; prov:wasAssociatedWith ?post")
    assert requests > 0 and outcomes > 0 and decisions > 0
    assert _count(corpus_store, "?r a sl:ApprovalRequest, sl:Endorsement") == 0


def test_sources_disagree_about_some_start_years(corpus_store):
    # Two different validFrom values for one plan, each from its own source graph.
    rows = corpus_store.select(
        """SELECT DISTINCT ?plan WHERE {
             GRAPH ?g1 { ?plan sl:validFrom ?y1 } GRAPH ?g2 { ?plan sl:validFrom ?y2 }
             FILTER(?g1 != ?g2 && ?y1 != ?y2) }"""
    )
    assert rows


def test_legislation_uses_legislation_gov_uk_identifiers(corpus_store):
    rows = corpus_store.select("SELECT DISTINCT ?law WHERE { ?plan sl:basedOn ?law }")
    assert rows and all(r["law"].value.startswith(vocab.LEGISLATION + "ukpga/") for r in rows)
    cites = corpus_store.select("SELECT DISTINCT ?d WHERE { ?e rdf:predicate sl:cites ; sl:derivation ?d }")
    assert {r["d"].value for r in cites} == {vocab.SL + "Stated", vocab.SL + "Inferred"}


def test_series_have_gaps_and_overlaps():
    # Periods come straight from the generator: forty councils are plenty to see all three.
    found = Counter()
    for index in range(40):
        for plans in synthetic._council(index, 0).plans:
            for before, after in pairwise(plans):
                if before.end is not None:
                    found["gap" if after.start > before.end else "overlap" if after.start < before.end else "abut"] += 1
    assert found["gap"] and found["overlap"] and found["abut"]


def test_a_council_conforms_to_the_shapes_and_warns_only_of_planted_conflicts():
    store = memory_store()
    store.bulk_load(synthetic.quads(1, seed=0))
    refresh_inferences(store)
    report = validate_store(store)
    assert report.conforms and report.count("Violation") == 0
    warnings = [v for v in report.violations if v.severity == "Warning"]
    assert warnings and all(v.path and v.path.endswith("validFrom") for v in warnings)
