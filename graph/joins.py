"""A predecessor described in one document, joined to the plan another document names: ``predecessor-named``.

A text that describes an older plan without naming it ("the previous strategy, which ran from 2016 to 2021")
gives a node "Predecessor of X" (the loaders' ``unnamed-predecessor`` rule), of X's publisher, with what the
text says of it: the years it ran, the year it ended, or the year it was published. Another document may name
that plan ("Housing Strategy 2016-2021"). The two are one plan when the named one has the same publisher, the
same name as X apart from the period, a period that agrees with what was said of the predecessor (the same
years; the same last year; its first year the year the predecessor was published), begins before X, and is the
only plan that does. Then X succeeds the named plan: an inferred ``sl:succeeds`` edge whose evidence cites the
edge to the predecessor and the named plan's period (``prov:wasDerivedFrom``) and quotes both in its reason.
Never on a name alone: without a publisher, a period or year said of the predecessor, and a period of the named
plan, nothing is joined.

:func:`joins` reads the store (the predecessors among ``scope``, when given) and returns what to write; the
inference refresh writes it into the inference graph with the series.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from graph.labels import LABEL_PREDICATES
from graph.query_text import iri_list, outside_inference
from graph.store import Store
from loaders.registry import Rule, register_rules
from strategy_lineage import vocab
from strategy_lineage.vocab import DCTERMS, SL

[JOIN_RULE] = register_rules(
    __name__,
    Rule(
        "predecessor-named",
        "A predecessor one document describes without naming it is the plan another document names when that plan "
        "has the same publisher, the same name as the successor apart from the period, a period agreeing with what "
        "was said of the predecessor (its years, its last year, or its first year the year it was published), "
        "begins before the successor, and is the only such plan: the successor succeeds the named plan.",
        "'our previous Play Strategy, which ran from 2016 to 2021' (in the Play Strategy 2021-2026) and the Play "
        "Strategy 2016-2021 of the same council: the 2021-2026 strategy succeeds it.",
    ),
)
_DESCRIBED_RULES = ("unnamed-predecessor", "unnamed-successor")  # nodes the loaders make for plans never named
_EDGES = (
    "supersedes",
    "isRevisionOf",
    "isRefreshOf",
    "isSuccessorOf",
    "partiallySupersedes",
)  # as the loaders state them
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass
class _Plan:
    iri: str
    labels: set[str] = field(default_factory=set)
    publishers: set[str] = field(default_factory=set)
    starts: set[int] = field(default_factory=set)
    ends: set[int] = field(default_factory=set)
    issued: set[int] = field(default_factory=set)
    evidence: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))  # fact -> (ev, quote)

    @property
    def start(self) -> int | None:
        return min(self.starts) if self.starts else None

    @property
    def end(self) -> int | None:
        return max(self.ends) if self.ends else None

    @property
    def title(self) -> str:
        return min(self.labels, key=lambda t: (len(t), t)) if self.labels else self.iri

    def names(self) -> set[tuple[str, ...]]:
        """Each label's words without years or period numbers, lower case: the name apart from the period."""
        return {tuple(w for w in re.findall(r"[a-z’']+", label.lower()) if w) for label in self.labels}


@dataclass(frozen=True)
class Join:
    """``successor`` succeeds ``named``, which is the ``predecessor`` it was said to follow."""

    successor: str
    named: str
    predecessor: str
    reason: str
    based_on: tuple[str, ...]


def joins(store: Store, scope: set[str] | None = None) -> list[Join]:
    """Every join of a described predecessor (among ``scope``, when given) to the one named plan it is."""
    predecessors = _described(store, scope, "unnamed-predecessor")
    if not predecessors:
        return []
    plans = _read(store, predecessors)
    edges = _edges_to(store, predecessors)
    publishers = {p for iri in predecessors for p in plans[iri].publishers}
    named = _named_plans(store, publishers)
    named -= _described(store, named, None)  # never another plan known only by description
    successors = _read(store, {s for s, _, _ in edges} | set(named))
    found: list[Join] = []
    for successor_iri, predecessor_iri, edge_evidence in edges:
        predecessor, successor = plans[predecessor_iri], successors[successor_iri]
        candidates = [
            successors[iri] for iri in named if iri != successor_iri and _is(predecessor, successor, successors[iri])
        ]
        if len(candidates) == 1:
            found.append(_join(successor, candidates[0], predecessor, edge_evidence))
    return sorted(found, key=lambda j: (j.successor, j.named))


def _is(predecessor: _Plan, successor: _Plan, named: _Plan) -> bool:
    """Whether ``named`` is the plan said to precede ``successor``: publisher, name, period and order agree."""
    if not (predecessor.publishers & named.publishers) or named.start is None:
        return False
    if not (successor.names() & named.names()):
        return False  # another plan of the council: only the successor's own name, apart from the period, is it
    if successor.start is not None and named.start >= successor.start:
        return False
    if predecessor.start is not None and predecessor.end is not None:
        return (predecessor.start, predecessor.end) == (named.start, named.end)
    if predecessor.end is not None:
        return predecessor.end == named.end
    return bool(predecessor.issued) and named.start in predecessor.issued


