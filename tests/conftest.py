"""Fixtures shared by every layer's tests: the bundled data, loaded once into a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ingest import load_paths
from graph.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SOURCES = DATA / "sources"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    """A persistent store holding the bundled data (read-only use: copy it before writing)."""
    store = GraphStore.open(tmp_path_factory.mktemp("seed") / "store")
    load_paths(store, [DATA])
    return store
