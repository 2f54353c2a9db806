"""The lineage projection: strategies and their supersession edges as networkx graphs.

Built once per graph version from a handful of SPARQL queries (Oxigraph, never
rdflib's engine), then only read, so a request costs the size of its answer:

- ``any_graph`` / ``stated_graph``: DiGraphs whose edges point from the newer strategy
  to the older one it replaces; the stated graph keeps only edges backed by stated or
  curated evidence (the engine's inferred successions are dropped);
- an interval index for "in force on", a token index for search;
- the succession series read from the inference graph.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Any, cast

import networkx as nx

from graph.labels import ALTERNATIVE_PREDICATES, LABEL_PREDICATES, best_label
from graph.periods import IntervalIndex
from graph.provenance import evidence_by_iri
from graph.rdf import NamedNode
from graph.records import (
    GRADES,
    INFERRED_SUCCESSION,
    PARTIALLY_SUPERSEDES,
    RELATIONS,
    REVISION_OF,
    SUPERSEDES,
    Edge,
    EvidenceItem,
    Node,
    grade_of,
    make_period,
    qualified_id,
    short_id,
)
from graph.search import Entry, SearchIndex, normalize
from graph.store import Store
from strategy_lineage.vocab import DCTERMS, FOAF, ORG, RDF, SL

STRATEGY_CLASSES = ("StatutoryPlan", "Framework", "Plan", "Strategy")
# Most specific first: an entity's displayed type is the first of these it has.
KINDS: dict[str, str] = {
    **{SL + c: "strategy" for c in STRATEGY_CLASSES},
    SL + "StatutoryGuidance": "guidance",
    SL + "LegislativeProvision": "legislation",
    SL + "Legislation": "legislation",
    SL + "Council": "organisation",
    SL + "Board": "organisation",
    SL + "Committee": "organisation",
    SL + "PartnershipGroup": "organisation",
    SL + "GovernmentDepartment": "organisation",
    SL + "Department": "organisation",
    ORG + "FormalOrganization": "organisation",
    ORG + "Organization": "organisation",
    ORG + "Post": "post",
    FOAF + "Person": "person",
    SL + "Meeting": "meeting",
    SL + "Outcome": "outcome",
    SL + "Indicator": "indicator",
    SL + "StrategySeries": "series",
}
# Every name a thing goes by, read once; which one is its title is the labels policy's choice.
LABELS = (*LABEL_PREDICATES, *ALTERNATIVE_PREDICATES)
EDGE_PREDICATES: dict[str, str] = {
    SL + "supersedes": SUPERSEDES,
    SL + "supersededBy": SUPERSEDES,  # inverse: the edge is flipped
    SL + "isRevisionOf": REVISION_OF,
    SL + "partiallySupersedes": PARTIALLY_SUPERSEDES,
    SL + "succeeds": INFERRED_SUCCESSION,
}
# Sub-properties that reach the lineage graph only through the standard twins the loaders align them with
# (loaders.facts.ALIGNMENTS: X sl:isSuccessorOf Y is also X sl:supersedes Y). A twin's evidence cites the alignment
# rule; an edge shows the original's, which names the rule that read the relation ("new-after-current").
STATING_PREDICATES = (SL + "isSuccessorOf", SL + "isRefreshOf")
ALIGNMENT_RULE = "ontology-alignment"


def _values(iris: Any) -> str:
    return " ".join(f"<{i}>" for i in iris)


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass(frozen=True)
class SeriesInfo:
    id: str
    iri: str
    label: str
    rule: str
    reason: str
    members: tuple[str, ...]  # IRIs sorted by period start


class Projection:
    """Read-only traversal structures for one graph version."""

    def __init__(self, version: int, store: Store | None = None) -> None:
        self.version = version
        self._store = store
        self.nodes: dict[str, Node] = {}
        self.any_graph = nx.DiGraph()
        self.stated_graph = nx.DiGraph()
        self.series: dict[str, SeriesInfo] = {}
        self._member_series: dict[str, list[str]] = defaultdict(list)
        self._ids: dict[str, list[str]] = defaultdict(list)
        self._kinds: dict[str, str] = {}
        self.search_index = SearchIndex([])
        self.interval_index = IntervalIndex([])
        self.conflicts: list | None = None  # filled lazily by the engine
        # Small memo of answers for this version (a version never changes, so no expiry).
        self.answers: dict[tuple, Any] = {}
        # What it was assembled from, for the next version's update (None: never updated from).
        self._reads: _Reads | None = None
        self._unqualified: dict[str, Node] = {}  # each typed thing's node before its id was qualified
        self._completed: dict[int, tuple[Edge, Edge]] = {}  # id of an edge -> (it, completed): complete_all

    COMPLETED_LIMIT = 200_000  # edges whose completion is kept by identity (past it, kept afresh)

    def remember(self, key: tuple, answer: Any, limit: int = 4096) -> None:
        if len(self.answers) >= limit:
            self.answers.clear()
        self.answers[key] = answer

    # Lookups -------------------------------------------------------------------
    def node(self, iri: str) -> Node:
        found = self.nodes.get(iri)
        return found if found is not None else Node(short_id(iri), iri, short_id(iri), "Thing")

    def kind(self, iri: str) -> str | None:
        return self._kinds.get(iri)

    def lookup_id(self, text: str, kind: str | None) -> str | None:
        """The IRI whose IRI or short id is ``text`` (unique within ``kind``)."""
        if text in self._kinds and (kind is None or self._kinds[text] == kind):
            return text
        found = [i for i in self._ids.get(text, ()) if kind is None or self._kinds.get(i) == kind]
        return found[0] if len(found) == 1 else None

    def sharing_id(self, text: str, kind: str | None) -> list[str]:
        """The IRIs (of ``kind``) whose short id is ``text`` when several publishers share it."""
        found = [i for i in self._ids.get(text, ()) if kind is None or self._kinds.get(i) == kind]
        return found if len(found) > 1 else []

    def complete(self, edge: Edge) -> Edge:
        """``edge`` with the bases of its inferred evidence filled in (memoised per version)."""
        return self.complete_all([edge])[0]

    def complete_all(self, edges: list[Edge]) -> list[Edge]:
        """:meth:`complete` of each edge, the bases of all of them read in one batch (a few requests
        to an engine for a whole series or walk, not a few per edge)."""
        if self._store is None:
            return edges
        # A walk meets the same edges request after request: each one's completion is found by identity
        # first (an edge of this version's graph lives as long as it), before its key is worked out.
        known = self._completed
        completed = []
        for edge in edges:
            pair = known.get(id(edge))
            if pair is None or pair[0] is not edge:
                break
            completed.append(pair[1])
        else:
            return completed
        completed = self._complete_all(edges, self._store)
        if len(known) >= self.COMPLETED_LIMIT:
            known.clear()
        for edge, done in zip(edges, completed, strict=True):
            known[id(edge)] = (edge, done)
        return completed

    def _complete_all(self, edges: list[Edge], store: Store) -> list[Edge]:
        keys = [_completion_key(edge) for edge in edges]
        done: dict[tuple, Edge] = {k: self.answers[k] for k in keys if k is not None and k in self.answers}
        todo = [edge for edge, k in zip(edges, keys, strict=True) if k is not None and k not in done]
        wanted = [e.iri for edge in todo for e in edge.evidence if _lacks_bases(e)]
        found = evidence_by_iri(store, wanted) if wanted else {}
        for edge in todo:
            items = tuple(replace(e, based_on=found[e.iri].based_on) if _lacks_bases(e) else e for e in edge.evidence)
            key = _completion_key(edge)
            assert key is not None
            done[key] = replace(edge, evidence=items)
            self.remember(key, done[key])
        return [done[k] if k is not None else edge for edge, k in zip(edges, keys, strict=True)]

    def graph(self, stated: bool) -> nx.DiGraph:
        return self.stated_graph if stated else self.any_graph

    def edge(self, newer: str, older: str, stated: bool) -> Edge:
        return self.graph(stated).edges[newer, older]["edge"]

    # Lineage -------------------------------------------------------------------
    def walk(self, root: str, direction: str, depth: int, stated: bool):
        """Breadth-first walk to ``depth`` steps; returns (node IRIs, edges, cycles, truncated)."""
        g = self.graph(stated)
        order: dict[str, None] = {root: None}
        edges: dict[tuple[str, str], Edge] = {}
        truncated = False
        if root not in g:
            return list(order), [], [], False
        for way in ("up", "down") if direction == "both" else (direction,):
            # The adjacency dicts themselves (node -> neighbour -> edge data): networkx's
            # views cost more than the walk on a hot request path.
            step = g._succ if way == "up" else g._pred
            seen, frontier = {root}, [root]
            for _ in range(depth):
                following = []
                for n in frontier:
                    for m, data in step[n].items():
                        key = (n, m) if way == "up" else (m, n)
                        edges[key] = data["edge"]
                        if m not in seen:
                            seen.add(m)
                            following.append(m)
                            order[m] = None
                frontier = following
                if not frontier:
                    break
            truncated = truncated or any(step[n] for n in frontier)
        edges = dict(zip(edges, self.complete_all(list(edges.values())), strict=True))
        cyclic = self._cyclic_nodes(stated)
        cycles = _cycles(edges) if any(n in cyclic for n in order) else []
        return list(order), list(edges.values()), cycles, truncated

    def _cyclic_nodes(self, stated: bool) -> frozenset[str]:
        """Nodes on some cycle of the whole graph (once per version): a walk that meets
        none of them has no cycle to report, and skips looking for one."""
        key = ("cyclic-nodes", stated)
        found = self.answers.get(key)
        if found is None:
            g = self.graph(stated)
            found = frozenset(n for c in nx.strongly_connected_components(g) if len(c) > 1 for n in c)
            found |= frozenset(nx.nodes_with_selfloops(g))
            self.remember(key, found)
        return found

    def path(self, start: str, end: str, stated: bool):
        """(direction, node IRIs, edges) of a shortest lineage chain, or None."""
        g = self.graph(stated)
        for direction, view in (("up", g), ("down", g.reverse(copy=False))):
            try:
                iris = nx.shortest_path(view, start, end)
            except (nx.NetworkXNoPath, nx.NodeNotFound):
                continue
            pairs = pairwise(iris)
            edges = self.complete_all([g.edges[(a, b) if direction == "up" else (b, a)]["edge"] for a, b in pairs])
            return direction, iris, edges
        return None

    def edges_among(self, members: tuple[str, ...], stated: bool) -> list[Edge]:
        g, wanted = self.graph(stated), set(members)
        return self.complete_all(
            [g.edges[m, t]["edge"] for m in members if m in g for t in g.successors(m) if t in wanted]
        )

    def complete_series_edges(self, stated: bool) -> None:
        """Complete the edges among the members of every series in one batch (memoised), so that
        answering all series costs a few reads, not a few per series."""
        g = self.graph(stated)
        wanted = [
            g.edges[m, t]["edge"]
            for info in self.series.values()
            for m in info.members
            if m in g
            for t in g.successors(m)
            if t in info.members
        ]
        self.complete_all(wanted)

    def cycles(self, stated: bool = False) -> list[tuple[str, ...]]:
        """Every supersession cycle (strongly connected group) in the whole graph."""
        g = self.graph(stated)
        found = [tuple(sorted(self.node(n).id for n in c)) for c in nx.strongly_connected_components(g) if len(c) > 1]
        found += [(self.node(n).id,) for n in nx.nodes_with_selfloops(g)]
        return sorted(found)

    # Time and series -----------------------------------------------------------
    def in_force(self, day: date) -> list[str]:
        """Strategies in force on ``day``, by start date then title (the index's order)."""
        return cast(list[str], self.interval_index.at(day))

    def find_series(self, text: str) -> SeriesInfo | None:
        if text in self.series:
            return self.series[text]
        wanted = normalize(text)
        for info in self.series.values():
            if text == info.iri or normalize(info.label) == wanted:
                return info
        return None

    def series_labels(self, nodes) -> dict[str, str]:
        """Series id -> label for the series these nodes belong to."""
        return {s: self.series[s].label for n in nodes for s in n.series if s in self.series}

    def series_of(self, iri: str) -> list[SeriesInfo]:
        return [self.series[s] for s in self._member_series.get(iri, ())]


def _lacks_bases(item: EvidenceItem) -> bool:
    return item.derivation == "inferred" and not item.based_on


def _completion_key(edge: Edge) -> tuple | None:
    """What a completed edge is memoised under; None when there is nothing to complete."""
    if not any(_lacks_bases(e) for e in edge.evidence):
        return None
    return ("edge", edge.source, edge.target, edge.relation, len(edge.evidence))


def _cycles(edges: dict[tuple[str, str], Edge]) -> list[tuple[str, ...]]:
    """Cycles among the walked edges (ids), found on the small walked subgraph only."""
    sub = nx.DiGraph()
    sub.add_edges_from((e.source, e.target) for e in edges.values())
    found = [tuple(sorted(c)) for c in nx.strongly_connected_components(sub) if len(c) > 1]
    found += [(n,) for n in nx.nodes_with_selfloops(sub)]
    return sorted(found)


# Building --------------------------------------------------------------------
@dataclass
class _Reads:
    """What the projection reads from the store, keyed by the thing each part is about, so that a
    write's touched things can be read again alone (:func:`update_projection`)."""

    types: dict[str, list[str]]  # thing -> its classes among KINDS, as read
    labels: dict[str, dict[str, list[str]]]  # thing -> name predicate -> names
    attrs: dict[str, dict[str, list[str]]]  # thing -> ATTRIBUTES predicate -> values
    # (subject, EDGE_PREDICATES predicate, object) stated -> its evidence, by evidence IRI
    edges: dict[tuple[str, str, str], list[EvidenceItem]]
    series: list[SeriesInfo]


ATTRIBUTES = (SL + "validFrom", SL + "validUntil", DCTERMS + "publisher")
RDF_TYPE = RDF + "type"


def build_projection(store: Store, version: int) -> Projection:
    """The projection of the store as it is (every part read)."""
    return _assemble(version, store, _read_all(store))


def update_projection(old: Projection, store: Store, version: int, touched: set[str]) -> Projection:
    """The projection of the store at ``version``, from ``old`` (an earlier version's) and the IRIs the
    writes since touched (graph.touched): only their parts are read again, the rest is ``old``'s. The
    same projection :func:`build_projection` gives, given every thing whose parts changed is in ``touched``."""
    if old._reads is None:
        return build_projection(store, version)
    return _assemble(version, store, _read_again(old._reads, store, touched), (old, touched))


def _assemble(
    version: int, store: Store, reads: _Reads, before: tuple[Projection, set[str]] | None = None
) -> Projection:
    """The projection of what was read; ``before``: an earlier version's projection and the things
    touched since, whose nodes, edges and search entries are taken over where nothing they are made
    of changed."""
    proj = Projection(version, store)
    proj._reads = reads
    previous, touched = before if before is not None else (Projection(-1), set())
    rank = {c: i for i, c in enumerate(KINDS)}
    # In IRI order: engines return rows in different orders, and every answer built from the
    # projection (walks, paths, ties between equal keys) follows the order nodes were added in.
    types = {e: sorted(set(ts), key=rank.__getitem__) for e, ts in sorted(reads.types.items()) if ts}
    member_series: dict[str, list[str]] = defaultdict(list)
    for info in reads.series:
        for m in info.members:
            member_series[m].append(info.id)
    for iri, classes in types.items():
        kind = KINDS[classes[0]]
        proj._kinds[iri] = kind
        proj._ids[short_id(iri)].append(iri)
        node = previous._unqualified.get(iri) if iri not in touched else None
        series = member_series.get(iri, [])
        if node is None or node.series != tuple(series):
            node = _node(iri, classes[0], reads.labels.get(iri, {}), reads.attrs.get(iri, {}), series)
        proj._unqualified[iri] = proj.nodes[iri] = node
    _qualify_shared_ids(proj)
    _add_edges(proj, reads.edges, previous, touched)
    proj.series = {s.id: s for s in (_sorted_series(s, proj) for s in reads.series)}
    for info in proj.series.values():
        for m in info.members:
            proj._member_series[m].append(info.id)
    proj.interval_index = IntervalIndex(
        ((iri, n.period) for iri, n in proj.nodes.items() if proj._kinds.get(iri) == "strategy"),
        order=lambda iri: (proj.nodes[cast(str, iri)].period.start or date.min, proj.nodes[cast(str, iri)].title, iri),
    )
    proj.search_index = SearchIndex(_entries(proj, reads.labels, previous, touched))
    return proj


def _read_all(store: Store) -> _Reads:
    types: dict[str, list[str]] = defaultdict(list)
    for row in store.select(f"SELECT ?e ?t WHERE {{ VALUES ?t {{ {_values(KINDS)} }} ?e a ?t }}"):
        types[row["e"].value].append(row["t"].value)
    labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in store.select(f"SELECT ?e ?p ?l WHERE {{ VALUES ?p {{ {_values(LABELS)} }} ?e ?p ?l }}"):
        _add_value(labels, row["e"].value, row["p"].value, row["l"].value)
    attrs: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in store.select(f"SELECT ?e ?p ?v WHERE {{ VALUES ?p {{ {_values(ATTRIBUTES)} }} ?e ?p ?v }}"):
        attrs[row["e"].value][row["p"].value].append(row["v"].value)
    predicates = _values(EDGE_PREDICATES)
    edges = {
        (row["s"].value, row["p"].value, row["o"].value)
        for row in store.select(
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {predicates} }} ?s ?p ?o . FILTER(isIRI(?o)) }}"
        )
    }
    # Evidence is found from its rdf:predicate (an index look-up per edge predicate): an
    # OPTIONAL join from each edge made Oxigraph scan every evidence node of the corpus.
    supports = store.select(
        f"""SELECT ?ev ?s ?p ?o WHERE {{ VALUES ?p {{ {predicates} {_values(STATING_PREDICATES)} }}
              ?ev rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o }}"""
    )
    return _Reads(types, labels, attrs, _with_evidence(store, edges, supports), _series(store))


