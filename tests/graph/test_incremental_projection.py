"""After a load or a withdrawal, the projection is updated by reading again only what the write
touched, and is then exactly the projection a full build of the store gives."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from bench import synthetic
from graph import lineage, oxigraph_store, touched
from graph.ingest import extract_any, find_sources, store_extraction, store_extractions, withdraw
from graph.lineage import LineageEngine
from graph.projection import Projection, build_projection, update_projection
from graph.store import Store, memory_store
from graph.touched import touched_between
from loaders.facts import SourceExtraction
from strategy_lineage import vocab

DATA = Path(__file__).resolve().parents[2] / "data"
ROLE = NamedNode(vocab.SL + "role")


def state(proj: Projection) -> dict[str, Any]:
    """Everything an answer reads from a projection, in the order it reads it."""

    def graph(g) -> list:
        return [(n, list(g._succ[n].items()), list(g._pred[n])) for n in g]

    index = proj.interval_index
    return {
        "nodes": list(proj.nodes.items()),
        "kinds": list(proj._kinds.items()),
        "ids": sorted((k, v) for k, v in proj._ids.items() if v),
        "any": graph(proj.any_graph),
        "stated": graph(proj.stated_graph),
        "series": list(proj.series.items()),
        "member series": sorted((k, v) for k, v in proj._member_series.items() if v),
        "in force": (index.first, index.last, list(index._periods.items()), sorted(index._buckets.items())),
        "search": proj.search_index.entries,
    }


class Updates:
    """A projection kept up to date the way a server keeps it: updated from the previous one by what
    each write touched; checked against a full build after every step."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.projection = build_projection(store, store.version)
        self.updated = 0

    def check(self, step: str) -> None:
        version = self.store.version
        touched = touched_between(self.store, self.projection.version, version)
        assert touched is not None, f"{step}: the writes were not recorded"
        self.projection = update_projection(self.projection, self.store, version, touched)
        self.updated += 1
        assert state(self.projection) == state(build_projection(self.store, version)), step


@pytest.fixture(scope="module")
def seeds() -> list[SourceExtraction]:
    return [extract_any(path) for path in find_sources([DATA])]


@pytest.fixture(scope="module")
def councils() -> list[SourceExtraction]:
    return list(synthetic.sources(2, seed=3))


def test_seed_sources_loaded_one_by_one(seeds):
    store = memory_store()
    updates = Updates(store)
    for extraction in seeds:
        store_extractions(store, [extraction])
        updates.check(extraction.source_id)
    assert updates.projection.any_graph.number_of_edges() > 0  # the seeds' lineage was projected
    assert updates.projection.series


def test_two_councils_loaded_one_by_one_then_withdrawn_one_by_one(councils):
    store = memory_store()
    updates = Updates(store)
    for extraction in councils:
        store_extractions(store, [extraction])
        updates.check(f"load {extraction.source_id}")
    assert any(e["edge"].inferred for _, _, e in updates.projection.any_graph.edges(data=True))
    for extraction in reversed(councils[1:]):
        assert withdraw(store, extraction.source_id)
        updates.check(f"withdraw {extraction.source_id}")
    assert len(updates.projection.nodes) < 20


def test_several_loads_between_two_reads(councils, seeds):
    store = memory_store()
    store_extractions(store, councils[:5])
    updates = Updates(store)
    store_extractions(store, councils[5:])
    withdraw(store, councils[2].source_id)
    store_extractions(store, seeds[:3])
    updates.check("three writes")


def test_a_plan_given_another_role_moves_to_another_series(councils):
    store = memory_store()
    store_extractions(store, councils)
    updates = Updates(store)
    source = next(e for e in councils if any(f.predicate == ROLE for f in e.facts))
    changed = dataclasses.replace(
        source,
        facts=[
            dataclasses.replace(f, object=Literal("an unrelated role")) if f.predicate == ROLE else f
            for f in source.facts
        ],
        sha256="0" * 64,
    )
    before = updates.projection.series
    store_extractions(store, [changed])
    updates.check("role changed")
    assert updates.projection.series != before


