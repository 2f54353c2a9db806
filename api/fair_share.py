"""Who may use the SPARQL workers next: a fair share per client.

Three rules, applied by :class:`api.query_pool.QueryPool`:

* **Per client at most ``queries_per_client`` queries** running or waiting at once
  (client = the connection's address); one more is refused at once with 429.
* **Heavy clients share a lane.** A client that recently ran an expensive query (the
  longest worker time of its queries, decaying with a half-life of ``HALF_LIFE``, is
  above ``HEAVY_SECONDS``) may hold at most
  ``size - 1`` workers together with the other heavy clients: one worker is always left
  for everyone else, so a storm of expensive queries from some clients cannot keep the
  cheap queries of the others waiting behind them. A heavy client that is the only one
  about (no other client used a worker recently) may use every worker. While others are
  about, a heavy client's query runs at a lower CPU priority (nice 10, given back when
  the worker returns to the pool, or the worker is replaced where that is not
  permitted): a storm of queries that run to the time limit, and the fresh workers that
  replace the ones it wears out, take the CPU only when the light lane and the server do
  not want it.
* **A queue with a deadline.** A query waits for a worker at most its time limit, then
  gets 503 ``endpoint-busy``; light clients' queries go ahead of heavy ones in the queue.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict

# Worker seconds of one query (the longest, decayed) above which a client counts as heavy,
# and the half-life: a client that ran a 5 s query stays heavy for about 12 minutes. Many
# cheap queries never make a client heavy: it is the cost of a query that counts.
HEAVY_SECONDS = 1.0
HALF_LIFE = 300.0
# Forget clients whose usage decayed below this, once the table grows past PRUNE_AT.
FORGOTTEN = 0.01
PRUNE_AT = 10_000


class ClientUsage:
    """Per client: the longest worker time of a recent query, decaying exponentially."""

    def __init__(self) -> None:
        self._used: dict[str, tuple[float, float]] = {}  # client -> (seconds, as of when)
        self.in_flight: defaultdict[str, int] = defaultdict(int)

    def used(self, client: str, now: float | None = None) -> float:
        seconds, when = self._used.get(client, (0.0, 0.0))
        now = time.monotonic() if now is None else now
        return seconds * math.pow(0.5, (now - when) / HALF_LIFE)

    def is_heavy(self, client: str) -> bool:
        return self.used(client) > HEAVY_SECONDS

    def others_active(self, client: str) -> bool:
        """Whether any other client used a worker recently (or has a query in flight)."""
        now = time.monotonic()
        return any(c != client for c in self.in_flight) or any(
            c != client and self.used(c, now) > FORGOTTEN for c in self._used
        )

    def add(self, client: str, seconds: float) -> None:
        """Record one query's worker time."""
        now = time.monotonic()
        self._used[client] = (max(self.used(client, now), seconds), now)
        if len(self._used) > PRUNE_AT:
            self._used = {c: v for c, v in self._used.items() if self.used(c, now) > FORGOTTEN}


def heavy_lane(size: int) -> int:
    """Workers heavy clients may hold together: all but one (all, for a single worker)."""
    return max(1, size - 1)
