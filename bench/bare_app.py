"""The true ceiling for ``make bench``: a bare FastAPI app, one async route, small JSON.

Served by uvicorn with the same settings as ``strategy-lineage serve`` (uvloop and
httptools when installed, no access log), so a ratio against it says what the app's own
middleware, routing and answer building cost on top of the framework itself.
"""

from __future__ import annotations

from fastapi import FastAPI

app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}
