"""A real uvicorn server on localhost, queried with SPARQLWrapper (what researchers use)."""

from __future__ import annotations

import gc
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

from graph.store import open_store
from tests.api.conftest import fill, served

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / "store"
    store = open_store(path)
    fill(store)
    store.flush()
    del store
    gc.collect()  # release the store's lock: the server opens it (read-only, no token)
    yield from served(path)


def wrapper(base: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(base + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql


SELECT = """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX sl: <https://w3id.org/strategy-lineage/def#>
SELECT ?plan ?title WHERE { ?plan a sl:Plan ; dcterms:title ?title } ORDER BY ?title"""


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_in_json(server, method):
    results = wrapper(server, SELECT, JSON, method).queryAndConvert()
    titles = [b["title"]["value"] for b in results["results"]["bindings"]]
    assert any(t.startswith("Every Day Matters") for t in titles)


def test_select_in_xml(server):
    document = wrapper(server, SELECT, XML).queryAndConvert()  # a parsed DOM
    literals = [n.firstChild.data for n in document.getElementsByTagName("literal")]
    assert any(t.startswith("Every Day Matters") for t in literals)


def test_ask(server):
    query = 'PREFIX dcterms: <http://purl.org/dc/terms/> ASK { ?s dcterms:alternative "Every Day Matters" }'
    assert wrapper(server, query, JSON).queryAndConvert()["boolean"] is True


@pytest.mark.parametrize("fmt", [TURTLE, XML])
def test_construct_parses_into_an_rdflib_graph(server, fmt):
    query = """PREFIX sl: <https://w3id.org/strategy-lineage/def#>
    CONSTRUCT { ?newer sl:supersedes ?older } WHERE { ?newer sl:supersedes ?older }"""
    result = wrapper(server, query, fmt).queryAndConvert()
    if isinstance(result, bytes):  # SPARQLWrapper hands Turtle back as bytes
        import rdflib

        result = rdflib.Graph().parse(data=result, format="turtle")
    assert len(result) >= 1
    assert all(str(p) == "https://w3id.org/strategy-lineage/def#supersedes" for _, p, _ in result)


def test_refusals_reach_the_client_as_errors(server):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(urllib.error.HTTPError) as refused:
        wrapper(server, query, JSON).queryAndConvert()
    assert refused.value.code == 403