def _read_again(old: _Reads, store: Store, touched: set[str]) -> _Reads:
    """``old`` with every part about a ``touched`` thing read again (the things' own triples, the
    edges from and to them and those edges' evidence, the series they are or are members of)."""
    types = {e: ts for e, ts in old.types.items() if e not in touched}
    labels = {e: ls for e, ls in old.labels.items() if e not in touched}
    attrs = {e: vs for e, vs in old.attrs.items() if e not in touched}
    edges = {k: evs for k, evs in old.edges.items() if k[0] not in touched and k[2] not in touched}
    read_labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    read_attrs: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    again: set[tuple[str, str, str]] = set()
    nodes = [NamedNode(iri) for iri in sorted(touched)]
    for e, pairs in store.properties_of(nodes).items():
        for predicate, obj in pairs:
            p = predicate.value
            if p == RDF_TYPE and obj.value in KINDS:
                types.setdefault(e, []).append(obj.value)
            elif p in LABELS:
                _add_value(read_labels, e, p, obj.value)
            if p in ATTRIBUTES:
                read_attrs[e][p].append(obj.value)
            if p in EDGE_PREDICATES and isinstance(obj, NamedNode):
                again.add((e, p, obj.value))
    labels.update(read_labels)
    attrs.update(read_attrs)
    objects = _values(sorted(touched))
    for p in EDGE_PREDICATES:  # one query each: Oxigraph starts from the first VALUES (the things)
        for row in store.select(f"SELECT ?s ?o WHERE {{ VALUES ?o {{ {objects} }} ?s <{p}> ?o }}"):
            again.add((row["s"].value, p, row["o"].value))
    supports = store.select(
        f"""SELECT ?ev ?s ?p ?o WHERE {{ VALUES ?s {{ {_values(sorted({s for s, _, _ in again}))} }}
              ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}"""
    )
    edges.update(_with_evidence(store, again, supports))
    return _Reads(types, labels, attrs, edges, _series_again(old.series, store, touched))


