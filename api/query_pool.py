"""The parent side of the query pool: bounded, killable SPARQL execution off the event loop.

A few worker processes (see :mod:`api.sparql_worker`) each hold their own store handle.
A request borrows an idle worker, sends it the query and waits for the reply without
blocking the event loop (whole length-prefixed messages: :mod:`api.worker_channel`). If
the answer does not come within the time limit the worker is killed and replaced: that is the only way to stop a runaway
pyoxigraph query, and the other workers go on serving meanwhile.

What a worker opens depends on the store. A read-only store (the service without a
token) is opened directly: nobody writes it. A writable store on disk is never opened
by a second process while it is written (undefined behaviour in RocksDB, and seen to
fail when a compaction removes a file under the reader): each graph version gets a
checkpoint (``Store.backup``: hard links, milliseconds) that the workers open read-only.
An in-memory store is sent to the workers as an N-Quads dump.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from api import worker_channel as channel
from api.fair_share import ClientUsage, heavy_lane
from api.problems import Problem
from api.query_times import QueryTimesLog
from api.sandbox import worker_environment
from graph.oxigraph_store import OxigraphStore

log = logging.getLogger("strategy_lineage.api.sparql")

# Extra seconds the parent grants past the limit before killing: the child checks the
# clock itself while it streams rows, and its own error message is the better one.
GRACE = 0.5
# A worker (re)opening its store handle; generous for large in-memory dumps.
OPEN_TIMEOUT = 60.0


@dataclass
class Worker:
    process: subprocess.Popen
    sock: socket.socket
    version: int | None = None
    heavy: bool = False  # held by a heavy client (see api.fair_share)
    niced: bool = False  # running at HEAVY_NICENESS

    def kill(self) -> None:
        self.sock.close()
        self.process.kill()
        self.process.wait(timeout=5)


@dataclass
class QueryPool:
    store: OxigraphStore
    size: int = 2
    # Address space each worker may use (RLIMIT_AS), in MB.
    memory_mb: int = 1024
    # Queries one client may have running or waiting at once (see api.fair_share).
    per_client: int = 2
    # The graph version, read cheaply (see api.app.version_reader); defaults to the store's.
    version: Callable[[], int] | None = None
    _idle: deque = field(default_factory=deque)
    _waiters: deque = field(default_factory=deque)  # (future, heavy, client)
    _heavy_busy: int = 0
    usage: ClientUsage = field(default_factory=ClientUsage)
    _all: list = field(default_factory=list)
    _dump: tuple[int, bytes] | None = None
    _snapshots: dict = field(default_factory=dict)  # version -> checkpoint folder
    _snapshot_root: Path | None = None
    # What the workers report they hold against outbound connections (api.sandbox).
    sandbox: list[str] | None = None
    # Each answered query's stamps, when asked for (the benchmark: api.query_times); the workers then time theirs.
    times: QueryTimesLog | None = None

    # Lifecycle ------------------------------------------------------------
    def start(self) -> None:
        """Start the workers (they open their store handles on first use)."""
        while len(self._all) < self.size:
            self._release(self._spawn())

    def close(self) -> None:
        for worker in self._all:
            worker.kill()
        self._all.clear()
        self._idle.clear()
        if self._snapshot_root is not None:
            shutil.rmtree(self._snapshot_root, ignore_errors=True)
            self._snapshot_root = None
            self._snapshots.clear()

    def _spawn(self) -> Worker:
        # A fresh interpreter (not multiprocessing's spawn, which re-imports the parent's
        # __main__): the child only imports the embedded store and the worker module.
        parent, child = socket.socketpair()
        parent.setblocking(False)  # read through the event loop
        process = subprocess.Popen(
            [sys.executable, "-m", "api.sparql_worker", str(child.fileno()), str(self.memory_mb)],
            pass_fds=[child.fileno()],
            env=worker_environment(),
            stdin=subprocess.DEVNULL,
        )
        child.close()
        worker = Worker(process, parent)
        self._all.append(worker)
        return worker

    def _replace(self, worker: Worker) -> None:
        self._unmark(worker)
        worker.kill()
        if worker in self._all:
            self._all.remove(worker)
        self._release(self._spawn())

    # Borrowing (fair share: api.fair_share) ---------------------------------
    def _may_take(self, heavy: bool, client: str) -> bool:
        # With nobody else about there is no one to keep a worker for.
        return not heavy or self._heavy_busy < heavy_lane(self.size) or not self.usage.others_active(client)

    def _mark(self, worker: Worker, heavy: bool, client: str) -> Worker:
        worker.heavy = heavy
        self._heavy_busy += heavy
        worker.niced = heavy and self.usage.others_active(client)
        if worker.niced:
            # A heavy client's query runs below the others' and the server (see api.fair_share);
            # alone, it has nobody to give way to.
            _set_priority(worker.process.pid, HEAVY_NICENESS)
        return worker

    def _unmark(self, worker: Worker) -> bool:
        """Back to the pool's count; False when the worker cannot be given its priority back."""
        self._heavy_busy -= worker.heavy
        worker.heavy = False
        niced, worker.niced = worker.niced, False
        return not niced or _set_priority(worker.process.pid, 0)

    async def _acquire(self, timeout: float, client: str) -> Worker:
        if not self._all:
            self.start()
        heavy = self.usage.is_heavy(client)
        if self._idle and self._may_take(heavy, client):
            return self._mark(self._idle.popleft(), heavy, client)
        waiter = asyncio.get_running_loop().create_future()
        # Light clients' queries go ahead of heavy ones.
        if heavy:
            self._waiters.append((waiter, heavy, client))
        else:
            position = next((i for i, (_, h, _) in enumerate(self._waiters) if h), len(self._waiters))
            self._waiters.insert(position, (waiter, heavy, client))
        try:
            return await asyncio.wait_for(waiter, timeout)
        except TimeoutError:
            raise Problem(
                503,
                "every query worker stayed busy past the time limit; try again",
                kind="endpoint-busy",
                title="Endpoint busy",
                headers={"Retry-After": "1"},
            ) from None

    def _release(self, worker: Worker) -> None:
        if not self._unmark(worker):
            # Raising a priority needs a privilege the server may not have: a fresh worker then.
            self._replace(worker)
            return
        for entry in list(self._waiters):
            waiter, heavy, client = entry
            if waiter.done():
                self._waiters.remove(entry)
            elif self._may_take(heavy, client):
                self._waiters.remove(entry)
                _hand_over_soon(waiter, self._mark(worker, heavy, client), self)
                return
        self._idle.append(worker)

    # Talking to a worker --------------------------------------------------
    async def _receive(self, worker: Worker, timeout: float) -> tuple:
        async with asyncio.timeout(timeout):  # no task of its own per query, as wait_for would make
            return await channel.receive_async(worker.sock)

    def _current_dump(self, version: int) -> bytes:
        if self._dump is None or self._dump[0] != version:
            self._dump = (version, self.store.export("nquads", include_merge=True))
        return self._dump[1]

    def _checkpoint(self, version: int) -> str:
        """A read-only copy of the store at ``version`` for the workers (see module doc)."""
        if version not in self._snapshots:
            assert self.store.path is not None  # only stores on disk get checkpoints
            if self._snapshot_root is None:
                parent = self.store.path.parent
                self._snapshot_root = Path(tempfile.mkdtemp(prefix=f".{self.store.path.name}-snapshots-", dir=parent))
            target = self._snapshot_root / f"v{version}"
            self.store.checkpoint(target)
            self._snapshots[version] = target
        return str(self._snapshots[version])

    def _drop_unused_checkpoints(self, current: int) -> None:
        in_use = {w.version for w in self._all} | {current}
        for version in [v for v in self._snapshots if v not in in_use]:
            shutil.rmtree(self._snapshots.pop(version), ignore_errors=True)

    async def _sync(self, worker: Worker) -> None:
        """Make the worker see the store as it is now (writes bump the version)."""
        version = self.version() if self.version is not None else self.store.version
        if worker.version == version:
            return
        message: tuple
        if self.store.path is None:
            message = ("open", version, None, self._current_dump(version))
        elif self.store.read_only:
            message = ("open", version, str(self.store.path), None)
        else:
            message = ("open", version, self._checkpoint(version), None)
        await channel.send_async(worker.sock, message)
        reply = await self._receive(worker, OPEN_TIMEOUT)
        worker.version = reply[1]
        self._note_sandbox(reply[2])
        self._drop_unused_checkpoints(version)

    @staticmethod
    def _ran_out_of_memory(worker: Worker) -> bool:
        """Whether the worker died by abort: what the engine does when an allocation
        fails under the worker's memory cap (Python's own allocations raise instead)."""
        try:
            # The worker closed its end: it is exiting, so this wait is short.
            return worker.process.wait(timeout=0.5) == -signal.SIGABRT
        except subprocess.TimeoutExpired:
            return False

    def _note_sandbox(self, layers: list[str]) -> None:
        if self.sandbox is None and not layers:
            log.warning(
                "query workers run without a network sandbox on this system: "
                "only the query guard stands between SERVICE and an outbound request"
            )
        self.sandbox = layers

    async def run(
        self,
        query: str,
        dataset: dict,
        results_fmt: str,
        graph_fmt: str,
        timeout: float,
        limit: int,
        client: str = "local",
    ) -> tuple[str, bytes]:
        """Run one query for ``client``; returns (format key, body) or raises a :class:`Problem`."""
        if self.usage.in_flight[client] >= self.per_client:
            raise Problem(
                429,
                f"at most {self.per_client} queries from one address may run or wait at once; wait for one to finish",
                kind="too-many-queries",
                title="Too many queries",
                headers={"Retry-After": "1"},
            )
        self.usage.in_flight[client] += 1
        try:
            return await self._run(query, dataset, results_fmt, graph_fmt, timeout, limit, client)
        finally:
            self.usage.in_flight[client] -= 1
            if not self.usage.in_flight[client]:
                del self.usage.in_flight[client]

    async def _run(
        self, query: str, dataset: dict, results_fmt: str, graph_fmt: str, timeout: float, limit: int, client: str
    ) -> tuple[str, bytes]:
        started = time.monotonic()
        worker = await self._acquire(timeout, client)
        acquired = time.monotonic()
        try:
            waited = time.monotonic() - started
            # Reopening the store after a write (or a fresh worker starting) is not the query's time.
            await self._sync(worker)
            remaining = max(0.05, timeout - waited)
            sent = time.monotonic()
            timed = self.times is not None
            message = ("query", query, dataset, results_fmt, graph_fmt, remaining, limit, timed)
            await channel.send_async(worker.sock, message)
            reply = await self._receive(worker, remaining + GRACE)
            received = time.monotonic()
        except TimeoutError:
            log.warning("query killed after %.1f s: %.200s", timeout, query)
            self.usage.add(client, time.monotonic() - acquired)
            self._replace(worker)
            raise Problem(
                503,
                f"the query ran past the {timeout:g} s time limit and was stopped",
                kind="query-timeout",
                title="Query time limit exceeded",
            ) from None
        except (EOFError, OSError, asyncio.CancelledError) as err:
            # A client that hung up mid-query leaves the worker busy: replace it too.
            self.usage.add(client, time.monotonic() - acquired)
            aborted = not isinstance(err, asyncio.CancelledError) and self._ran_out_of_memory(worker)
            self._replace(worker)
            if isinstance(err, asyncio.CancelledError):
                raise
            if aborted:
                raise Problem(
                    503,
                    channel.memory_message(self.memory_mb),
                    kind="query-memory-limit",
                    title=TITLES["query-memory-limit"],
                ) from None
            raise Problem(
                503,
                "the query worker stopped unexpectedly; try again",
                kind="worker-failed",
                title="Query worker failed",
            ) from None
        self.usage.add(client, time.monotonic() - acquired)
        self._release(worker)
        if reply[0] == "error":
            _, status, kind, detail, title = reply
            raise Problem(status, detail, kind=kind, title=title or TITLES.get(kind))
        if self.times is not None:
            self._note_times((started, acquired, sent, received, len(reply[2]), *reply[3]))
        return reply[1], reply[2]

    def _note_times(self, stamps: tuple) -> None:
        assert self.times is not None
        self.times.add(stamps)
        if not self._waiters and len(self._idle) == len(self._all):  # fallen idle: write what is held
            self.times.flush()


