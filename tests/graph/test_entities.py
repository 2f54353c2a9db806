"""Answers about bodies, posts and any IRI, asked of the engine directly (no HTTP)."""

from __future__ import annotations

import pytest

from graph import entities
from graph.lineage import InvalidArgument, LineageEngine, NotFound
from graph.store import Store
from strategy_lineage import vocab


@pytest.fixture(scope="module")
def eng(store: Store) -> LineageEngine:
    return LineageEngine(store)


def test_a_board_is_found_by_name_and_its_events_name_the_strategies(eng: LineageEngine) -> None:
    iri = entities.resolve_organisation(eng, "Kent Health and Wellbeing Board")
    view = entities.organisation_view(eng, iri)
    assert view["label"] == "Kent Health and Wellbeing Board"
    assert "every-day-matters" in {e["strategy"] for e in view["events"]}
    assert all(e["role"] in ("acted", "was asked") and e["types"] for e in view["events"])
    dates = [e["date"] for e in view["events"] if e["date"]]
    assert dates == sorted(dates)


def test_a_publisher_lists_its_strategies_and_never_its_source_documents(eng: LineageEngine) -> None:
    view = entities.organisation_view(eng, entities.resolve_organisation(eng, "Kent County Council"))
    published = [s for s in view["strategies"] if s["role"] == "published"]
    assert published, "the seeds state Kent County Council as a publisher of strategies"
    assert all(vocab.SL + "Strategy" in entities.types_of(eng.store, eng.resolve(s["id"])) for s in published)
    assert not any(s["id"].startswith("00") for s in view["strategies"]), view["strategies"]


def test_unknown_bodies_and_malformed_iris_are_refused(eng: LineageEngine) -> None:
    with pytest.raises(NotFound):
        entities.resolve_organisation(eng, "no-such-board-anywhere")
    with pytest.raises(InvalidArgument):
        entities.resolve_organisation(eng, "https://example.org/a b>")
    with pytest.raises(InvalidArgument):
        entities.describe(eng.store, "http://example.org/x> } DROP ALL {")


def test_description_holds_own_triples_and_their_evidence(eng: LineageEngine) -> None:
    iri = eng.resolve("Every Day Matters")
    triples = entities.describe(eng.store, iri)
    own = {t.predicate.value for t in triples if t.subject.value == iri}
    assert vocab.RDF + "type" in own
    quotes = [t.object.value for t in triples if t.predicate.value == vocab.OA + "exact"]
    assert any("Every Day Matters" in q for q in quotes)
    assert {vocab.SL + "Plan", vocab.SL + "Strategy"} <= set(entities.types_of(eng.store, iri))
    assert entities.is_mentioned(eng.store, iri)
    assert not entities.is_mentioned(eng.store, "http://example.org/never-said")


def test_legislation_key_maps_paths_and_checks_iris() -> None:
    assert entities.legislation_key("ukpga/2004/31/section/10") == vocab.LEGISLATION + "ukpga/2004/31/section/10"
    assert entities.legislation_key("Children Act 2004") == "Children Act 2004"
    with pytest.raises(InvalidArgument):
        entities.legislation_key("https://example.org/a b")


def test_source_text_holds_every_quote_at_its_offsets(eng: LineageEngine) -> None:
    info = eng.store.sources()[0]
    text = entities.source_text(eng.store, info.iri, info.graph)
    statements = eng.contributions(info.source_id).statements
    quoted = [e for st in statements for e in st.evidence if e.quote is not None and e.start is not None]
    assert text and quoted
    assert all(text[e.start : e.end] == e.quote for e in quoted)
    assert entities.source_text(eng.store, info.iri, "http://example.org/no-such-graph") == ""
