"""The pages' URLs. Handlers are plain ``def``s (they run in the threadpool, so a page's
store queries never block the event loop) and only bind a view to a template."""

from __future__ import annotations

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from api.pages import embed, entities, overview, sources, strategy
from api.pages.site import Site
from api.pages.templating import PageRoute, render

router = APIRouter(route_class=PageRoute, include_in_schema=False, default_response_class=HTMLResponse)
router.include_router(embed.router)


@router.get("/")
def home(request: Request, q: str | None = Query(None, max_length=200)) -> Response:
    site = Site(request)
    results = overview.search_results(site, q) if q and q.strip() else None
    return render(request, "home.html", {
        "site": site, "q": q or "", "results": results, "examples": overview.EXAMPLES,
        "series": overview.all_series(site),
    })


@router.get("/strategies/{id}")
def strategy_page(request: Request, id: str = Path(..., max_length=300)) -> Response:
    site = Site(request)
    iri = strategy.resolve(site, id)
    canonical = site.proj.node(iri).id
    if canonical != id:
        # Names and acronyms work ("/strategies/CYPP"); the page itself has one address.
        return RedirectResponse(site.strategy_url(canonical), status_code=303)
    return render(request, "strategy.html", {"site": site, **strategy.strategy_page(site, iri)})


@router.get("/sources")
def source_list(request: Request) -> Response:
    site = Site(request)
    return render(request, "sources.html", {"site": site, "sources": sources.source_list(site)})


@router.get("/sources/{id}")
def source_page(request: Request, id: str = Path(..., max_length=300),
                highlight: str | None = Query(None, max_length=40, description="START-END offsets to highlight")) -> Response:
    site = Site(request)
    return render(request, "source.html", {"site": site, **sources.source_page(site, id, highlight)})


@router.get("/organisations/{id}")
def organisation_page(request: Request, id: str = Path(..., max_length=300)) -> Response:
    site = Site(request)
    return render(request, "organisation.html", {"site": site, **entities.organisation_page(site, id)})


@router.get("/legislation/{id:path}")
def legislation_page(request: Request, id: str = Path(..., max_length=300)) -> Response:
    site = Site(request)
    return render(request, "legislation.html", {"site": site, **entities.legislation_page(site, id)})


@router.get("/in-force")
def in_force(request: Request, date: str | None = Query(None, max_length=100)) -> Response:
    site = Site(request)
    answer = overview.in_force_page(site, date) if date and date.strip() else None
    return render(request, "in_force.html", {"site": site, "asked": date or "", "answer": answer})


@router.get("/conflicts")
def conflicts(request: Request) -> Response:
    site = Site(request)
    return render(request, "conflicts.html", {"site": site, **overview.conflicts_page(site)})
