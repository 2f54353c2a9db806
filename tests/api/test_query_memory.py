"""A query's memory is capped in its worker: past the cap it is stopped with a clear
problem, the server does not grow, and the pool serves the next query."""

from __future__ import annotations

import resource

import pytest

from tests.api.conftest import make_client

# Every pair of statements, their texts concatenated into one string: hundreds of MB
# on the seed graph within seconds.
HOG = "SELECT (GROUP_CONCAT(CONCAT(STR(?o), STR(?z))) AS ?g) WHERE { ?s ?p ?o . ?x ?y ?z }"


@pytest.fixture()
def capped_client(tmp_path):
    with make_client(tmp_path / "store", query_memory_mb=300, query_timeout=60, query_workers=1) as c:
        yield c


def test_a_query_past_the_memory_cap_is_stopped_clearly(capped_client):
    c = capped_client
    assert c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    r = c.get("/sparql", params={"query": HOG})
    assert r.status_code == 503
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["type"].endswith("query-memory-limit")
    assert "more than the 300 MB of memory" in problem["detail"]
    # The server process itself did not grow by the query's size (it ran elsewhere)...
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024
    # ...and the replaced worker answers the next query.
    assert c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
