"""The inference refresh after a write recomputes only the series the write can change, and
leaves exactly the graph a full run over the same sources writes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode

from bench import synthetic
from graph.inference import infer, refresh_inferences
from graph.ingest import extract_any, find_sources, store_extraction, store_extractions, withdraw
from graph.store import Store, memory_store
from loaders.facts import SourceExtraction
from strategy_lineage import vocab

DATA = Path(__file__).resolve().parents[2] / "data"
ROLE = NamedNode(vocab.SL + "role")


def inferred(store: Store) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.quads(vocab.inference_graph())}


def in_full(store: Store) -> set[tuple]:
    """What a full run over the store's sources infers."""
    return {(q.subject, q.predicate, q.object) for q in infer(store)[0]}


@pytest.fixture(scope="module")
def seeds() -> list[SourceExtraction]:
    return [extract_any(path) for path in find_sources([DATA])]


@pytest.fixture(scope="module")
def councils() -> list[SourceExtraction]:
    return list(synthetic.sources(2, seed=3))


def test_a_source_loaded_last_gives_what_loading_all_at_once_gives(councils):
    *first, last = councils
    stepwise = memory_store()
    store_extractions(stepwise, first)
    store_extractions(stepwise, [last])
    at_once = memory_store()
    store_extractions(at_once, councils)
    refresh_inferences(at_once)  # in full
    assert inferred(stepwise) == inferred(at_once)
    assert any(p.value == vocab.SL + "succeeds" for _, p, _ in inferred(at_once))  # series were inferred


def test_every_source_of_two_councils_loaded_one_by_one(councils):
    store = memory_store()
    for extraction in councils:
        store_extractions(store, [extraction])
        assert inferred(store) == in_full(store), extraction.source_id


@pytest.mark.parametrize("position", [0, 5, -1])
def test_withdrawing_a_source_gives_the_full_run_of_the_rest(councils, position):
    store = memory_store()
    store_extractions(store, councils)
    assert withdraw(store, councils[position].source_id)
    assert inferred(store) == in_full(store)


def test_a_plan_given_another_role_moves_to_another_series(councils):
    store = memory_store()
    store_extractions(store, councils)
    before = inferred(store)
    source = next(e for e in councils if any(f.predicate == ROLE for f in e.facts))
    changed = dataclasses.replace(
        source,
        facts=[
            dataclasses.replace(f, object=Literal("an unrelated role")) if f.predicate == ROLE else f
            for f in source.facts
        ],
        sha256="0" * 64,
    )
    store_extractions(store, [changed])
    assert inferred(store) == in_full(store) != before


@pytest.mark.parametrize("left_out", [0, 3, -1])
def test_seed_sources_loaded_one_after_the_others(seeds, left_out):
    rest = [e for n, e in enumerate(seeds) if n != left_out]
    store = memory_store()
    store_extractions(store, rest)
    store_extractions(store, [seeds[left_out]])
    assert inferred(store) == in_full(store)
    assert withdraw(store, seeds[left_out].source_id)
    assert inferred(store) == in_full(store)


def test_a_load_killed_before_its_refresh_is_caught_up_by_the_next_load(councils):
    # A plan's report of the first council, then a source of the second (whose refresh alone
    # would not revisit the first council's series).
    publisher = councils[0].metadata["publisher"]
    killed = next(e for e in councils if e.kind == "committee-report" and e.metadata["publisher"] == publisher)
    *first, last = [e for e in councils if e is not killed]
    assert last.metadata["publisher"] != publisher
    store = memory_store()
    store_extractions(store, first)
    store_extraction(store, killed)  # written, and the process dies before the refresh
    assert inferred(store) != in_full(store)
    store_extractions(store, [last])
    assert inferred(store) == in_full(store)
