"""The child side of the query pool: one process, its own store handle, one query at a time.

pyoxigraph cannot interrupt a running query, and a thread cannot be killed, so user
SPARQL runs here: the parent kills this process when the time limit passes and starts
a fresh one, while the server keeps answering everyone else. The store is opened
read-only from disk (a snapshot, reopened when the graph version changes) or, for an
in-memory store, rebuilt from an N-Quads dump the parent sends.

Before it reads anything the worker gives up the network (:mod:`api.sandbox`), and it
screens every query on its parse (:mod:`api.sparql_guard`) before the engine sees it.

Its address space is capped (``RLIMIT_AS``): a query that needs more fails here, with
a memory error or by the engine aborting, and the server says so; the server itself
never grows with a query.

Messages (length-prefixed pickles over a socket pair, :mod:`api.worker_channel`):
  parent -> child  ("open", version, path_or_None, nquads_or_None)
                   ("query", query, dataset, results_fmt, graph_fmt, timeout, limit, timed)
  child -> parent  ("ready", version, sandbox_layers) | ("ok", fmt, bytes, clock)
                   | ("error", status, kind, detail, title)

``clock`` is the worker's timing of the query (:class:`api.query_times.WorkerClock` as a tuple) when the
query came ``timed`` (the server records query times: the benchmark), else None.
"""

from __future__ import annotations

import resource
import socket
import sys
import time
from collections.abc import Iterable
from typing import IO, cast

import orjson

from api import sparql_formats as formats
from api import worker_channel as channel
from api.query_times import Lap, WorkerClock, untimed
from api.sandbox import deny_network
from api.sparql_guard import Refused, explain, screen
from graph import rdf
from graph.oxigraph_store import OxigraphStore, open_snapshot
from graph.store import QueryTimeout, Store

# How often (in rows) a running query looks at the clock.
CLOCK_EVERY = 256


# SPARQL JSON results up to this size are written by the engine itself (no Python object per value); a
# larger answer is stopped there and run again row by row, each row counted against the cap as it comes.
ENGINE_JSON_BYTES = 256 * 1024
# The fewest bytes a row takes in SPARQL JSON results: "{}" and the comma before the next one.
ROW_BYTES = 3


class QueryFailure(Exception):
    def __init__(self, status: int, kind: str, detail: str, title: str | None = None) -> None:
        super().__init__(detail)
        self.status, self.kind, self.detail, self.title = status, kind, detail, title


def too_large(limit: int, what: str) -> QueryFailure:
    return QueryFailure(
        422, "result-too-large", f"the query returned more than {limit} {what}; add a LIMIT or narrow the pattern"
    )


def timed_out() -> QueryFailure:
    return QueryFailure(503, "query-timeout", "the query ran past the time limit")


def _bounded(items, limit: int, deadline: float, what: str) -> list:
    out: list = []
    for i, item in enumerate(items):
        if len(out) >= limit:
            raise too_large(limit, what)
        if i % CLOCK_EVERY == 0 and time.monotonic() > deadline:
            raise timed_out()
        out.append(item)
    return out