def _series_again(old: list[SeriesInfo], store: Store, touched: set[str]) -> list[SeriesInfo]:
    """``old`` with the series a touched thing is, or is a member of, read again (a series whose
    members or label changed is touched itself: graph.touched.changed_things)."""
    known = {info.iri for info in old}
    again = touched & known
    for row in store.select(
        f"SELECT ?series WHERE {{ VALUES ?m {{ {_values(sorted(touched))} }} ?m sl:inSeries ?series }}"
    ):
        again.add(row["series"].value)
    read = _series(store, again) if again else []
    return sorted([info for info in old if info.iri not in again] + read, key=lambda info: info.iri)


def _add_value(found: dict[str, dict[str, list[str]]], thing: str, predicate: str, value: str) -> None:
    if value not in found[thing][predicate]:
        found[thing][predicate].append(value)


def _with_evidence(
    store: Store, edges: set[tuple[str, str, str]], supports: list[dict]
) -> dict[tuple[str, str, str], list[EvidenceItem]]:
    """Each stated edge with its evidence items (``supports``: rows ev, s, p, o), by evidence IRI; an item of an
    aligned twin is the original's (same passage) when ``supports`` has it."""
    found: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    originals: dict[tuple[str, str], list[str]] = defaultdict(list)  # (newer, older) -> evidence of a sub-property
    for row in supports:
        key = (row["s"].value, row["p"].value, row["o"].value)
        if key in edges:
            found[key].append(row["ev"].value)
        elif key[1] in STATING_PREDICATES:
            originals[(key[0], key[2])].append(row["ev"].value)
    # What each inference was based on is read when an answer shows it (Projection.complete),
    # not for every inferred edge of the corpus here.
    evidence = evidence_by_iri(store, [ev for evs in found.values() for ev in evs], with_bases=False)
    aligned = {_pair(key) for key, evs in found.items() if any(evidence[ev].rule == ALIGNMENT_RULE for ev in evs)}
    wanted = [ev for pair in aligned for ev in originals.get(pair, [])]
    stating = evidence_by_iri(store, wanted, with_bases=False) if wanted else {}
    by_passage = {
        (pair, item.source, item.start, item.end): item
        for pair in aligned
        for item in (stating[ev] for ev in originals.get(pair, []))
    }
    return {
        key: [_stated_by(evidence[ev], _pair(key), by_passage) for ev in sorted(found.get(key, []))] for key in edges
    }


