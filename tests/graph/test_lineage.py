"""Lineage, path and name resolution on the seed-like graph (Fact-built, same IRIs as the loaders)."""

from __future__ import annotations

import pytest

from graph.lineage import MAX_DEPTH, Ambiguous, InvalidArgument, LineageEngine, NotFound
from graph.records import INFERRED_SUCCESSION, PARTIALLY_SUPERSEDES, REVISION_OF, SUPERSEDES
from tests.graph.seedlike import SOURCES

WT, EDM = "working-together-to-improve-outcomes", "every-day-matters"
C2006, C2008 = "kent-children-and-young-peoples-plan-2006-2008", "kent-children-and-young-peoples-plan-2008-2011"
STATUTORY = {"education-development-plan", "behaviour-support-plan", "early-years-and-childcare-plan"}


def edges_of(result):
    return {(e.source, e.relation, e.target): e for e in result.edges}


def test_lineage_up_from_working_together_is_the_chain_and_dag(engine):
    result = engine.lineage("Working Together", direction="up")
    assert result.root == WT
    assert {n.id for n in result.nodes} == {WT, EDM, C2008, C2006} | STATUTORY
    edges = edges_of(result)
    assert (WT, SUPERSEDES, EDM) in edges
    assert (EDM, INFERRED_SUCCESSION, C2008) in edges
    assert (C2008, REVISION_OF, C2006) in edges
    # A DAG, not a chain: the 2008 plan has four predecessors.
    assert {t for s, _, t in edges if s == C2008} == {C2006} | STATUTORY
    assert all(edges[(C2008, PARTIALLY_SUPERSEDES, p)] for p in STATUTORY)
    assert not result.cycles and not result.truncated


def test_every_stated_edge_quotes_its_source_at_its_offsets(engine):
    result = engine.lineage(WT, direction="up")
    for edge in result.edges:
        assert edge.evidence, edge
        for ev in edge.evidence:
            if edge.inferred:
                assert ev.derivation == "inferred" and ev.rule == "consecutive-in-series"
                continue
            text = (SOURCES / f"{ev.source}.txt").read_text(encoding="utf-8")
            assert text[ev.start : ev.end] == ev.quote
    supersedes = edges_of(result)[(WT, SUPERSEDES, EDM)].evidence[0]
    assert "to replace Every Day Matters" in supersedes.quote
    assert supersedes.source == "002_7e30c0936a50fbe4"


def test_inferred_edge_gives_its_reasons_and_cites_the_facts_it_used(engine):
    edge = edges_of(engine.lineage(EDM, direction="up", depth=1))[(EDM, INFERRED_SUCCESSION, C2008)]
    assert edge.inferred
    (ev,) = edge.evidence
    assert "same publisher" in ev.reason and "same role" in ev.reason and "consecutive periods" in ev.reason
    assert "2012-01-01 to 2012-12-31" in ev.reason  # the gap it bridges
    used = {(b.source, b.quote) for b in ev.based_on}
    assert ("003_e8b9a6c9523d440f", "2008-2011") in used and ("004_e00e668bf0bcf141", "2013-2016") in used


def test_stated_only_view_drops_the_inferred_link(engine):
    stated = engine.lineage(WT, direction="up", evidence="stated")
    assert {n.id for n in stated.nodes} == {WT, EDM}
    assert all(not e.inferred for e in stated.edges)
    with pytest.raises(NotFound):
        engine.path(C2006, WT, evidence="stated")


def test_down_direction_and_depth_limit(engine):
    down = engine.lineage(C2006, direction="down", depth=2)
    assert [n.id for n in down.nodes] == [C2006, C2008, EDM]
    assert down.truncated  # Working Together is one step further
    assert {n.id for n in engine.lineage(C2006, direction="down", depth=3).nodes} == {C2006, C2008, EDM, WT}
    one = engine.lineage(EDM, direction="both", depth=1)
    assert {n.id for n in one.nodes} == {EDM, WT, C2008}