def test_a_supersession_stated_by_a_second_source_then_by_the_second_alone(councils):
    """An edge whose ends are unchanged but whose evidence grows, then shrinks."""
    store = memory_store()
    store_extractions(store, councils)
    updates = Updates(store)
    source = next(e for e in councils if any(f.predicate.value == vocab.SL + "supersedes" for f in e.facts))
    again = dataclasses.replace(source, source_id=source.source_id + "-copy", sha256="1" * 64)
    evidence = lambda: {  # noqa: E731
        (a, b): len(data["edge"].evidence) for a, b, data in updates.projection.stated_graph.edges(data=True)
    }
    before = evidence()
    store_extractions(store, [again])
    updates.check("stated again by another source")
    assert any(n > before.get(pair, 0) for pair, n in evidence().items())
    assert withdraw(store, source.source_id)
    updates.check("the first source withdrawn")
    assert evidence() == before


def test_the_engine_updates_its_projection_after_its_own_writes(councils, monkeypatch):
    store = memory_store()
    store_extractions(store, councils[:3])
    engine = LineageEngine(store)
    first = engine.projection
    built = []
    monkeypatch.setattr(lineage, "build_projection", lambda *args: built.append(args) or build_projection(*args))
    store_extractions(store, councils[3:6])
    withdraw(store, councils[0].source_id)
    updated = engine.projection
    assert updated is not first and updated.version == store.version
    assert not built  # updated, not built again
    assert state(updated) == state(build_projection(store, store.version))


def test_a_write_no_record_covers_builds_in_full(councils):
    """A version reached by a write this process did not record (another process's, a bulk load):
    the projection is built in full, never updated past it."""
    store = memory_store()
    store_extractions(store, councils[:3])
    engine = LineageEngine(store)
    before = engine.projection.version
    graph = councils[3].graph
    store.replace_graph(graph, _quads(store, councils[3]))
    store_extractions(store, councils[4:6])  # recorded, but after the gap
    assert touched_between(store, before, store.version) is None
    assert state(engine.projection) == state(build_projection(store, store.version))


def test_a_graph_too_large_to_read_twice_is_not_recorded(councils, monkeypatch):
    """What a write of a very large graph touched is not read (twice more per write): the next
    projection is built in full."""
    store = memory_store()
    store_extractions(store, councils[:3])
    engine = LineageEngine(store)
    before = engine.projection.version
    monkeypatch.setattr(touched, "MOST_READ", 50)
    store_extractions(store, councils[3:5])
    assert touched_between(store, before, store.version) is None
    assert state(engine.projection) == state(build_projection(store, store.version))


def test_a_load_that_fails_midway_is_never_updated_past(councils, monkeypatch):
    """A write that fails after writing part of a new graph (a new graph is written in parts, as
    the kill test's load is) leaves those parts until the next writable open: no projection is then
    updated, the next one is built in full and sees the store as it is."""
    monkeypatch.setattr(oxigraph_store, "BATCH", 20)  # every source's graph is a journaled write
    monkeypatch.setattr(oxigraph_store, "BULK_BATCH", 30)  # written in parts of 30 quads
    store = memory_store()
    store_extractions(store, councils[:3])
    engine = LineageEngine(store)
    before = engine.projection.version
    failing = councils[3]
    graph = failing.graph

    def quads_then_failure() -> Iterator[Quad]:
        for number, quad in enumerate(_quads(store, failing)):
            if number == 100:
                raise OSError("disk full")
            yield quad

    with pytest.raises(OSError):
        store_extraction_with(store, graph, quads_then_failure())
    assert store.has_graph(graph)  # its first parts are there
    store_extractions(store, councils[4:6])
    assert touched_between(store, before, store.version) is None
    assert state(engine.projection) == state(build_projection(store, store.version))


def store_extraction_with(store: Store, graph: NamedNode, quads: Iterator[Quad]) -> None:
    """A source's write as store_extraction makes it, with the quads given."""
    from graph.touched import recorded_write

    recorded_write(store, [graph], lambda: store.replace_graph(graph, quads))


def _quads(store: Store, extraction: SourceExtraction) -> Iterator[Quad]:
    """The extraction's quads, as a load writes them (in another store: this one is left alone)."""
    scratch = memory_store()
    store_extraction(scratch, extraction)
    return iter(list(scratch.quads(extraction.graph)))