def _pair(key: tuple[str, str, str]) -> tuple[str, str]:
    """(newer, older) of an edge triple (``sl:supersededBy`` runs from the older)."""
    return (key[2], key[0]) if key[1] == SL + "supersededBy" else (key[0], key[2])


def _stated_by(item: EvidenceItem, pair: tuple[str, str], by_passage: dict[tuple, EvidenceItem]) -> EvidenceItem:
    """The evidence of the fact a twin restates, when ``item`` is the twin's (same passage; the rule that read it)."""
    if item.rule != ALIGNMENT_RULE:
        return item
    return by_passage.get((pair, item.source, item.start, item.end), item)


def _qualify_shared_ids(proj: Projection) -> None:
    """Two publishers' things may share a short id ("cabinet"): each is also known by its id
    qualified by its publisher ("medway-council:cabinet"), which becomes its id when shared."""
    for iri in list(proj.nodes):
        qualified = qualified_id(iri)
        if qualified != short_id(iri):
            proj._ids[qualified].append(iri)
    for iris in proj._ids.values():
        if len(iris) < 2:
            continue
        per_kind = Counter(proj._kinds[iri] for iri in iris)
        for iri in iris:
            if per_kind[proj._kinds[iri]] > 1 and proj.nodes[iri].id == short_id(iri):
                proj.nodes[iri] = replace(proj.nodes[iri], id=qualified_id(iri))


