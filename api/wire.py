"""The hot JSON answers (lineage, trail, search, in force) written from their graph version's pieces.

Each is :func:`graph.answers.to_json`'s one shape, written by :func:`graph.answers.to_wire`
from the nodes and edges already serialised for this version (:class:`graph.answers.Pieces`),
so an answer costs about its size. Their routes (:mod:`api.routes_strategies`) and the fast
lane (:mod:`api.fast_lane`) both call these, so there is one way to build each body. Each is
held to its route's model by :class:`api.cache.CheckedOnce`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from api import models
from api.cache import CheckedOnce
from api.problems import engine_errors
from graph import answers


def pieces(state: Any) -> answers.Pieces:
    return answers.pieces_of(state.engine.projection, CheckedOnce.piece)


def _checked(state: Any, model: type[BaseModel], body: bytes) -> bytes:
    return state.checked_answers.answer(state.engine.projection.version, model, body)


def lineage_body(state: Any, id: str, direction: str, depth: int, evidence: str) -> bytes:
    with engine_errors():
        found = state.engine.lineage(id, direction, depth, evidence)
    return _checked(state, models.LineageOut, answers.to_wire(found, pieces(state)))


def trail_key(state: Any, id: str) -> tuple[str, str]:
    with engine_errors():
        return ("trail", state.engine.resolve(id))


def trail_body(state: Any, id: str) -> bytes:
    """A strategy's trail reads the store (milliseconds): kept whole per version, once asked."""
    key = trail_key(state, id)
    kept = pieces(state)

    def build() -> bytes:
        with engine_errors():
            found = answers.trail(state.engine, key[1])
        return _checked(state, models.TrailOut, answers.to_wire(found, kept))

    return kept.answer(key, build)


def known_trail(state: Any, id: str) -> bytes | None:
    """The trail if this version has it already (the fast lane answers only those)."""
    return pieces(state).known(trail_key(state, id))


def search_body(state: Any, q: str, type: str | None, limit: int) -> bytes:
    with engine_errors():
        body = answers.search_wire(state.engine, pieces(state), q, type, limit)
    return _checked(state, models.SearchOut, body)


def in_force_body(state: Any, date: str, publisher: str | None, offset: int, limit: int) -> bytes:
    # Only the page is written: the cost follows the page, not the country.
    with engine_errors():
        found = answers.in_force(state.engine, date, publisher, offset, limit)
    return _checked(state, models.InForceOut, answers.to_wire(found, pieces(state)))
