"""Property-based tests on random supersession graphs and random series.

Each example builds a real (in-memory) store from Facts, runs the inference, and checks
the engine against an independent networkx model and against SPARQL property paths
over the same store.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode

from graph.inference import refresh_inferences
from graph.lineage import MAX_DEPTH, LineageEngine
from graph.periods import gaps_between
from graph.records import Node, make_period
from graph.store import Store, memory_store, now_iso
from loaders.facts import Fact, SourceExtraction, Span, to_quads
from strategy_lineage import vocab

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TEXT = "A synthetic source used by property tests. " * 4
SPAN = Span.of(TEXT, 2, 11)
PREDICATES = ("supersedes", "isRevisionOf", "partiallySupersedes", "supersededBy")
STATED_PATH = "(sl:supersedes|sl:isRevisionOf|sl:partiallySupersedes|^sl:supersededBy)+"
ANY_PATH = "(sl:supersedes|sl:isRevisionOf|sl:partiallySupersedes|^sl:supersededBy|sl:succeeds)+"
PUBLISHER = vocab.entity_iri("organisation", "Somewhere Council")


@dataclass(frozen=True)
class Plan:
    index: int
    start: int
    length: int
    role: str

    @property
    def iri(self) -> NamedNode:
        return vocab.entity_iri("strategy", f"plan {self.index}")

    @property
    def id(self) -> str:
        return f"plan-{self.index}"


def year(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(vocab.XSD + "gYear"))


def build(plans: list[Plan], links: list[tuple[int, str, int]]) -> Store:
    facts = []
    for p in plans:
        facts += [
            Fact(p.iri, vocab.A, vocab.sl("Plan"), "t", SPAN),
            Fact(p.iri, vocab.TITLE, Literal(f"Plan {p.index}"), "t", SPAN),
            Fact(p.iri, vocab.PUBLISHER, PUBLISHER, "t", SPAN),
            Fact(p.iri, vocab.sl("role"), Literal(p.role), "t", SPAN),
            Fact(p.iri, vocab.sl("validFrom"), year(p.start), "t", SPAN),
            Fact(p.iri, vocab.sl("validUntil"), year(p.start + p.length), "t", SPAN),
        ]
    facts += [Fact(plans[a].iri, vocab.sl(pred), plans[b].iri, "t", SPAN) for a, pred, b in links]
    source = SourceExtraction("prop", "committee-report", TEXT, {}, hashlib.sha256(TEXT.encode()).hexdigest(), facts)
    store = memory_store()
    store.replace_graph(source.graph, to_quads(source, now_iso()))
    refresh_inferences(store)
    return store


def stated_model(plans: list[Plan], links) -> nx.DiGraph:
    """Independent model: newer -> older for every stated link."""
    g = nx.DiGraph()
    g.add_nodes_from(p.id for p in plans)
    for a, pred, b in links:
        newer, older = (plans[b], plans[a]) if pred == "supersededBy" else (plans[a], plans[b])
        g.add_edge(newer.id, older.id)
    return g


def inferred_edges(store: Store) -> set[tuple[str, str]]:
    rows = store.select("SELECT ?s ?o WHERE { ?s sl:succeeds ?o }")
    return {(r["s"].value.rsplit("/", 1)[-1], r["o"].value.rsplit("/", 1)[-1]) for r in rows}


@st.composite
def corpora(draw, acyclic: bool):
    n = draw(st.integers(2, 9))
    plans = [
        Plan(i, draw(st.integers(2000, 2024)), draw(st.integers(0, 4)), draw(st.sampled_from(["role a", "role b"])))
        for i in range(n)
    ]
    links = draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.sampled_from(PREDICATES), st.integers(0, n - 1)), max_size=12)
    )
    if acyclic:  # newer plans have higher indexes: every link points "down" the index order
        links = [(a, p, b) for a, p, b in links if (a > b if p != "supersededBy" else a < b)]
    return plans, links


def reachable(g: nx.DiGraph, root: str, direction: str, depth: int) -> set[str]:
    found = {root}
    if direction in ("up", "both"):
        found |= set(nx.single_source_shortest_path_length(g, root, cutoff=depth))
    if direction in ("down", "both"):
        found |= set(nx.single_source_shortest_path_length(g.reverse(), root, cutoff=depth))
    return found


@SETTINGS
@given(corpora(acyclic=False), st.data())
def test_lineage_never_loops_and_the_depth_limit_holds(corpus, data):
    plans, links = corpus
    store = build(plans, links)
    engine = LineageEngine(store)
    model = stated_model(plans, links)
    model.add_edges_from(inferred_edges(store))
    root = data.draw(st.sampled_from(plans))
    direction = data.draw(st.sampled_from(["up", "down", "both"]))
    depth = data.draw(st.integers(1, 5))
    result = engine.lineage(root.id, direction=direction, depth=depth)
    ids = [n.id for n in result.nodes]
    assert len(ids) == len(set(ids))  # nothing visited twice
    assert set(ids) == reachable(model, root.id, direction, depth)
    assert all(e.source in ids and e.target in ids for e in result.edges)
    walked = nx.DiGraph([(e.source, e.target) for e in result.edges])
    has_cycle = any(len(c) > 1 for c in nx.strongly_connected_components(walked)) or nx.number_of_selfloops(walked) > 0
    assert bool(result.cycles) == has_cycle


@SETTINGS
@given(corpora(acyclic=False))
def test_inferred_edges_never_duplicate_stated_ones(corpus):
    plans, links = corpus
    store = build(plans, links)
    stated = stated_model(plans, links)
    for newer, older in inferred_edges(store):
        assert not stated.has_edge(newer, older) and not stated.has_edge(older, newer)
        assert not nx.has_path(stated, newer, older) and not nx.has_path(stated, older, newer)
    engine = LineageEngine(store)
    for p in plans:
        assert all(not e.inferred for e in engine.lineage(p.id, evidence="stated", depth=MAX_DEPTH).edges)


@SETTINGS
@given(corpora(acyclic=False), st.booleans())
def test_projection_agrees_with_sparql_property_paths(corpus, stated_only):
    plans, links = corpus
    store = build(plans, links)
    engine = LineageEngine(store)
    path = STATED_PATH if stated_only else ANY_PATH
    evidence = "stated" if stated_only else "any"
    for p in plans:
        up = {r["o"].value for r in store.select(f"SELECT DISTINCT ?o WHERE {{ <{p.iri.value}> {path} ?o }}")}
        down = {r["s"].value for r in store.select(f"SELECT DISTINCT ?s WHERE {{ ?s {path} <{p.iri.value}> }}")}
        ancestors = engine.lineage(p.id, direction="up", depth=MAX_DEPTH, evidence=evidence)
        descendants = engine.lineage(p.id, direction="down", depth=MAX_DEPTH, evidence=evidence)
        assert {n.iri for n in ancestors.nodes} - {p.iri.value} == up - {p.iri.value}
        assert {n.iri for n in descendants.nodes} - {p.iri.value} == down - {p.iri.value}


@st.composite
def series_corpora(draw):
    starts = draw(st.lists(st.integers(1990, 2030), min_size=2, max_size=8, unique=True))
    plans = [Plan(i, s, draw(st.integers(0, 5)), "one role") for i, s in enumerate(sorted(starts))]
    links = [(i + 1, draw(st.sampled_from(PREDICATES[:3])), i) for i in range(len(plans) - 1) if draw(st.booleans())]
    return plans, links


@SETTINGS
@given(series_corpora())
def test_random_series_infers_exactly_the_unstated_consecutive_links_and_reports_gaps(corpus):
    plans, links = corpus
    store = build(plans, links)
    engine = LineageEngine(store)
    stated = {(a, b) for a, _, b in links}
    expected = {(plans[i + 1].id, plans[i].id) for i in range(len(plans) - 1) if (i + 1, i) not in stated}
    assert inferred_edges(store) == expected
    (series,) = engine.series()
    assert [m.id for m in series.members] == [p.id for p in plans]
    # Gaps: independent reckoning in whole years.
    expected_gaps, covered_to = [], None
    for p in plans:
        if covered_to is not None and p.start > covered_to + 1:
            expected_gaps.append((covered_to + 1, p.start - 1))
        covered_to = max(covered_to or p.start + p.length, p.start + p.length)
    assert [(g.start.year, g.end.year) for g in series.gaps] == expected_gaps
    # The whole series is one chain in the "any" view: walking down from the first reaches the last.
    assert engine.path(plans[0].id, plans[-1].id).direction == "down"


def test_gaps_between_ignores_members_without_a_start():
    members = [
        Node("a", "a", "a", "Plan", make_period("2000", "2001")),
        Node("b", "b", "b", "Plan", make_period(None, None)),
        Node("c", "c", "c", "Plan", make_period("2005", "2006")),
    ]
    assert [(g[0], g[1]) for g in gaps_between(members)] == [("a", "c")]
