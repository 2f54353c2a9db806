"""`kill -9` of a real `strategy-lineage load` at random moments (while sources are written and
while the inferences are refreshed): the store opens, holds every source whole or not at all,
validates, and the next load completes it. Slow (real processes): `pytest -m slow`."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.store import open_store
from graph.validate import validate_store
from loaders.sources import source_id_of
from strategy_lineage import vocab
from tests.conftest import SOURCES

COPIES = 4  # of each seed: a batch of 20 sources
TRIALS = 3


def batch(folder: Path) -> list[Path]:
    folder.mkdir()
    made = []
    for n in range(COPIES):
        for seed in sorted(SOURCES.glob("*.txt")):
            target = folder / f"copy {n} {seed.name}"
            shutil.copyfile(seed, target)
            shutil.copyfile(seed.with_suffix(".toml"), target.with_suffix(".toml"))
            made.append(target)
    return made


def load(folder: Path, store: Path) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).with_name("strategy-lineage")), "load", str(folder), "--store", str(store)]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parents[2]
    )


def graph_sizes(path: Path) -> dict[str, int]:
    """Quads in each source's named graph (the graphs a load writes one transaction each)."""
    store = open_store(path, read_only=True)
    prefix = vocab.source_graph_prefix()
    sizes: dict[str, int] = {}
    for quad in store.quads():
        graph = quad.graph_name.value
        if graph.startswith(prefix):
            sizes[graph] = sizes.get(graph, 0) + 1
    return sizes


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int], float]:
    """The batch loaded without interruption: what each source's graph holds, and how long it took."""
    root = tmp_path_factory.mktemp("kill")
    folder = root / "batch"
    batch(folder)
    started = time.monotonic()
    done = load(folder, root / "reference")
    assert done.wait(timeout=900) == 0, done.stderr.read() if done.stderr else ""
    return folder, graph_sizes(root / "reference"), time.monotonic() - started


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS))
def test_kill_9_leaves_every_source_whole_or_absent_and_the_next_load_completes(
    reference: tuple[Path, dict[str, int], float], tmp_path: Path, trial: int
) -> None:
    folder, expected, duration = reference
    assert len(expected) == COPIES * len(list(SOURCES.glob("*.txt")))
    # Spread over the run; the last trial lands in its final tenth, where the inferences are refreshed.
    moment = duration * (
        0.95 - random.Random(trial).random() * 0.1 if trial == TRIALS - 1 else 0.3 + random.Random(trial).random() * 0.6
    )
    store = tmp_path / "store"
    running = load(folder, store)
    time.sleep(moment)
    if running.poll() is None:
        os.kill(running.pid, signal.SIGKILL)
    running.wait()

    if store.exists():
        found = graph_sizes(store)  # the store opens
        for graph, size in found.items():
            assert expected.get(graph) == size, f"{graph} is half-written ({size} of {expected.get(graph)} quads)"
        assert validate_store(open_store(store, read_only=True)).conforms

    resumed = load(folder, store)
    assert resumed.wait(timeout=900) == 0, resumed.stderr.read() if resumed.stderr else ""
    assert graph_sizes(store) == expected
    reopened = open_store(store, read_only=True)
    assert {s.source_id for s in reopened.sources()} >= {source_id_of(p) for p in folder.glob("*.txt")}
    assert validate_store(reopened).conforms
    # The inferences are those of the whole batch, as after an uninterrupted load.
    inferred = sum(1 for _ in reopened.quads(vocab.inference_graph()))
    assert inferred == sum(
        1 for _ in open_store(folder.parent / "reference", read_only=True).quads(vocab.inference_graph())
    )


def infer(store: Path) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).with_name("strategy-lineage")), "infer", "--store", str(store)]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parents[2]
    )


def inferred(path: Path) -> int:
    return sum(1 for _ in open_store(path, read_only=True).quads(vocab.inference_graph()))


def without_inferences(reference: Path, target: Path) -> Path:
    """A copy of the loaded batch whose inference graph is empty: the next refresh rewrites all of it."""
    shutil.copytree(reference, target)
    store = open_store(target)
    store.replace_graph(vocab.inference_graph(), [])
    store.flush()
    del store
    return target


@pytest.mark.slow
@pytest.mark.parametrize("fraction", [0.5, 0.7, 0.85, 0.95])
def test_kill_9_during_the_inference_refresh_leaves_the_old_or_the_new_inferences(
    reference: tuple[Path, dict[str, int], float], tmp_path: Path, fraction: float
) -> None:
    folder, expected, _ = reference
    full = inferred(folder.parent / "reference")
    assert full > 0
    timing = without_inferences(folder.parent / "reference", tmp_path / "timing")
    started = time.monotonic()
    assert infer(timing).wait(timeout=600) == 0
    duration = time.monotonic() - started

    store = without_inferences(folder.parent / "reference", tmp_path / "store")
    running = infer(store)
    time.sleep(duration * fraction)
    if running.poll() is None:
        os.kill(running.pid, signal.SIGKILL)
    running.wait()

    assert inferred(store) in (0, full)  # the store opens; the refresh is all or nothing
    assert graph_sizes(store) == expected  # the sources are untouched
    assert validate_store(open_store(store, read_only=True)).conforms
    resumed = infer(store)
    assert resumed.wait(timeout=600) == 0, resumed.stderr.read() if resumed.stderr else ""
    assert inferred(store) == full
