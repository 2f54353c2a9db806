"""Shared, session-scoped stores for the lineage engine tests (built once: keeps the suite fast)."""

from __future__ import annotations

import pytest

from graph.lineage import LineageEngine
from tests.graph.seedlike import seed_like_store


@pytest.fixture(scope="session")
def seed_engine(store) -> LineageEngine:
    """The engine over the bundled data in each engine (tests/conftest.py: the `store` fixture)."""
    return LineageEngine(store)


@pytest.fixture(scope="session")
def seedlike_store():
    return seed_like_store()


@pytest.fixture(scope="session")
def engine(seedlike_store) -> LineageEngine:
    return LineageEngine(seedlike_store)
