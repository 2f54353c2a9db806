"""One shape per answer: the typed answers to the lineage questions and their one JSON form.

The engine (:mod:`graph.lineage`) returns frozen dataclasses. A few questions need a little
more than one engine call (the trail names its strategy, in force is paged and filtered by
publisher, search echoes its query): the functions here answer those, so the API, the pages
and the CLI ask them the same way. :func:`to_json` is the only place a result becomes JSON
data: the API's bodies and the CLI's ``--format json`` both call it, and the API's pydantic
models (:mod:`api.models`) describe exactly what it returns (a contract test checks both).

A few fields are shaped for readers rather than passed through: an edge's ``source`` and
``target`` become ``from`` and ``to``; a period gains its readable ``label``; evidence is
listed once per passage and rule.
"""

from __future__ import annotations

import dataclasses
import threading
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import orjson

from graph.labels import labels_of
from graph.lineage import InForce, Lineage, LineageEngine
from graph.projection import Projection
from graph.records import Edge, EvidenceItem, Node, Period
from graph.search import Entry, Ranked, SearchHit, SearchIndex
from graph.trail import TrailEvent
from strategy_lineage import vocab

# Default page of the in-force answer: a national corpus has hundreds in force on a day.
IN_FORCE_PAGE = 50


@dataclass(frozen=True)
class Trail:
    """The governance trail of one strategy, its events in date order."""

    strategy: Node
    events: tuple[TrailEvent, ...]


@dataclass(frozen=True)
class InForcePage:
    """One page of the strategies in force on a day (``total`` counts them all)."""

    answer: InForce
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class SearchResults:
    query: str
    results: tuple[SearchHit, ...]


def trail(eng: LineageEngine, strategy: str) -> Trail:
    iri = eng.resolve(strategy)
    return Trail(eng.projection.node(iri), tuple(eng.trail(iri)))


def in_force(
    eng: LineageEngine, on: str, publisher: str | None = None, offset: int = 0, limit: int = IN_FORCE_PAGE
) -> InForcePage:
    result = eng.in_force(on)
    items = result.strategies
    if publisher is not None:  # unfiltered, the engine's tuple is the list (no walk per request)
        items = tuple(n for n in items if published_by(n.publisher, publisher))
    return InForcePage(replace(result, strategies=tuple(items[offset : offset + limit])), len(items), offset, limit)


def search(eng: LineageEngine, q: str, type: str | None = None, limit: int = 20) -> SearchResults:
    return SearchResults(q, tuple(eng.search(q, type=type, limit=limit)))


def search_wire(eng: LineageEngine, pieces: Pieces, q: str, type: str | None = None, limit: int = 20) -> bytes:
    """``to_wire(search(eng, q, type, limit))``, written from the entries found and their pieces: no hit
    is made, each is its entry's fixed fields (written once per version), its score and matched name."""
    index = eng.search_index(q, limit)
    hits = pieces.hits(index, index.ranked(q, type, limit))
    return b"".join((b'{"query":', orjson.dumps(q), b',"results":[', hits, b"]}"))


def published_by(iri: str | None, publisher: str | None) -> bool:
    """Whether a strategy's publisher IRI is ``publisher`` (an IRI or its last segment)."""
    return publisher is None or (iri is not None and (iri == publisher or iri.endswith("/" + publisher)))


# JSON ----------------------------------------------------------------------------------
_SCALARS = frozenset({str, int, float, bool})


def period(p: Period) -> dict[str, Any]:
    return {
        "start": p.start_literal or (p.start.isoformat() if p.start else None),
        "end": p.end_literal or (p.end.isoformat() if p.end else None),
        "start_date": p.start.isoformat() if p.start else None,
        "end_date": p.end.isoformat() if p.end else None,
        "label": p.label,
    }


