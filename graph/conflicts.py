"""Conflicts: statements about the same thing that disagree across sources.

Two rules, each named so a report can say which one fired:

- ``differing-values``: one subject, one single-valued predicate (a date, a status, a
  count), different values from different sources. Dates of different precision that
  fit each other ("2013" and "2013-04") are not a conflict.
- ``adopted-before-governance``: a strategy said to be adopted on a date that precedes
  other governance events of the same strategy that only make sense before adoption
  (drafts considered, presented, asked for approval or endorsement). E.g. Every Day
  Matters "adopted and rolled out in April 2013" vs its final draft going to boards
  on 29/30 May 2013.

Nothing is resolved: both sides are reported with their sources and quotes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from graph.labels import event_words, human_date, on_date, short_names_of
from graph.provenance import evidence_by_iri
from graph.records import EvidenceItem, parse_bound, short_id
from graph.store import Store
from graph.trail import REQUEST_TYPES, TrailEvent, describe_events
from strategy_lineage.vocab import SL

SINGLE_VALUED = (
    "validFrom",
    "validUntil",
    "status",
    "decisionStatus",
    "decisionType",
    "date",
    "noticePublished",
    "outcomeCount",
    "indicatorCount",
    "memberCount",
)
# What each rule found, in words for a reader who does not know the rule's name.
RULE_WORDS = {
    "differing-values": "Two sources state different values for the same thing.",
    "adopted-before-governance": (
        "A plan is said to have been adopted before the meetings that were asked to approve or endorse it."
    ),
}
# The disputed properties in plain words ("the sources disagree on the start of ...").
DISPUTED = {
    "validFrom": "start",
    "validUntil": "end",
    "status": "status",
    "decisionStatus": "decision status",
    "decisionType": "decision type",
    "date": "date",
    "noticePublished": "date the notice was published",
    "outcomeCount": "number of outcomes",
    "indicatorCount": "number of indicators",
    "memberCount": "number of members",
}
# Events that describe a strategy not yet adopted.
PRE_ADOPTION = (
    "Drafting",
    "Consideration",
    "Presentation",
    *REQUEST_TYPES,
    "Approval",
    "Endorsement",
    "Agreement",
)


@dataclass(frozen=True)
class ConflictSide:
    value: str
    subject: str  # the IRI the statement is about (the strategy, or one of its events)
    label: str  # in words: "Adopted April 2013", or the value itself ("2013")
    sources: tuple[str, ...]
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True)
class Conflict:
    rule: str  # differing-values | adopted-before-governance
    subject: str  # IRI of the thing the sides disagree about
    subject_id: str
    predicate: str  # IRI of the predicate in dispute (sl:date for the adoption rule)
    summary: str  # one plain sentence, dates as written in English ("29 May 2013")
    sides: tuple[ConflictSide, ...]


def find_conflicts(store: Store) -> list[Conflict]:
    found = _differing_values(store) + _adopted_before_governance(store)
    return sorted(found, key=lambda c: (c.subject_id, c.rule, c.predicate))


def _compatible(a: str, b: str) -> bool:
    """Same value, allowing for case, spacing and date precision."""
    if " ".join(a.split()).casefold() == " ".join(b.split()).casefold():
        return True
    try:
        a_lo, b_lo = parse_bound(a, False)[0], parse_bound(b, False)[0]
        a_hi, b_hi = parse_bound(a, True)[0], parse_bound(b, True)[0]
    except ValueError:
        return False
    return (a_lo <= b_lo and b_hi <= a_hi) or (b_lo <= a_lo and a_hi <= b_hi)


def _differing_values(store: Store) -> list[Conflict]:
    values = " ".join(f"sl:{p}" for p in SINGLE_VALUED)
    rows = store.select(
        f"""SELECT DISTINCT ?s ?p ?o ?src ?ev WHERE {{
              VALUES ?p {{ {values} }}
              ?ev rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; a sl:Evidence .
              OPTIONAL {{ ?ev dcterms:source ?src }}
            }}"""
    )
    claims: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    backing: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (s, p, value) -> evidence IRIs
    for row in rows:
        if "src" in row:  # a claim is a source's; a side's evidence is all there is
            claims[row["s"].value, row["p"].value][row["o"].value].add(row["src"].value)
        backing[row["s"].value, row["p"].value, row["o"].value].add(row["ev"].value)
    clashes = {key: _clash(by_value) for key, by_value in claims.items()}
    # Every side's evidence in one batch (an engine: a few requests, not a few per side).
    wanted = sorted(ev for (s, p), clash in clashes.items() for v in _involved(clash) for ev in backing[s, p, v])
    evidence_of = evidence_by_iri(store, wanted)
    conflicts = []
    names = short_names_of(store, {s for s, _ in claims})
    for (s, p), clash in clashes.items():
        if not clash:
            continue
        involved = _involved(clash)
        sides = []
        for v in involved:
            # As provenance.statements orders one statement's evidence: stated first, by source, by offset.
            evidence = tuple(
                sorted(
                    (evidence_of[ev] for ev in backing[s, p, v]),
                    key=lambda e: (e.derivation != "stated", e.source or "", e.start or 0, e.iri),
                )
            )
            sources = tuple(sorted({e.source for e in evidence if e.source}))
            sides.append(ConflictSide(v, s, human_date(v), sources, evidence))
        name = p.removeprefix(SL)
        conflicts.append(
            Conflict(
                "differing-values",
                s,
                short_id(s),
                p,
                f"The sources disagree on the {DISPUTED.get(name, name)} of {names[s]}: "
                + " or ".join(human_date(v) for v in involved)
                + ".",
                tuple(sides),
            )
        )
    return conflicts


def _clash(by_value: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Pairs of values that disagree (not compatible) and come from more than one source."""
    vals = sorted(by_value)
    return [
        (a, b)
        for i, a in enumerate(vals)
        for b in vals[i + 1 :]
        if not _compatible(a, b) and len(by_value[a] | by_value[b]) > 1
    ]


