"""One seed graph on disk per session, loaded from data/ by the real loaders, served by
the real ASGI app."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.ingest import load_paths
from graph.store import GraphStore

DATA = Path(__file__).resolve().parents[2] / "data"
TOKEN = "test-token-0123456789"


def fill(store: GraphStore) -> None:
    load_paths(store, [DATA])


def make_client(path: Path, **settings) -> TestClient:
    store = GraphStore.open(path)
    fill(store)
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
