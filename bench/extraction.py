"""Extraction rate of the real loaders on copies of the seed documents.

Copies keep each seed's text and metadata byte for byte under a new file name (so each
is a distinct source). Two figures: extraction alone (read, classify, extract facts
with evidence, turn them into quads), and the whole ``strategy-lineage load`` path
(that, plus one transaction per source into a persistent store and the inference refresh).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from graph.ingest import extract_any, load_paths
from graph.store import GraphStore, now_iso
from loaders.facts import to_quads

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


# The full load writes one transaction per source: a few dozen show its rate.
LOAD_DOCS = 50


def measure_extraction(count: int, folder: Path) -> dict:
    """Documents per second: extraction alone, and the full load into a fresh store."""
    copies = copy_seeds(count, folder / "sources")
    started = time.perf_counter()
    quads = sum(len(to_quads(extract_any(path), now_iso())) for path in copies)
    extract_s = time.perf_counter() - started

    store_path = folder / "store"
    shutil.rmtree(store_path, ignore_errors=True)
    store = GraphStore.open(store_path)
    loaded = copies[:LOAD_DOCS]
    started = time.perf_counter()
    load_paths(store, loaded)
    load_s = time.perf_counter() - started
    chars = sum(len(p.read_text(encoding="utf-8")) for p in copies)
    return {
        "docs": count, "mean_chars": chars / count, "quads": quads,
        "extract_s": extract_s, "docs_per_s": count / extract_s,
        "load_docs": len(loaded), "load_s": load_s, "load_docs_per_s": len(loaded) / load_s,
        "summary": f"{count} seed copies (mean {chars / count:,.0f} chars): extraction {count / extract_s:,.0f} docs/s; "
                   f"full load of {len(loaded)} into a store {len(loaded) / load_s:,.0f} docs/s",
    }
