"""What the inference refresh costs on a large store: in full, after one source is added (a
seed document: a publisher the corpus does not hold) and after one council's report is read
again (its council's series recomputed), each refreshing only what the write touched and then
in full (which must then find nothing to change), and the inference graph rewritten from nothing.

    python -m bench.infer_cost --store var/bench/councils-500/store

The store must have been built by ``python -m bench.run`` (or ``strategy-lineage synth --load``)
with seed 0; it is changed: one seed document is added, and the inference graph is rewritten.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path

from bench import synthetic
from graph.inference import refresh_inferences
from graph.ingest import extract_any, store_extraction
from graph.store import Store, open_store
from strategy_lineage import vocab

SEED = Path(__file__).resolve().parents[1] / "data" / "sources" / "001_6296d0a391ff5100.txt"


def timed(name: str, step: Callable[[], object]) -> tuple[str, float, float, object]:
    """(name, wall s, CPU s, what the step returned)."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = step()
    return name, time.perf_counter() - wall, time.process_time() - cpu, out


def inferred_quads(store: Store) -> int:
    return sum(1 for _ in store.quads(vocab.inference_graph()))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.infer_cost", description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--no-full", action="store_true", help="skip rewriting the whole inference graph again")
    args = parser.parse_args(argv)
    store = open_store(args.store)
    load = os.getloadavg()[0]
    print(f"store {args.store}: {len(store):,} quads, {inferred_quads(store):,} inferred; load {load:.1f}")
    seed = extract_any(SEED)
    report = next(e for e in synthetic.sources(1, seed=0) if e.kind == "committee-report")
    touched: dict[str, set[str]] = {"seed": set(), "report": set()}
    steps = [
        timed("refresh in full as the store is", lambda: refresh_inferences(store)),
        timed("write one source (a seed document)", lambda: store_extraction(store, seed, touched=touched["seed"])),
        timed("refresh what it touched", lambda: refresh_inferences(store, touched["seed"])),
        timed("refresh in full after it (nothing to change)", lambda: refresh_inferences(store)),
        timed(
            "write a council's report again",
            lambda: store_extraction(store, report, force=True, touched=touched["report"]),
        ),
        timed("refresh what it touched", lambda: refresh_inferences(store, touched["report"])),
        timed("refresh in full after it (nothing to change)", lambda: refresh_inferences(store)),
    ]
    if not args.no_full:
        steps += [
            timed("empty the inference graph", lambda: store.replace_graph(vocab.inference_graph(), [])),
            timed("refresh in full (every inference written)", lambda: refresh_inferences(store)),
        ]
    store.flush()
    for name, wall, cpu, out in steps:
        print(f"{name:45s} {wall:8.2f} s wall {cpu:8.2f} s CPU  {out if 'refresh' in name else ''}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"inferred quads now {inferred_quads(store):,}; peak RSS {peak:.0f} MB; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
