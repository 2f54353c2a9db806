"""`kill -9` of a real server while it loads uploads (each upload writes its source and
refreshes the inferences): the store opens, holds every source whole or not at all,
validates, and the same uploads to a restarted server complete it. Slow (real
processes): `pytest -m slow`."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from graph.store import open_store
from graph.validate import validate_store
from tests.api.conftest import ROOT, TOKEN, free_port
from tests.conftest import SOURCES
from tests.graph.test_kill_load import graph_sizes, inferred

TRIALS = 3
SEEDS = sorted(SOURCES.glob("*.txt"))


@contextmanager
def server(store: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A writable server over ``store`` in its own process group (so kill -9 takes its workers too)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRATEGY_LINEAGE_")}
    env.update(STRATEGY_LINEAGE_STORE=str(store), STRATEGY_LINEAGE_TOKEN=TOKEN)
    command = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--port", str(port)]
    proc = subprocess.Popen(
        [*command, "--log-level", "warning"], env=env, cwd=ROOT, start_new_session=True, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail("the server did not start")
        time.sleep(0.1)
    try:
        yield proc, base
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


def upload_all(base: str) -> list[int]:
    statuses = []
    with httpx.Client(base_url=base, timeout=300, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        for seed in SEEDS:
            files = {"file": (seed.name, seed.read_bytes(), "text/plain")}
            metadata = {"metadata": seed.with_suffix(".toml").read_text(encoding="utf-8")}
            try:
                statuses.append(client.post("/api/sources", files=files, data=metadata).status_code)
            except httpx.TransportError:  # the server was killed under this upload
                break
    return statuses


def empty_store(path: Path) -> Path:
    store = open_store(path)
    store.flush()
    del store
    return path


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, int], int, float]:
    """The uploads without interruption: each source graph's size, the inferences, the time taken."""
    store = empty_store(tmp_path_factory.mktemp("upload-kill") / "reference")
    with server(store) as (_, base):
        started = time.monotonic()
        assert upload_all(base) == [201] * len(SEEDS)
        duration = time.monotonic() - started
    return graph_sizes(store), inferred(store), duration


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS))
def test_kill_9_during_uploads_leaves_every_source_whole_or_absent(
    reference: tuple[dict[str, int], int, float], tmp_path: Path, trial: int
) -> None:
    expected, full_inferences, duration = reference
    store = empty_store(tmp_path / "store")
    with server(store) as (proc, base):
        uploading = threading.Thread(target=upload_all, args=(base,))
        uploading.start()
        time.sleep(duration * (0.2 + random.Random(trial).random() * 0.7))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        uploading.join()

    found = graph_sizes(store)  # the store opens
    for graph, size in found.items():
        assert expected.get(graph) == size, f"{graph} is half-written ({size} of {expected.get(graph)} quads)"
    assert validate_store(open_store(store, read_only=True)).conforms

    with server(store) as (_, base):
        assert set(upload_all(base)) <= {200, 201}
    assert graph_sizes(store) == expected
    assert inferred(store) == full_inferences
    assert validate_store(open_store(store, read_only=True)).conforms