def _node(iri: str, cls: str, labels: dict[str, list[str]], attrs: dict[str, list[str]], series: list[str]) -> Node:
    title = best_label(labels, iri) or short_id(iri)
    alternatives = tuple(sorted({name for p in LABELS for name in labels.get(p, ()) if name != title}))
    # Several sources may state different periods (a conflict, reported separately):
    # the projection takes the widest reading.
    starts = sorted(attrs.get(SL + "validFrom", []))
    ends = sorted(attrs.get(SL + "validUntil", []))
    # One publisher, whatever order the engine reads them in (several are a conflict, as periods).
    publishers = attrs.get(DCTERMS + "publisher")
    publisher = min(publishers) if publishers else None
    return Node(
        id=short_id(iri),
        iri=iri,
        title=title,
        type=local_name(cls),
        period=make_period(starts[0] if starts else None, ends[-1] if ends else None),
        alternative_titles=alternatives,
        publisher=publisher,
        series=tuple(series),
    )


def _add_edges(
    proj: Projection, stated: dict[tuple[str, str, str], list[EvidenceItem]], previous: Projection, touched: set[str]
) -> None:
    """The lineage graphs' edges, each (newer, older) pair's from its stated triples; ``previous``'s
    edge of a pair kept when neither end was ``touched`` and both ends kept their ids."""
    # (newer, older) -> the stated triples behind the pair
    pairs: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for s, p, o in sorted(stated):  # as the nodes: the engine's order is its own
        pairs[(o, s) if p == SL + "supersededBy" else (s, o)].append((s, p, o))
    for (newer, older), triples in sorted(pairs.items()):
        for iri in (newer, older):
            if iri not in proj.nodes:
                proj.nodes[iri] = proj.node(iri)
        if newer in touched or older in touched or not _same_ids(proj, previous, newer, older):
            edge, stated_edge = _edges_of(proj, newer, older, triples, stated)
        else:
            edge = previous.any_graph.edges[newer, older]["edge"]
            kept = previous.stated_graph.get_edge_data(newer, older)
            stated_edge = kept["edge"] if kept is not None else None
        proj.any_graph.add_edge(newer, older, edge=edge)
        if stated_edge is not None:
            proj.stated_graph.add_edge(newer, older, edge=stated_edge)


