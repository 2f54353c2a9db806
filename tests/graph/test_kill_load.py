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
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph import oxigraph_store, remote_store
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


REVISION = "A revised edition: this new opening paragraph moves every passage after it.\n\n"
LOADED_AT = vocab.SL + "loadedAt"


def load_into(folder: Path, store: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).with_name("strategy-lineage")), "load", str(folder), "--store", store]
    return subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, **env},
    )


def source_quads(store: str, source_id: str, base: str | None = None) -> list[str]:
    """The quads of one source's graph but the time it was loaded, the store (with IRIs under ``base``,
    if given) opened for writing first: that rolls back a killed write."""
    minted_under = vocab.configure_base(base) if base else None
    try:
        opened = open_store(store)
        held = [str(q) for q in opened.quads(vocab.source_graph(source_id)) if q.predicate.value != LOADED_AT]
        del opened
    finally:
        if minted_under:
            vocab.configure_base(minted_under)
    return sorted(held)


@dataclass(frozen=True)
class Rewrite:
    """One long source (every seed's text in one document) in two editions: the second moves every
    passage, so most of its quads change and it is staged in batches, then switched in."""

    old_folder: Path
    new_folder: Path
    old_store: Path
    source_id: str
    old: list[str]
    new: list[str]
    duration: float


@pytest.fixture(scope="module")
def rewrite(tmp_path_factory: pytest.TempPathFactory) -> Rewrite:
    root = tmp_path_factory.mktemp("rewrite")
    seeds = sorted(SOURCES.glob("*.txt"))
    text = "\n\n".join(seed.read_text(encoding="utf-8") for seed in seeds)
    for folder, edition in ((root / "old", text), (root / "new", REVISION + text)):
        folder.mkdir()
        (folder / "every seed.txt").write_text(edition, encoding="utf-8")
        shutil.copyfile(seeds[0].with_suffix(".toml"), folder / "every seed.toml")
    assert load(root / "old", root / "old-store").wait(timeout=900) == 0
    shutil.copytree(root / "old-store", root / "new-store")
    started = time.monotonic()
    assert load(root / "new", root / "new-store").wait(timeout=900) == 0
    duration = time.monotonic() - started
    source_id = source_id_of(root / "old" / "every seed.txt")
    old, new = source_quads(str(root / "old-store"), source_id), source_quads(str(root / "new-store"), source_id)
    assert len(set(old) ^ set(new)) > oxigraph_store.BATCH
    return Rewrite(root / "old", root / "new", root / "old-store", source_id, old, new, duration)


def written_log_bytes(store: Path) -> int:
    """Bytes in the store's write-ahead logs: they grow as soon as a write's batches begin."""
    return sum(log.stat().st_size for log in store.glob("*.log") if log.exists())


def kill_while_writing(running: subprocess.Popen[bytes], store: Path, after: float) -> bool:
    """kill -9 ``after`` seconds into the write of the store (seen by its logs growing by a batch's
    worth); whether the process was still running then."""
    start = written_log_bytes(store)
    while running.poll() is None and written_log_bytes(store) - start < WRITE_STARTED:
        time.sleep(0.02)
    time.sleep(after)
    alive = running.poll() is None
    if alive:
        os.kill(running.pid, signal.SIGKILL)
    running.wait()
    return alive


WRITE_STARTED = 256 * 1024  # bytes of log: more than opening the store writes, less than one batch


@pytest.mark.slow
@pytest.mark.parametrize("after", [0.0, 0.3, 0.8, 2.0])
def test_kill_9_while_a_source_is_loaded_again_leaves_the_old_version_or_the_new_one(
    rewrite: Rewrite, tmp_path: Path, after: float
) -> None:
    store = tmp_path / "store"
    shutil.copytree(rewrite.old_store, store)
    killed = kill_while_writing(load(rewrite.new_folder, store), store, after)

    found = source_quads(str(store), rewrite.source_id)
    assert found in (rewrite.old, rewrite.new), f"killed: {killed}; {len(found)} quads"  # never neither, nor a mix
    assert validate_store(open_store(store, read_only=True)).conforms
    assert load(rewrite.new_folder, store).wait(timeout=900) == 0
    assert source_quads(str(store), rewrite.source_id) == rewrite.new


@pytest.mark.slow
@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.9])
def test_kill_9_while_a_source_is_loaded_again_into_an_engine_leaves_the_old_version_or_the_new_one(
    rewrite: Rewrite, virtuoso: str, tmp_path: Path, fraction: float
) -> None:
    base = f"http://kill-{uuid.uuid4().hex[:12]}.example/"  # graphs of this test's own
    env = {"STRATEGY_LINEAGE_BASE": base, "STRATEGY_LINEAGE_ORIGINALS": str(tmp_path / "originals")}
    assert load_into(rewrite.old_folder, virtuoso, env).wait(timeout=900) == 0
    old = source_quads(virtuoso, rewrite.source_id, base)
    started = time.monotonic()
    running = load_into(rewrite.new_folder, virtuoso, env)
    time.sleep(rewrite.duration * fraction)
    if running.poll() is None:
        os.kill(running.pid, signal.SIGKILL)
    running.wait()
    killed_after = time.monotonic() - started

    found = source_quads(virtuoso, rewrite.source_id, base)
    assert load_into(rewrite.new_folder, virtuoso, env).wait(timeout=900) == 0
    new = source_quads(virtuoso, rewrite.source_id, base)
    assert len(set(old) ^ set(new)) > remote_store.BATCH  # staged in batches, then switched in
    assert found in (old, new), f"killed after {killed_after:.1f} s: {len(found)} quads"
