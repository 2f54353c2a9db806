"""The store: atomic per-source writes, set semantics for the default graph, format upgrades."""

from __future__ import annotations

import gc
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import oxigraph_store
from graph.store import STORE_FORMAT, Store, StoreError, memory_store, open_store
from strategy_lineage import vocab

S, P = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")


def quads(graph: str, *objects: str) -> list[ox.Quad]:
    return [ox.Quad(S, P, ox.Literal(o), vocab.source_graph(graph)) for o in objects]


def objects(store: Store) -> list[str]:
    return sorted(row["o"].value for row in store.select("SELECT ?o WHERE { ?s ?p ?o }"))


def test_a_triple_stated_by_two_sources_is_one_answer(empty_store: Store) -> None:
    store = empty_store
    store.replace_graph(vocab.source_graph("a"), quads("a", "x", "y"))
    store.replace_graph(vocab.source_graph("b"), quads("b", "x"))
    assert objects(store) == ["x", "y"]
    # Withdrawing one source keeps what the other still says.
    assert store.drop_graph(vocab.source_graph("a"))
    assert objects(store) == ["x"]
    store.replace_graph(vocab.source_graph("b"), quads("b", "z"))
    assert objects(store) == ["z"]
    assert store.version == 4


def test_failed_update_changes_nothing(empty_store: Store) -> None:
    store = empty_store
    store.replace_graph(vocab.source_graph("a"), quads("a", "x"))
    before = (store.version, sorted(map(str, store.quads())))
    # The update's last part (inserting into a blank-node graph) is invalid; its first part,
    # dropping the graph, must not have happened either.
    with pytest.raises((SyntaxError, StoreError)):  # the embedded parser's error, or the engine's
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


def test_a_write_above_one_batch_is_the_same_as_one_transaction(monkeypatch: pytest.MonkeyPatch) -> None:
    small, batched = memory_store(), memory_store()
    for store in (small, batched):
        store.replace_graph(vocab.source_graph("a"), quads("a", "x", "shared"))
    monkeypatch.setattr(oxigraph_store, "BATCH", 3)
    for store, batch in ((small, 1_000), (batched, 3)):
        monkeypatch.setattr(oxigraph_store, "BATCH", batch)
        store.replace_graph(vocab.source_graph("b"), quads("b", *"pqrstuvw", "shared"), [(S, P, ox.Literal("log"))])
        store.replace_graph(vocab.source_graph("a"), quads("a", "y", "z"))
    assert sorted(map(str, batched.quads())) == sorted(map(str, small.quads()))
    assert objects(batched) == objects(small) == sorted([*"pqrstuvw", "shared", "y", "z", "log"])
    assert batched.version == small.version == 3


