"""User SPARQL on an engine that enforces its own time limit (a remote store).

The embedded store cannot stop a query, so :mod:`api.query_pool` runs user SPARQL in
worker processes it can kill. An engine reached over HTTP stops a query itself when given
the limit (see graph.remote_store), so the queries run here, in the threadpool, a few at a
time: screened first by the same guard (:mod:`api.sparql_guard`: no SERVICE, no LOAD, no
update reaches any engine), bounded by the same result cap, written by the same formats.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool

from api.problems import Problem
from api.query_pool import TITLES
from api.sparql_worker import QueryFailure, run_query
from graph.store import Store


@dataclass
class EngineQueries:
    store: Store
    size: int = 2  # queries sent to the engine at once; more wait
    # Nothing to sandbox: the process talks to its engine, and the guard screens every query.
    sandbox: list[str] = field(default_factory=list)
    _slots: asyncio.Semaphore | None = None

    def start(self) -> None:
        self._slots = asyncio.Semaphore(self.size)

    def close(self) -> None:
        self._slots = None

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
        """Run one query; returns (format key, body) or raises a :class:`Problem`, as QueryPool.run."""
        if self._slots is None:
            self.start()
        assert self._slots is not None
        try:
            async with asyncio.timeout(timeout + 5):  # the engine's own limit comes first
                async with self._slots:
                    return await run_in_threadpool(
                        run_query, self.store, query, dataset, results_fmt, graph_fmt, timeout, limit
                    )
        except TimeoutError:
            raise Problem(503, f"the query ran past the {timeout:g} s time limit", kind="query-timeout") from None
        except QueryFailure as failure:
            title = failure.title or TITLES.get(failure.kind)
            raise Problem(failure.status, failure.detail, kind=failure.kind, title=title) from None
