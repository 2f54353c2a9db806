"""The hot answers' JSON, written from a graph version's pieces, is the one JSON of the answer.

The lineage and in-force answers are written field by field (not by the generic walk over the
result's dataclass fields) and from nodes and edges serialised once per version: both must give
the very bytes the plain form gives, for every field the result has."""

from __future__ import annotations

import dataclasses
from typing import Any

import orjson
import pytest

from graph import answers
from graph.lineage import LineageEngine

WORKING_TOGETHER = "Working Together"


def _field_by_field(result: Any) -> dict[str, Any]:
    """The generic form: every dataclass field, each through ``to_json``."""
    return {f.name: answers.to_json(getattr(result, f.name)) for f in dataclasses.fields(result)}


@pytest.mark.parametrize("direction", ["up", "down", "both"])
def test_a_lineage_answer_has_every_field_of_the_result_with_its_value(
    seed_engine: LineageEngine, direction: str
) -> None:
    found = seed_engine.lineage(WORKING_TOGETHER, direction=direction, depth=10)
    written = answers.lineage(found)
    assert written == _field_by_field(found)
    assert list(written) == [f.name for f in dataclasses.fields(found)]  # the same order on the wire
    if direction != "down":
        assert written["edges"] and written["nodes"]  # a real lineage, not an empty one


def test_an_in_force_answer_has_every_field_of_the_result_with_its_value(seed_engine: LineageEngine) -> None:
    found = seed_engine.in_force("2014-06-01")
    written = answers.in_force_answer(found)
    assert written == _field_by_field(found)
    assert list(written) == [f.name for f in dataclasses.fields(found)]
    assert written["strategies"] and written["date"] == "2014-06-01"


def _answers_of(eng: LineageEngine) -> list[object]:
    return [
        eng.lineage(WORKING_TOGETHER, direction="both", depth=10),
        eng.lineage(WORKING_TOGETHER, direction="up", depth=1, evidence="stated"),
        answers.in_force(eng, "2014-06-01"),
        answers.in_force(eng, "2017-01-01", offset=1, limit=2),
        answers.search(eng, "every day matters"),
        answers.trail(eng, WORKING_TOGETHER),
    ]


def test_the_wire_form_is_the_plain_json_byte_for_byte(seed_engine: LineageEngine) -> None:
    pieces = answers.Pieces()
    for _ in range(2):  # written afresh, then from pieces already kept
        for result in _answers_of(seed_engine):
            plain = orjson.dumps(answers.to_json(result), option=orjson.OPT_NON_STR_KEYS)
            assert answers.to_wire(result, pieces) == plain


# Whole names, initials, prefixes (the label then stands as the matched name), a type, a limit, a year,
# quotes and accents in the query, and nothing found.
SEARCHES = [
    ("every day matters", None, 20),
    ("EDM", None, 20),
    ("cypp", None, 20),
    ("work tog", None, 20),
    ("children", "strategy", 3),
    ("plan", None, 1),
    ("children young people 2008", None, 20),
    ('Children’s "plan" café', None, 20),
    ("no such words at all", None, 20),
]


def test_a_search_written_from_its_entries_is_the_plain_json_byte_for_byte(seed_engine: LineageEngine) -> None:
    pieces = answers.Pieces()
    hits = []
    for _ in range(2):  # the entries written afresh, then kept
        for q, kind, limit in SEARCHES:
            result = answers.search(seed_engine, q, kind, limit)
            hits += result.results
            plain = orjson.dumps(answers.to_json(result))
            assert answers.search_wire(seed_engine, pieces, q, kind, limit) == plain, q
    # Real hits: a short name the query is, and names merely holding it (the label standing in as well).
    assert {(h.exact, h.matched == h.label) for h in hits} >= {(True, False), (False, True)}


def test_a_walk_met_again_gives_the_same_completed_edges(seed_engine: LineageEngine) -> None:
    """Edges are completed (their inferred evidence's bases read) once per version, then found again."""
    first = seed_engine.lineage(WORKING_TOGETHER, direction="up", depth=10)
    again = seed_engine.lineage(WORKING_TOGETHER, direction="up", depth=10)
    assert [a is b for a, b in zip(first.edges, again.edges, strict=True)] == [True] * len(first.edges)
    inferred = [item for e in again.edges for item in e.evidence if item.derivation == "inferred"]
    assert inferred and all(item.based_on for item in inferred)  # each inference names what it rests on