def node(n: Node) -> dict[str, Any]:
    return {
        "id": n.id,
        "iri": n.iri,
        "title": n.title,
        "short_name": n.short_name,
        "type": n.type,
        "period": period(n.period),
        "alternative_titles": list(n.alternative_titles),
        "publisher": n.publisher,
        "series": list(n.series),
    }


def evidence(e: EvidenceItem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "source": e.source,
        "quote": e.quote,
        "start": e.start,
        "end": e.end,
        "rule": e.rule,
        "derivation": e.derivation,
        "iri": e.iri,
    }
    for name in ("source_iri", "page", "reason", "curator", "loaded_at"):
        value = getattr(e, name)
        if value is not None:
            out[name] = value
    if e.based_on:
        out["based_on"] = [evidence(b) for b in e.based_on]
    return out


def distinct_evidence(items: tuple[EvidenceItem, ...] | list[EvidenceItem]) -> list[dict[str, Any]]:
    """One entry per passage and rule: the loaders give each triple of an event its own
    evidence node, so an event's evidence repeats the same quote once per triple."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for item in items:
        key = (item.source, item.start, item.end, item.rule, item.derivation, item.reason)
        if key not in seen:
            seen[key] = evidence(item)
    return list(seen.values())


def edge(e: Edge) -> dict[str, Any]:
    return {
        "from": e.source,
        "to": e.target,
        "relation": e.relation,
        "inferred": e.inferred,
        "grade": e.grade,
        "also": list(e.also),
        "evidence": distinct_evidence(e.evidence),
    }


# One strategy, everything known about it (the strategy page and /api/strategies/{id}) ---
def _relations(eng: LineageEngine, iri: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    proj = eng.projection
    graph = proj.graph(False)
    if iri not in graph:
        return [], []

    def relation(newer: str, older: str, other: str) -> dict[str, Any]:
        e = proj.edge(newer, older, False)
        return {
            "id": proj.node(other).id,
            "title": proj.node(other).title,
            "relation": e.relation,
            "inferred": e.inferred,
        }

    replaces = [relation(iri, older, older) for older in graph.successors(iri)]
    replaced_by = [relation(newer, iri, newer) for newer in graph.predecessors(iri)]
    return replaces, replaced_by


LEGAL = {vocab.SL + "basedOn": "basedOn", vocab.SL + "cites": "cites", vocab.SL + "informedBy": "informedBy"}
CONCEPTS = {vocab.SL + "hasOutcome": "outcomes", vocab.SL + "hasIndicator": "indicators"}


def strategy_detail(eng: LineageEngine, iri: str) -> dict[str, Any]:
    """Everything the API knows about one strategy, each statement with its evidence."""
    statements = eng.provenance(iri)
    labels = labels_of(eng.store, [s.object for s in statements if s.object_is_iri])
    out = node(eng.projection.node(iri))
    out["replaces"], out["replaced_by"] = _relations(eng, iri)
    out.update(status=[], legal_basis=[], outcomes=[], indicators=[], counts={})
    counts: dict[str, Any] = out["counts"]
    sources: set[str] = set()
    for st in statements:
        sources.update(e.source for e in st.evidence if e.source)
        local = st.predicate.removeprefix(vocab.SL)
        ev = [evidence(e) for e in st.evidence]
        if st.predicate in LEGAL:
            inferred = all(e.derivation == "inferred" for e in st.evidence)
            out["legal_basis"].append(
                {
                    "iri": st.object,
                    "label": labels.get(st.object),
                    "relation": LEGAL[st.predicate],
                    "inferred": inferred,
                    "evidence": ev,
                }
            )
        elif st.predicate in CONCEPTS:
            out[CONCEPTS[st.predicate]].append({"iri": st.object, "label": labels.get(st.object), "evidence": ev})
        elif local == "status":
            out["status"].append(st.object)
        elif local.endswith("Count") and st.predicate.startswith(vocab.SL):
            counts[local] = int(st.object) if st.object.isdigit() else st.object
    out["trail"] = to_json(eng.trail(iri))
    out["sources"] = sorted(sources)
    return out


def search_hit(h: SearchHit) -> dict[str, Any]:
    # Spelled out: the generic dataclass walk costs more than the search itself.
    out = _entry_fields(h)
    out.update(score=h.score, matched=h.matched, exact=h.exact)
    return out


def _entry_fields(found: SearchHit | Entry) -> dict[str, Any]:
    """A hit's first fields: its entry's own, the same in every answer it is found in."""
    return {"id": found.id, "iri": found.iri, "type": found.type, "kind": found.kind, "label": found.label}


def _nodes_or_edges(values: tuple[Node, ...] | tuple[Edge, ...], pieces: Pieces | None) -> list[Any]:
    if pieces is not None:
        return [pieces.piece(v) for v in values]
    return [node(v) if isinstance(v, Node) else edge(v) for v in values]


# The hot answers spelled out (as search_hit): the generic dataclass walk of to_json costs more than the
# engine's walk behind a lineage. Field for field what that walk gives (tests/graph/test_answers_wire.py).
def lineage(found: Lineage, pieces: Pieces | None = None) -> dict[str, Any]:
    return {
        "root": found.root,
        "direction": found.direction,
        "depth": found.depth,
        "evidence": found.evidence,
        "nodes": _nodes_or_edges(found.nodes, pieces),
        "edges": _nodes_or_edges(found.edges, pieces),
        "cycles": [list(cycle) for cycle in found.cycles],
        "truncated": found.truncated,
        "series_labels": dict(found.series_labels),
    }


def in_force_answer(found: InForce, pieces: Pieces | None = None) -> dict[str, Any]:
    return {
        "date": found.date.isoformat(),
        "basis": found.basis,
        "strategies": _nodes_or_edges(found.strategies, pieces),
        "at_year_precision": list(found.at_year_precision),
    }


def in_force_page(page: InForcePage, pieces: Pieces | None = None) -> dict[str, Any]:
    out = in_force_answer(page.answer, pieces)
    out.update(total=page.total, offset=page.offset, limit=page.limit)
    return out


def to_json(value: Any, pieces: Pieces | None = None) -> Any:
    """Any answer, recursively, as JSON-ready data (the special shapes above).

    With ``pieces`` (one graph version's), nodes and edges come as JSON already written
    (:class:`Pieces`): the same data, serialised once per version instead of per answer."""
    if value is None or type(value) in _SCALARS:
        return value
    if pieces is not None and isinstance(value, (Node, Edge)):
        return pieces.piece(value)
    if isinstance(value, Node):
        return node(value)
    if isinstance(value, Edge):
        return edge(value)
    if isinstance(value, EvidenceItem):
        return evidence(value)
    if isinstance(value, Period):
        return period(value)
    if isinstance(value, Trail):
        return {"strategy": value.strategy.id, "events": to_json(value.events, pieces)}
    if isinstance(value, InForcePage):
        return in_force_page(value, pieces)
    if isinstance(value, SearchResults):
        return {"query": value.query, "results": [search_hit(h) for h in value.results]}
    if isinstance(value, Lineage):
        return lineage(value, pieces)
    if isinstance(value, InForce):
        return in_force_answer(value, pieces)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name), pieces) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, EvidenceItem) for v in value):
            return distinct_evidence(value)
        return [to_json(v, pieces) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v, pieces) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


# The wire form ---------------------------------------------------------------------------
class Pieces:
    """One graph version's answers in pieces written once: every node and edge as JSON bytes.

    A lineage, a page of the strategies in force or a trail is mostly nodes and edges (with
    their evidence), and the same ones come back in answer after answer. Written once per
    graph version as :class:`orjson.Fragment`, they are only copied into each answer, so an
    answer costs about its size in bytes. A version's nodes and edges are the engine's own
    objects, so a piece is found by identity (and kept with its object, which keeps the
    identity meaningful). ``check`` sees each piece's data once, before it is written (the
    API checks it against the declared models). ``answer`` keeps whole answers that are
    expensive to compute and small to keep (a strategy's trail), keyed by the caller.
    """

    LIMIT = 200_000  # pieces kept per version; past it they are written afresh

    def __init__(self, check: Callable[[type, dict[str, Any]], None] | None = None) -> None:
        self.check = check
        self._pieces: dict[int, tuple[Node | Edge, orjson.Fragment]] = {}
        self._answers: dict[Hashable, bytes] = {}
        self._entries: dict[int, tuple[Entry, bytes, bytes, tuple[bytes, ...]]] = {}

    def piece(self, value: Node | Edge) -> orjson.Fragment:
        found = self._pieces.get(id(value))
        if found is not None and found[0] is value:
            return found[1]
        data = node(value) if isinstance(value, Node) else edge(value)
        if self.check is not None:
            self.check(type(value), data)
        written = orjson.Fragment(orjson.dumps(data))
        if len(self._pieces) >= self.LIMIT:
            self._pieces = {}
        self._pieces[id(value)] = (value, written)
        return written

    def hits(self, index: SearchIndex, found: list[Ranked]) -> bytes:
        """Search hits' JSON (:func:`search_hit`'s, comma-separated): each entry's fields and each of its
        names written once per version, around the hit's own score."""
        written, entries, kept_entries = [], index.entries, self._entries
        for i, score, name, exact in found:
            entry = entries[i]
            kept = kept_entries.get(id(entry))
            if kept is None or kept[0] is not entry:
                kept = self._keep_entry(entry)
            _, head, label, names = kept
            written.append(b"".join((head, orjson.dumps(score), label if name < 0 else names[name], _EXACT[exact])))
        return b",".join(written)

    def _keep_entry(self, entry: Entry) -> tuple[Entry, bytes, bytes, tuple[bytes, ...]]:
        if len(self._entries) >= self.LIMIT:
            self._entries = {}
        kept = self._entries[id(entry)] = (entry, *_entry_pieces(entry))
        return kept

    def known(self, key: Hashable) -> bytes | None:
        return self._answers.get(key)

    def answer(self, key: Hashable, build: Callable[[], bytes]) -> bytes:
        found = self._answers.get(key)
        if found is None:
            found = build()
            if len(self._answers) >= self.LIMIT:
                self._answers = {}
            self._answers[key] = found
        return found


