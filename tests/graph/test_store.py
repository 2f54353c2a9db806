"""The store: atomic per-source writes, set semantics for the default graph, format upgrades."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.store import STORE_FORMAT, Store, StoreError, memory_store, open_store
from strategy_lineage import vocab

S, P = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")


def quads(graph: str, *objects: str) -> list[ox.Quad]:
    return [ox.Quad(S, P, ox.Literal(o), vocab.source_graph(graph)) for o in objects]


def objects(store: Store) -> list[str]:
    return sorted(row["o"].value for row in store.select("SELECT ?o WHERE { ?s ?p ?o }"))


def test_a_triple_stated_by_two_sources_is_one_answer() -> None:
    store = memory_store()
    store.replace_graph(vocab.source_graph("a"), quads("a", "x", "y"))
    store.replace_graph(vocab.source_graph("b"), quads("b", "x"))
    assert objects(store) == ["x", "y"]
    # Withdrawing one source keeps what the other still says.
    assert store.drop_graph(vocab.source_graph("a"))
    assert objects(store) == ["x"]
    store.replace_graph(vocab.source_graph("b"), quads("b", "z"))
    assert objects(store) == ["z"]
    assert store.version == 4


def test_failed_update_changes_nothing() -> None:
    store = memory_store()
    store.replace_graph(vocab.source_graph("a"), quads("a", "x"))
    before = (store.version, sorted(map(str, store.quads())))
    # The update's last part (inserting into a blank-node graph) is invalid; its first part,
    # dropping the graph, must not have happened either.
    with pytest.raises(SyntaxError):
        store.replace_graph(ox.BlankNode("g"), quads("a", "y"))
    assert (store.version, sorted(map(str, store.quads()))) == before


def test_a_store_from_before_the_merged_default_graph_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "store"
    old = ox.Store(str(path))
    old.extend(quads("a", "x"))  # named graphs only, no format stamp: how format 1 looked
    old.flush()
    del old
    with pytest.raises(StoreError, match="older version"):
        open_store(path, read_only=True)
    upgraded = open_store(path)
    assert upgraded.format == STORE_FORMAT
    # The default graph now mirrors the source's graph (a merge: the union of named graphs).
    assert [row["o"].value for row in upgraded.select(f"SELECT ?o WHERE {{ <{S.value}> ?p ?o }}")] == ["x"]
    assert not upgraded.upgrade()


def test_locked_store_gives_one_clear_line(tmp_path: Path) -> None:
    first = open_store(tmp_path / "store")
    with pytest.raises(StoreError, match="in use by another process"):
        open_store(tmp_path / "store")
    del first


def test_a_store_is_only_opened_under_the_base_it_was_minted_with(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    store.replace_graph(vocab.source_graph("a"), quads("a", "x"))
    del store
    minted_under = vocab.configure_base("https://strategies.example.gov.uk")
    try:
        for read_only in (False, True):
            with pytest.raises(StoreError, match="STRATEGY_LINEAGE_BASE=http://localhost:8000/"):
                open_store(tmp_path / "store", read_only=read_only)
    finally:
        vocab.configure_base(minted_under)


def test_the_base_is_read_from_the_environment_once(monkeypatch) -> None:
    """Minting happens once per fact: it must not read the environment each time."""
    before = vocab.entity_iri("strategy", "Early Help Strategy")
    monkeypatch.setenv("STRATEGY_LINEAGE_BASE", "https://strategies.example.gov.uk/")
    assert vocab.entity_iri("strategy", "Early Help Strategy") == before
    assert before.value.startswith(vocab.base_iri())
