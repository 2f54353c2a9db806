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
from collections.abc import Callable, Hashable
from typing import Any

import orjson
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Scope

from api import models
from graph.records import Edge, Node


class BodyCache:
    """LRU of rendered bodies (or (format, body) pairs) keyed on the graph version, bounded
    in bytes: keys (URLs, query texts) and bodies both count, so no stream of distinct
    requests can grow it past ``max_bytes``."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: Hashable, body: Any) -> Any:
        weight = _weight(key) + _weight(body)
        if weight > self.max_bytes // 8:  # one answer may not push out most of the others
            return body
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.bytes -= old[1]
            self._items[key] = (body, weight)
            self.bytes += weight
            while self.bytes > self.max_bytes:
                _, (_, dropped) = self._items.popitem(last=False)
                self.bytes -= dropped
        return body


# What an entry costs beyond its bytes and strings (the tuple, the dict slot): a rough
# constant, so that many tiny entries also count.
_OVERHEAD = 200


def _weight(value: Any) -> int:
    if isinstance(value, (bytes, str)):
        return len(value) + _OVERHEAD
    if isinstance(value, tuple):
        return sum(_weight(v) for v in value)
    return _OVERHEAD


def json_body(build: Callable[[], object], model: type[BaseModel] | None = None) -> Callable[[], bytes]:
    """The answer as JSON bytes; checked first against ``model``, the route's declared
    response model, so the OpenAPI schema stays the truth. It runs once per graph version
    and URL (the body is cached); a body that breaks the contract is a 500, not a lie."""

    def body() -> bytes:
        data = build()
        if model is not None:
            model.model_validate(data)
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)

    return body


def cache_key(state: Any, scope: Scope, accept: str) -> tuple:
    """What a body is cached under: the graph version, the URL as sent and (for answers
    negotiated by Accept) the Accept header. The route and the fast lane share it."""
    return (state.graph_version(), scope["path"], scope["query_string"], accept)


def header(scope: Scope, name: bytes) -> str:
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return ""


async def cached(
    request: Request,
    build: Callable[[], bytes],
    media_type: str = "application/json",
    vary: bool = False,
    on_loop: bool = False,
) -> Response:
    """The body for this URL (and Accept, when ``vary``) at the current graph version.

    ``on_loop``: the build only reads the lineage projection (lineage, search, in force), so
    once the projection is current it is built on the event loop: a few hundred
    microseconds, cheaper than the hop to the threadpool and back."""
    state = request.app.state
    key = cache_key(state, request.scope, header(request.scope, b"accept") if vary else "")
    body = state.body_cache.get(key)
    if body is None:
        # Problems raised by ``build`` (404, 422) propagate from either path as usual.
        fresh = build() if on_loop and state.engine.is_current(key[0]) else await run_in_threadpool(build)
        body = state.body_cache.put(key, fresh)
    return Response(body, media_type=media_type, headers={"Vary": "Accept"} if vary else None)


class CheckedOnce:
    """Answers written from pieces (:class:`graph.answers.Pieces`), held to the routes' models
    at what it costs once per graph version: every piece (a node, an edge) is validated
    against its model when it is first written, and the first whole answer of each model in
    each version against the route's model (the envelope around the pieces)."""

    PIECE_MODELS: dict[type, type[BaseModel]] = {Node: models.NodeOut, Edge: models.EdgeOut}

    def __init__(self) -> None:
        self._checked: set[tuple[int, type[BaseModel]]] = set()

    @classmethod
    def piece(cls, kind: type, data: dict[str, Any]) -> None:
        cls.PIECE_MODELS[kind].model_validate(data)

    def answer(self, version: int, model: type[BaseModel], body: bytes) -> bytes:
        if (version, model) not in self._checked:
            model.model_validate(orjson.loads(body))
            if len(self._checked) > 1024:  # old versions' marks
                self._checked.clear()
            self._checked.add((version, model))
        return body
