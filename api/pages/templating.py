"""Jinja2 templates (autoescaped) and the HTML error pages.

Errors on a page are pages too: :class:`PageRoute` turns the problems the JSON API
would answer with (404 with nearest candidates, 409 ambiguous, 422 bad parameter) into
an HTML page with the same status, so an officer who mistypes a URL is one click from
what they meant.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse, Response

from api.cache import cached
from api.negotiation import prefers_html
from api.pages.labels import class_words
from api.pages.links import by_document
from api.pages.site import Site
from api.pages.text import quoted
from api.problems import Problem, validation_detail
from graph.labels import RELATION_WORDS, human_date, human_time
from graph.records import INFERRED_SUCCESSION
from graph.render import COLOURS

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
templates = Jinja2Templates(directory=TEMPLATES)
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True
templates.env.filters["by_document"] = by_document
templates.env.filters["quoted"] = quoted
templates.env.filters["human_date"] = human_date
templates.env.filters["human_time"] = human_time
templates.env.filters["class_words"] = class_words
# The timeline's legend, in the page (it reflows on a phone), from the picture's own table.
templates.env.globals["legend_items"] = [
    {"words": words, "colour": COLOURS[rel], "dashed": rel == INFERRED_SUCCESSION}
    for rel, (words, _) in RELATION_WORDS.items()
]

# Where a candidate id leads, by the section of the site the failed request was in.
SECTIONS = {
    "strategies": "/strategies/",
    "embed": "/strategies/",
    "organisations": "/organisations/",
    "legislation": "/legislation/",
    "sources": "/sources/",
}


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"site": Site(request), **context}, status_code=status)


async def cached_page(request: Request, name: str, build: Callable[[Site], dict[str, Any]]) -> Response:
    """A page that is a pure function of its URL and the graph version: rendered once per
    version (in the threadpool, like the JSON API's hot answers), then served from memory."""

    def body() -> bytes:
        site = Site(request)
        return templates.get_template(name).render({"request": request, "site": site, **build(site)}).encode("utf-8")

    return await cached(request, body, "text/html; charset=utf-8")


def error_page(request: Request, problem: Problem) -> HTMLResponse:
    section = request.url.path.strip("/").split("/", 1)[0]
    prefix = SECTIONS.get(section, "/strategies/")
    candidates = []
    for c in problem.extra.get("candidates", []):
        if isinstance(c, dict):
            candidates.append({"label": c.get("label") or c["id"], "type": c.get("type"), "url": prefix + c["id"]})
        else:
            # Linked-data misses suggest whole paths (/id/strategy/...); others bare ids.
            candidates.append({"label": c, "type": None, "url": c if c.startswith("/") else prefix + c})
    # A missing page is searched for by the last words of its address.
    words = request.url.path.rstrip("/").rsplit("/", 1)[-1].replace("-", " ") if problem.status == 404 else ""
    page = render(
        request, "error.html", {"problem": problem, "candidates": candidates, "words": words}, status=problem.status
    )
    page.headers.update(problem.headers)
    return page


# The JSON API and the query service answer machines: their errors stay problem+json.
MACHINE_PATHS = ("/api/", "/sparql", "/.well-known/")


def browser_error_page(request: Request, problem: Problem) -> Response | None:
    """The HTML error page when a browser asked (``text/html`` ranked first), else None,
    so API clients, RDF clients and scripts keep their problem+json."""
    if request.url.path.startswith(MACHINE_PATHS) or not prefers_html(request.headers.get("accept")):
        return None
    try:
        return error_page(request, problem)
    except Exception:  # noqa: BLE001 - an error page must never fail the response; fall back to JSON
        return None


class PageRoute(APIRoute):
    """A route whose errors are HTML pages (the JSON API's stay problem+json)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except Problem as problem:
                return error_page(request, problem)
            except RequestValidationError as err:
                detail = "; ".join(validation_detail(e) for e in err.errors()) or "invalid request"
                return error_page(request, Problem(422, detail))

        return page_handler
