"""Where a user query's time goes, as the query pool sees it: recorded for the benchmark, on request.

The worker times its own parts of a query (the guard, the engine's evaluation with the iteration of its
rows, the results writer: wall clock and CPU time of its thread) and stamps when it read the query and
when it framed the reply. ``time.monotonic`` is one clock for every process of the machine (Linux's
CLOCK_MONOTONIC), so the server's stamp of when it sent the query against the worker's stamp of when it
read it is the hand-over's time one way, and the worker's reply stamp against the server's receipt of the
reply the other way.

Only when asked (``STRATEGY_LINEAGE_QUERY_TIMES`` names a file: ``bench.run`` does): then the pool asks each
worker to time its queries, keeps each answered query's stamps as they are (a tuple, :data:`STAMPS`), and
writes them out in batches, one JSON line of records at a time, whenever the pool falls idle or a batch is
full, so that the recording costs a query a few microseconds. :func:`parts` turns a record into the
parts in microseconds (the reader's work, not the server's).
"""

from __future__ import annotations

import time
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import IO

import orjson

# The parts of one query, in microseconds (see parts).
PARTS = (
    "queued",  # waiting in the server for an idle worker
    "to_worker",  # from the server's send to the worker holding the query (pickle, socket, process switch)
    "idle",  # the worker's wait since its previous reply (its share of the hand-over)
    "guard",  # the worker screening the query (api.sparql_guard)
    "engine_wall",  # Oxigraph's evaluation and the iteration of its rows (and, for JSON results, its writing)
    "engine_cpu",
    "writer_wall",  # our results writer (api.sparql_formats)
    "writer_cpu",
    "back",  # from the worker's reply to the server holding it
    "pool",  # the whole of QueryPool.run, queue included
)
# What a record holds: the server's stamps, the answer's size, then the worker's clock (WorkerClock's fields).
STAMPS = ("started", "acquired", "sent", "received", "bytes")
# Records written at once under load (one write a batch; the pool also writes what it holds whenever it falls idle).
BATCH = 32


@dataclass
class WorkerClock:
    """A worker's timings of one query (seconds; ``received``, ``replied``: time.monotonic stamps)."""

    received: float = 0.0
    idle: float = 0.0
    guard: float = 0.0
    engine_wall: float = 0.0
    engine_cpu: float = 0.0
    writer_wall: float = 0.0
    writer_cpu: float = 0.0
    replied: float = 0.0

    def as_tuple(self) -> tuple[float, ...]:
        return astuple(self)


class Lap:
    """Wall clock and CPU time of this thread since the last call (``time.thread_time``: this worker's own)."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.monotonic(), time.thread_time()

    def __call__(self) -> tuple[float, float]:
        wall, cpu = time.monotonic(), time.thread_time()
        spent = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return spent


def untimed() -> tuple[float, float]:
    """A lap that reads no clock: for queries nobody asked to time."""
    return (0.0, 0.0)


def parts(stamps: list[float]) -> dict[str, float]:
    """One record's parts in microseconds (and its answer's bytes)."""
    started, acquired, sent, received, size, *worker = stamps
    clock = WorkerClock(*worker)
    seconds = {
        "queued": acquired - started,
        "to_worker": clock.received - sent,
        "idle": clock.idle,
        "guard": clock.guard,
        "engine_wall": clock.engine_wall,
        "engine_cpu": clock.engine_cpu,
        "writer_wall": clock.writer_wall,
        "writer_cpu": clock.writer_cpu,
        "back": received - clock.replied,
        "pool": received - started,
    }
    return {**{part: seconds[part] * 1e6 for part in PARTS}, "bytes": size}


def read(lines: bytes) -> list[dict[str, float]]:
    """The parts of every record in whole lines of a query-times file."""
    return [parts(stamps) for line in lines.splitlines() if line for stamps in orjson.loads(line)]


class QueryTimesLog:
    """The answered queries' stamps, held and written out in batches (each batch one line, one write)."""

    def __init__(self, path: Path) -> None:
        self._out: IO[bytes] = path.open("ab", buffering=0)
        self._held: list[tuple] = []

    def add(self, stamps: tuple) -> None:
        self._held.append(stamps)
        if len(self._held) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self._held:
            self._out.write(orjson.dumps(self._held) + b"\n")
            self._held = []