def _same_ids(proj: Projection, previous: Projection, *iris: str) -> bool:
    return all(iri in previous.nodes and previous.nodes[iri].id == proj.nodes[iri].id for iri in iris)


def _edges_of(
    proj: Projection,
    newer: str,
    older: str,
    triples: list[tuple[str, str, str]],
    stated: dict[tuple[str, str, str], list[EvidenceItem]],
) -> tuple[Edge, Edge | None]:
    """The pair's edge in the lineage graph, and in the stated one (None: no stated relation)."""
    relations: dict[str, list[EvidenceItem]] = defaultdict(list)
    for triple in triples:
        items = relations[EDGE_PREDICATES[triple[1]]]
        for item in stated[triple]:
            if item not in items:
                items.append(item)
    edge = _edge(proj, newer, older, relations, stated_only=False)
    assert edge is not None
    return edge, _edge(proj, newer, older, relations, stated_only=True)


def _is_stated(relation: str, items: list[EvidenceItem]) -> bool:
    if not items:  # a bare triple in a source graph: stated, without a recorded passage
        return relation != INFERRED_SUCCESSION
    return any(e.derivation != "inferred" for e in items)


def _edge(
    proj: Projection, newer: str, older: str, relations: dict[str, list[EvidenceItem]], stated_only: bool
) -> Edge | None:
    kept = {r: items for r, items in relations.items() if not stated_only or _is_stated(r, items)}
    if not kept:
        return None
    ordered = [r for r in RELATIONS if r in kept]
    # Stable sort below: ties keep the relations' order, and within one the evidence's IRI order.
    evidence = [
        e
        for r in ordered
        for e in sorted(kept[r], key=lambda e: e.iri)
        if not stated_only or e.derivation != "inferred"
    ]
    evidence.sort(
        key=lambda e: (GRADES.index(e.derivation) if e.derivation in GRADES else 0, e.source or "", e.start or 0)
    )
    inferred = not any(_is_stated(r, items) for r, items in kept.items())
    return Edge(
        source=proj.node(newer).id,
        target=proj.node(older).id,
        relation=ordered[0],
        inferred=inferred,
        evidence=tuple(dict.fromkeys(evidence)),
        also=tuple(ordered[1:]),
        grade="inferred" if inferred else grade_of(e.derivation for e in evidence if e.derivation != "inferred"),
    )


