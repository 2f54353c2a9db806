"""Session fixtures: a small synthetic corpus (two councils), as extractions and as a store."""

from __future__ import annotations

import pytest

from bench import synthetic
from graph.inference import refresh_inferences
from graph.store import Store, memory_store
from loaders.facts import SourceExtraction

COUNCILS = 2


@pytest.fixture(scope="session")
def extractions() -> list[SourceExtraction]:
    return list(synthetic.sources(COUNCILS, seed=0))


@pytest.fixture(scope="session")
def corpus_store() -> Store:
    store = memory_store()
    store.bulk_load(synthetic.quads(COUNCILS, seed=0))
    refresh_inferences(store)
    return store
