"""Odd but legal documents never crash the loaders, never leave a store changed by a refusal,
and cost time in proportion to their size.

The default suite loads a few hundred generated documents (every family of
:mod:`tests.loaders.adversarial` at small sizes, and random mixtures) into a real store.
The ``fuzz`` marker runs the long versions outside the default suite
(``pytest -m fuzz``): at least 10,000 documents, and every family at two sizes with a
bound per megabyte and on the growth from one size to the next (docs/linear-time.md).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from graph.ingest import load_paths
from graph.store import Store, open_store
from loaders.extract import extract
from loaders.facts import to_quads
from loaders.sources import SourceError
from strategy_lineage import vocab
from tests.loaders.adversarial import FAMILIES, document, random_document

LOADED_AT = "2026-01-01T00:00:00+00:00"


def snapshot(store: Store) -> tuple[int, int]:
    """Every write bumps the version; the count catches a write that forgot to."""
    return store.version, len(store)


def load_and_check(store: Store, path: Path) -> str:
    """Load one file: it is stored whole, or refused with one line and the store unchanged."""
    before = snapshot(store)
    try:
        [result] = load_paths(store, [path])
    except SourceError as err:
        message = str(err)
        assert "\n" not in message and path.name in message
        assert snapshot(store) == before, f"{path.name} was refused but the store changed"
        return "refused"
    assert store.has_graph(vocab.source_graph(result.source_id))
    return result.status


def extract_checked(path: Path) -> int:
    """Extract one file (or see it refused) and check every quote sits at its offsets."""
    try:
        extraction = extract(path)
    except SourceError as err:
        assert "\n" not in str(err)
        return 0
    text = extraction.text
    for fact in extraction.facts:
        if fact.span is not None:
            assert text[fact.span.start : fact.span.end] == fact.span.exact
    return len(to_quads(extraction, LOADED_AT))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return open_store(tmp_path_factory.mktemp("adversarial") / "store")


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_loads_or_is_refused_cleanly(store: Store, tmp_path: Path, family: str) -> None:
    path = tmp_path / f"{family}.txt"
    path.write_text(document(family, 4000), encoding="utf-8")
    assert load_and_check(store, path) in {"loaded", "reloaded", "refused"}


@pytest.mark.parametrize("batch", range(4))
def test_random_mixtures_extract_without_a_traceback(tmp_path: Path, batch: int) -> None:
    for seed in range(batch * 50, batch * 50 + 50):
        path = tmp_path / f"mixture {seed}.txt"
        path.write_text(random_document(seed, max_size=2000), encoding="utf-8")
        extract_checked(path)


def test_random_mixtures_load_into_a_real_store(store: Store, tmp_path: Path) -> None:
    statuses = set()
    for seed in range(1000, 1015):
        path = tmp_path / f"stored mixture {seed}.txt"
        path.write_text(random_document(seed, max_size=2000), encoding="utf-8")
        statuses.add(load_and_check(store, path))
    assert statuses & {"loaded", "reloaded"}


# --- long runs: `pytest -m fuzz` -------------------------------------------------------------
FUZZ_DOCUMENTS = int(os.environ.get("FUZZ_DOCUMENTS", "10000"))
# A generous bound: CPU seconds per MB of text on any family (measured figures in docs/linear-time.md).
SECONDS_PER_MB = float(os.environ.get("FUZZ_SECONDS_PER_MB", "30"))


@pytest.mark.fuzz
def test_ten_thousand_generated_documents(tmp_path: Path) -> None:
    slowest = 0.0
    for seed in range(FUZZ_DOCUMENTS):
        path = tmp_path / f"fuzz-{seed}.txt"
        text = random_document(seed, max_size=4000)
        path.write_text(text, encoding="utf-8")
        started = time.process_time()
        extract_checked(path)
        slowest = max(slowest, time.process_time() - started)
    assert slowest < 5, f"one small document took {slowest:.1f} s of CPU"


@pytest.mark.fuzz
@pytest.mark.parametrize("family", FAMILIES)
def test_cost_grows_linearly(tmp_path: Path, family: str) -> None:
    """Each family at 100 KB and 400 KB: within the bound per MB, and 4x the text costs at most
    about 4x (6x allows for noise; a quadratic pattern costs 16x)."""
    costs = []
    for size in (100_000, 400_000):
        path = tmp_path / f"{family}-{size}.txt"
        path.write_text(document(family, size), encoding="utf-8")
        started = time.process_time()
        extract_checked(path)
        costs.append(time.process_time() - started)
        assert costs[-1] < SECONDS_PER_MB * size / 1e6 + 0.5, f"{family}: {costs[-1]:.1f} s at {size} characters"
    assert costs[1] < 6 * costs[0] + 0.3, f"{family}: {costs[0]:.2f} s at 100 KB but {costs[1]:.2f} s at 400 KB"


@pytest.mark.fuzz
def test_a_store_survives_a_thousand_documents_and_refusals(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    for seed in range(1000):
        path = tmp_path / f"stored-{seed}.txt"
        path.write_text(random_document(50_000 + seed, max_size=3000), encoding="utf-8")
        load_and_check(store, path)