def _involved(clash: list[tuple[str, str]]) -> list[str]:
    return sorted({v for pair in clash for v in pair})


def _adopted_before_governance(store: Store) -> list[Conflict]:
    pre = " ".join(f"sl:{t}" for t in PRE_ADOPTION)
    rows = store.select(
        f"""SELECT DISTINCT ?s ?a ?e WHERE {{
              ?a a sl:Adoption ; sl:concerns ?s ; sl:date ?ad .
              ?e sl:concerns ?s ; a ?t ; sl:date ?ed . VALUES ?t {{ {pre} }}
              FILTER(?e != ?a)
            }}"""
    )
    if not rows:
        return []
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    iris = {r[v].value for r in rows for v in ("a", "e")}
    for row in store.select(f"SELECT ?x ?p ?o WHERE {{ VALUES ?x {{ {' '.join(f'<{i}>' for i in iris)} }} ?x ?p ?o }}"):
        if row["o"].value not in props[row["x"].value][row["p"].value]:
            props[row["x"].value][row["p"].value].append(row["o"].value)
    events = {e.iri: e for e in describe_events(store, props)}
    later: dict[tuple[str, str], list[TrailEvent]] = defaultdict(list)
    for row in rows:
        adoption, other = events[row["a"].value], events[row["e"].value]
        if adoption.date is None:
            continue
        adopted_by = parse_bound(adoption.date, upper=True)[0]  # latest day the stated date allows
        if other.day is not None and other.day > adopted_by:
            later[row["s"].value, adoption.iri].append(other)
    conflicts = []
    names = short_names_of(store, {strategy for strategy, _ in later})
    for (strategy, adoption_iri), others in sorted(later.items()):
        adoption = events[adoption_iri]
        others = sorted(set(others), key=lambda e: (e.day, e.iri))
        sides = (_side(adoption), *(_side(o) for o in others))
        conflicts.append(
            Conflict(
                "adopted-before-governance",
                strategy,
                short_id(strategy),
                SL + "date",
                f"{names[strategy]} is said to have been adopted {on_date(adoption.date)}, yet later events "
                "treat it as not yet adopted: " + "; ".join(_in_words(o, lower=True) for o in others) + ".",
                sides,
            )
        )
    return conflicts


def _in_words(event: TrailEvent, lower: bool = False) -> str:
    """ "Approval requested 29 May 2013" (or "approval requested ..." inside a sentence)."""
    what = event_words(event.type)
    return f"{what.lower() if lower else what} {on_date(event.date)}".strip()


def _side(event: TrailEvent) -> ConflictSide:
    return ConflictSide(event.date or "", event.iri, _in_words(event), event.sources, event.evidence)
