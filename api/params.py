"""What every JSON route shares: the engine of the app serving the request, and the
parameters several routes take (described once, so /docs says the same thing everywhere)."""

from __future__ import annotations

from typing import Literal

from fastapi import Request

from graph.lineage import LineageEngine

ID_DOC = "Short id (e.g. every-day-matters), full IRI, title, short name or acronym"
EVIDENCE_DOC = "any: every edge; stated: only edges with stated or curated evidence (drops inferred succession)"
Evidence = Literal["any", "stated"]


def engine(request: Request) -> LineageEngine:
    return request.app.state.engine
