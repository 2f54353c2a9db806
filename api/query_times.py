"""Where a user query's time goes, as the query pool sees it: recorded for the benchmark, on request.

The worker times its own parts of a query (the guard, the engine's evaluation with the iteration of its
rows, the results writer: wall clock and CPU time of its thread) and stamps when it read the query and
when it framed the reply. ``time.monotonic`` is one clock for every process of the machine (Linux's
CLOCK_MONOTONIC), so the server's stamp of when it sent the query against the worker's stamp of when it
read it is the hand-over's time one way, and the worker's reply stamp against the server's receipt of the
reply the other way. With ``STRATEGY_LINEAGE_QUERY_TIMES`` naming a file, the server appends one JSON
line a query (microseconds): ``bench.run`` reads them round by round.
"""

from __future__ import annotations

import time
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import IO

import orjson

# The parts of one query, in microseconds, in the order a record lists them.
PARTS = (
    "queued",  # waiting in the server for an idle worker
    "to_worker",  # from the server's send to the worker holding the query (pickle, socket, process switch)
    "idle",  # the worker's wait since its previous reply (its share of the hand-over)
    "guard",  # the worker screening the query (api.sparql_guard)
    "engine_wall",  # Oxigraph's evaluation and the iteration of its rows
    "engine_cpu",
    "writer_wall",  # our results writer (api.sparql_formats)
    "writer_cpu",
    "back",  # from the worker's reply to the server holding it
    "pool",  # the whole of QueryPool.run, queue included
)


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


def record(started: float, acquired: float, sent: float, received: float, worker: tuple[float, ...]) -> dict:
    """One query's parts in microseconds, from the server's stamps and the worker's clock."""
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
    return {part: round(seconds[part] * 1e6, 1) for part in PARTS}


class QueryTimesLog:
    """Appends each query's record to a file as a JSON line, each line one unbuffered write (a reader between
    rounds finds whole lines); open for the server's life."""

    def __init__(self, path: Path) -> None:
        self._out: IO[bytes] = path.open("ab", buffering=0)

    def __call__(self, parts: dict) -> None:
        self._out.write(orjson.dumps(parts) + b"\n")
