"""One seed graph on disk per session, loaded from data/ by the real loaders, served by
the real ASGI app."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.ingest import load_paths
from graph.store import Store, open_store
from strategy_lineage.settings import Settings
from tests.conftest import BACKENDS, free_port

DATA = Path(__file__).resolve().parents[2] / "data"
TOKEN = "test-token-0123456789"


def fill(store: Store) -> None:
    load_paths(store, [DATA])


def make_client(location: Path | str, **settings) -> TestClient:
    store = open_store(location)
    fill(store)
    options = dict(tokens={TOKEN: "tester"}, query_timeout=1.0, result_limit=500, query_workers=2)
    options.update(settings)
    return TestClient(create_app(store, Settings(store=location, **options)))


@pytest.fixture(scope="session", params=BACKENDS)
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """Read-mostly client over the seed graph in each engine: tests must not write through it."""
    if request.param == "virtuoso":
        location: Path | str = request.getfixturevalue("virtuoso")
    else:
        location = tmp_path_factory.mktemp("store") / "store"
    with make_client(location) as c:
        yield c


@pytest.fixture(scope="session")
def embedded_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """The seed graph in the embedded store only: for what only it has (the killable query workers)."""
    with make_client(tmp_path_factory.mktemp("embedded") / "store") as c:
        yield c


@pytest.fixture()
def writable_client(tmp_path) -> TestClient:
    """A private store for tests that write."""
    with make_client(tmp_path / "store", query_workers=1) as c:
        yield c


ROOT = Path(__file__).resolve().parents[2]


def served(path: Path, *uvicorn_options: str, **env: str) -> Iterator[str]:
    """A real uvicorn server over the store at ``path`` (read-only, no token); yields its base URL."""
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("STRATEGY_LINEAGE_TOKEN")}
    environment.update(env, STRATEGY_LINEAGE_STORE=str(path))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "api.app:create_app",
            "--factory",
            *uvicorn_options,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=environment,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
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
