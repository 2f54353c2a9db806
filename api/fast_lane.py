"""The hot JSON answers without FastAPI's routing and parameter parsing (pure ASGI).

Lineage, trail, search and in force are asked far more than anything else, mostly with
different parameters each time, so no cache in front of them helps. FastAPI tries routes
one by one and validates each parameter through pydantic: several times the cost of the
answer itself once the answer is written from pieces (:mod:`api.wire`). This lane sits
innermost, behind the ETag, CORS and gzip middleware, and answers a GET to one of those
four routes itself when it can prove the request valid with the routes' own rules (the
same names, defaults and bounds; ``id`` matched as the ``{id:path}`` routes match it, in
their order). Anything else (a missing or odd parameter, a picture format, an unknown
strategy, a projection still being built, a trail not yet read) goes on to the routes,
which answer or explain it as always: the lane only ever gives the answer the route would.
Bodies come from and go to the same per-version cache as the routes' (:func:`api.cache.cache_key`).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any, get_args
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from api import sparql, sparql_formats, wire
from api.cache import cache_key, header
from api.etag import ETags
from api.limits import QUERY_PATH
from api.negotiation import choose
from api.params import Evidence
from api.problems import Problem, problem_response
from api.routes_strategies import MAX_OFFSET, PICTURE_OFFERS, checked_date
from graph import answers
from graph.lineage import DEFAULT_DEPTH, MAX_DEPTH, LineageError

# As the routes' paths match ({id:path} is ".*"), lineage before trail.
_LINEAGE = re.compile(r"^/api/strategies/(.+)/lineage$")
_TRAIL = re.compile(r"^/api/strategies/(.+)/trail$")
_DIGITS = re.compile(r"^[0-9]{1,19}$")
_DIRECTIONS = frozenset({"up", "down", "both"})
_EVIDENCE = frozenset(get_args(Evidence))
_JSON = (b"content-type", b"application/json")
_VARY = (b"vary", b"Accept")
_VARY_ORIGIN = (b"vary", b"Origin")  # what api.edge adds to a GET answered without CORS


class NotForTheLane(Exception):
    """The request needs the route: an absent, odd or out-of-bounds parameter."""


def _int(params: dict[str, str], name: str, default: int, low: int, high: int) -> int:
    text = params.get(name)
    if text is None:
        return default
    if not _DIGITS.match(text) or not low <= int(text) <= high:
        raise NotForTheLane
    return int(text)


def _choice(params: dict[str, str], name: str, default: str, allowed: frozenset[str]) -> str:
    value = params.get(name, default)
    if value not in allowed:
        raise NotForTheLane
    return value


def _required(params: dict[str, str], name: str) -> str:
    value = params.get(name)
    if not value:
        raise NotForTheLane
    return value


# Each: (state, path match, params) -> (body builder or None, Vary: Accept?)
Answer = tuple[Callable[[], bytes | None], bool]


def _lineage(state: Any, scope: Scope, found: re.Match[str], params: dict[str, str]) -> Answer:
    if "format" in params or choose(header(scope, b"accept") or None, PICTURE_OFFERS, "json") != "json":
        raise NotForTheLane
    direction = _choice(params, "direction", "both", _DIRECTIONS)
    depth = _int(params, "depth", DEFAULT_DEPTH, 1, MAX_DEPTH)
    evidence = _choice(params, "evidence", "any", _EVIDENCE)
    return (lambda: wire.lineage_body(state, found.group(1), direction, depth, evidence)), True


def _trail(state: Any, scope: Scope, found: re.Match[str], params: dict[str, str]) -> Answer:
    return (lambda: wire.known_trail(state, found.group(1))), False


def _search(state: Any, scope: Scope, found: re.Match[str], params: dict[str, str]) -> Answer:
    q = _required(params, "q")
    limit = _int(params, "limit", 20, 1, 200)
    return (lambda: wire.search_body(state, q, params.get("type"), limit)), False


def _in_force(state: Any, scope: Scope, found: re.Match[str], params: dict[str, str]) -> Answer:
    date = checked_date(_required(params, "date"))
    offset = _int(params, "offset", 0, 0, MAX_OFFSET)
    limit = _int(params, "limit", answers.IN_FORCE_PAGE, 1, 1000)
    return (lambda: wire.in_force_body(state, date, params.get("publisher"), offset, limit)), False


_ROUTES = [
    (_LINEAGE, _lineage),
    (_TRAIL, _trail),
    (re.compile(r"^/api/search$"), _search),
    (re.compile(r"^/api/in-force$"), _in_force),
]


# An answer: status, body and headers; or one still to come (a SPARQL query in the worker pool).
Reply = tuple[int, bytes, list[tuple[bytes, bytes]]]


class _Lane:
    """Answers a GET itself when :meth:`_answer` can, else passes the request on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        reply = await self._reply(scope) if scope["type"] == "http" and scope["method"] == "GET" else None
        if reply is None:
            await self.app(scope, receive, send)
            return
        status, content, headers = reply
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    async def _reply(self, scope: Scope) -> Reply | None:
        answer = self._answer(scope)
        return answer if answer is None or isinstance(answer, tuple) else await answer

    def _answer(self, scope: Scope) -> Reply | Awaitable[Reply] | None:
        raise NotImplementedError


