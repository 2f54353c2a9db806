"""The lineage and provenance engine: the ten answers, as typed results.

``LineageEngine(store)`` is the one entry point for the CLI and the API. Results are
plain frozen dataclasses (see also :mod:`graph.records`): IRIs are strings and every
entity has a short ``id`` usable in URLs.

Direction convention: a lineage edge points from the NEWER strategy to the OLDER one
it replaces (``sl:supersedes``). ``direction="up"`` walks to predecessors (older),
``"down"`` to successors (newer). The API's ``replaces`` are out-edges and
``replaced_by`` in-edges.

Evidence modes: ``"any"`` uses every edge; ``"stated"`` keeps only edges with at least
one stated (or curated) piece of evidence, dropping the engine's inferred succession.

Hot paths (lineage, path, in-force, search) read a projection built once per graph
version (:mod:`graph.projection`); the rest are SPARQL lookups with bound subjects,
so each request costs the size of its answer, not of the graph.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from pyoxigraph import NamedNode

from graph import provenance as prov_queries
from graph.conflicts import Conflict, find_conflicts
from graph.projection import Projection, SeriesInfo, build_projection, update_projection
from graph.records import (
    INFERRED_SUCCESSION,
    PARTIALLY_SUPERSEDES,
    RELATIONS,
    REVISION_OF,
    SUPERSEDES,
    Edge,
    EvidenceItem,
    Node,
    Period,
    short_id,
)
from graph.search import SearchHit, SearchIndex
from graph.store import Store
from graph.touched import touched_between
from graph.trail import TrailEvent, governance_trail

Direction = Literal["up", "down", "both"]
EvidenceMode = Literal["stated", "any"]
MAX_DEPTH = 50
DEFAULT_DEPTH = 10

__all__ = [
    "LineageEngine",
    "LineageError",
    "NotFound",
    "Ambiguous",
    "InvalidArgument",
    "Lineage",
    "Path",
    "Series",
    "Gap",
    "Overlap",
    "InForce",
    "Conflict",
    "TrailEvent",
    "Statement",
    "Contribution",
    "SearchHit",
    "Citation",
    "LegislationView",
    "Node",
    "Edge",
    "EvidenceItem",
    "Period",
    "short_id",
    "SUPERSEDES",
    "REVISION_OF",
    "PARTIALLY_SUPERSEDES",
    "INFERRED_SUCCESSION",
    "RELATIONS",
    "MAX_DEPTH",
    "DEFAULT_DEPTH",
]


# Errors -----------------------------------------------------------------------
class LineageError(Exception):
    """Base class: bad input the caller should see as a 4xx / one-line CLI error."""


class NotFound(LineageError):
    """Nothing matches; ``candidates`` are the nearest matches (may be empty)."""

    def __init__(self, query: str, candidates: list[SearchHit], what: str = "strategy") -> None:
        self.query, self.candidates, self.what = query, candidates, what
        hint = f"; did you mean: {', '.join(c.label + ' (' + c.id + ')' for c in candidates[:5])}" if candidates else ""
        super().__init__(f"no {what} matches {query!r}{hint}")


class Ambiguous(LineageError):
    """Several things match equally well; ``candidates`` lists them."""

    def __init__(self, query: str, candidates: list[SearchHit], what: str = "strategy") -> None:
        self.query, self.candidates, self.what = query, candidates, what
        names = "; ".join(f"{c.label} ({c.type}, {c.id})" for c in candidates[:8])
        super().__init__(f"{query!r} matches several things: {names}")


class InvalidArgument(LineageError, ValueError):
    """A parameter out of range (depth, direction, date, evidence mode)."""


def _check_iri(text: str | None) -> None:
    """Refuse a malformed IRI before it reaches a query."""
    if text is None:
        return
    try:
        NamedNode(text)
    except ValueError as err:
        raise InvalidArgument(f"not a valid IRI: {text!r} ({err})") from None


# Results ----------------------------------------------------------------------
@dataclass(frozen=True)
class Lineage:
    root: str  # id
    direction: str
    depth: int
    evidence: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    # Supersession cycles met while walking (each a list of ids); never followed twice.
    cycles: tuple[tuple[str, ...], ...] = ()
    # True when the depth limit cut the walk short (there is more beyond).
    truncated: bool = False
    # Labels of the succession series the nodes belong to (series id -> label).
    series_labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Path:
    """Lineage steps from ``start`` to ``end``; ``direction`` says which way they run."""

    start: str
    end: str
    direction: str  # "up" (start replaces ... end) or "down" (start is replaced by ... end)
    evidence: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]  # in walking order, each still pointing newer -> older
    series_labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Gap:
    """A stretch with no member of the series in force (between two consecutive members)."""

    series: str
    after: str  # id of the member that ends
    before: str  # id of the member that starts
    start: date  # first day not covered
    end: date  # last day not covered
    precision: str  # the coarser precision of the two bounds involved


@dataclass(frozen=True)
class Overlap:
    """Two consecutive members both in force for a while."""

    series: str
    earlier: str
    later: str
    start: date
    end: date
    precision: str
    # True when the overlap exists only because both bounds are whole years (e.g. an
    # end "2016" and a start "2016"): the sources do not say the plans ran together.
    boundary_only: bool = False


@dataclass(frozen=True)
class Series:
    id: str
    iri: str
    label: str
    rule: str
    reason: str
    members: tuple[Node, ...]  # sorted by period start
    gaps: tuple[Gap, ...] = ()
    overlaps: tuple[Overlap, ...] = ()
    edges: tuple[Edge, ...] = ()  # succession edges between members (stated and inferred)

    @property
    def nodes(self) -> tuple[Node, ...]:
        """The members, so a series can be drawn like a lineage (graph.render)."""
        return self.members

    @property
    def series_labels(self) -> dict[str, str]:
        return {self.id: self.label}


@dataclass(frozen=True)
class InForce:
    date: date
    basis: str  # "date" or what the date was taken from, e.g. "decision 16/00116"
    strategies: tuple[Node, ...]
    # Strategies whose period is only known to the year and whose boundary year is the
    # asked year: in force at year precision, not provably on that very day.
    at_year_precision: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    subject: str
    predicate: str
    object: str
    object_is_iri: bool
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True)
class Contribution:
    source: str
    source_iri: str
    file_name: str | None
    kind: str | None
    loaded_at: str | None
    statements: tuple[Statement, ...]
    by_predicate: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Citation:
    strategy: Node
    provision: str  # IRI actually cited (the provision itself or a part of it)
    predicate: str  # basedOn | cites
    inferred: bool
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True)
class LegislationView:
    iri: str
    id: str
    label: str
    type: str
    part_of: str | None
    parts: tuple[str, ...]
    citations: tuple[Citation, ...]


# The engine ---------------------------------------------------------------------
class LineageEngine:
    """Answers lineage, provenance and governance questions over one :class:`Store`.

    Thread-safe: the projection is rebuilt at most once per graph version, under a lock,
    and then only read.
    """

    def __init__(
        self,
        store: Store,
        version: Callable[[], int] | None = None,
        on_built: Callable[[Projection], None] | None = None,
    ) -> None:
        self.store = store
        # How to read the graph version: a server that knows it cheaply (a read-only
        # store's never changes) passes its own reader; by default the store is asked.
        self._version = version
        # Told of each new projection, once it is the current one (a server tunes its heap).
        self._on_built = on_built
        self._lock = threading.Lock()
        self._projection: Projection | None = None

    # The projection ----------------------------------------------------------
    def is_current(self, version: int) -> bool:
        """Whether the projection for ``version`` is built (answers then cost only their size)."""
        current = self._projection
        return current is not None and current.version == version

    @property
    def projection(self) -> Projection:
        """The traversal structure for the store's current version (built on demand)."""
        version = self._version() if self._version is not None else self.store.version
        current = self._projection
        if current is not None and current.version == version:
            return current
        with self._lock:
            current = self._projection
            if current is None or current.version != version:
                # Only what this process's writes since touched is read again, when they are known.
                touched = touched_between(self.store, current.version, version) if current is not None else None
                if current is not None and touched is not None:
                    current = update_projection(current, self.store, version, touched)
                else:
                    current = build_projection(self.store, version)
                self._projection = current
                if self._on_built is not None:
                    self._on_built(current)
            return current

    # 9. Search and resolution ------------------------------------------------
    def search(self, q: str, type: str | None = None, limit: int = 20) -> list[SearchHit]:
        """Ranked candidates for ``q`` (titles, short names, acronyms, labels; case and
        punctuation insensitive). ``type`` filters by kind (strategy, guidance,
        organisation, legislation, ...) or class local name (Plan, Framework, ...)."""
        return self.search_index(q, limit).search(q, type=type, limit=limit)

    def search_index(self, q: str, limit: int) -> SearchIndex:
        """The current version's name index, to be asked ``q`` for ``limit`` hits (both checked)."""
        if not q or not q.strip():
            raise InvalidArgument("the search text is empty")
        if limit < 1:
            raise InvalidArgument("limit must be a positive integer")
        return self.projection.search_index

    def resolve(self, name_or_iri: str, kind: str | None = "strategy") -> str:
        """IRI of the one entity called ``name_or_iri`` (IRI, short id, title, acronym).

        Raises :class:`NotFound` (with nearest candidates) or :class:`Ambiguous`."""
        proj = self.projection
        text = name_or_iri.strip()
        if not text:
            raise InvalidArgument("empty name")
        direct = proj.lookup_id(text, kind)
        if direct is not None:
            return direct
        shared = proj.sharing_id(text, kind)
        if shared:  # two publishers' things of one name: name each by its qualified id
            nodes = [proj.node(iri) for iri in shared]
            hits = [
                SearchHit(n.id, n.iri, n.type, proj.kind(n.iri) or "entity", n.title, 1.0, text, True) for n in nodes
            ]
            raise Ambiguous(text, hits, kind or "entity")
        hits = proj.search_index.search(text, type=kind, limit=10)
        if not hits:
            near = proj.search_index.nearest(text, type=kind)
            raise NotFound(text, near, kind or "entity")
        best = [h for h in hits if h.score >= hits[0].score - 1e-9]
        exact = [h for h in best if h.exact]
        if len(best) == 1 or len(exact) == 1:
            return (exact or best)[0].iri
        raise Ambiguous(text, best, kind or "entity")

    # 1. Lineage ----------------------------------------------------------------
    def lineage(
        self,
        strategy: str,
        direction: Direction = "both",
        depth: int = DEFAULT_DEPTH,
        evidence: EvidenceMode = "any",
    ) -> Lineage:
        _check_direction(direction)
        _check_depth(depth)
        _check_evidence(evidence)
        proj = self.projection
        root = self.resolve(strategy)
        nodes, edges, cycles, truncated = proj.walk(root, direction, depth, evidence == "stated")
        found = tuple(proj.node(n) for n in nodes)
        return Lineage(
            root=proj.node(root).id,
            direction=direction,
            depth=depth,
            evidence=evidence,
            nodes=found,
            edges=tuple(edges),
            cycles=tuple(cycles),
            truncated=truncated,
            series_labels=proj.series_labels(found),
        )

    # 2. Path -------------------------------------------------------------------
    def path(self, a: str, b: str, evidence: EvidenceMode = "any") -> Path:
        """Lineage steps between ``a`` and ``b``, whichever is the newer.

        Raises :class:`NotFound` when no chain of supersessions links them."""
        _check_evidence(evidence)
        proj = self.projection
        start, end = self.resolve(a), self.resolve(b)
        found = proj.path(start, end, evidence == "stated")
        if found is None:
            raise NotFound(f"{proj.node(start).id} -> {proj.node(end).id}", [], "lineage path")
        direction, iris, edges = found
        nodes = tuple(proj.node(i) for i in iris)
        return Path(
            start=proj.node(start).id,
            end=proj.node(end).id,
            direction=direction,
            evidence=evidence,
            nodes=nodes,
            edges=tuple(edges),
            series_labels=proj.series_labels(nodes),
        )

    # 3 and 5. Series, gaps and overlaps -------------------------------------
    def series(self, evidence: EvidenceMode = "any") -> list[Series]:
        _check_evidence(evidence)
        proj = self.projection
        proj.complete_series_edges(evidence == "stated")
        return [self._series(info, proj, evidence) for info in proj.series.values()]

    def get_series(self, series: str, evidence: EvidenceMode = "any") -> Series:
        """One series by id, IRI, label, or the id/name of one of its members."""
        _check_evidence(evidence)
        proj = self.projection
        info = proj.find_series(series)
        if info is None:
            try:
                member = self.resolve(series)
            except NotFound:
                raise NotFound(series, [], "series") from None
            found = proj.series_of(member)
            if not found:
                raise NotFound(series, [], "series")
            info = found[0]
        return self._series(info, proj, evidence)

    def gaps_and_overlaps(self, series: str | None = None) -> list[Series]:
        """Series with their gaps and overlaps (all series when ``series`` is None)."""
        if series is None:
            return self.series()
        return [self.get_series(series)]

    def _series(self, info: SeriesInfo, proj: Projection, evidence: str) -> Series:
        from graph.periods import gaps_between, overlaps_between

        members = tuple(proj.node(m) for m in info.members)
        return Series(
            id=info.id,
            iri=info.iri,
            label=info.label,
            rule=info.rule,
            reason=info.reason,
            members=members,
            gaps=tuple(Gap(info.id, *g) for g in gaps_between(members)),
            overlaps=tuple(Overlap(info.id, *o) for o in overlaps_between(members)),
            edges=tuple(proj.edges_among(info.members, evidence == "stated")),
        )

    # 4. In force -----------------------------------------------------------------
    def in_force(self, on: date | str) -> InForce:
        """Strategies in force on a date (inclusive bounds; open-ended allowed).

        ``on`` is a date, an ISO date string, a decision reference ("16/00116") or the
        id/IRI of a meeting or governance event, whose date is used."""
        day, basis = self._date_of(on)
        proj = self.projection
        key = (day, basis)
        cached = proj.answers.get(("in_force", key))
        if cached is not None:
            return cached
        hits = proj.in_force(day)
        fuzzy = tuple(proj.node(i).id for i in hits if _boundary_year_only(proj.node(i).period, day))
        answer = InForce(day, basis, tuple(proj.node(i) for i in hits), fuzzy)
        proj.remember(("in_force", key), answer)
        return answer

    def _date_of(self, on: date | str) -> tuple[date, str]:
        if isinstance(on, date):
            return on, "date"
        text = str(on).strip()
        try:
            return date.fromisoformat(text), "date"
        except ValueError:
            pass
        found = prov_queries.date_of_event(self.store, text)
        if found is None:
            raise InvalidArgument(
                f"{text!r} is neither a date (YYYY-MM-DD) nor a known decision reference, meeting or governance event"
            )
        return found

    # 6. Conflicts -----------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        proj = self.projection
        if proj.conflicts is None:
            # Computed once per version, lazily (only this question needs it).
            with self._lock:
                if proj.conflicts is None:
                    proj.conflicts = find_conflicts(self.store)
        return list(proj.conflicts)

    # 7. Governance trail ---------------------------------------------------------
    def trail(self, strategy: str) -> list[TrailEvent]:
        return governance_trail(self.store, self.resolve(strategy))

    # 8. Provenance -----------------------------------------------------------------
    def provenance(
        self,
        subject: str,
        predicate: str | None = None,
        object: str | None = None,
        evidence: EvidenceMode = "any",
    ) -> list[Statement]:
        """Every statement about ``subject`` (optionally one predicate/object) with the
        sources, quotes, offsets, rules and load times behind it; ``evidence="stated"``
        keeps only statements with stated or curated evidence, and only that evidence."""
        _check_evidence(evidence)
        subject, predicate = expand_curie(subject), predicate and expand_curie(predicate)
        object = object and expand_curie(object)
        iri = subject if _looks_like_iri(subject) else self.resolve(subject, kind=None)
        for given in (iri, predicate):
            _check_iri(given)
        rows = prov_queries.statements(self.store, subject=iri, predicate=predicate, object=object)
        found = [Statement(**row) for row in rows]
        if evidence == "stated":
            found = [
                replace(st, evidence=kept)
                for st in found
                if (kept := tuple(e for e in st.evidence if e.derivation != "inferred"))
            ]
        return found

    def contributions(self, source_id: str) -> Contribution:
        """Everything one source contributed, statement by statement."""
        info = prov_queries.source_info(self.store, source_id)
        if info is None:
            known = [s.source_id for s in self.store.sources()]
            raise NotFound(source_id, [], "source" + (f" (loaded: {', '.join(known)})" if known else ""))
        rows = prov_queries.statements(self.store, source=info["source_iri"])
        statements = tuple(Statement(**row) for row in rows)
        counts: dict[str, int] = {}
        for st in statements:
            key = short_predicate(st.predicate)
            counts[key] = counts.get(key, 0) + 1
        return Contribution(statements=statements, by_predicate=dict(sorted(counts.items())), **info)

    # 10. Legislation ---------------------------------------------------------------
    def legislation(self, provision: str, evidence: EvidenceMode = "any") -> LegislationView:
        """Strategies that cite ``provision`` or any part of it (stated or inferred)."""
        _check_evidence(evidence)
        iri = provision if _looks_like_iri(provision) else self.resolve(provision, kind="legislation")
        proj = self.projection
        view = prov_queries.legislation_view(self.store, iri)
        if view is None:
            raise NotFound(provision, proj.search_index.nearest(provision, type="legislation"), "legislation")
        citations = []
        for row in view.pop("citations"):
            if evidence == "stated" and row["inferred"]:
                continue
            citations.append(Citation(strategy=proj.node(row.pop("strategy_iri")), **row))
        return LegislationView(citations=tuple(citations), **view)

    def node(self, strategy: str) -> Node:
        """The node (title, period, type, ...) of one strategy."""
        return self.projection.node(self.resolve(strategy))


