"""CORS and gzip at the edge of the app, paid for only by the requests that need them (pure ASGI).

Starlette's ``CORSMiddleware`` and ``GZipMiddleware`` wrap every request: each builds a
``Headers`` view of the request and a responder, and rewrites the response headers, even
for a same-origin request that accepts no compression (every API client and load test).
Here a request is looked at once, by scanning its raw headers for the two that matter:

* **CORS** only for a request that carries ``Origin`` (browsers send it on cross-origin
  requests and preflights): it goes through Starlette's CORS middleware, configured as
  before. Any other request is passed on, and a GET or HEAD answer gains the constant
  ``Vary: Origin``, so that a shared cache never hands an answer without CORS headers to
  a cross-origin page.
* **gzip** only for a client that asks (``Accept-Encoding: gzip``), and only for bodies of
  at least ``minimum_size`` bytes (Starlette's responder decides on the body it sees).
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipResponder
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_VARY_ORIGIN = (b"vary", b"Origin")


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return value
    return None


class CorsWhenCrossOrigin:
    """Starlette's CORS middleware (same options), entered only by requests with ``Origin``."""

    def __init__(
        self,
        app: ASGIApp,
        allow_origins: Sequence[str],
        allow_methods: Sequence[str],
        allow_headers: Sequence[str],
        expose_headers: Sequence[str],
        max_age: int,
    ) -> None:
        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=allow_origins,
            allow_methods=allow_methods,
            allow_headers=allow_headers,
            expose_headers=expose_headers,
            max_age=max_age,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _header(scope, b"origin") is not None:
            await self.cors(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return

        async def send_varying(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), _VARY_ORIGIN]
            await send(message)

        await self.app(scope, receive, send_varying)


class GzipWhenAsked:
    """gzip for clients that accept it, on bodies of at least ``minimum_size`` bytes."""

    def __init__(self, app: ASGIApp, minimum_size: int = 1024, level: int = 6) -> None:
        self.app = app
        self.minimum_size = minimum_size
        self.level = level

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and b"gzip" in (_header(scope, b"accept-encoding") or b""):
            await GZipResponder(self.app, self.minimum_size, compresslevel=self.level)(scope, receive, send)
            return
        await self.app(scope, receive, send)