def _join(successor: _Plan, named: _Plan, predecessor: _Plan, edge: tuple[str, str]) -> Join:
    said = _said(predecessor)
    period = f"{named.start}-{named.end}" if named.end else f"from {named.start}"
    period_quote = next(iter(named.evidence.get("validFrom", [])), ("", ""))
    publisher = sorted(predecessor.publishers & named.publishers)[0]
    reason = (
        f"{predecessor.title} is {named.title}: the same publisher ({publisher}); {successor.title} follows a plan the "
        f"text describes as '{edge[1]}' ({said}), and {named.title} is named with the period {period} "
        f"('{period_quote[1]}'); the same name apart from the period, a period that agrees, no other plan that does"
    )
    based_on = [edge[0], period_quote[0]]
    for fact in ("validFrom", "validUntil", "issued"):
        based_on += [ev for ev, _ in predecessor.evidence.get(fact, [])[:1]]
    return Join(successor.iri, named.iri, predecessor.iri, reason, tuple(b for b in based_on if b))


def _said(predecessor: _Plan) -> str:
    if predecessor.start is not None and predecessor.end is not None:
        return f"it ran {predecessor.start}-{predecessor.end}"
    if predecessor.end is not None:
        return f"it ran to {predecessor.end}"
    return f"published in {min(predecessor.issued)}"


def _described(store: Store, scope: set[str] | None, rule: str | None) -> set[str]:
    """The nodes the loaders made for plans a text describes (by ``rule``, else by either rule)."""
    if scope is not None and not scope:
        return set()
    rules = (rule,) if rule else _DESCRIBED_RULES
    within = f"VALUES ?p {{ {iri_list(scope)} }}" if scope is not None else ""
    return {
        row["p"].value
        for row in store.select(
            f"""SELECT DISTINCT ?p WHERE {{ {within} VALUES ?r {{ {iri_list(vocab.rule(r).value for r in rules)} }}
                  ?ev sl:rule ?r ; rdf:subject ?p ; rdf:predicate rdf:type ; rdf:object sl:Strategy }}"""
        )
    }


def _edges_to(store: Store, predecessors: set[str]) -> list[tuple[str, str, tuple[str, str]]]:
    """(successor, predecessor, (evidence of the edge, its quote)) for each stated edge to a predecessor."""
    links = " ".join(f"sl:{e}" for e in _EDGES)
    rows = store.select(
        f"""SELECT ?s ?p ?ev ?exact WHERE {{ VALUES ?p {{ {iri_list(predecessors)} }} VALUES ?l {{ {links} }}
              {outside_inference("?s ?l ?p")}
              ?ev rdf:subject ?s ; rdf:predicate ?l ; rdf:object ?p ; sl:rule ?rule .
              FILTER(?rule != <{vocab.rule("ontology-alignment").value}>)
              OPTIONAL {{ ?ev oa:hasTarget/oa:hasSelector/oa:exact ?exact }} }}"""
    )
    best: dict[tuple[str, str], tuple[str, str]] = {}
    for row in rows:
        key = (row["s"].value, row["p"].value)
        value = (row["ev"].value, row["exact"].value if "exact" in row else "")
        best[key] = min(best.get(key, value), value)
    return [(s, p, ev) for (s, p), ev in sorted(best.items())]


def _named_plans(store: Store, publishers: set[str]) -> set[str]:
    """The plans of ``publishers`` that the text names with a period (not nodes made for described plans)."""
    if not publishers:
        return set()
    types = " ".join(f"sl:{t}" for t in ("Strategy", "Plan", "Framework"))
    rows = store.select(
        f"""SELECT DISTINCT ?n WHERE {{ VALUES ?pub {{ {iri_list(publishers)} }} VALUES ?t {{ {types} }}
              ?n dcterms:publisher ?pub ; a ?t ; sl:validFrom ?from }}"""
    )
    return {row["n"].value for row in rows}


def _read(store: Store, iris: set[str]) -> dict[str, _Plan]:
    """Labels, publishers, period and year issued of ``iris`` from the source graphs, with their evidence."""
    plans = {iri: _Plan(iri) for iri in iris}
    if not iris:
        return plans
    facts = {
        DCTERMS + "publisher": "publisher",
        SL + "validFrom": "validFrom",
        SL + "validUntil": "validUntil",
        DCTERMS + "issued": "issued",
        **{p: "label" for p in LABEL_PREDICATES},
    }
    rows = store.select(
        f"""SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?s {{ {iri_list(iris)} }} VALUES ?p {{ {iri_list(facts)} }}
              {outside_inference("?s ?p ?o")} }}"""
    )
    for row in rows:
        plan, fact, value = plans[row["s"].value], facts[row["p"].value], row["o"].value
        if fact == "label":
            plan.labels.add(value)
        elif fact == "publisher":
            plan.publishers.add(value)
        elif (year := _YEAR.match(value)) is not None:
            {"validFrom": plan.starts, "validUntil": plan.ends, "issued": plan.issued}[fact].add(int(year.group(0)))
    quoted = " ".join(f"<{p}>" for p, f in facts.items() if f in ("validFrom", "validUntil", "issued"))
    for row in store.select(
        f"""SELECT ?s ?p ?ev ?exact WHERE {{ VALUES ?s {{ {iri_list(iris)} }} VALUES ?p {{ {quoted} }}
              ?ev rdf:subject ?s ; rdf:predicate ?p .
              OPTIONAL {{ ?ev oa:hasTarget/oa:hasSelector/oa:exact ?exact }} }}"""
    ):
        if row["ev"].value.startswith(vocab.inference_graph().value):
            continue
        fact = facts[row["p"].value]
        plans[row["s"].value].evidence[fact].append((row["ev"].value, row["exact"].value if "exact" in row else ""))
    for plan in plans.values():
        for found in plan.evidence.values():
            found.sort()
    return plans
