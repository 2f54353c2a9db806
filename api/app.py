"""The application factory: one FastAPI app over one :class:`Store`.

``create_app(store, settings)`` wires the routers, the problem+json handlers and the
middleware (gzip outermost, then CORS, then ETag; each pure ASGI, and gzip and CORS
entered only by the requests that need them: :mod:`api.edge`; in front of them a lane that answers a
plain GET of the hot routes and the liveness probe with the headers they would add, :mod:`api.fast_lane`,
in front of FastAPI's own layers as well unless telemetry is asked for: :class:`LaneFirst`).
The store, the lineage engine and the SPARQL worker pool live on ``app.state``; nothing else is global.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.telemetry import TelemetryConfig
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from api import (
    linked_data,
    models,
    openapi,
    problems,
    routes_changes,
    routes_entities,
    routes_sources,
    routes_strategies,
    sparql,
)
from api.auth import Writers
from api.cache import BodyCache, CheckedOnce
from api.edge import CorsWhenCrossOrigin, GzipWhenAsked
from api.engine_queries import EngineQueries
from api.etag import ETagMiddleware, ETags
from api.fast_lane import HEALTHY, FastLane, PlainLane
from api.limits import RequestLimits
from api.pages.apidocs import router as apidocs_router
from api.pages.routes import router as pages_router
from api.pages.templating import browser_error_page
from api.query_pool import QueryPool
from api.query_times import QueryTimesLog
from api.responses import JSONResponse
from graph.lineage import LineageEngine
from graph.oxigraph_store import OxigraphStore
from graph.projection import Projection
from graph.store import Store, open_store
from strategy_lineage.settings import Settings

DESCRIPTION = """
Strategy Lineage answers which plan replaced which, who approved it, on what legal basis,
and where each of those statements is written down.

* **JSON API** under `/api`: strategies, lineage, paths, series, what was in force on a date,
  conflicts, governance trails, provenance, sources and search.
* **SPARQL 1.1** at `/sparql` (read-only; time limit and result cap), with a service
  description and VoID (`/.well-known/void`).
* **Linked data**: every `/id/...` IRI dereferences to Turtle, JSON-LD, N-Triples, HTML or JSON.

Errors are RFC 9457 `application/problem+json`. Responses carry an `ETag` (graph version).
Writes need `Authorization: Bearer <token>`; without a configured token the service is read-only.
"""


def open_configured_store(settings: Settings) -> Store:
    # A read-only service opens the store read-only: then the SPARQL workers' own
    # read-only handles never race a writer.
    # serve=True: other processes may not write to the store while it is served (one truth
    # for the JSON answers and /sparql); several workers may serve it together.
    return open_store(settings.store, read_only=not settings.writable, serve=True, access=settings.store_access)


def version_reader(store: Store) -> Callable[[], int]:
    """How to read the graph version cheaply on every request.

    A read-only embedded store is a snapshot: its version cannot change, so it is read once.
    Otherwise every read asks the store (tens of microseconds embedded; a remote store
    polls the engine at most once a second), since writes bump it.
    """
    if store.read_only and not store.shared:
        fixed = store.version
        return lambda: fixed
    return lambda: store.version


def query_runner(store: Store, settings: Settings, graph_version: Callable[[], int]) -> QueryPool | EngineQueries:
    """Where user SPARQL runs: the embedded engine cannot stop a query, so in worker processes
    that can be killed; an engine that enforces its own time limit, directly."""
    if isinstance(store, OxigraphStore):
        return QueryPool(
            store,
            size=settings.query_workers,
            version=graph_version,
            memory_mb=settings.query_memory_mb,
            per_client=settings.queries_per_client,
            times=QueryTimesLog(settings.query_times) if settings.query_times else None,
        )
    return EngineQueries(store, size=settings.query_workers)


def keep_out_of_collections(projection: Projection) -> None:
    """Leave a graph version's projection out of the garbage collector's full collections.

    A full collection walks every object the server holds: about 0.35 s at 10^6 quads, with
    every request waiting (the p99 of cheap requests was such pauses). The projection, its
    search index and labels live until the next write, so they are frozen (moved to the
    permanent generation, never walked; still freed by reference counting). Unfreezing first
    lets the previous version's cycles be collected, once per version."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


# FastAPI's native OpenTelemetry, when not asked for (Settings.telemetry): no provider looked up per request.
NO_TELEMETRY: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False}