def short_predicate(iri: str) -> str:
    from strategy_lineage import vocab

    for prefix, ns in vocab.PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def expand_curie(text: str) -> str:
    """``sl:supersedes`` -> the full IRI, for the prefixes in vocab.PREFIXES; else unchanged."""
    from strategy_lineage import vocab

    prefix, sep, local = text.partition(":")
    if sep and prefix in vocab.PREFIXES and not local.startswith("//"):
        return vocab.PREFIXES[prefix] + local
    return text


def _looks_like_iri(text: str) -> bool:
    return text.startswith(("http://", "https://", "urn:"))


def _boundary_year_only(period: Period, day: date) -> bool:
    return (period.start_precision == "year" and period.start is not None and period.start.year == day.year) or (
        period.end_precision == "year" and period.end is not None and period.end.year == day.year
    )


def _check_depth(depth: int) -> None:
    if isinstance(depth, bool) or not isinstance(depth, int) or not 1 <= depth <= MAX_DEPTH:
        raise InvalidArgument(f"depth must be an integer from 1 to {MAX_DEPTH}, not {depth!r}")


def _check_direction(direction: str) -> None:
    if direction not in ("up", "down", "both"):
        raise InvalidArgument(f"direction must be up, down or both, not {direction!r}")


def _check_evidence(evidence: str) -> None:
    if evidence not in ("stated", "any"):
        raise InvalidArgument(f"evidence must be stated or any, not {evidence!r}")
