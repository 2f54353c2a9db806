"""ETag / If-None-Match for every GET, keyed on the graph version.

Every representation this service sends is a function of the request (path, query
string, Accept) and the store's content, and the content only changes when the graph
version does. So the ETag is computed *before* the handler runs and a matching
If-None-Match is answered with 304 without doing the work. A per-process boot id keeps
tags from two different stores (or restarts) from ever colliding.
"""

from __future__ import annotations

import os
import zlib
from typing import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Paths whose responses do not depend on the graph (or carry their own validators).
SKIP_PREFIXES = ("/static", "/docs", "/redoc", "/openapi.json")


class ETagMiddleware:
    def __init__(self, app: ASGIApp, version: Callable[[], int]) -> None:
        self.app = app
        self.version = version
        self.boot = os.urandom(4).hex()

    def _tag(self, scope: Scope) -> tuple[str, str]:
        accept = b""
        match = b""
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value
            elif name == b"if-none-match":
                match = value
        key = zlib.crc32(scope["path"].encode() + b"?" + scope["query_string"] + b"|" + accept)
        return f'W/"{self.boot}-{self.version()}-{key:08x}"', match.decode("latin-1")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or scope["path"].startswith(SKIP_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        tag, if_none_match = self._tag(scope)
        if if_none_match and _matches(if_none_match, tag):
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(b"etag", tag.encode()), (b"vary", b"Accept")]})
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_with_tag(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                message["headers"] = [*message.get("headers", []), (b"etag", tag.encode())]
            await send(message)

        await self.app(scope, receive, send_with_tag)


def _matches(header: str, tag: str) -> bool:
    opaque = tag.removeprefix("W/")
    # If-None-Match uses the weak comparison: W/"x" and "x" are the same tag.
    return any(t.strip() == "*" or t.strip().removeprefix("W/") == opaque for t in header.split(","))
