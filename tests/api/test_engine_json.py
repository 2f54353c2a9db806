"""SPARQL JSON results written by the engine itself: the same answer as our writer's, under the same caps."""

from __future__ import annotations

import time

import orjson
import pytest

from api import sparql_worker
from api.sparql_formats import write_solutions
from api.sparql_worker import QueryFailure, engine_json, run_query
from graph import rdf
from graph.oxigraph_store import OxigraphStore, open_snapshot

EX = "http://example.org/"


@pytest.fixture()
def store() -> OxigraphStore:
    """A small store of my own: terms of every kind the JSON results format distinguishes."""
    plan, made, graph = rdf.NamedNode(EX + "plan"), rdf.NamedNode(EX + "made"), rdf.NamedNode(EX + "source")
    year = rdf.Literal("2021", datatype=rdf.NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))
    quads = [
        rdf.Quad(plan, rdf.NamedNode(EX + "title"), rdf.Literal("Plan for the coast", language="en"), graph),
        rdf.Quad(plan, made, year, graph),
        rdf.Quad(plan, rdf.NamedNode(EX + "note"), rdf.Literal('says "adopted"\nthen\u2028revised'), graph),
        rdf.Quad(rdf.BlankNode("draft"), rdf.NamedNode(EX + "of"), plan, graph),
    ]
    quads += [rdf.Quad(rdf.NamedNode(f"{EX}row{n}"), made, rdf.Literal(str(n)), graph) for n in range(40)]
    # The default graph too, as the embedded store keeps it (the merge of the named graphs).
    quads += [rdf.Quad(q.subject, q.predicate, q.object, rdf.DefaultGraph()) for q in quads]
    return open_snapshot(None, rdf.serialize(quads, format=rdf.RdfFormat.N_QUADS))


EVERY_KIND = (
    f"SELECT ?s ?p ?o ?missing WHERE {{ ?s ?p ?o FILTER(isBlank(?s) || !STRSTARTS(STR(?s), '{EX}row'))"
    f" OPTIONAL {{ ?s <{EX}none> ?missing }} }}"
)


def ours(store: OxigraphStore, query: str) -> bytes:
    result = store.query(query)
    assert isinstance(result, rdf.QuerySolutions)
    variables = [v.value for v in result.variables]
    return write_solutions("json", variables, [[row[v] for v in variables] for row in result])


def test_the_engine_writes_the_same_bytes_as_our_writer(store):
    result = store.query(EVERY_KIND)
    assert isinstance(result, rdf.QuerySolutions)
    body = engine_json(result, 100, time.monotonic() + 10)
    assert body == ours(store, EVERY_KIND)
    bindings = orjson.loads(body)["results"]["bindings"]
    assert {term["type"] for row in bindings for term in row.values()} == {"literal", "uri", "bnode"}
    assert {"xml:lang", "datatype"} <= {key for row in bindings for key in row["o"]}


def test_more_rows_than_the_cap_is_refused_as_before(store):
    query = f"SELECT ?s WHERE {{ ?s <{EX}made> ?o }}"
    with pytest.raises(QueryFailure) as refused:
        run_query(store, query, {}, "json", "turtle", 10.0, 10)
    assert refused.value.status == 422 and "more than 10 rows" in refused.value.detail
    fmt, body = run_query(store, query, {}, "json", "turtle", 10.0, 41)
    assert fmt == "json" and len(orjson.loads(body)["results"]["bindings"]) == 41


def test_an_answer_too_large_for_the_engine_alone_is_run_again_row_by_row(store, monkeypatch):
    monkeypatch.setattr(sparql_worker, "ENGINE_JSON_BYTES", 200)  # a few rows' worth
    query = f"SELECT ?s ?o WHERE {{ ?s <{EX}made> ?o }}"
    result = store.query(query)
    assert isinstance(result, rdf.QuerySolutions)
    assert engine_json(result, 1000, time.monotonic() + 10) is None
    _, body = run_query(store, query, {}, "json", "turtle", 10.0, 1000)
    assert body == ours(store, query)
    with pytest.raises(QueryFailure) as refused:
        run_query(store, query, {}, "json", "turtle", 10.0, 39)
    assert refused.value.status == 422


def test_a_query_past_its_deadline_is_stopped_while_the_engine_writes(store):
    result = store.query(EVERY_KIND)
    assert isinstance(result, rdf.QuerySolutions)
    with pytest.raises(QueryFailure) as stopped:
        engine_json(result, 100, time.monotonic() - 1)
    assert stopped.value.status == 503 and stopped.value.kind == "query-timeout"