def test_path_from_2006_plan_to_working_together_has_evidence_at_every_step(engine):
    found = engine.path("Kent Children and Young People's Plan 2006-2008", "Working Together")
    assert found.direction == "down"
    assert [n.id for n in found.nodes] == [C2006, C2008, EDM, WT]
    assert [e.relation for e in found.edges] == [REVISION_OF, INFERRED_SUCCESSION, SUPERSEDES]
    assert all(e.evidence for e in found.edges)
    back = engine.path(WT, C2006)
    assert back.direction == "up" and [n.id for n in back.nodes] == [WT, EDM, C2008, C2006]


@pytest.mark.parametrize("depth", [0, -1, MAX_DEPTH + 1, True, 2.5])
def test_depth_must_be_a_positive_int_with_a_maximum(engine, depth):
    with pytest.raises(InvalidArgument, match="depth"):
        engine.lineage(WT, depth=depth)


def test_bad_direction_and_evidence_mode(engine):
    with pytest.raises(InvalidArgument, match="direction"):
        engine.lineage(WT, direction="sideways")
    with pytest.raises(InvalidArgument, match="evidence"):
        engine.lineage(WT, evidence="rumour")


def test_unknown_name_gives_nearest_candidates(engine):
    with pytest.raises(NotFound) as err:
        engine.lineage("Every Day Maters")  # misspelt
    assert err.value.candidates and err.value.candidates[0].id == EDM
    assert "every-day-matters" in str(err.value)


def test_ambiguous_name_lists_the_candidates(engine):
    with pytest.raises(Ambiguous) as err:
        engine.resolve("Kent Children and Young People's Plan")
    assert {c.id for c in err.value.candidates} == {C2006, C2008}


def test_resolve_accepts_ids_iris_titles_and_acronyms(engine):
    iri = engine.resolve(EDM)
    assert iri.endswith("/id/strategy/every-day-matters")
    assert engine.resolve(iri) == iri
    assert engine.resolve("EDM") == iri
    assert engine.resolve("every day matters") == iri
    assert engine.resolve("CYPP 2008").endswith(C2008)
    # The framework, not the statutory guidance, when a strategy is asked for.
    assert engine.resolve("Working Together").endswith(WT)


def test_a_supersession_cycle_is_reported_and_never_followed_twice():
    from pyoxigraph import Literal

    from graph.lineage import LineageEngine
    from graph.store import memory_store, now_iso
    from loaders.facts import to_quads
    from strategy_lineage import vocab
    from tests.graph.seedlike import Source

    src = Source("003_e8b9a6c9523d440f.txt", "committee-report", "cycle")
    a, b, c = (vocab.entity_iri("strategy", f"plan {x}") for x in "abc")
    for iri, name in ((a, "Plan A"), (b, "Plan B"), (c, "Plan C")):
        src.state(iri, vocab.A, vocab.sl("Plan"), "Plan", "t")
        src.state(iri, vocab.TITLE, Literal(name), "Plan", "t")
    # A bad curation: a replaces b, b replaces c, c replaces a.
    for newer, older in ((a, b), (b, c), (c, a)):
        src.state(newer, vocab.sl("supersedes"), older, "replaces", "t")
    store = memory_store()
    store.replace_graph(src.extraction.graph, to_quads(src.extraction, now_iso()))
    engine = LineageEngine(store)
    result = engine.lineage("plan-a", direction="both", depth=MAX_DEPTH)
    assert sorted(n.id for n in result.nodes) == ["plan-a", "plan-b", "plan-c"]
    assert result.cycles == (("plan-a", "plan-b", "plan-c"),)
    assert engine.projection.cycles() == [("plan-a", "plan-b", "plan-c")]
    assert engine.path("plan-a", "plan-c").direction == "up"


def test_edges_are_graded_stated_above_inferred(engine):
    edges = {(e.source, e.target): e for e in engine.lineage(WT, direction="up").edges}
    assert edges[(WT, EDM)].grade == "stated"
    assert edges[(EDM, C2008)].grade == "inferred"
    assert all(e.grade == "stated" for e in engine.lineage(WT, direction="up", evidence="stated").edges)


def test_each_new_projection_is_announced_once(seedlike_store):
    version = [1]
    built = []
    engine = LineageEngine(seedlike_store, lambda: version[0], on_built=built.append)
    first = engine.projection
    assert engine.projection is first and built == [first]
    version[0] = 2
    second = engine.projection
    assert second is not first and built == [first, second]
