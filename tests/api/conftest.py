"""One seed graph on disk per session, loaded from data/ by the real loaders, served by
the real ASGI app."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.ingest import load_paths
from graph.store import Store, open_store

DATA = Path(__file__).resolve().parents[2] / "data"
TOKEN = "test-token-0123456789"


def fill(store: Store) -> None:
    load_paths(store, [DATA])


def make_client(path: Path, **settings) -> TestClient:
    store = open_store(path)
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


ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
