"""``strategy-lineage synth``: generate the synthetic national corpus (for benchmarks).

The generator lives with the benchmarks (``bench/synthetic.py``): a checkout has it, an
installed wheel (which ships only what serving and loading need) does not.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Annotated

import typer

from cli.app import DEFAULT_STORE_PATH, StoreOption, app, fail, open_store
from graph import rdf
from graph.ingest import after_write


class _Counted:
    """Passes quads through and counts them, so a streamed write can report its size."""

    def __init__(self, quads: Iterable[rdf.Quad]) -> None:
        self._quads = quads
        self.count = 0

    def __iter__(self) -> Iterator[rdf.Quad]:
        for quad in self._quads:
            self.count += 1
            yield quad


def _generator() -> ModuleType:
    try:
        from bench import synthetic
    except ModuleNotFoundError:
        fail("synth generates benchmark corpora from bench/synthetic.py: run it from a checkout of the project")
    return synthetic


def write_nquads(councils: int, seed: int, out: Path) -> int:
    """Write the corpus to ``out`` as N-Quads; returns the number of quads written."""
    quads = _Counted(_generator().quads(councils, seed))
    with out.open("wb") as handle:
        rdf.serialize(quads, handle, rdf.RdfFormat.N_QUADS)
    return quads.count


@app.command()
def synth(
    councils: Annotated[
        int, typer.Option("--councils", help="How many councils (about 20,000 quads each: 50 make 10^6).")
    ] = 1,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same corpus.")] = 0,
    load: Annotated[bool, typer.Option("--load", help="Bulk-load the corpus into --store.")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Write the corpus to this N-Quads file.")] = None,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Generate a deterministic synthetic corpus of council strategies, with evidence on every fact."""
    if councils < 1:
        fail("--councils must be at least 1")
    if not load and out is None:
        fail("nothing to do: give --load, --out FILE.nq, or both")
    if out is not None:
        if out.suffix != ".nq":
            fail(f"{out}: the corpus is written as N-Quads, so the file name must end in .nq")
        if not out.parent.is_dir():
            fail(f"{out.parent}: no such folder")
        started = time.perf_counter()
        count = write_nquads(councils, seed, out)
        typer.echo(f"wrote {count:,} quads to {out} in {time.perf_counter() - started:.1f} s")
    if load:
        graph_store = open_store(store)
        quads = _Counted(_generator().quads(councils, seed))
        started = time.perf_counter()
        graph_store.bulk_load(quads)
        after_write(graph_store)  # inferred successions, as after any load
        graph_store.flush()
        typer.echo(
            f"loaded {quads.count:,} quads into {graph_store.describe()} in {time.perf_counter() - started:.1f} s"
        )
