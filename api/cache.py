"""A small per-graph-version cache of rendered bodies for the hot endpoints.

Answers are a pure function of (graph version, path, query string), so a body built
once is valid until the next write; the version in the key retires stale entries. A
hit is answered on the event loop in microseconds; a miss is built in the threadpool,
because building may mean rebuilding the engine's projection after a write, unless the
endpoint only reads a projection that is already current (``on_loop``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

import orjson
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response


class BodyCache:
    """LRU of rendered bodies (or (format, body) pairs) keyed on the graph version."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            body = self._items.get(key)
            if body is not None:
                self._items.move_to_end(key)
            return body

    def put(self, key: Hashable, body: Any) -> Any:
        with self._lock:
            self._items[key] = body
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return body


def json_body(build: Callable[[], object]) -> Callable[[], bytes]:
    return lambda: orjson.dumps(build(), option=orjson.OPT_NON_STR_KEYS)


async def cached(request: Request, build: Callable[[], bytes], media_type: str = "application/json",
                 vary: bool = False, on_loop: bool = False) -> Response:
    """The body for this URL (and Accept, when ``vary``) at the current graph version.

    ``on_loop``: the build only reads the lineage projection (lineage, search, in force), so
    once the projection is current it is built on the event loop: a few hundred
    microseconds, cheaper than the hop to the threadpool and back."""
    state = request.app.state
    accept = request.headers.get("accept", "") if vary else ""
    version = state.graph_version()
    key = (version, request.url.path, request.url.query, accept)
    body = state.body_cache.get(key)
    if body is None:
        # Problems raised by ``build`` (404, 422) propagate from either path as usual.
        fresh = build() if on_loop and state.engine.is_current(version) else await run_in_threadpool(build)
        body = state.body_cache.put(key, fresh)
    return Response(body, media_type=media_type, headers={"Vary": "Accept"} if vary else None)