def run_query(
    store: Store,
    query: str,
    dataset: dict,
    results_fmt: str,
    graph_fmt: str,
    timeout: float,
    limit: int,
    clock: WorkerClock | None = None,
) -> tuple[str, bytes]:
    """The query's results written in the format asked; ``clock`` (when given) gets the time of each part."""
    deadline = time.monotonic() + timeout
    lap = Lap() if clock is not None else untimed  # no clock read (a system call each) unless asked
    clock = clock if clock is not None else WorkerClock()
    try:
        screened = screen(query)
        if not screened.parsed and not isinstance(store, OxigraphStore):
            # The unparsed shortcut counts on the embedded engine refusing an update as a query;
            # a remote engine may run whatever its endpoint is sent: nothing reaches one unparsed.
            screened = explain(screened.text)
    except Refused as refused:
        raise QueryFailure(refused.status, refused.kind, refused.detail, refused.title) from None
    clock.guard = lap()[0]

    def evaluate() -> rdf.QuerySolutions | rdf.QueryBoolean | Iterable[rdf.Triple]:
        # Without a dataset in the request, the store's default graph: the merge of the named graphs.
        return store.query(
            screened.text,
            default_graphs=dataset.get("default") or None,
            named_graphs=dataset.get("named") or None,
            timeout=timeout,
            max_rows=limit + 1,  # one more than allowed: enough to tell that the cap was passed
        )

    result = None
    try:
        result = evaluate()
        if isinstance(result, rdf.QueryBoolean):
            clock.engine_wall, clock.engine_cpu = lap()
            return results_fmt, formats.write_boolean(results_fmt, bool(result))
        if isinstance(result, rdf.QuerySolutions) and results_fmt == "json":
            body = engine_json(result, limit, deadline)
            if body is not None:
                clock.engine_wall, clock.engine_cpu = lap()  # the engine's writing included
                return results_fmt, body
            result = evaluate()  # outgrew what the engine may write alone: again, row by row
        if isinstance(result, rdf.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = _bounded(([solution[v] for v in variables] for solution in result), limit, deadline, "rows")
            clock.engine_wall, clock.engine_cpu = lap()
            body = formats.write_solutions(results_fmt, variables, rows)
            clock.writer_wall, clock.writer_cpu = lap()
            return results_fmt, body
        triples = _bounded(result, limit, deadline, "triples")
        clock.engine_wall, clock.engine_cpu = lap()
        body = formats.write_triples(graph_fmt, triples)
        clock.writer_wall, clock.writer_cpu = lap()
        return graph_fmt, body
    except SyntaxError as err:
        if not screened.parsed:
            _explain(screened.text)  # an update, or rdflib's account of the mistake
        raise QueryFailure(400, "malformed-query", f"malformed query: {err}") from None
    except QueryTimeout:
        raise QueryFailure(503, "query-timeout", "the query ran past the time limit") from None
    except QueryFailure:
        raise
    except MemoryError:
        raise memory_exceeded() from None
    except Exception as err:  # evaluation errors (type errors, bad IRIs, ...) belong to the query
        raise QueryFailure(400, "query-failed", f"the query failed: {err}") from None
    finally:
        # The engine's result objects belong to the thread that made them (EngineQueries runs
        # this in a worker thread): released here, not by whichever thread collects garbage.
        del result


class _Stopped(Exception):
    """Raised into the engine's serialiser to stop it (past the deadline, or past the size it may write)."""


class _EngineOutput:
    """Where the engine writes its JSON results: it is stopped past ``deadline`` or past ``budget`` bytes."""

    def __init__(self, budget: int, deadline: float) -> None:
        self.chunks: list[bytes] = []
        self.size, self.budget, self.deadline = 0, budget, deadline
        self.outgrown = self.late = False

    def write(self, chunk: bytes) -> int:
        self.size += len(chunk)
        self.outgrown = self.size > self.budget
        self.late = time.monotonic() > self.deadline
        if self.outgrown or self.late:
            raise _Stopped
        self.chunks.append(bytes(chunk))
        return len(chunk)

    def flush(self) -> None:
        return None


def engine_json(solutions: rdf.QuerySolutions, limit: int, deadline: float) -> bytes | None:
    """The engine's own SPARQL JSON of ``solutions`` (the same bytes as our writer's), or None when the answer
    outgrew ENGINE_JSON_BYTES: then nothing is returned and the caller runs the query again, row by row."""
    out = _EngineOutput(ENGINE_JSON_BYTES, deadline)
    try:
        solutions.serialize(cast(IO[bytes], out), rdf.QueryResultsFormat.JSON)
    except _Stopped:
        if out.late:
            raise timed_out() from None
        return None
    body = b"".join(out.chunks)
    # Fewer bytes than ROW_BYTES a row past the cap cannot hold more rows than the cap: only a larger body is counted.
    if len(body) >= ROW_BYTES * limit and len(orjson.loads(body)["results"]["bindings"]) > limit:
        raise too_large(limit, "rows")
    return body


def _explain(text: str) -> None:
    """Raise the refusal the full screen gives a text the engine could not read."""
    try:
        explain(text)
    except Refused as refused:
        raise QueryFailure(refused.status, refused.kind, refused.detail, refused.title) from None


def memory_exceeded() -> QueryFailure:
    limit = resource.getrlimit(resource.RLIMIT_AS)[0]
    return QueryFailure(503, "query-memory-limit", channel.memory_message(limit // (1024 * 1024)))


def cap_memory(megabytes: int) -> None:
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def serve(sock: socket.socket, memory_mb: int) -> None:
    """Entry point of the child process: answer messages until the channel closes."""
    layers = deny_network()
    cap_memory(memory_mb)
    store: OxigraphStore | None = None
    replied = time.monotonic()
    while True:
        try:
            message = channel.receive(sock)
        except (EOFError, OSError):
            return
        received = time.monotonic()
        if message[0] == "open":
            _, version, path, nquads = message
            store = open_snapshot(path, nquads)
            channel.send(sock, ("ready", version, layers))
            replied = time.monotonic()
            continue
        _, query, dataset, results_fmt, graph_fmt, timeout, limit, timed = message
        assert store is not None, "the server opens the store before the first query"
        clock = WorkerClock(received=received, idle=received - replied) if timed else None
        try:
            fmt, body = run_query(store, query, dataset, results_fmt, graph_fmt, timeout, limit, clock)
            if clock is not None:
                clock.replied = time.monotonic()
            reply: tuple = ("ok", fmt, body, clock.as_tuple() if clock is not None else None)
        except QueryFailure as failure:
            reply = ("error", failure.status, failure.kind, failure.detail, failure.title)
        try:
            channel.send(sock, reply)
            replied = time.monotonic()
        except MemoryError:
            too_big = memory_exceeded()
            channel.send(sock, ("error", too_big.status, too_big.kind, too_big.detail, too_big.title))


if __name__ == "__main__":
    # Started by api.query_pool with the file descriptor of its end of a socket pair
    # and the memory it may use, in MB.
    serve(socket.socket(fileno=int(sys.argv[1])), int(sys.argv[2]))
