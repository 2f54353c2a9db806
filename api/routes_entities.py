"""Organisations and legislation: who did what to which strategy, and what cites what."""

from __future__ import annotations

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from api import models
from api.params import EVIDENCE_DOC, Evidence, engine
from api.problems import engine_errors
from api.responses import JSONResponse
from graph import answers, entities

router = APIRouter(prefix="/api", tags=["Entities"])


@router.get(
    "/legislation/{id:path}",
    response_model=models.LegislationOut,
    responses={**models.PROBLEMS, **models.AMBIGUOUS},
    summary="A piece of legislation or a provision, with the strategies that cite it",
)
def legislation(
    request: Request,
    id: str = Path(..., description="legislation.gov.uk path (ukpga/2004/31/section/10), IRI or name"),
    evidence: Evidence = Query("any", description=EVIDENCE_DOC),
) -> Response:
    with engine_errors():
        view = engine(request).legislation(entities.legislation_key(id), evidence)
    return JSONResponse(answers.to_json(view))


@router.get(
    "/organisations/{id:path}",
    response_model=models.OrganisationOut,
    responses={**models.PROBLEMS, **models.AMBIGUOUS},
    summary="A council, board, committee or post: what it approved, endorsed or decided, and when",
)
def organisation(
    request: Request, id: str = Path(..., description="Short id, IRI or name of the body or post")
) -> Response:
    eng = engine(request)
    with engine_errors():
        return JSONResponse(entities.organisation_view(eng, entities.resolve_organisation(eng, id)))
