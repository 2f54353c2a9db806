"""Every request that carries a body is bounded before the app reads it (pure ASGI).

* A request that may write (any method but GET, HEAD and OPTIONS, except a SPARQL
  query to ``/sparql``) is authenticated first (:func:`api.auth.require_writer`):
  an anonymous upload is refused before one byte of it is parsed or written to disk.
* The body is limited to ``max_query_kb`` for ``/sparql`` and ``max_upload_mb`` for
  everything else, checked against Content-Length before reading and counted while
  reading (chunked bodies), so a client cannot make the server buffer more. Past the
  limit the answer is 413, whatever the app was doing with the body.
"""

from __future__ import annotations

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.auth import require_writer
from api.problems import Problem, problem_response
from strategy_lineage.settings import Settings

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
QUERY_PATH = "/sparql"


class BodyTooLarge(Exception):
    """Raised from ``receive`` when the body passes its limit."""


class RequestLimits:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.query_limit = settings.max_query_kb * 1024
        self.upload_limit = settings.max_upload_mb * 1024 * 1024

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        is_query = scope["path"] == QUERY_PATH
        limit = self.query_limit if is_query else self.upload_limit
        try:
            if not is_query:
                require_writer(HTTPConnection(scope))
            if _declared_length(scope) > limit:
                raise _too_large(is_query, limit)
        except Problem as problem:
            await problem_response(problem, scope["path"])(scope, receive, send)
            return
        await self._bounded(scope, receive, send, limit, is_query)

    async def _bounded(self, scope: Scope, receive: Receive, send: Send, limit: int, is_query: bool) -> None:
        received = 0
        overflow = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, overflow
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    overflow = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if overflow:  # the app answered (say, 400 for a broken form) after the overflow
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except BodyTooLarge:
            pass
        if overflow and not started:
            await problem_response(_too_large(is_query, limit), scope["path"])(scope, receive, send)


def _declared_length(scope: Scope) -> int:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0
    return 0


def _too_large(is_query: bool, limit: int) -> Problem:
    what = (
        f"a query may be at most {limit // 1024} KB"
        if is_query
        else f"an upload may be at most {limit // (1024 * 1024)} MB"
    )
    return Problem(413, f"the request body is too large: {what}", kind="body-too-large", title="Request too large")
