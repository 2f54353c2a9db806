"""One seed graph on disk per session, served by the real ASGI app.

The store is loaded from data/ with the real loaders when they are available, otherwise
from the seed-like Facts in tests/graph/seedlike.py (same IRIs and evidence shape).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.store import GraphStore, now_iso

DATA = Path(__file__).resolve().parents[2] / "data"
TOKEN = "test-token"
# The real loaders build the session graph once graph.ingest exists; until then, seed-like Facts.
REAL_LOADERS = importlib.util.find_spec("graph.ingest") is not None


def fill(store: GraphStore) -> None:
    if not REAL_LOADERS:
        from graph.inference import refresh_inferences
        from loaders.facts import to_quads
        from tests.graph.seedlike import seed_like_sources

        loaded = now_iso()
        for extraction in seed_like_sources():
            store.replace_graph(extraction.graph, to_quads(extraction, loaded))
        refresh_inferences(store)
        return
    from graph.ingest import load_paths

    load_paths(store, [DATA])


def make_client(path: Path, **settings) -> TestClient:
    store = GraphStore.open(path)
    fill(store)
    store.flush()
    options = dict(tokens={TOKEN: "tester"}, query_timeout=1.0, result_limit=500, query_workers=2)
    options.update(settings)
    return TestClient(create_app(store, Settings(store=path, **options)))


@pytest.fixture(scope="session")
def client(tmp_path_factory) -> TestClient:
    """Read-mostly client over the seed graph: tests must not write through it."""
    with make_client(tmp_path_factory.mktemp("store") / "store") as c:
        yield c


@pytest.fixture()
def writable_client(tmp_path) -> TestClient:
    """A private store for tests that write."""
    with make_client(tmp_path / "store", query_workers=1) as c:
        yield c
