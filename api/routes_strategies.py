"""The JSON lineage API: strategies, lineage, paths, series, in force, conflicts, search.

Thin handlers over :class:`graph.lineage.LineageEngine`. The hot ones (lineage, search,
in-force, strategy list) read the engine's per-version projection and cache the
rendered body per graph version, so a request costs the size of its answer.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from api import models, wire
from api.cache import cached, json_body
from api.negotiation import choose
from api.params import EVIDENCE_DOC, ID_DOC, Evidence, engine
from api.problems import engine_errors, valid_iri
from graph import answers
from graph.lineage import DEFAULT_DEPTH, MAX_DEPTH, Lineage
from graph.render import render

# Answers echo the offset back: it must fit the 64-bit integers JSON encoders (and clients) handle.
MAX_OFFSET = 2**63 - 1

router = APIRouter(prefix="/api", tags=["Strategies"])


def checked_date(text: str) -> str:
    """A date may also be given as the IRI of a meeting or event: then it must be a valid one."""
    if text.startswith(("http://", "https://")):
        valid_iri(text, "date")
    return text


# Strategies -------------------------------------------------------------------
@router.get(
    "/strategies",
    response_model=models.StrategyListOut,
    responses=models.PROBLEMS,
    summary="List strategies (filter by series, publisher, in force on a date)",
)
async def list_strategies(
    request: Request,
    series: str | None = Query(None, description="Series id, or a member's id/name"),
    publisher: str | None = Query(None, description="Publisher IRI or id, e.g. kent-county-council"),
    in_force: str | None = Query(None, description="Only strategies in force on this date (YYYY-MM-DD)"),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Paging: how many to skip"),
    limit: int = Query(100, ge=1, le=1000, description="Paging: page size"),
) -> Response:
    if in_force:
        checked_date(in_force)

    def build() -> dict:
        eng = engine(request)
        proj = eng.projection
        with engine_errors():
            if in_force:
                items = list(eng.in_force(in_force).strategies)
            elif series:
                items = list(eng.get_series(series).members)
            else:
                items = sorted(
                    (n for iri, n in proj.nodes.items() if proj.kind(iri) == "strategy"),
                    key=lambda n: (n.period.start is None, n.period.start or 0, n.title),
                )
        if series and in_force:
            members = {m.iri for m in eng.get_series(series).members}
            items = [n for n in items if n.iri in members]
        items = [n for n in items if answers.published_by(n.publisher, publisher)]
        page = items[offset : offset + limit]
        return {"total": len(items), "offset": offset, "limit": limit, "items": [answers.node(n) for n in page]}

    return await cached(request, json_body(build))


@router.get(
    "/strategies/{id:path}/lineage",
    response_model=models.LineageOut,
    responses={
        **models.PROBLEMS,
        **models.AMBIGUOUS,
        200: {
            "content": {"application/json": {}, "image/svg+xml": {}, "text/vnd.graphviz": {}, "text/vnd.mermaid": {}}
        },
    },
    summary="Predecessors and successors, as nodes and evidenced edges (or a picture)",
)
async def lineage(
    request: Request,
    id: str = Path(..., description=ID_DOC),
    direction: Literal["up", "down", "both"] = Query("both", description="up: predecessors; down: successors"),
    depth: int = Query(DEFAULT_DEPTH, ge=1, le=MAX_DEPTH, description="How many steps to walk"),
    evidence: Evidence = Query("any", description=EVIDENCE_DOC),
    format: Literal["json", "svg", "dot", "mermaid"] | None = Query(
        None, description="Overrides Accept: json, svg (timeline picture), dot (Graphviz) or mermaid"
    ),
) -> Response:
    fmt = format or choose(request.headers.get("accept"), PICTURE_OFFERS, "json")
    eng = engine(request)
    state = request.app.state

    def walk() -> Lineage:
        with engine_errors():
            return eng.lineage(id, direction, depth, evidence)

    if fmt == "json":
        return await cached(
            request, lambda: wire.lineage_body(state, id, direction, depth, evidence), vary=format is None, on_loop=True
        )
    return await cached(request, lambda: render(walk(), fmt).encode("utf-8"), PICTURE_TYPES[fmt], vary=format is None)


PICTURE_OFFERS = {
    "application/json": "json",
    "image/svg+xml": "svg",
    "text/vnd.graphviz": "dot",
    "text/vnd.mermaid": "mermaid",
}
PICTURE_TYPES = {
    "svg": "image/svg+xml",
    "dot": "text/vnd.graphviz; charset=utf-8",
    "mermaid": "text/vnd.mermaid; charset=utf-8",
}


@router.get(
    "/strategies/{id:path}/trail",
    response_model=models.TrailOut,
    responses={**models.PROBLEMS, **models.AMBIGUOUS},
    summary="Governance trail: dated events (drafted, agreed, endorsed, decided, adopted) in order",
)
async def trail(request: Request, id: str = Path(..., description=ID_DOC)) -> Response:
    # Reads the store the first time a version is asked about this strategy: in the threadpool.
    return await cached(request, lambda: wire.trail_body(request.app.state, id))


@router.get(
    "/strategies/{id:path}",
    response_model=models.StrategyOut,
    responses={**models.PROBLEMS, **models.AMBIGUOUS},
    summary="One strategy: names, period, relations, governance, legal basis, outcomes, sources",
)
async def get_strategy(request: Request, id: str = Path(..., description=ID_DOC)) -> Response:
    eng = engine(request)

    def build() -> dict:
        with engine_errors():
            return answers.strategy_detail(eng, eng.resolve(id))

    return await cached(request, json_body(build))


# Paths, dates, series, conflicts --------------------------------------------------
@router.get(
    "/path",
    response_model=models.PathOut,
    responses={**models.PROBLEMS, **models.AMBIGUOUS},
    summary="How one strategy led to another: every step with its evidence",
)
async def path(
    request: Request,
    from_: str = Query(..., alias="from", description=ID_DOC),
    to: str = Query(..., description=ID_DOC),
    evidence: Evidence = Query("any", description=EVIDENCE_DOC),
) -> Response:
    def build() -> dict:
        with engine_errors():
            return answers.to_json(engine(request).path(from_, to, evidence))

    return await cached(request, json_body(build))


@router.get(
    "/in-force",
    response_model=models.InForceOut,
    responses=models.PROBLEMS,
    summary="Strategies in force on a date (inclusive bounds; open-ended periods allowed)",
)
async def in_force(
    request: Request,
    date: str = Query(
        ..., description="YYYY-MM-DD, a decision reference (16/00116) or a meeting/event id", examples=["2014-06-01"]
    ),
    publisher: str | None = Query(
        None, description="Only this publisher's strategies (IRI or id, e.g. kent-county-council)"
    ),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Paging: how many to skip"),
    limit: int = Query(
        answers.IN_FORCE_PAGE, ge=1, le=1000, description="Paging: page size (a national corpus has hundreds in force)"
    ),
) -> Response:
    checked_date(date)

    return await cached(
        request, lambda: wire.in_force_body(request.app.state, date, publisher, offset, limit), on_loop=True
    )


@router.get("/series", response_model=list[models.SeriesOut], summary="Succession series with gaps and overlaps")
async def list_series(request: Request, evidence: Evidence = Query("any", description=EVIDENCE_DOC)) -> Response:
    def build() -> list:
        with engine_errors():
            return answers.to_json(engine(request).series(evidence))

    return await cached(request, json_body(build))


@router.get(
    "/series/{id:path}",
    response_model=models.SeriesOut,
    responses=models.PROBLEMS,
    summary="One series: members in order, gaps, overlaps and succession edges",
)
async def get_series(
    request: Request,
    id: str = Path(..., description="Series id or label, or a member strategy's id/name"),
    evidence: Evidence = Query("any", description=EVIDENCE_DOC),
) -> Response:
    def build() -> dict:
        with engine_errors():
            return answers.to_json(engine(request).get_series(id, evidence))

    return await cached(request, json_body(build))


@router.get(
    "/conflicts",
    response_model=models.ConflictsOut,
    summary="Statements about the same thing that disagree across sources, each side with its source",
)
async def conflicts(request: Request) -> Response:
    def build() -> dict:
        return {"conflicts": answers.to_json(engine(request).conflicts())}

    return await cached(request, json_body(build, models.ConflictsOut))


# Search and other entities ------------------------------------------------------
@router.get(
    "/search",
    response_model=models.SearchOut,
    responses=models.PROBLEMS,
    summary="Find strategies, bodies, legislation by name, short name or acronym",
)
async def search(
    request: Request,
    q: str = Query(..., min_length=1, description="Text: 'every day matters', 'EDM', 'CYPP 2008', 'section 10'"),
    type: str | None = Query(
        None, description="strategy, guidance, legislation, organisation, post, ... or a class (Framework)"
    ),
    limit: int = Query(20, ge=1, le=200, description="At most this many results"),
) -> Response:
    return await cached(request, lambda: wire.search_body(request.app.state, q, type, limit), on_loop=True)