class FastLane(_Lane):
    """Innermost, behind the edge middleware: the hot answers with their own headers only."""

    def _answer(self, scope: Scope) -> Reply | None:
        body = _answer(scope)
        if body is None:
            return None
        content, vary = body
        return 200, content, _headers(content, vary)


# What the liveness route answers (api.app.health): the same bytes from the lane in front of the edge.
HEALTHY = b'{"status":"ok"}'
_HEALTH_HEADERS = [(b"content-length", str(len(HEALTHY)).encode()), _JSON, _VARY_ORIGIN]


class PlainLane(_Lane):
    """The lane again, in front of the edge middleware (gzip, CORS, ETag, limits), for the plain request:
    a GET with no ``Origin``, no ``If-None-Match`` and no gzip asked for (every API client and load test).
    There the edge would only add the ETag (:class:`api.etag.ETags`) and CORS's constant ``Vary: Origin``:
    this lane answers with those headers itself, and answers the liveness probe without the router. Any
    other request goes on through the edge to the inner lane and the routes, as before."""

    def __init__(self, app: ASGIApp, tags: ETags, first: bool = False) -> None:
        super().__init__(app)
        self.tags = tags
        # In front of FastAPI's own layers (server errors, telemetry, body limit; api.app.LaneFirst): anything
        # unexpected in the lane goes on to them and the routes, which answer it (or explain it) as ever.
        self.first = first

    def _answer(self, scope: Scope) -> Reply | Awaitable[Reply] | None:
        accept = b""
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value  # the last, as the ETag middleware reads it
            elif name in _EDGE_HEADERS or (name == b"accept-encoding" and b"gzip" in value):
                return None
        path = scope["path"]
        if path == "/api/health":
            return 200, HEALTHY, _HEALTH_HEADERS
        if path == QUERY_PATH:
            return self._query(scope, accept)
        if not path.startswith("/api/"):
            return None
        tag = self.tags.of(scope, accept)  # before the answer, as the ETag middleware
        body = _answer(scope)
        if body is None:
            return None
        content, vary = body
        return 200, content, [*_headers(content, vary), (b"etag", tag.encode()), _VARY_ORIGIN]

    async def _reply(self, scope: Scope) -> Reply | None:
        if not self.first:
            return await super()._reply(scope)
        try:
            return await super()._reply(scope)
        except Exception:  # noqa: BLE001 - in front of FastAPI's error layer: the route answers (or explains)
            return None

    def _query(self, scope: Scope, accept: bytes) -> Awaitable[Reply] | None:
        """A SPARQL query by GET with nothing but ``query`` and one Accept naming a results format (what
        query clients send): FastAPI's routing and parameter parsing cost more than the round trip to
        the worker. A dataset, ``format``, ``update``, a browser or anything else goes to the route."""
        params = query_params(scope["query_string"].decode("latin-1"))
        media = accept.decode("latin-1")
        if params.keys() != {"query"} or media not in _QUERY_ACCEPTS or header(scope, b"accept") != media:
            return None
        return self._results(scope, params["query"], media, self.tags.of(scope, accept))

    async def _results(self, scope: Scope, query: str, accept: str, tag: str) -> Reply:
        results_fmt, graph_fmt = sparql.result_formats(accept, None)
        no_dataset = sparql.dataset_of([], [])
        try:
            response = await sparql.results(
                scope["app"].state, query, no_dataset, results_fmt, graph_fmt, sparql.client_in(scope)
            )
        except Problem as problem:  # as the app's handler answers it (problem+json: no browser asked)
            response = problem_response(problem, scope["path"])
            return response.status_code, bytes(response.body), [*response.raw_headers, _VARY_ORIGIN]
        return 200, bytes(response.body), [*response.raw_headers, (b"etag", tag.encode()), _VARY_ORIGIN]