def to_wire(value: Any, pieces: Pieces | None = None) -> bytes:
    """The answer's JSON text: exactly ``orjson.dumps(to_json(value))``, built from ``pieces``."""
    data = to_json(value, pieces)
    try:  # keys are strings in these answers: orjson's faster path (a third of a search's writing)
        return orjson.dumps(data)
    except orjson.JSONEncodeError:
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)


_EXACT = (b',"exact":false}', b',"exact":true}')


def _entry_pieces(entry: Entry) -> tuple[bytes, bytes, tuple[bytes, ...]]:
    """A search entry's hit up to its score (``{"id":...,"label":...,"score":``), and ``,"matched":`` with
    its label, and with each of its names."""
    head = orjson.dumps(_entry_fields(entry))[:-1] + b',"score":'
    label, *names = (b',"matched":' + orjson.dumps(name) for name in (entry.label, *entry.raw_names))
    return head, label, tuple(names)


_VERSION_PIECES: weakref.WeakKeyDictionary[Projection, Pieces] = weakref.WeakKeyDictionary()
_PIECES_LOCK = threading.Lock()


def pieces_of(projection: Projection, check: Callable[[type, dict[str, Any]], None] | None = None) -> Pieces:
    """The pieces of the projection's graph version (made on first use, dropped with it)."""
    found = _VERSION_PIECES.get(projection)
    if found is None:
        with _PIECES_LOCK:
            found = _VERSION_PIECES.get(projection)
            if found is None:
                found = _VERSION_PIECES[projection] = Pieces(check)
    return found
