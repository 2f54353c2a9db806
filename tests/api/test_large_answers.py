"""Large SPARQL answers always arrive: a real uvicorn server under uvloop (as `serve` runs
it), 50 requests for each of about 100 KB, 1 MB and 5 MB of results, every one complete;
more rows than the cap is a clear 422."""

from __future__ import annotations

import gc
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.store import GraphStore

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
ROWS = 10_500  # more than the default cap of 10,000
TEXT_LENGTH = 600
PREDICATE = "http://example.org/synthetic/says"


def synthetic_store(path: Path) -> None:
    """ROWS subjects, each with one literal of TEXT_LENGTH characters, in one named graph."""
    graph = ox.NamedNode("http://example.org/synthetic/graph")
    quads = (
        ox.Quad(ox.NamedNode(f"http://example.org/synthetic/s{i:05d}"), ox.NamedNode(PREDICATE),
                ox.Literal(f"row {i:05d} " + "abcdefghij" * (TEXT_LENGTH // 10)), graph)
        for i in range(ROWS)
    )
    store = GraphStore.open(path)
    store.replace_graph(graph, quads)
    store.flush()
    del store
    gc.collect()  # release the store's lock: the server opens it


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "store"
    synthetic_store(path)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRATEGY_LINEAGE_TOKEN")}
    env["STRATEGY_LINEAGE_STORE"] = str(path)
    # Four clients at once from one address; a loaded machine must not turn this into a timing test.
    env.update(STRATEGY_LINEAGE_QUERIES_PER_CLIENT="4", STRATEGY_LINEAGE_QUERY_TIMEOUT="60")
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--loop", "uvloop",
         "--http", "httptools", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env=env, cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/api/health", timeout=1)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("the server did not start")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


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
