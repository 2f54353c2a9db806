"""Plain value types shared by the lineage engine, the projection and the renderers.

Everything here is a frozen dataclass holding strings, ints and dates (no RDF terms),
so the API can map results to pydantic models and the CLI can print them as they are.
IRIs are full strings; ``id`` is the short id used in URLs (see :func:`short_id`).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from strategy_lineage import vocab

Precision = Literal["year", "month", "day"]

# Relations on lineage edges. Edges point from the NEWER strategy to the OLDER one it
# replaces (the direction of ``sl:supersedes``): "up" walks to predecessors, "down" to
# successors. The API calls out-edges ``replaces`` and in-edges ``replaced_by``.
SUPERSEDES = "supersedes"
REVISION_OF = "revision_of"
PARTIALLY_SUPERSEDES = "partially_supersedes"
INFERRED_SUCCESSION = "inferred_succession"
RELATIONS = (REVISION_OF, SUPERSEDES, PARTIALLY_SUPERSEDES, INFERRED_SUCCESSION)
GRADES = ("stated", "curated", "inferred")  # strongest first


def grade_of(derivations) -> str:
    """The strongest of some derivations ("stated" when there is none: a bare stated triple)."""
    found = set(derivations)
    return next((g for g in GRADES if g in found), "stated")


def short_id(iri: str) -> str:
    """Short id of an entity IRI, usable in a URL.

    Project IRIs ``{base}id/{kind}/{slug}`` give ``slug`` (``every-day-matters``);
    legislation.gov.uk IRIs give the path after ``/id/`` (``ukpga/2004/31/section/10``);
    anything else gives its last path segment or fragment.
    """
    if iri.startswith(vocab.LEGISLATION):
        return iri[len(vocab.LEGISLATION) :]
    tail = iri.rstrip("/").rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/")
    return tail.rsplit("/", 1)[-1]


def qualified_id(iri: str) -> str:
    """Id of an entity minted under a publisher, qualified by it: ``{base}id/strategy/kent-county-council/
    every-day-matters`` gives ``kent-county-council:every-day-matters``; other IRIs their short id.
    Used where two publishers' things share a short id, so each can still be named in a URL."""
    prefix = vocab.base_iri() + "id/"
    parts = iri[len(prefix) :].split("/") if iri.startswith(prefix) else []
    return f"{parts[1]}:{parts[2]}" if len(parts) == 3 else short_id(iri)


def kind_of(iri: str) -> str | None:
    """The ``kind`` segment of a project IRI (strategy, guidance, organisation, ...)."""
    if iri.startswith(vocab.LEGISLATION):
        return "legislation"
    prefix = vocab.base_iri() + "id/"
    if iri.startswith(prefix):
        rest = iri[len(prefix) :]
        return rest.split("/", 1)[0] if "/" in rest else None
    return None


@dataclass(frozen=True)
class Period:
    """A validity period. ``start``/``end`` are the widest dates the stated value allows.

    A period stated as years ("2008-2011") runs from 2008-01-01 to 2011-12-31 and has
    year precision; ``start_precision``/``end_precision`` say how precise each bound is,
    so that a boundary-year overlap can be reported as such rather than as a fact.
    ``None`` bounds are open (not stated).
    """

    start: date | None
    end: date | None
    start_precision: Precision | None = None
    end_precision: Precision | None = None
    start_literal: str | None = None
    end_literal: str | None = None

    def contains(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def label(self) -> str:
        left = self.start_literal or (self.start.isoformat() if self.start else "")
        right = self.end_literal or (self.end.isoformat() if self.end else "")
        if not left and not right:
            return "period not stated"
        return f"{left or '?'}–{right or 'open'}"


def parse_bound(value: str, upper: bool) -> tuple[date, Precision]:
    """``"2011"`` -> (2011-12-31, "year") as an upper bound, (2011-01-01, "year") as a lower."""
    value = value.strip()
    parts = value.split("-")
    if len(parts) == 1:
        year = int(parts[0])
        return (date(year, 12, 31) if upper else date(year, 1, 1)), "year"
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        last = calendar.monthrange(year, month)[1]
        return (date(year, month, last) if upper else date(year, month, 1)), "month"
    return date.fromisoformat(value[:10]), "day"


def make_period(start: str | None, end: str | None) -> Period:
    """Period from the lexical forms of ``sl:validFrom``/``sl:validUntil`` (gYear, gYearMonth, date)."""
    s = parse_bound(start, upper=False) if start else (None, None)
    e = parse_bound(end, upper=True) if end else (None, None)
    return Period(s[0], e[0], s[1], e[1], start, end)


@dataclass(frozen=True)
class EvidenceItem:
    """Why one statement is in the graph: a quoted passage of a source, or an inference."""

    iri: str
    derivation: str  # stated | inferred | curated
    rule: str  # rule name, e.g. "consecutive-in-series"
    source: str | None = None  # source id, e.g. "002_7e30c0936a50fbe4"
    source_iri: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    reason: str | None = None
    curator: str | None = None
    loaded_at: str | None = None
    page: int | None = None  # the page of the original file (PDF) where the quote begins
    # For inferences: the evidence of the facts the rule used.
    based_on: tuple[EvidenceItem, ...] = ()


@dataclass(frozen=True)
class Node:
    """A strategy (or another entity met on a lineage edge)."""

    id: str
    iri: str
    title: str
    type: str  # local name of the most specific class: Plan, Framework, StatutoryPlan, ...
    period: Period = field(default_factory=lambda: Period(None, None))
    alternative_titles: tuple[str, ...] = ()
    publisher: str | None = None  # IRI
    series: tuple[str, ...] = ()  # series ids

    @property
    def short_name(self) -> str:
        """The name where space is tight, by the labels policy (graph/labels.py)."""
        from graph.labels import short_name  # the policy imports this module

        return short_name(self.title, self.alternative_titles)


@dataclass(frozen=True)
class Edge:
    """One lineage step: ``source`` (newer) replaces ``target`` (older)."""

    source: str  # id of the newer strategy
    target: str  # id of the older strategy
    relation: str  # one of RELATIONS
    inferred: bool
    evidence: tuple[EvidenceItem, ...] = ()
    also: tuple[str, ...] = ()  # other relations stated between the same pair
    # The strongest derivation behind the edge: stated > curated > inferred. An inferred
    # succession is graded below anything a source or a curator says.
    grade: str = "stated"
