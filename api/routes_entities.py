"""Organisations and legislation: who did what to which strategy, and what cites what."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox
from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from api import models
from api.problems import engine_errors, valid_iri
from api.responses import JSONResponse
from api.routes_strategies import EVIDENCE_DOC, Evidence, engine
from graph import answers
from graph.labels import labels_of
from graph.lineage import NotFound
from graph.records import short_id
from strategy_lineage import vocab
from strategy_lineage.reference import legislation_types

router = APIRouter(prefix="/api", tags=["Entities"])

@router.get("/legislation/{id:path}", responses={**models.PROBLEMS, **models.AMBIGUOUS},
            summary="A piece of legislation or a provision, with the strategies that cite it")
def legislation(
    request: Request,
    id: str = Path(..., description="legislation.gov.uk path (ukpga/2004/31/section/10), IRI or name"),
    evidence: Evidence = Query("any", description=EVIDENCE_DOC),
) -> Response:
    with engine_errors():
        view = engine(request).legislation(legislation_key(id), evidence)
    return JSONResponse(answers.to_json(view))


def legislation_key(id: str) -> str:
    """``ukpga/2004/31/section/10`` -> its legislation.gov.uk IRI; names and IRIs pass through."""
    key = vocab.LEGISLATION + id if id.split("/")[0] in legislation_types() else id
    if key.startswith(("http://", "https://")):
        valid_iri(key, "legislation")
    return key


# What an organisation or post did, in the graph's terms: acted in a governance event,
# was asked to act, developed, commissioned or published a strategy.
ORGANISATION_ROLES = {
    vocab.SL + "developedBy": "developed", vocab.SL + "commissionedBy": "commissioned",
    vocab.DCTERMS + "publisher": "published",
}


def organisation_view(request: Request, iri: str) -> dict[str, Any]:
    store = request.app.state.store
    proj = engine(request).projection
    node = f"<{iri}>"
    info = store.select(f"""SELECT ?type ?parent WHERE {{
        OPTIONAL {{ {node} a ?type }}
        OPTIONAL {{ {node} org:subOrganizationOf|org:postIn ?parent }} }}""")
    events = store.select(f"""SELECT ?event ?type ?date ?strategy ?role WHERE {{
        VALUES ?role {{ prov:wasAssociatedWith sl:requestedOf }}
        ?event ?role {node} ; a ?type ; sl:concerns ?strategy .
        FILTER(STRSTARTS(STR(?type), STR(sl:)))
        OPTIONAL {{ ?event sl:date ?date }} }} ORDER BY ?date""")
    roles = store.select(f"""SELECT ?strategy ?p WHERE {{
        VALUES ?p {{ {" ".join(f"<{p}>" for p in ORGANISATION_ROLES)} }} ?strategy ?p {node} }}""")
    by_event: dict[str, dict[str, Any]] = {}
    types: dict[str, set[str]] = defaultdict(set)
    for row in events:
        ev = row["event"].value
        types[ev].add(row["type"].value.removeprefix(vocab.SL))
        by_event.setdefault(ev, {
            "iri": ev, "date": row["date"].value if "date" in row else None,
            "role": "acted" if row["role"].value.endswith("wasAssociatedWith") else "was asked",
            "strategy": proj.node(row["strategy"].value).id, "strategy_title": proj.node(row["strategy"].value).title,
        })
    for ev, item in by_event.items():
        specific = sorted(t for t in types[ev] if t != "GovernanceEvent")
        item["types"] = specific or ["GovernanceEvent"]
    return {
        "iri": iri, "id": short_id(iri),
        "label": labels_of(store, [iri]).get(iri) or short_id(iri),
        "types": sorted({r["type"].value for r in info if "type" in r}),
        "part_of": sorted({r["parent"].value for r in info if "parent" in r}),
        "events": list(by_event.values()),
        "strategies": [{"id": proj.node(r["strategy"].value).id, "title": proj.node(r["strategy"].value).title,
                        "role": ORGANISATION_ROLES[r["p"].value]} for r in roles],
    }


@router.get("/organisations/{id:path}", responses={**models.PROBLEMS, **models.AMBIGUOUS},
            summary="A council, board, committee or post: what it approved, endorsed or decided, and when")
def organisation(request: Request, id: str = Path(..., description="Short id, IRI or name of the body or post")) -> Response:
    return JSONResponse(organisation_view(request, resolve_organisation(request, id)))


def resolve_organisation(request: Request, id: str) -> str:
    """IRI of a body or post by id, IRI or name; minted IRIs count even when untyped."""
    eng = engine(request)
    with engine_errors():
        for kind in ("organisation", "post"):
            try:
                return eng.resolve(id, kind=kind)
            except NotFound:
                continue
        if id.startswith(("http://", "https://")):
            minted = valid_iri(id, "organisation")
        else:
            minted = vocab.entity_iri("organisation", id).value
        store = request.app.state.store.oxigraph
        if next(store.quads_for_pattern(ox.NamedNode(minted), None, None, None), None) or next(
                store.quads_for_pattern(None, None, ox.NamedNode(minted), None), None):
            return minted
        return eng.resolve(id, kind="organisation")  # raises NotFound with the nearest bodies
