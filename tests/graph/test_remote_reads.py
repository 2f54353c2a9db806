"""Reading a store in batches: many subjects per look-up, the projection from a few queries per
graph version whatever the corpus's size, and answers past an engine's row cap read in pages."""

from __future__ import annotations

from collections import Counter

import pytest

from graph import rdf
from graph.projection import build_projection
from graph.provenance import evidence_by_iri
from graph.remote_store import RemoteStore
from graph.store import Store

# The bundled data on Virtuoso only: what is checked here is how the remote store talks to it.
ON_VIRTUOSO = pytest.mark.parametrize("store", ["virtuoso"], indirect=True)


def _evidence_nodes(store: Store) -> list[rdf.NamedNode]:
    rows = store.select("SELECT DISTINCT ?ev WHERE { ?ev a sl:Evidence } ORDER BY ?ev LIMIT 40")
    return [row["ev"] for row in rows]  # type: ignore[misc]


def _sorted(pairs: list) -> list[tuple[str, str]]:
    return sorted((str(p), str(o)) for p, o in pairs)


def test_properties_of_many_subjects_are_each_subjects_properties(store: Store) -> None:
    subjects = _evidence_nodes(store)
    absent = rdf.NamedNode("http://example.org/nothing-is-said-about-this")
    found = store.properties_of([*subjects, absent])
    assert absent.value not in found
    assert {s.value: _sorted(found[s.value]) for s in subjects} == {
        s.value: _sorted(store.properties(s)) for s in subjects
    }
    rule = rdf.NamedNode("https://w3id.org/strategy-lineage/def#rule")
    only = store.properties_of(subjects, [rule])
    assert {s: _sorted(p) for s, p in only.items()} == {
        s.value: _sorted(store.properties(s, rule)) for s in subjects if store.properties(s, rule)
    }


def _requests(monkeypatch: pytest.MonkeyPatch) -> Counter:
    sent: Counter = Counter()
    post = RemoteStore._post

    def counted(self: RemoteStore, url: str, form: dict, accept: str, timeout: float | None = None):
        sent["requests"] += 1
        return post(self, url, form, accept, timeout)

    monkeypatch.setattr(RemoteStore, "_post", counted)
    return sent


@ON_VIRTUOSO
def test_evidence_is_read_in_a_few_requests_not_several_per_node(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    iris = [row["ev"].value for row in store.select("SELECT DISTINCT ?ev WHERE { ?ev a sl:Evidence }")]
    sent = _requests(monkeypatch)
    items = evidence_by_iri(store, iris)
    quoted = [item for item in items.values() if item.quote and item.start is not None and item.source]
    assert len(iris) > 500 and len(quoted) > 0.9 * len(iris)
    # A batch per level (evidence, targets, selectors, sources; then the inferences' bases) and
    # per 500 nodes: a request per node would be about three thousand.
    assert sent["requests"] <= 30


def _answer(projection) -> tuple:
    edges = sorted((a, b, d["edge"]) for a, b, d in projection.any_graph.edges(data=True))
    return projection.nodes, edges, projection.series


@ON_VIRTUOSO
def test_answers_past_the_engines_row_cap_are_read_in_pages(store: Store) -> None:
    assert isinstance(store, RemoteStore)
    query = "SELECT ?e ?t WHERE { ?e a ?t }"
    whole = store.select(query)
    unpaged = _answer(build_projection(store, store.version))
    store.page_rows = 37  # as if the engine's cap (Virtuoso's ResultSetMaxRows) were 37 rows
    try:
        paged = store.select(query)
        assert len(whole) > 10 * 37
        assert sorted(map(str, paged)) == sorted(map(str, whole))
        assert _answer(build_projection(store, store.version)) == unpaged
    finally:
        store.page_rows = None
