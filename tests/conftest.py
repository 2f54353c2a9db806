"""Fixtures shared by every layer's tests: the bundled data, loaded once into a real store."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.ingest import load_paths
from graph.store import Store, memory_store, open_store
from strategy_lineage import vocab

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SOURCES = DATA / "sources"
# The engines the store contract and the five questions are checked on (the `store` fixtures).
BACKENDS = ["oxigraph", "virtuoso"]


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A persistent store holding the bundled data (read-only use: copy it before writing)."""
    store = open_store(tmp_path_factory.mktemp("seed") / "store")
    load_paths(store, [DATA])
    return store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throwaway Virtuoso 7 on loopback ports (scripts/virtuoso.sh); yields its store URL.
    STRATEGY_LINEAGE_TEST_ENGINE=URL runs the same tests on an engine already running instead.

    Skipped where Virtuoso is not installed, except in CI (CI set), where it must run."""
    if os.environ.get("STRATEGY_LINEAGE_TEST_ENGINE"):
        yield os.environ["STRATEGY_LINEAGE_TEST_ENGINE"]
        return
    if not shutil.which("virtuoso-t"):
        if os.environ.get("CI"):
            pytest.fail("Virtuoso 7 is required in CI: make system-packages installs virtuoso-opensource")
        pytest.skip("Virtuoso 7 not installed (Debian virtuoso-opensource; make system-packages)")
    folder = tmp_path_factory.mktemp("virtuoso")
    script = str(ROOT / "scripts" / "virtuoso.sh")
    started = subprocess.run(
        [script, "start", str(folder), str(free_port()), str(free_port())], capture_output=True, text=True
    )
    if started.returncode != 0:
        pytest.fail(f"Virtuoso did not start: {started.stderr.strip()}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([script, "stop", str(folder)], check=False)


@pytest.fixture(scope="session", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The bundled data in each engine (read-only use): the same tests run on both."""
    if request.param == "virtuoso":
        location: str | Path = request.getfixturevalue("virtuoso")
    else:
        location = tmp_path_factory.mktemp("seed-oxigraph") / "store"
    loaded = open_store(location)
    load_paths(loaded, [DATA])
    return loaded


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """An empty store in each engine, for tests that write. On Virtuoso every test gets its
    own IRI base: its graphs, its merge and its version are then its own."""
    if request.param == "oxigraph":
        yield memory_store()
        return
    url = request.getfixturevalue("virtuoso")
    minted_under = vocab.configure_base(f"http://test-{uuid.uuid4().hex[:12]}.example/")
    try:
        yield open_store(url)
    finally:
        vocab.configure_base(minted_under)


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
