"""Large SPARQL answers always arrive: a real uvicorn server under uvloop (as `serve` runs
it), 50 requests for each of about 100 KB, 1 MB and 5 MB of results, every one complete;
more rows than the cap is a clear 422."""

from __future__ import annotations

import gc
import json
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.store import open_store
from tests.api.conftest import served

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
ROWS = 10_500  # more than the default cap of 10,000
TEXT_LENGTH = 600
PREDICATE = "http://example.org/synthetic/says"


def synthetic_store(path: Path) -> None:
    """ROWS subjects, each with one literal of TEXT_LENGTH characters, in one named graph."""
    graph = ox.NamedNode("http://example.org/synthetic/graph")
    quads = (
        ox.Quad(
            ox.NamedNode(f"http://example.org/synthetic/s{i:05d}"),
            ox.NamedNode(PREDICATE),
            ox.Literal(f"row {i:05d} " + "abcdefghij" * (TEXT_LENGTH // 10)),
            graph,
        )
        for i in range(ROWS)
    )
    store = open_store(path)
    store.replace_graph(graph, quads)
    store.flush()
    del store
    gc.collect()  # release the store's lock: the server opens it


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "store"
    synthetic_store(path)
    # Four clients at once from one address; a loaded machine must not turn this into a timing test.
    yield from served(
        path,
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        STRATEGY_LINEAGE_QUERIES_PER_CLIENT="4",
        STRATEGY_LINEAGE_QUERY_TIMEOUT="60",
    )


def select(limit: int, n: int) -> str:
    # The comment makes each request distinct, so none is answered from the result cache.
    return f"SELECT ?s ?text WHERE {{ ?s <{PREDICATE}> ?text }} LIMIT {limit} # request {n}"


def fetch(base: str, query: str) -> tuple[int, bytes]:
    url = base + "/sparql?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


@pytest.mark.parametrize("rows", [150, 1_500, 7_700], ids=["100KB", "1MB", "5MB"])
def test_fifty_large_answers_all_arrive_whole(server, rows):
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda n: fetch(server, select(rows, n)), range(50)))
    failures = [(status, body[:200]) for status, body in answers if status != 200]
    assert failures == [], f"{len(failures)} of 50 failed, e.g. {failures[0]}"
    sizes = set()
    for _, body in answers:
        bindings = json.loads(body)["results"]["bindings"]
        assert len({b["s"]["value"] for b in bindings}) == rows
        assert {len(b["text"]["value"]) for b in bindings} == {len("row 00000 ") + TEXT_LENGTH}
        sizes.add(len(body))
    assert len(sizes) == 1  # every answer the same, to the byte
    print(f"{rows} rows: {sizes.pop() / 1e6:.2f} MB each")


def test_more_rows_than_the_cap_is_a_clear_422(server):
    status, body = fetch(server, select(ROWS, 0))
    assert status == 422
    problem = json.loads(body)
    assert problem["type"].endswith("result-too-large")
    assert "more than 10000 rows" in problem["detail"]
