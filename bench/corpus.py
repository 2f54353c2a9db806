"""Generating the synthetic corpus and bulk-loading it into a fresh persistent store.

Generation streams into the store (a 10^7-quad corpus never sits in memory); the time
spent generating is clocked inside the stream, so the load rate is the store's alone.
The store is a fresh folder, or a SPARQL engine given by URL (``--store``): there the
corpus is minted under an IRI base of its own, so each run's graphs, merge and version
are its own whatever the engine already holds.
"""

from __future__ import annotations

import gc
import itertools
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from bench import synthetic
from bench.workload import Workload, build_workload
from graph.inference import refresh_inferences
from graph.store import is_remote, open_store
from loaders.facts import to_quads
from strategy_lineage import vocab


@dataclass(frozen=True)
class Corpus:
    councils: int
    sources: int
    quads: int
    generate_s: float
    load_s: float
    # Raw pyoxigraph bulk_extend of the same quads into a fresh store on the same disk (None: a remote engine).
    raw_load_s: float | None
    # CPU seconds of each load, its loader threads' included and the corpus's generation not (None: a remote engine).
    load_cpu_s: float | None
    raw_load_cpu_s: float | None
    inference_s: float
    store: str  # a folder or a sparql+http(s):// URL
    nquads: Path | None
    workload: Workload
    base: str  # the IRI base the corpus was minted under
    disk_mb: float | None  # the store's folder (None: a remote engine)

    @property
    def load_rate(self) -> float:
        return self.quads / self.load_s

    @property
    def load_vs_raw(self) -> float | None:
        """Our bulk load's speed as a fraction of the engine's own (1.0: as fast as raw pyoxigraph)."""
        return self.raw_load_s / self.load_s if self.raw_load_s else None

    @property
    def load_vs_raw_cpu(self) -> float | None:
        """The same in CPU seconds: wall seconds flatter the load whose threads overlap the corpus's
        generation more (the generation's wall time, subtracted, grows with the loader's competition
        for the cores), CPU seconds do not (the generation's are counted on its own thread)."""
        return self.raw_load_cpu_s / self.load_cpu_s if self.raw_load_cpu_s and self.load_cpu_s else None


class Stream:
    """The corpus's quads, source by source, counting them and the time spent making them."""

    def __init__(self, councils: int, seed: int, max_sources: int | None = None) -> None:
        self._extractions = itertools.islice(synthetic.sources(councils, seed), max_sources)
        self.sources = 0
        self.quads = 0
        self.seconds = 0.0
        self.cpu_seconds = 0.0  # of the generating thread alone (the loader's own threads run meanwhile)

    def __iter__(self) -> Iterator[ox.Quad]:
        while True:
            started, cpu = time.perf_counter(), time.thread_time()
            extraction = next(self._extractions, None)
            batch = to_quads(extraction, synthetic.SYNTHETIC_LOADED_AT) if extraction else []
            self.seconds += time.perf_counter() - started
            self.cpu_seconds += time.thread_time() - cpu
            if extraction is None:
                return
            self.sources += 1
            self.quads += len(batch)
            yield from batch


def raw_bulk_load(councils: int, seed: int, path: Path, max_sources: int | None) -> tuple[float, float]:
    """Seconds and CPU seconds raw pyoxigraph takes to bulk-load the same corpus (its generation not counted)."""
    shutil.rmtree(path, ignore_errors=True)
    stream = Stream(councils, seed, max_sources)
    started, cpu = time.perf_counter(), time.process_time()
    raw = ox.Store(str(path))
    raw.bulk_extend(stream)
    raw.flush()
    seconds = time.perf_counter() - started - stream.seconds
    cpu_seconds = time.process_time() - cpu - stream.cpu_seconds
    del raw
    gc.collect()
    shutil.rmtree(path, ignore_errors=True)
    return seconds, cpu_seconds


def build(
    councils: int,
    seed: int,
    folder: Path,
    max_sources: int | None = None,
    write_nquads: bool = False,
    engine: str | None = None,
) -> Corpus:
    """Generate and bulk-load into ``folder/store`` (replacing it) or into the engine at the URL
    ``engine`` (under a fresh IRI base), infer, pick the workload."""
    location = engine or str(folder / "store")
    base = f"http://bench-{uuid.uuid4().hex[:12]}.example/" if engine else vocab.base_iri()
    minted_under = vocab.configure_base(base)
    try:
        return _build(councils, seed, folder, location, base, max_sources, write_nquads)
    finally:
        vocab.configure_base(minted_under)


def _build(
    councils: int, seed: int, folder: Path, location: str, base: str, max_sources: int | None, write_nquads: bool
) -> Corpus:
    if not is_remote(location):
        shutil.rmtree(location, ignore_errors=True)
    store = open_store(location)
    stream = Stream(councils, seed, max_sources)
    started, cpu = time.perf_counter(), time.process_time()
    store.bulk_load(stream)
    store.flush()
    loaded = time.perf_counter() - started - stream.seconds
    loaded_cpu = time.process_time() - cpu - stream.cpu_seconds
    remote = is_remote(location)
    raw = None if remote else raw_bulk_load(councils, seed, folder / "raw-oxigraph", max_sources)
    # The lineage engine's inferred successions, as after any real load.
    started = time.perf_counter()
    refresh_inferences(store)
    store.flush()
    inferred = time.perf_counter() - started
    workload = build_workload(store, seed)

    nquads = None
    if write_nquads:  # the rdflib baseline reads the same named graphs, inferences included
        nquads = folder / "corpus.nq"
        with nquads.open("wb") as handle:
            ox.serialize(store.quads(), handle, ox.RdfFormat.N_QUADS)
    # The server must be able to take the store's lock: drop every handle on it.
    del store
    gc.collect()
    return Corpus(
        councils,
        stream.sources,
        stream.quads,
        stream.seconds,
        loaded,
        raw[0] if raw else None,
        None if remote else loaded_cpu,
        raw[1] if raw else None,
        inferred,
        location,
        nquads,
        workload,
        base,
        None if is_remote(location) else disk_mb(Path(location)),
    )


def disk_mb(folder: Path) -> float:
    """What the folder takes on disk (du: files as allocated, hard links once)."""
    out = subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0]) / 1024
