"""Succession series and inferred succession, written into the inference graph.

Three named rules, each recorded on the evidence it produces (the third, ``predecessor-named``, is
:mod:`graph.joins`: a predecessor one document describes joined to the plan another names):

- ``same-publisher-and-role`` groups strategies with a stated period into a series when
  they have the same publisher and the same role (``sl:role``). Strategies joined by a
  stated full supersession or revision also share a series (a plan that replaces another
  takes over its role). A strategy with no stated role joins the series of its publisher
  whose members address the same audience (``sl:audience``), only when exactly one
  series does. Statutory plans are not series members: they are single-purpose plans
  required by Government.
- ``consecutive-in-series``: within a series sorted by period, a plan that follows
  another with no supersession stated between them (directly or through other plans)
  gets ``next sl:succeeds previous``, with derivation ``sl:Inferred``, a reason naming
  the shared publisher and role and the two periods, and ``prov:wasDerivedFrom`` links
  to the evidence of every fact it used. Inferred edges never duplicate stated ones.

:func:`refresh_inferences` recomputes the graph from the source graphs after every load
or withdrawal, and leaves the store (and its version) untouched when nothing changed.
Given what a write touched (:func:`inference_inputs` of the written graphs, before and
after), it recomputes only the series those things can belong to (see :func:`_scope`) and
keeps the rest of the graph as it is: the same graph a full run writes, in the time of one
publisher's plans rather than the corpus's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

import networkx as nx
from pyoxigraph import Literal, NamedNode, Quad

from graph.joins import JOIN_RULE, Join, joins
from graph.labels import LABEL_PREDICATES, labels_of
from graph.query_text import iri_list, outside_inference
from graph.records import Period, make_period, short_id
from graph.store import Store, store_node
from graph.touched import changed_things, forget, record
from loaders.registry import Rule, register_rules
from strategy_lineage import vocab
from strategy_lineage.vocab import DCTERMS, OA, PROV, RDF, RDFS, SKOS, SL, XSD, A

SERIES_RULE, SUCCESSION_RULE = register_rules(
    __name__,
    Rule(
        "same-publisher-and-role",
        "Strategies of the same publisher form a series when they hold the same role, or replace one another by a "
        "stated supersession or revision; a strategy with no stated role joins the series of its publisher whose "
        "members address the same audience, when there is exactly one.",
        "Two Riverside plans 'for children and young people', 2015-2018 and 2018-2021, are one series.",
    ),
    Rule(
        "consecutive-in-series",
        "Within a series ordered by period, a plan succeeds the one before it when no supersession is stated "
        "between them.",
        "In that series the 2018-2021 plan succeeds the 2015-2018 plan.",
    ),
)
_MEMBER_TYPES = ("Strategy", "Plan", "Framework")
_FACTS = ("publisher", "role", "audience", "validFrom", "validUntil")
_STATED_LINKS = ("supersedes", "isRevisionOf")
_ANY_LINKS = ("supersedes", "supersededBy", "isRevisionOf", "partiallySupersedes")
# The predicates (besides types and names) whose triples the rules read.
_INPUT_FACTS = tuple(DCTERMS + f if f == "publisher" else SL + f for f in (*_FACTS, *_ANY_LINKS))


@dataclass
class Candidate:
    iri: str
    title: str
    period: Period
    publisher: str | None = None
    role: str | None = None
    audience: str | None = None
    # (fact name, value) -> [(0 if stated else 1, evidence IRI)]
    evidence: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    used: dict[str, str | None] = field(default_factory=dict)  # the value taken for each fact


@dataclass(frozen=True)
class InferenceReport:
    series: int
    members: int
    inferred_edges: int
    quads: int
    changed: bool


def refresh_inferences(store: Store, touched: set[str] | None = None) -> InferenceReport:
    """Recompute series and inferred successions (all of them, or only those ``touched`` can
    change: IRIs from :func:`touched_by`); write them if they changed."""
    graph = vocab.inference_graph()
    patch = _patch(store, touched) if touched is not None else None
    wanted: set[tuple] | None = None
    if patch is None:  # a full run asked for, or a series name shared with plans outside the scope
        wanted = {(q.subject, q.predicate, q.object) for q in infer(store)[0]}
        old = _triples(store, graph)
        changed = old != wanted
    elif changed := patch[0] != patch[1]:  # the whole graph is read only when a series changed
        gone, redone = patch
        old = _triples(store, graph)
        wanted = (old - gone) | redone
    if changed and wanted is not None:
        since = store.version
        try:
            store.replace_graph(graph, [Quad(s, p, o, graph) for s, p, o in sorted(wanted, key=str)])
        except BaseException:
            forget(store)
            raise
        record(store, since, store.version, changed_things(old, wanted))
    store.append_meta([(store_node(), _REFRESHED_AT, Literal(str(store.version), datatype=_INTEGER))])
    if wanted is None:
        return _counted(store, changed)
    return InferenceReport(
        series=sum(1 for _, p, o in wanted if p == A and o == _SERIES_CLASS),
        members=sum(1 for _, p, _ in wanted if p == _IN_SERIES),
        inferred_edges=sum(1 for _, p, _ in wanted if p == _SUCCEEDS),
        quads=len(wanted),
        changed=changed,
    )


def _triples(store: Store, graph: NamedNode) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.quads(graph)}


def _counted(store: Store, changed: bool) -> InferenceReport:
    """The report of an inference graph left as it was, counted by the store."""

    def count(pattern: str) -> int:
        graph = vocab.inference_graph()
        return int(store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ {pattern} }} }}")[0]["n"].value)

    return InferenceReport(
        series=count(f"?x a {_SERIES_CLASS}"),
        members=count(f"?x {_IN_SERIES} ?y"),
        inferred_edges=count(f"?x {_SUCCEEDS} ?y"),
        quads=count("?x ?p ?y"),
        changed=changed,
    )


def inferences_current(store: Store) -> bool:
    """Whether the last refresh saw the store as it is now. Not so after a load killed between
    its writes and its refresh: then the next refresh must run in full, since what that load
    touched is no longer known."""
    rows = store.select(
        f"SELECT (MAX(?v) AS ?at) WHERE {{ GRAPH {vocab.meta_graph()} {{ {store_node()} {_REFRESHED_AT} ?v }} }}"
    )
    return bool(rows) and "at" in rows[0] and int(rows[0]["at"].value) == store.version


def inference_inputs(store: Store, graph: NamedNode) -> set[tuple]:
    """What ``graph`` states that the rules read: plans' types, facts and lineage links, and
    names. Read before and after a write; :func:`touched_by` says what changed."""
    # dcterms:issued: the year a described predecessor was published, which graph.joins reads
    predicates = " ".join(f"<{p}>" for p in (RDF + "type", *_INPUT_FACTS, DCTERMS + "issued", *LABEL_PREDICATES))
    classes = {NamedNode(SL + t) for t in (*_MEMBER_TYPES, "StatutoryPlan")}
    return {
        (row["s"], row["p"], row["o"])
        for row in store.select(
            f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} VALUES ?p {{ {predicates} }} }}"
        )
        if isinstance(row["s"], NamedNode) and (row["p"] != A or row["o"] in classes)
    }


def touched_by(store: Store, graph: NamedNode, before: set[tuple], after: set[tuple]) -> set[str]:
    """The IRIs whose series a write of ``graph`` (stating ``before``, then ``after``) can change:
    every plan it stated a type, fact or link of, either way (the evidence of an unchanged fact
    may have changed too), the other end of each link, and each thing whose names changed (a
    name still stated by another graph changed nothing)."""
    names = {NamedNode(p) for p in LABEL_PREDICATES}
    found = {t[0].value for t in before | after if t[1] not in names}
    found |= {t[2].value for t in before | after if t[1].value.removeprefix(SL) in _ANY_LINKS}
    renamed = [t for t in before ^ after if t[1] in names]
    if renamed:
        rows = " ".join(f"({s} {p} {o})" for s, p, o in renamed)
        kept = {
            (row["s"], row["p"], row["o"])
            for row in store.select(
                f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} "
                f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {graph}) }}"
            )
        }
        found |= {t[0].value for t in renamed if t not in kept}
    return found


def infer(store: Store) -> tuple[list[Quad], int, int, int]:
    """(quads for the inference graph, series count, member count, inferred edge count)."""
    return _infer_from(store, _candidates(store), _stated_graph(store), joins(store))


def _infer_from(
    store: Store, candidates: dict[str, Candidate], stated: nx.DiGraph, joined: list[Join]
) -> tuple[list[Quad], int, int, int]:
    named = {c.publisher for c in candidates.values() if c.publisher} | {
        c.audience for c in candidates.values() if c.audience
    }
    labels = labels_of(store, named)
    groups = _group(candidates, stated)
    out = _Writer()
    members = edges = 0
    used: set[str] = set()
    for group in groups:
        members += len(group)
        edges += _write_series(out, group, stated, labels, used)
    for join in joined:
        if not _linked(stated, join.successor, join.named):
            out.evidence(
                (NamedNode(join.successor), _SUCCEEDS, NamedNode(join.named)), JOIN_RULE, join.reason, [*join.based_on]
            )
            edges += 1
    return out.quads(), len(groups), members, edges


RDFS_LABEL = NamedNode(RDFS + "label")
_SERIES_CLASS = NamedNode(SL + "StrategySeries")
_MEMBER_CLASSES = {NamedNode(SL + t) for t in _MEMBER_TYPES}
# The graph version each refresh left the store at, in the meta graph (see inferences_current).
_REFRESHED_AT = NamedNode(SL + "inferencesAtVersion")
_INTEGER = NamedNode(XSD + "integer")
_IN_SERIES = NamedNode(SL + "inSeries")
_SUCCEEDS = NamedNode(SL + "succeeds")
_RDF_SUBJECT = NamedNode(RDF + "subject")
_RDF_OBJECT = NamedNode(RDF + "object")


def _candidates(store: Store, scope: set[str] | None = None) -> dict[str, Candidate]:
    """The strategies the rules group (only those in ``scope``, when given), with their facts."""
    types = " ".join(f"sl:{t}" for t in _MEMBER_TYPES)
    found: dict[str, Candidate] = {}
    # Scoped, the classes are checked here: Oxigraph starts a query from its first VALUES (here a
    # scan of every strategy), whichever is smaller.
    kinds = f"VALUES ?t {{ {types} }}" if scope is None else f"VALUES ?s {{ {iri_list(scope)} }}"
    rows = store.select(
        f"""SELECT DISTINCT ?s ?t ?title WHERE {{ {kinds}
              ?s a ?t ; sl:validFrom ?from .
              FILTER NOT EXISTS {{ ?s a sl:StatutoryPlan }}
              OPTIONAL {{ ?s dcterms:title ?title }}
            }}"""
    )
    titles: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row["t"] in _MEMBER_CLASSES:
            titles[row["s"].value] += [row["title"].value] if "title" in row else []
    # A plan several sources name differently: the first title in order (rows come in the engine's order).
    for iri, named in sorted(titles.items()):
        found[iri] = Candidate(iri, min(named) if named else short_id(iri), Period(None, None))
    facts = " ".join(f"sl:{f}" for f in _FACTS if f != "publisher") + " dcterms:publisher"
    values: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    if not found:
        return found
    within = f"VALUES ?s {{ {iri_list(found)} }}" if scope is not None else ""
    evidence = _evidence_by_triple(store, facts, within)
    for row in store.select(
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ {within} VALUES ?p {{ {facts} }} {outside_inference('?s ?p ?o')} }}"
    ):
        iri = row["s"].value
        if iri not in found:
            continue
        name = row["p"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        value = row["o"].value
        if value not in values[iri][name]:
            values[iri][name].append(value)
        for ev, derivation in evidence.get((iri, row["p"].value, value), ()):
            found[iri].evidence[(name, value)].append((0 if derivation != SL + "Inferred" else 1, ev))
    for iri, c in found.items():
        v = values[iri]
        starts, ends = sorted(v.get("validFrom", [])), sorted(v.get("validUntil", []))
        c.period = make_period(starts[0] if starts else None, ends[-1] if ends else None)
        c.publisher = min(v.get("publisher", [None]), key=lambda x: x or "")
        c.role = min(v.get("role", [None]), key=lambda x: x or "")
        c.audience = min(v.get("audience", [None]), key=lambda x: x or "")
        c.used = {
            "validFrom": starts[0] if starts else None,
            "validUntil": ends[-1] if ends else None,
            "publisher": c.publisher,
            "role": c.role,
            "audience": c.audience,
        }
    return found


def _evidence_by_triple(
    store: Store, predicates: str, within: str = ""
) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """(s, p, o) -> [(evidence IRI, derivation)] for the source graphs' evidence of these
    predicates (about the subjects ``within`` lists, when given). Found from each evidence
    node's rdf:predicate (an index look-up), or its rdf:subject for a few subjects: joining
    from every fact with an OPTIONAL made Oxigraph scan all evidence, superlinearly."""
    inferred_prefix = vocab.inference_graph().value
    found: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    # With subjects, from them, the predicates checked here (with a VALUES of them too, Oxigraph
    # began from the predicates: every evidence node of each, 1.7 s against 0.06 s at 10^7 quads).
    query = (
        f"""SELECT ?ev ?s ?p ?o ?der WHERE {{ {within}
              ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; sl:derivation ?der }}"""
        if within
        else f"""SELECT ?ev ?s ?p ?o ?der WHERE {{ VALUES ?p {{ {predicates} }}
              ?ev rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; sl:derivation ?der }}"""
    )
    wanted = {vocab.PREFIXES[prefix] + local for prefix, local in (p.split(":", 1) for p in predicates.split())}
    for row in store.select(query):
        if row["p"].value not in wanted:
            continue
        if not row["ev"].value.startswith(inferred_prefix):
            found[(row["s"].value, row["p"].value, row["o"].value)].append((row["ev"].value, row["der"].value))
    return found


def _stated_graph(store: Store) -> nx.DiGraph:
    """Stated lineage edges (newer -> older) from the source graphs, with their relation."""
    g = nx.DiGraph()
    links = " ".join(f"sl:{p}" for p in _ANY_LINKS)
    for row in store.select(
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {links} }} {outside_inference('?s ?p ?o')} }}"
    ):
        s, p, o = row["s"].value, row["p"].value.removeprefix(SL), row["o"].value
        newer, older = (o, s) if p == "supersededBy" else (s, o)
        g.add_edge(newer, older, full=p != "partiallySupersedes")
    return g


def _patch(store: Store, touched: set[str]) -> tuple[set[tuple], set[tuple]] | None:
    """(the inference graph's triples of the series in scope, their triples recomputed) after a
    write that touched ``touched``. None when that cannot be known to equal a full run (a series
    name shared with, or derived from, one outside the scope): then the caller runs in full."""
    if not touched:
        return set(), set()
    old = _Series(store)
    stated = _stated_graph(store)
    scope = _scope(store, touched, stated, old)
    quads = _infer_from(store, _candidates(store, scope), stated, joins(store, scope))[0]
    redone: set[tuple] = {(q.subject, q.predicate, q.object) for q in quads}
    redone_series = {s.value for s, p, o in redone if p == A and o == _SERIES_CLASS}
    left_behind = {series for iri in scope for series in old.series_of.get(iri, ())}
    members = {m for series in left_behind for m in old.members[series]}
    if any(len(old.series_of[m]) != 1 for m in members):
        return None
    others = old.every_series() - left_behind
    renamed = redone_series | left_behind
    if redone_series & others or any(_suffixed_from(series, renamed) for series in others):
        return None
    return old.triples(left_behind, members) | old.joins(scope), redone


def _scope(store: Store, touched: set[str], stated: nx.DiGraph, old: _Series) -> set[str]:
    """The IRIs whose series may change: the touched things, every plan of the same publisher, or
    published by or addressed to a touched thing, their stated predecessors and successors, and
    the other members of their present series, until nothing is added. No series reaches
    outside this set (series are made within a publisher and along stated links)."""
    scope: set[str] = set()
    new = set(touched)
    while new:
        scope |= new
        # One query per way, classes checked here (Oxigraph joined a UNION after VALUES without the
        # values, and starts from a VALUES of classes: scans of every strategy, seconds at 10^7 quads).
        publishers = {row["by"].value for row in store.select(_of(new, "?x dcterms:publisher ?by", "?by"))}
        reached = {
            row["t"].value
            for iris, way in ((new | publishers, "?t dcterms:publisher ?x"), (new, "?t sl:audience ?x"))
            for row in store.select(_of(iris, f"{way} ; a ?type", "?t ?type"))
            if row["type"] in _MEMBER_CLASSES
        }
        old.read(new)
        for iri in new:
            if iri in stated:
                reached.update(stated.successors(iri), stated.predecessors(iri))
            for series in old.series_of.get(iri, ()):
                reached |= old.members[series]
        new = reached - scope
    return scope


class _Series:
    """The series the inference graph holds, read for the things asked about."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.members: dict[str, set[str]] = defaultdict(set)
        self.series_of: dict[str, set[str]] = defaultdict(set)

    def _select(self, pattern: str, iris: Iterable[str], variables: str) -> list[dict]:
        graph = vocab.inference_graph()
        return self._store.select(
            f"SELECT {variables} WHERE {{ VALUES ?x {{ {iri_list(iris)} }} GRAPH {graph} {{ {pattern} }} }}"
        )

    def read(self, iris: set[str]) -> None:
        """Learn the series of ``iris`` and their members."""
        for row in self._select(f"?x {_IN_SERIES} ?series . ?m {_IN_SERIES} ?series", iris, "?series ?m"):
            self.members[row["series"].value].add(row["m"].value)
            self.series_of[row["m"].value].add(row["series"].value)

    def every_series(self) -> set[str]:
        graph = vocab.inference_graph()
        return {
            row["s"].value
            for row in self._store.select(f"SELECT ?s WHERE {{ GRAPH {graph} {{ ?s a {_SERIES_CLASS} }} }}")
        }

    def triples(self, series: set[str], members: set[str]) -> set[tuple]:
        """Every triple describing ``series``: theirs, their ``members``' (membership and inferred
        succession) and the evidence about those members."""
        if not series:
            return set()
        found = {(row["x"], row["p"], row["o"]) for row in self._select("?x ?p ?o", series | members, "?x ?p ?o")}
        if members:
            evidence = self._select(f"?s {_RDF_SUBJECT} ?x ; ?p ?o", members, "?s ?p ?o")
            found |= {(row["s"], row["p"], row["o"]) for row in evidence}
        return found

    def joins(self, scope: set[str]) -> set[tuple]:
        """Every triple of the joins (``predecessor-named``) whose successor or named plan is in ``scope``: the
        edge and its evidence (a join is redone whenever either end is in scope)."""
        if not scope:
            return set()
        graph = vocab.inference_graph()
        found: set[tuple] = set()
        for end in (_RDF_SUBJECT, _RDF_OBJECT):
            rows = self._store.select(
                f"""SELECT ?ev ?p ?o ?s ?e ?n WHERE {{ VALUES ?x {{ {iri_list(scope)} }} GRAPH {graph} {{
                      ?ev {end} ?x ; sl:rule {vocab.rule(JOIN_RULE)} ; {_RDF_SUBJECT} ?s ; {_RDF_OBJECT} ?n ;
                      ?p ?o }} }}"""
            )
            for row in rows:
                found.add((row["ev"], row["p"], row["o"]))
                found.add((row["s"], _SUCCEEDS, row["n"]))
        return found


def _suffixed_from(series: str, names: set[str]) -> bool:
    """Whether ``series`` reads as one of ``names`` told apart by a plan's id (see _write_series)."""
    return any(series[:i] in names for i, c in enumerate(series) if c == "-")


def _of(iris: set[str], pattern: str, variables: str) -> str:
    """SELECT DISTINCT ``variables`` of ``pattern`` for each ?x in ``iris``."""
    return f"SELECT DISTINCT {variables} WHERE {{ VALUES ?x {{ {iri_list(iris)} }} {pattern} }}"


def _group(candidates: dict[str, Candidate], stated: nx.DiGraph) -> list[list[Candidate]]:
    """Series (lists of 2+ candidates), in three steps:

    1. same publisher and same role;
    2. joined by a stated full supersession or revision;
    3. a strategy with no stated role joins the others of its publisher and audience
       that also lack one, and the one group of role holders with that audience when
       there is exactly one (never guessing between two roles).
    """
    union = nx.utils.UnionFind(candidates)
    by_role: dict[tuple, list[str]] = defaultdict(list)
    roleless: dict[tuple, list[str]] = defaultdict(list)
    for c in candidates.values():
        if c.publisher and c.role:
            by_role[(c.publisher, " ".join(c.role.casefold().split()))].append(c.iri)
        elif c.publisher and c.audience:
            roleless[(c.publisher, c.audience)].append(c.iri)
    for iris in (*by_role.values(), *roleless.values()):
        union.union(*iris)
    for newer, older, data in stated.edges(data=True):
        if data["full"] and newer in candidates and older in candidates:
            union.union(newer, older)
    for (publisher, audience), iris in roleless.items():
        holders = {
            union[c.iri] for c in candidates.values() if c.role and c.publisher == publisher and c.audience == audience
        }
        if len(holders) == 1:
            union.union(iris[0], holders.pop())
    groups = [sorted((candidates[i] for i in comp), key=_period_key) for comp in union.to_sets()]
    return sorted((g for g in groups if len(g) > 1), key=lambda g: g[0].iri)


def _period_key(c: Candidate) -> tuple:
    return (c.period.start, c.period.end or c.period.start, c.iri)


class _Writer:
    def __init__(self) -> None:
        self._triples: dict[tuple, None] = {}

    def add(self, s, p, o) -> None:
        self._triples[(s, p, o)] = None

    def evidence(self, triple: tuple, rule: str, reason: str, based_on: list[str]) -> None:
        self.add(*triple)
        key = vocab.stable_hash(*(str(t) for t in triple), rule)
        ev = NamedNode(f"{vocab.inference_graph().value}/evidence/{key}")
        self.add(ev, A, vocab.sl("Evidence"))
        self.add(ev, A, NamedNode(OA + "Annotation"))
        self.add(ev, A, NamedNode(RDF + "Statement"))
        self.add(ev, NamedNode(RDF + "subject"), triple[0])
        self.add(ev, NamedNode(RDF + "predicate"), triple[1])
        self.add(ev, NamedNode(RDF + "object"), triple[2])
        self.add(ev, vocab.sl("derivation"), vocab.sl("Inferred"))
        self.add(ev, vocab.sl("rule"), vocab.rule(rule))
        self.add(ev, vocab.sl("reason"), Literal(reason))
        for base in based_on:
            self.add(ev, NamedNode(PROV + "wasDerivedFrom"), NamedNode(base))

    def quads(self) -> list[Quad]:
        graph = vocab.inference_graph()
        return [Quad(s, p, o, graph) for s, p, o in self._triples]


def _shared(group: list[Candidate], labels: dict[str, str]) -> tuple[str, str]:
    """(series key text, human description of what the members share)."""
    first = group[0]
    publisher = labels.get(first.publisher or "", short_id(first.publisher or "unknown publisher"))
    roles = sorted({c.role for c in group if c.role})
    if len(roles) == 1 and all(c.role for c in group):
        return f"{publisher} {roles[0]}", f"{publisher}: {roles[0]}"
    audiences = sorted({c.audience for c in group if c.audience})
    if len(audiences) == 1 and all(c.audience for c in group):
        audience = labels.get(audiences[0], short_id(audiences[0]))
        return f"{publisher} {audience}", f"{publisher}: strategy for {audience}"
    # Joined through stated supersessions: name the series after its latest role.
    role = next((c.role for c in reversed(group) if c.role), None)
    return f"{publisher} {role or first.title}", f"{publisher}: {role or 'successors of ' + first.title}"


def _write_series(
    out: _Writer, group: list[Candidate], stated: nx.DiGraph, labels: dict[str, str], used: set[str]
) -> int:
    key, label = _shared(group, labels)
    series = vocab.entity_iri("series", key)
    if series.value in used:  # two series that read alike: tell them apart by their first plan
        series = vocab.entity_iri("series", f"{key} {short_id(group[0].iri)}")
    used.add(series.value)
    out.add(series, A, vocab.sl("StrategySeries"))
    out.add(series, RDFS_LABEL, Literal(label))
    out.add(series, NamedNode(SKOS + "prefLabel"), Literal(label))
    for c in group:
        reason = _membership_reason(c, labels)
        out.evidence(
            (NamedNode(c.iri), vocab.sl("inSeries"), series),
            SERIES_RULE,
            reason,
            _used(c, ("publisher", "role", "audience", "validFrom")),
        )
    edges = 0
    for prev, nxt in pairwise(group):
        if not (prev.period.start and nxt.period.start and nxt.period.start > prev.period.start):
            continue  # same start: the order is unknown, infer nothing
        if _linked(stated, prev.iri, nxt.iri):
            continue
        reason = _succession_reason(prev, nxt, labels)
        facts_used = _used(prev, _FACTS) + _used(nxt, _FACTS)
        out.evidence(
            (NamedNode(nxt.iri), vocab.sl("succeeds"), NamedNode(prev.iri)), SUCCESSION_RULE, reason, facts_used
        )
        edges += 1
    return edges


def _linked(stated: nx.DiGraph, a: str, b: str) -> bool:
    """Whether stated supersessions already connect a and b, either way, directly or not."""
    if a not in stated or b not in stated:
        return False
    return nx.has_path(stated, a, b) or nx.has_path(stated, b, a)


def _used(c: Candidate, facts: tuple[str, ...]) -> list[str]:
    """One piece of evidence (stated first) for each fact value the rule used."""
    chosen = []
    for f in facts:
        value = c.used.get(f)
        candidates = sorted(c.evidence.get((f, value), ())) if value is not None else []
        if candidates:
            chosen.append(candidates[0][1])
    return chosen


def _membership_reason(c: Candidate, labels: dict[str, str]) -> str:
    publisher = labels.get(c.publisher or "", c.publisher or "no stated publisher")
    holds = (
        f"role {c.role!r}"
        if c.role
        else (
            f"no stated role, audience {labels.get(c.audience or '', c.audience)!r}"
            if c.audience
            else "a stated supersession"
        )
    )
    return f"{c.title}: publisher {publisher}, {holds}, period {c.period.label}"


def _succession_reason(prev: Candidate, nxt: Candidate, labels: dict[str, str]) -> str:
    publisher = labels.get(prev.publisher or "", prev.publisher or "?")
    same = [f"same publisher ({publisher})" if prev.publisher == nxt.publisher else "publishers differ"]
    if prev.role and nxt.role and prev.role.casefold() == nxt.role.casefold():
        same.append(f"same role ({prev.role})")
    elif prev.audience and prev.audience == nxt.audience:
        same.append(f"same audience ({labels.get(prev.audience, short_id(prev.audience))})")
    timing = f"consecutive periods in the series ({prev.period.label} then {nxt.period.label}"
    p_end, n_start = prev.period.end, nxt.period.start
    if p_end and n_start and n_start.toordinal() - p_end.toordinal() > 1:
        first, last = date.fromordinal(p_end.toordinal() + 1), date.fromordinal(n_start.toordinal() - 1)
        timing += f"; nothing of the series in force from {first.isoformat()} to {last.isoformat()}"
    elif p_end and n_start and n_start <= p_end:
        timing += "; the periods overlap" + (" at the boundary year" if nxt.period.start_precision == "year" else "")
    same.append(timing + ")")
    same.append("no supersession is stated between them")
    return f"{nxt.title} succeeds {prev.title}: " + ", ".join(same)