TITLES = {
    "malformed-query": "Malformed query",
    "query-failed": "Query failed",
    "result-too-large": "Result too large",
    "query-timeout": "Query time limit exceeded",
    "query-memory-limit": "Query memory limit exceeded",
}


# How much lower a heavy client's query runs (nice 10: about a tenth of the CPU of work
# at the default priority when both want it), so that a storm of heavy queries, and the
# fresh workers that replace the ones it wears out, slow neither the light lane nor the server.
HEAVY_NICENESS = 10


def _set_priority(pid: int, niceness: int) -> bool:
    try:
        os.setpriority(os.PRIO_PROCESS, pid, niceness)
    except OSError:  # not permitted (raising it back), or the worker is gone
        return False
    return True


def _hand_over_soon(waiter: asyncio.Future, worker: Worker, pool: QueryPool) -> None:
    """Give the waiter the worker on its loop's next turn: from the loop's own thread without waking it through
    its self-pipe (what call_soon_threadsafe does, a system call a query)."""
    loop = waiter.get_loop()
    try:
        here = asyncio.get_running_loop() is loop
    except RuntimeError:
        here = False
    (loop.call_soon if here else loop.call_soon_threadsafe)(_hand_over, waiter, worker, pool)


def _hand_over(waiter: asyncio.Future, worker: Worker, pool: QueryPool) -> None:
    # The waiter may have timed out between release and now: then the worker goes back.
    if waiter.done():
        pool._release(worker)
    else:
        waiter.set_result(worker)