@pytest.mark.parametrize("batch", [3, 8], ids=["staged and switched", "changed in one transaction"])
def test_a_graph_rewritten_above_one_batch_is_the_same_as_one_transaction(
    monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    small, batched = memory_store(), memory_store()
    for store in (small, batched):
        store.replace_graph(vocab.source_graph("a"), quads("a", *"abcdefgh", "shared"))
        store.replace_graph(vocab.source_graph("b"), quads("b", "shared", "b-only"))
    for store, size in ((small, 1_000), (batched, batch)):
        monkeypatch.setattr(oxigraph_store, "BATCH", size)
        # Rewrites of graphs the store holds: most quads kept, some gone, some new; one shared quad leaves
        # a graph while another graph still states it; a graph emptied; a graph withdrawn.
        store.replace_graphs(
            {vocab.source_graph("a"): quads("a", *"abcdefXY"), vocab.source_graph("b"): quads("b", "shared")},
            [(S, P, ox.Literal("log"))],
        )
        store.replace_graph(vocab.source_graph("b"), [])
        store.replace_graph(vocab.source_graph("c"), quads("c", *"pqrstuvw"))
        assert store.drop_graph(vocab.source_graph("c"))
    assert sorted(map(str, batched.quads())) == sorted(map(str, small.quads()))
    assert objects(batched) == objects(small) == sorted([*"abcdefXY", "log"])
    assert sorted(map(str, batched.graphs())) == sorted(map(str, small.graphs()))
    assert vocab.source_graph("b") not in batched.graphs()
    assert batched.version == small.version


@pytest.mark.parametrize("transactions", [1, 2], ids=["while the new graph is written", "before the last transaction"])
def test_a_batched_write_killed_midway_is_rolled_back_at_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, transactions: int
) -> None:
    path = tmp_path / "store"
    store = open_store(path)
    store.replace_graph(vocab.source_graph("a"), quads("a", "x"))
    monkeypatch.setattr(oxigraph_store, "BATCH", 2)
    engine = store._store  # type: ignore[attr-defined]
    store._store = DiesAfter(engine, transactions)  # type: ignore[attr-defined]  # the mark, then the graph
    with pytest.raises(KeyboardInterrupt):
        store.replace_graph(vocab.source_graph("b"), quads("b", *"pqrstu"))
    store._store = engine  # type: ignore[attr-defined]
    store.flush()
    del store, engine
    gc.collect()  # the interrupted call's frames held the store: release its lock
    with pytest.raises(StoreError, match="interrupted"):
        open_store(path, read_only=True)
    reopened = open_store(path)
    assert not reopened.has_graph(vocab.source_graph("b"))
    assert objects(reopened) == ["x"]
    assert reopened.version == 2


@pytest.mark.parametrize("transactions", range(9))  # the last: the write completes
def test_a_graph_rewrite_killed_at_any_moment_leaves_the_old_version_or_the_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, transactions: int
) -> None:
    path = tmp_path / "store"
    store = open_store(path)
    old, new = [*"pqrstu", "shared"], [*"pqrsWXYZ", "shared"]
    store.replace_graph(vocab.source_graph("a"), quads("a", "x", "shared"))
    store.replace_graph(vocab.source_graph("b"), quads("b", *old))
    monkeypatch.setattr(oxigraph_store, "BATCH", 2)  # the new version is staged, then switched in
    engine = store._store  # type: ignore[attr-defined]
    store._store = DiesAfter(engine, transactions)  # type: ignore[attr-defined]
    try:
        store.replace_graph(vocab.source_graph("b"), quads("b", *new))
        finished = True
    except KeyboardInterrupt:
        finished = False
    assert finished == (transactions >= 7)  # the mark, five batches staged, the switch
    store._store = engine  # type: ignore[attr-defined]
    store.flush()
    del store, engine
    gc.collect()  # the interrupted call's frames held the store: release its lock
    reopened = open_store(path)
    held = sorted(q.object.value for q in reopened.quads(vocab.source_graph("b")))
    assert held == sorted(new if finished else old)
    assert objects(reopened) == sorted({"x", *held})
    assert [g for g in reopened.graphs() if "staging" in g.value] == []
    del reopened
    gc.collect()
    assert open_store(path, read_only=True).has_graph(vocab.source_graph("b"))


class DiesAfter:
    """The engine, killed (as by a signal) when a write asks for one transaction more than allowed."""

    def __init__(self, engine: ox.Store, transactions: int) -> None:
        self._engine, self._left = engine, transactions

    def _one_more(self) -> None:
        if not self._left:
            raise KeyboardInterrupt
        self._left -= 1

    def extend(self, quads) -> None:
        self._one_more()
        self._engine.extend(quads)

    def update(self, update: str) -> None:
        self._one_more()
        self._engine.update(update)

    def bulk_extend(self, quads) -> None:
        """Not a transaction: killed midway, it has written some of its quads."""
        quads = iter(quads)
        if not self._left:
            self._engine.bulk_extend(islice(quads, 3))
            raise KeyboardInterrupt
        self._left -= 1
        self._engine.bulk_extend(quads)

    def __getattr__(self, name: str):
        return getattr(self._engine, name)
