"""Generating the synthetic corpus and bulk-loading it into a fresh persistent store."""

from __future__ import annotations

import gc
import itertools
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from bench.workload import Workload, build_workload
from graph.inference import refresh_inferences
from graph.store import GraphStore
from loaders import synthetic
from loaders.facts import to_quads


@dataclass(frozen=True)
class Corpus:
    councils: int
    sources: int
    quads: int
    generate_s: float
    load_s: float
    inference_s: float
    store: Path
    nquads: Path | None
    workload: Workload

    @property
    def load_rate(self) -> float:
        return self.quads / self.load_s


def generate(councils: int, seed: int, max_sources: int | None = None) -> tuple[list[ox.Quad], int]:
    """Every quad of the corpus (optionally only its first ``max_sources`` sources)."""
    extractions = itertools.islice(synthetic.sources(councils, seed), max_sources)
    quads: list[ox.Quad] = []
    count = 0
    for extraction in extractions:
        quads.extend(to_quads(extraction, synthetic.SYNTHETIC_LOADED_AT))
        count += 1
    return quads, count


def build(councils: int, seed: int, folder: Path, max_sources: int | None = None,
          write_nquads: bool = False) -> Corpus:
    """Generate, bulk-load into ``folder/store`` (replacing it) and pick the workload."""
    store_path = folder / "store"
    shutil.rmtree(store_path, ignore_errors=True)
    started = time.perf_counter()
    quads, sources = generate(councils, seed, max_sources)
    generated = time.perf_counter() - started

    store = GraphStore.open(store_path)
    started = time.perf_counter()
    store.bulk_load(quads)
    store.flush()
    loaded = time.perf_counter() - started
    # The lineage engine's inferred successions, as after any real load.
    started = time.perf_counter()
    refresh_inferences(store)
    inferred = time.perf_counter() - started
    workload = build_workload(store, seed)

    nquads = None
    if write_nquads:  # the rdflib baseline reads the same named graphs, inferences included
        nquads = folder / "corpus.nq"
        with nquads.open("wb") as handle:
            ox.serialize(store.quads(), handle, ox.RdfFormat.N_QUADS)
    count = len(quads)
    # The server must be able to take the store's lock: drop every handle on it.
    del store, quads
    gc.collect()
    return Corpus(councils, sources, count, generated, loaded, inferred, store_path, nquads, workload)