def _series(store: Store, only: set[str] | None = None) -> list[SeriesInfo]:
    """Every series (or ``only`` those of these IRIs), by IRI."""
    scope = "" if only is None else f"VALUES ?series {{ {_values(sorted(only))} }}"
    rows = store.select(
        f"""SELECT ?series ?label ?m ?rule ?reason WHERE {{ {scope}
             ?m sl:inSeries ?series .
             OPTIONAL {{ ?series rdfs:label ?label }}
             OPTIONAL {{ ?ev rdf:subject ?m ; rdf:predicate sl:inSeries ; rdf:object ?series ;
                            sl:rule ?rule . OPTIONAL {{ ?ev sl:reason ?reason }} }}
           }}"""
    )
    grouped: dict[str, dict[str, Any]] = {}
    for row in rows:
        iri = row["series"].value
        entry = grouped.setdefault(iri, {"members": [], "label": None, "rule": "", "reason": ""})
        if row["m"].value not in entry["members"]:
            entry["members"].append(row["m"].value)
        entry["label"] = entry["label"] or (row["label"].value if "label" in row else None)
        if "rule" in row and not entry["rule"]:
            entry["rule"] = local_name(row["rule"].value)
            entry["reason"] = row["reason"].value if "reason" in row else ""
    return [
        SeriesInfo(short_id(iri), iri, e["label"] or short_id(iri), e["rule"], e["reason"], tuple(e["members"]))
        for iri, e in sorted(grouped.items())
    ]


