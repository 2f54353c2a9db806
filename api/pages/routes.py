"""The pages' URLs. Each handler only binds a view to a template; pages that depend on
nothing but their URL are cached per graph version (see :func:`cached_page`)."""

from __future__ import annotations

from fastapi import APIRouter, Path, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from api.pages import embed, entities, overview, sources, strategy
from api.pages.site import Site
from api.pages.templating import PageRoute, cached_page

router = APIRouter(route_class=PageRoute, include_in_schema=False, default_response_class=HTMLResponse)
router.include_router(embed.router)


@router.get("/")
async def home(request: Request, q: str | None = Query(None, max_length=200)) -> Response:
    def build(site: Site) -> dict:
        results = overview.search_results(site, q) if q and q.strip() else None
        return {"q": q or "", "results": results, "examples": overview.EXAMPLES, "series": overview.all_series(site)}

    return await cached_page(request, "home.html", build)


@router.get("/strategies/{id:path}")
async def strategy_page(request: Request, id: str = Path(..., max_length=300)) -> Response:
    site = Site(request)
    iri = await run_in_threadpool(strategy.resolve, site, id)
    canonical = site.proj.node(iri).id
    if canonical != id:
        # Names and acronyms work ("/strategies/CYPP"); the page itself has one address.
        return RedirectResponse(site.strategy_url(canonical), status_code=303)
    return await cached_page(request, "strategy.html", lambda site: strategy.strategy_page(site, iri))


@router.get("/sources")
async def source_list(request: Request) -> Response:
    return await cached_page(request, "sources.html", lambda site: {"sources": sources.source_list(site)})


@router.get("/sources/{id}")
async def source_page(
    request: Request,
    id: str = Path(..., max_length=300),
    highlight: str | None = Query(None, max_length=40, description="START-END offsets"),
) -> Response:
    return await cached_page(request, "source.html", lambda site: sources.source_page(site, id, highlight))


@router.get("/organisations/{id:path}")
async def organisation_page(request: Request, id: str = Path(..., max_length=300)) -> Response:
    return await cached_page(request, "organisation.html", lambda site: entities.organisation_page(site, id))


@router.get("/legislation/{id:path}")
async def legislation_page(request: Request, id: str = Path(..., max_length=300)) -> Response:
    return await cached_page(request, "legislation.html", lambda site: entities.legislation_page(site, id))


@router.get("/in-force")
async def in_force(request: Request, date: str | None = Query(None, max_length=100)) -> Response:
    def build(site: Site) -> dict:
        answer = overview.in_force_page(site, date) if date and date.strip() else None
        return {"asked": date or "", "answer": answer}

    return await cached_page(request, "in_force.html", build)


@router.get("/conflicts")
async def conflicts(request: Request) -> Response:
    return await cached_page(request, "conflicts.html", lambda site: overview.conflicts_page(site))
