"""Response helpers: orjson for JSON, one place for the media types we send."""

from __future__ import annotations

from typing import Any

import orjson
from starlette import responses
from starlette.responses import Response


class JSONResponse(responses.JSONResponse):
    """JSON via orjson: several times faster than the stdlib on the hot endpoints. (A
    JSONResponse, so that the OpenAPI document gives routes their models' schemas.)"""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def negotiated(body: bytes, media_type: str, status: int = 200) -> Response:
    """A representation chosen by Accept: caches must key on Accept too."""
    return Response(body, status_code=status, media_type=media_type, headers={"Vary": "Accept"})
