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
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Paths whose responses do not depend on the graph (or carry their own validators).
SKIP_PREFIXES = ("/static", "/docs", "/redoc", "/openapi.json", "/api/health")


class ETags:
    """The tag of a GET's answer: the app's boot id, the graph version, and the request's path, query and
    Accept (shared by the middleware and the fast lane in front of it, :mod:`api.fast_lane`)."""

    def __init__(self, version: Callable[[], int]) -> None:
        self.version = version
        self.boot = os.urandom(4).hex()

    def of(self, scope: Scope, accept: bytes) -> str:
        key = zlib.crc32(scope["path"].encode() + b"?" + scope["query_string"] + b"|" + accept)
        return f'W/"{self.boot}-{self.version()}-{key:08x}"'


class ETagMiddleware:
    def __init__(self, app: ASGIApp, tags: ETags) -> None:
        self.app = app
        self.tags = tags

    def _tag(self, scope: Scope) -> tuple[str, str]:
        accept = b""
        match = b""
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value
            elif name == b"if-none-match":
                match = value
        return self.tags.of(scope, accept), match.decode("latin-1")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or scope["path"].startswith(SKIP_PREFIXES):
            await self.app(scope, receive, send)
            return
        tag, if_none_match = self._tag(scope)
        if if_none_match and _names_any(if_none_match):
            await self._if_exists(scope, receive, send, tag)
            return
        if if_none_match and _matches(if_none_match, tag):
            await send(
                {
                    "type": "http.response.start",
                    "status": 304,
                    "headers": [(b"etag", tag.encode()), (b"vary", b"Accept")],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_with_tag(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                message["headers"] = [*message.get("headers", []), (b"etag", tag.encode())]
            await send(message)

        await self.app(scope, receive, send_with_tag)

    async def _if_exists(self, scope: Scope, receive: Receive, send: Send, tag: str) -> None:
        """``If-None-Match: *`` matches only a resource that exists (RFC 9110, 13.1.2): the
        handler must answer first, and only its 200 becomes a 304; a 404 stays a 404."""
        not_modified = False

        async def send_304_for_200(message: Message) -> None:
            nonlocal not_modified
            if message["type"] == "http.response.start" and message["status"] == 200:
                not_modified = True
                await send(
                    {
                        "type": "http.response.start",
                        "status": 304,
                        "headers": [(b"etag", tag.encode()), (b"vary", b"Accept")],
                    }
                )
            elif not_modified:
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b""})
            else:
                await send(message)

        await self.app(scope, receive, send_304_for_200)


def _names_any(header: str) -> bool:
    return any(t.strip() == "*" for t in header.split(","))


def _matches(header: str, tag: str) -> bool:
    opaque = tag.removeprefix("W/")
    # If-None-Match uses the weak comparison: W/"x" and "x" are the same tag.
    return any(t.strip().removeprefix("W/") == opaque for t in header.split(","))