class LaneFirst(FastAPI):
    """FastAPI, with the plain lane (:class:`api.fast_lane.PlainLane`) in front of its own layers.

    FastAPI wraps every request in three layers of its own (server errors, telemetry, the body limit):
    about a sixth of a plain lineage or search request's cost in the app. With no telemetry asked for,
    a plain GET the lane can answer does not need them (no body is read; an unexpected error in the lane
    goes on to them); every other request, and every request when telemetry is on, goes through them."""

    front: PlainLane | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.front is None or scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        scope["app"] = self  # as Starlette sets it: the lane reads the app's state through it
        await self.front(scope, receive, send)

    async def behind_lane(self, scope: Scope, receive: Receive, send: Send) -> None:
        await super().__call__(scope, receive, send)


def create_app(store: Store | None = None, settings: Settings | None = None) -> LaneFirst:
    settings = settings or Settings.from_env()
    store = store if store is not None else open_configured_store(settings)
    graph_version = version_reader(store)
    pool = query_runner(store, settings, graph_version)
    engine = LineageEngine(store, graph_version, on_built=keep_out_of_collections)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool.start()
        # Build the lineage projection in the background: the server answers at once,
        # and the first lineage request does not pay for the build (seconds at 10^6 quads).
        threading.Thread(target=lambda: engine.projection, name="projection-warmup", daemon=True).start()
        try:
            yield
        finally:
            pool.close()

    app = LaneFirst(
        telemetry=None if settings.telemetry else NO_TELEMETRY,
        title="Strategy Lineage",
        version="0.1.0",
        description=DESCRIPTION,
        default_response_class=JSONResponse,
        lifespan=lifespan,
        # /docs and /redoc are served from vendored assets by api/pages/apidocs.py.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.writers = Writers(settings.tokens)
    app.state.engine = engine
    app.state.graph_version = graph_version
    app.state.query_pool = pool
    app.state.body_cache = BodyCache(settings.cache_mb * 1024 * 1024)
    app.state.checked_answers = CheckedOnce()
    # One write at a time: a load, the inference rebuild and the version bump belong together.
    app.state.write_lock = threading.Lock()

    problems.install(app, html_page=browser_error_page)
    openapi.install(app)
    # First in the routing table: FastAPI tries routes in order, and a liveness probe
    # should not pay for matching every other route first.
    app.add_api_route(
        "/api/health",
        health,
        response_model=models.HealthOut,
        tags=["Service"],
        summary="Liveness: answers without touching the graph",
        methods=["GET"],
    )
    app.include_router(routes_strategies.router)
    app.include_router(routes_entities.router)
    app.include_router(routes_sources.router)
    app.include_router(routes_sources.originals)
    app.include_router(routes_changes.router)
    app.include_router(sparql.router)
    app.include_router(linked_data.router)
    # The officers' HTML pages (api/pages, owned by the pages engineer): /, /strategies/{id}, ...
    app.include_router(pages_router)
    app.include_router(apidocs_router)

    # The project's own static files (vendored YASGUI, the pages' assets); never a CDN.
    app.mount("/static", StaticFiles(directory=sparql.STATIC, check_dir=False), name="static")

    # Innermost: the hot JSON answers, when the request is plainly valid (api/fast_lane.py).
    app.add_middleware(FastLane)
    # Bodies are bounded and writers authenticated before any route reads them.
    app.add_middleware(RequestLimits, settings=settings)
    tags = ETags(graph_version)
    app.add_middleware(ETagMiddleware, tags=tags)
    _add_cors(app, settings)
    app.add_middleware(GzipWhenAsked, minimum_size=1024)
    # Outermost: the same answers and the liveness probe for a plain GET, with the headers the edge adds;
    # in front of FastAPI's own layers too, unless they trace every request (telemetry asked for).
    if settings.telemetry:
        app.add_middleware(PlainLane, tags=tags)
    else:
        app.front = PlainLane(app.behind_lane, tags=tags, first=True)
    return app


async def health() -> Response:
    return Response(HEALTHY, media_type="application/json")


def _add_cors(app: FastAPI, settings: Settings) -> None:
    any_origin = settings.cors_origins == ("*",)
    app.add_middleware(
        CorsWhenCrossOrigin,
        allow_origins=list(settings.cors_origins),
        # Any origin may read (GET, and POST for SPARQL queries); only origins named in
        # STRATEGY_LINEAGE_CORS_ORIGINS may send the Authorization header to write.
        allow_methods=["GET", "HEAD", "POST"] if any_origin else ["GET", "HEAD", "POST", "DELETE"],
        allow_headers=["Accept", "Content-Type", "If-None-Match"] + ([] if any_origin else ["Authorization"]),
        expose_headers=["ETag", "Location"],
        max_age=600,
    )