def _sorted_series(info: SeriesInfo, proj: Projection) -> SeriesInfo:
    def key(iri: str):
        n = proj.node(iri)
        return (n.period.start or date.max, n.period.end or date.max, n.title)

    return SeriesInfo(info.id, info.iri, info.label, info.rule, info.reason, tuple(sorted(info.members, key=key)))


def _entries(
    proj: Projection, labels: dict[str, dict[str, list[str]]], previous: Projection, touched: set[str]
) -> list[Entry]:
    """Search entries, ``previous``'s kept for a thing not ``touched`` whose node is as it was."""
    kept = {entry.iri: entry for entry in previous.search_index.entries}
    entries = []
    for iri, kind in proj._kinds.items():
        node = proj.nodes[iri]
        if iri not in touched and iri in kept and previous.nodes.get(iri) == node and kept[iri].kind == kind:
            entries.append(kept[iri])
            continue
        raw = [node.title, *node.alternative_titles]
        raw += [name for p in LABELS for name in labels.get(iri, {}).get(p, ()) if name not in raw]
        if kind == "legislation":
            raw.append(short_id(iri))  # "ukpga/2004/31/section/10"
        raw = list(dict.fromkeys(raw))
        entries.append(
            Entry(
                iri=iri,
                id=node.id,
                type=node.type,
                kind=kind,
                label=node.title,
                names=tuple(tuple(normalize(r)) for r in raw),
                raw_names=tuple(raw),
                start_year=node.period.start.year if node.period.start else None,
            )
        )
    return entries
