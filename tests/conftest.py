"""Fixtures shared by every layer's tests: the bundled data, loaded once into a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ingest import load_paths
from graph.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SOURCES = DATA / "sources"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A persistent store holding the bundled data (read-only use: copy it before writing)."""
    store = open_store(tmp_path_factory.mktemp("seed") / "store")
    load_paths(store, [DATA])
    return store


# Long runs stay out of the default suite (and out of `-m "not browser and not server"`):
# they run only when chosen by name, e.g. `pytest -m fuzz` or `pytest -m slow`.
LONG_RUNS = {"fuzz", "slow"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    chosen = config.getoption("markexpr") or ""
    for item in items:
        for marker in LONG_RUNS & {m.name for m in item.iter_markers()}:
            if marker not in chosen:
                item.add_marker(pytest.mark.skip(reason=f"long run: choose it with pytest -m {marker}"))


@pytest.fixture(scope="session")
def chromium():
    """The run's one headless Chromium (Playwright's sync API allows one per thread)."""
    from tests.browser.conftest import launch_chromium

    yield from launch_chromium()
