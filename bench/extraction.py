"""Extraction rate of the real loaders on copies of the seed documents.

Copies keep each seed's text and metadata byte for byte under a new file name (so each
is a distinct source), then the whole folder goes through the same ingest as
``strategy-lineage load``: read, classify, extract with evidence, write one transaction
per source, refresh the inferences.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "data" / "sources"


def copy_seeds(count: int, folder: Path) -> list[Path]:
    """``count`` seed copies (cycling through the seeds) with their metadata files."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        raise RuntimeError(f"no seed documents in {SEEDS}")
    copies = []
    for n in range(count):
        seed = seeds[n % len(seeds)]
        target = folder / f"copy{n:04d}_{seed.name}"
        shutil.copyfile(seed, target)
        metadata = seed.with_suffix(".toml")
        if metadata.exists():
            shutil.copyfile(metadata, target.with_suffix(".toml"))
        copies.append(target)
    return copies


def measure_extraction(count: int, folder: Path) -> dict:
    """Documents per second through the real ingest into a fresh persistent store."""
    try:
        from graph.ingest import load_paths
    except ImportError as err:  # the loaders are written concurrently; say so rather than guess
        return {"docs": 0, "docs_per_s": None, "summary": f"not measured: {err}"}
    from graph.store import GraphStore

    copies = copy_seeds(count, folder / "sources")
    store_path = folder / "store"
    shutil.rmtree(store_path, ignore_errors=True)
    store = GraphStore.open(store_path)
    started = time.perf_counter()
    load_paths(store, copies)
    seconds = time.perf_counter() - started
    chars = sum(len(p.read_text(encoding="utf-8")) for p in copies)
    rate = count / seconds
    return {
        "docs": count, "seconds": seconds, "docs_per_s": rate, "mean_chars": chars / count,
        "quads": len(store),
        "summary": f"{count} seed copies (mean {chars / count:,.0f} chars) loaded in {seconds:.2f} s = {rate:,.0f} docs/s",
    }