# Request headers that make the edge do more than add its constant headers: CORS, a conditional GET.
_EDGE_HEADERS = frozenset({b"origin", b"if-none-match"})
# An Accept of exactly one results type: never a browser's (no HTML page, no HTML error page).
_QUERY_ACCEPTS = frozenset(sparql_formats.RESULT_OFFERS)


def _headers(content: bytes, vary: bool) -> list[tuple[bytes, bytes]]:
    headers = [_JSON, (b"content-length", str(len(content)).encode())]
    if vary:
        headers.append(_VARY)
    return headers


def _answer(scope: Scope) -> tuple[bytes, bool] | None:
    path = scope["path"]
    if not path.startswith("/api/"):
        return None
    for pattern, route in _ROUTES:
        found = pattern.match(path)
        if found is not None:
            return _answered(scope, found, route)
    return None


def query_params(text: str) -> dict[str, str]:
    """The query's parameters, as ``dict(parse_qsl(text, keep_blank_values=True))`` has them (the last
    value of a name counts): split here (a form's ``+`` for a space is no escape: it cannot be an ``&`` or
    ``=``), and percent escapes decoded in C (:func:`_unescaped`) when every ``%`` opens a well-formed one;
    anything else (a stray ``%``, a character outside ASCII) is read by ``parse_qsl`` itself."""
    if "%" in text and (not text.isascii() or _STRAY_PERCENT.search(text)):
        return dict(parse_qsl(text, keep_blank_values=True))
    if "+" in text:
        text = text.replace("+", " ")
    params = {}
    for pair in text.split("&"):
        if pair:
            name, _, value = pair.partition("=")
            params[_unescaped(name)] = _unescaped(value)
    return params


# A "%" not followed by two hex digits: parse_qsl keeps it as it is.
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _unescaped(text: str) -> str:
    """``urllib.parse.unquote`` of ASCII text whose escapes are all well formed, decoded by Python's C codecs
    (a SPARQL query in a URL has hundreds of escapes: unquote's loop over them was a fifth of the request):
    each ``%XX`` becomes the codec's ``\\xXX`` (backslashes doubled first, so no other escape is read), the
    bytes are the characters' code points, and those bytes are read as UTF-8, as unquote does."""
    if "%" not in text:
        return text
    escaped = text.replace("\\", "\\\\").replace("%", "\\x").encode("ascii")
    return escaped.decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")


def _answered(scope: Scope, found: re.Match[str], route: Callable[..., Answer]) -> tuple[bytes, bool] | None:
    state = scope["app"].state
    params = query_params(scope["query_string"].decode("latin-1"))
    try:
        build, vary = route(state, scope, found, params)
        key = cache_key(state, scope, header(scope, b"accept") if vary else "")
        body = state.body_cache.get(key)
        if body is None:
            # Only from a current projection: building one takes seconds, off the event loop.
            if not state.engine.is_current(key[0]):
                return None
            body = build()
            if body is None:
                return None
            state.body_cache.put(key, body)
    except (NotForTheLane, Problem, LineageError):
        return None
    return body, vary
