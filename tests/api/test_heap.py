"""The server keeps each graph version's projection out of the garbage collector's full collections."""

from __future__ import annotations

import gc

from api.app import create_app
from graph.store import open_store
from strategy_lineage.settings import Settings
from tests.api.conftest import fill


def test_a_built_projection_is_frozen_out_of_full_collections(tmp_path) -> None:
    store = open_store(tmp_path / "store")
    fill(store)
    app = create_app(store, Settings(store=tmp_path / "store"))  # no lifespan: nothing built yet
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        projection = app.state.engine.projection
        assert projection.search_index.search("every day matters"), "a real projection was built"
        # The projection (its search index, labels, adjacency) is now in the permanent generation.
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
