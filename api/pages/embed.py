"""The embeddable lineage view: an iframe page, and the demo of embed.js on another origin."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import HTMLResponse, Response

from api.pages import strategy
from api.pages.templating import PageRoute, cached_page, render
from api.responses import JSONResponse
from graph.labels import RELATION_WORDS

router = APIRouter(route_class=PageRoute, prefix="/embed", default_response_class=HTMLResponse)
DEMO_STRATEGY = "every-day-matters"


@router.get("/relations.json")
def relation_words() -> JSONResponse:
    """How each lineage relation is said, from the newer plan and from the older one:
    the site's one table (graph/labels.py), so embed.js words links as the pages do."""
    words = {relation: {"newer": newer, "older": older} for relation, (newer, older) in RELATION_WORDS.items()}
    return JSONResponse(words, headers={"Cache-Control": "public, max-age=3600"})


@router.get("/strategy/{id:path}")
async def embed_strategy(request: Request, id: str = Path(..., max_length=300)) -> Response:
    # Meant to be framed by intranet pages anywhere: no X-Frame-Options, no frame-ancestors.
    return await cached_page(
        request, "embed_strategy.html", lambda site: strategy.compact_lineage(site, strategy.resolve(site, id))
    )


def other_origin(request: Request) -> str | None:
    """The same server under its other loopback name: a different origin to a browser.

    ``localhost`` and ``127.0.0.1`` reach the same socket, but the browser's same-origin
    policy compares names, so a page from one calling the API on the other is exactly
    what an intranet page calling this service is: a cross-origin request.
    """
    parts = urlsplit(str(request.base_url))
    swap = {"localhost": "127.0.0.1", "127.0.0.1": "localhost"}.get(parts.hostname or "")
    if swap is None:
        return None
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{swap}{port}"


@router.get("/demo")
def embed_demo(request: Request, strategy_id: str = Query(DEMO_STRATEGY, alias="strategy", max_length=300)) -> Response:
    # The widget's origin is never taken from the query string: a script URL chosen by
    # whoever wrote the link would run with this site's authority.
    here = str(request.base_url).rstrip("/")
    api = other_origin(request) or here
    return render(
        request,
        "embed_demo.html",
        {
            "here": here,
            "api": api,
            "strategy": strategy_id,
            "cross_origin": api != here,
        },
    )
