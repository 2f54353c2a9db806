"""How well the loaders read: extraction scored against the gold corpus, fact kind by fact kind.

Each gold document's text is extracted exactly as ``load`` would (no metadata unless a
``NAME.toml`` sits beside it), the extraction's quads are read back through the
ontology (so a new subclass of ``sl:Strategy`` or ``sl:Request`` counts without any
change here), and extracted facts are matched to expected ones **by name**
(:mod:`graph.name_match`), never by IRI: the IRI scheme may change, the score must not.

Fact kinds: strategy, supersession, outcome (a governance outcome), request, decision,
legislation, publisher. For each, precision is the share of extracted facts that the
gold confirms and recall the share of gold facts that were extracted. Negative
expectations (guidance typed as a strategy, a reversed or forbidden supersession, a
report number taken for a decision) are reported as violations and count as false
positives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph.gold import GoldDocument, GoldEvent, GoldStrategy, GoldSupersession
from graph.name_match import (
    Name,
    Places,
    act_key,
    body_key,
    date_key,
    dated,
    name_score,
    organisation_key,
    period_of,
    place_of,
    reduce,
    reference_key,
    section_key,
)
from loaders.facts import to_quads
from strategy_lineage import vocab

YEAR_END = re.compile(r"\s+(?:19|20)\d\d$")
NATION = re.compile(r"\s\((?:wales|scotland|northern ireland)\)")


def as_cited(title: str, undated: set[str]) -> str:
    """An Act the text names without its year ("the Localism Act"), or without its year and
    nation ("the Well-being of Future Generations Act"), is the same Act as the table's."""
    bare = YEAR_END.sub("", title)
    for cited in (bare, NATION.sub("", bare)):
        if cited in undated:
            return cited
    return title


# Names that end like what the guide says is never a plan: bodies, Acts, guidance, assessments, reviews.
NOT_A_PLAN = re.compile(
    r"\b(?:Board|Committee|Partnership|Commission|Trust|Group|Act(?:\s+(?:19|20)\d\d)?|Measure\s+(?:19|20)\d\d|"
    r"Guidance|Assessment|Review|Inspection|Report|Statement\s+of\s+Action|Working\s+Together(?:\s+to\s+Safeguard"
    r"\s+Children)?(?:,?\s+(?:19|20)\d\d)?)\s*$",
    re.IGNORECASE,
)
KINDS = ("strategy", "supersession", "outcome", "request", "decision", "legislation", "publisher")
# Governance-event classes that say who wrote or paid for a plan, not what a body decided;
# decisions are scored on their own (by reference).
NOT_SCORED_EVENTS = ("Drafting", "Commissioning", "Decision")
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology.ttl"


# ---------------------------------------------------------------------------------------------
# What was extracted, read back through the ontology
# ---------------------------------------------------------------------------------------------


@dataclass
class FoundStrategy:
    iri: str
    labels: list[str]
    period: str | None

    def names(self, place: Places) -> list[Name]:
        found = []
        for label in self.labels:
            name = reduce(label, place)
            found.append(Name(name.base, name.period or self.period))
        return found

    @property
    def label(self) -> str:
        return self.labels[0] if self.labels else f"(no name) {self.iri}"


@dataclass(frozen=True)
class FoundSupersession:
    newer: str
    older: str
    relation: str
    status: str


@dataclass
class FoundEvent:
    iri: str
    category: str
    types: set[str]
    concerns: set[str]
    dates: set[str]
    bodies: set[str]
    # "abandoned" / "deleted" when the record's decision was withdrawn (sl:modality on the event's evidence)
    status: str = "stated"


@dataclass
class Extracted:
    """The facts of one extraction that the evaluation scores, keyed by the extraction's IRIs."""

    strategies: dict[str, FoundStrategy] = field(default_factory=dict)
    supersessions: list[FoundSupersession] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)
    decisions: set[str] = field(default_factory=set)
    legislation: dict[tuple[str, str | None], str] = field(default_factory=dict)
    publisher: str | None = None


@lru_cache(maxsize=1)
def _ontology_quads() -> tuple[ox.Quad, ...]:
    return tuple(ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE))


PREFIXES = vocab.sparql_prefixes()
STRATEGIES = (
    PREFIXES
    + """
SELECT ?s ?label ?from ?until WHERE {
  ?s a ?class . ?class rdfs:subClassOf* sl:Strategy .
  OPTIONAL { VALUES ?p { dcterms:title rdfs:label skos:prefLabel skos:altLabel dcterms:alternative } ?s ?p ?label }
  OPTIONAL { ?s sl:validFrom ?from } OPTIONAL { ?s sl:validUntil ?until }
}"""
)
SUPERSESSIONS = (
    PREFIXES
    + """
SELECT DISTINCT ?new ?p ?old ?status ?modality WHERE {
  VALUES ?top { dcterms:replaces sl:succeeds sl:partiallySupersedes }
  ?p rdfs:subPropertyOf* ?top . ?new ?p ?old . FILTER(isIRI(?old))
  OPTIONAL { ?ev rdf:subject ?new ; rdf:predicate ?p ; rdf:object ?old ; sl:status ?status }
  OPTIONAL { ?ev2 rdf:subject ?new ; rdf:predicate ?p ; rdf:object ?old ; sl:modality ?modality }
}"""
)
# The gold's status of a supersession from the sl:modality the loaders record on its evidence.
STATUS_OF_MODALITY = {
    "Proposed": "proposed",
    "Conditional": "proposed",
    "DraftForConsultation": "draft",
    "Abandoned": "abandoned",
    "Deleted": "deleted",
}
# An event's status: a request of a decision since withdrawn. An act on a draft let out for consultation
# (sl:DraftForConsultation on its evidence) still happened: it is scored as stated.
EVENT_STATUS_OF_MODALITY = {"Abandoned": "abandoned", "Deleted": "deleted"}
EVENTS = (
    PREFIXES
    + """
SELECT ?e ?class ?request ?concerns ?date ?body ?modality WHERE {
  ?e a ?class . ?class rdfs:subClassOf* sl:GovernanceEvent .
  BIND(EXISTS { ?class rdfs:subClassOf* sl:Request } || EXISTS { ?e sl:requestedOf ?r } AS ?request)
  OPTIONAL { ?ev rdf:subject ?e ; rdf:predicate rdf:type ; rdf:object ?class ; sl:modality ?modality }
  OPTIONAL { ?e sl:concerns ?concerns }
  OPTIONAL { ?e sl:date|sl:monthDay ?date }
  OPTIONAL { VALUES ?role { prov:wasAssociatedWith sl:requestedOf } ?e ?role ?agent . ?agent rdfs:label ?body }
}"""
)
DECISIONS = (
    PREFIXES
    + """
SELECT ?ref WHERE { ?d a ?class . ?class rdfs:subClassOf* sl:Decision . ?d sl:decisionReference ?ref }"""
)
ACTS = (
    PREFIXES
    + """
SELECT ?title WHERE { ?act a ?class . ?class rdfs:subClassOf* sl:Legislation . ?act dcterms:title ?title }"""
)
PROVISIONS = (
    PREFIXES
    + """
SELECT ?title ?label WHERE {
  ?provision a sl:LegislativeProvision ; eli:is_part_of ?act ; rdfs:label ?label . ?act dcterms:title ?title }"""
)
PUBLISHER = (
    PREFIXES
    + """
SELECT ?name WHERE { ?source a sl:SourceDocument ; dcterms:publisher ?org . ?org rdfs:label ?name }"""
)


def _year(value: str) -> str:
    return value[:4]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def relation_of(predicate: str) -> str:
    """The kind of supersession a property states, from its local name."""
    local = _local(predicate).lower()
    for word, relation in (
        ("partial", "partial"),
        ("revision", "revision"),
        ("refresh", "refresh"),
        ("succe", "succession"),
    ):
        if word in local:
            return relation
    return "supersedes"


def _most_specific(relations: set[str]) -> str:
    """sl:isRevisionOf is also an sl:supersedes: the narrower kind is the one stated."""
    narrower = sorted(relations - {"supersedes"})
    return narrower[0] if narrower else "supersedes"


def read_extraction(quads: list[ox.Quad], metadata_publisher: str | None) -> Extracted:
    """The scored facts of one extraction, found through the ontology's class and property tree."""
    store = ox.Store()
    store.extend(_ontology_quads())
    store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    found = Extracted(publisher=metadata_publisher)

    def rows(query: str) -> list[dict[str, str]]:
        result = store.query(query)
        assert isinstance(result, ox.QuerySolutions)
        return [{str(var.value): row[var].value for var in result.variables if row[var] is not None} for row in result]

    for row in rows(STRATEGIES):
        strategy = found.strategies.setdefault(row["s"], FoundStrategy(row["s"], [], None))
        if "label" in row and row["label"] not in strategy.labels:
            strategy.labels.append(row["label"])
        if "from" in row and "until" in row:
            strategy.period = f"{_year(row['from'])}-{_year(row['until'])}"
    relations: dict[tuple[str, str], set[str]] = {}
    statuses: dict[tuple[str, str], set[str]] = {}
    for row in rows(SUPERSESSIONS):
        key = (row["new"], row["old"])
        # dcterms:replaces and prov:wasRevisionOf are twins of our own properties: the kind comes from ours.
        if row["p"].startswith(vocab.SL):
            relations.setdefault(key, set()).add(relation_of(row["p"]))
        else:
            relations.setdefault(key, set())
        if "status" in row:
            statuses.setdefault(key, set()).add(row["status"])
        if _local(row.get("modality", "")) in STATUS_OF_MODALITY:
            statuses.setdefault(key, set()).add(STATUS_OF_MODALITY[_local(row["modality"])])
    pairs = {
        key: FoundSupersession(*key, _most_specific(kinds), min(statuses.get(key, {"stated"})))
        for key, kinds in relations.items()
    }
    found.supersessions = list(pairs.values())
    events: dict[str, FoundEvent] = {}
    for row in rows(EVENTS):
        local = _local(row["class"])
        event = events.setdefault(row["e"], FoundEvent(row["e"], "outcome", set(), set(), set(), set()))
        if row.get("request") == "true":
            event.category = "request"
        if local not in ("GovernanceEvent", "Request", "Activity"):
            event.types.add(local.removesuffix("Request").lower())
        if _local(row.get("modality", "")) in EVENT_STATUS_OF_MODALITY:
            event.status = EVENT_STATUS_OF_MODALITY[_local(row["modality"])]
        for column, target in (("concerns", event.concerns), ("date", event.dates), ("body", event.bodies)):
            if column in row:
                target.add(row[column])
    found.events = [e for e in events.values() if e.types and not e.types & {t.lower() for t in NOT_SCORED_EVENTS}]
    found.decisions = {reference_key(row["ref"]) for row in rows(DECISIONS)}
    for row in rows(ACTS):
        found.legislation[(act_key(row["title"]), None)] = row["title"]
    for row in rows(PROVISIONS):
        section = _section_in(row["label"])
        if section:
            found.legislation[(act_key(row["title"]), section)] = row["label"]
    if found.publisher is None:
        names = rows(PUBLISHER)
        found.publisher = names[0]["name"] if names else None
    return found


def _section_in(label: str) -> str | None:
    match = re.search(r"\b(?:section|s\.?)\s*(\d+[A-Za-z]*)", label, re.IGNORECASE)
    return section_key(match.group(1)) if match else None


# ---------------------------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts for one fact kind: gold facts found of all gold facts; extracted facts confirmed of all extracted."""

    gold: int = 0
    recalled: int = 0
    extracted: int = 0
    confirmed: int = 0

    @property
    def precision(self) -> float | None:
        return self.confirmed / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        return self.recalled / self.gold if self.gold else None

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.recalled += other.recalled
        self.extracted += other.extracted
        self.confirmed += other.confirmed


@dataclass(frozen=True)
class Finding:
    """One miss, false positive or violation: which document, which kind, what."""

    document: str
    kind: str
    what: str


@dataclass
class DocumentScore:
    name: str
    # The gold's tags: the document's kind of wording and its text defects ("superseded-by-passive", "nbsp").
    tags: tuple[str, ...] = ()
    tallies: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in KINDS})
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)
    violations: list[Finding] = field(default_factory=list)
    refused: str | None = None
    # Of the supersessions found: how many also have the gold's relation kind and status.
    relation_agrees: int = 0
    status_agrees: int = 0
    # Supersessions the text states outright (not proposed, not a draft): gold and recalled.
    stated: Tally = field(default_factory=Tally)


@dataclass
class Report:
    documents: list[DocumentScore]

    def total(self, kind: str) -> Tally:
        tally = Tally()
        for document in self.documents:
            tally.add(document.tallies[kind])
        return tally

    def stated(self) -> Tally:
        tally = Tally()
        for document in self.documents:
            tally.add(document.stated)
        return tally

    def by_tag(self, kind: str) -> dict[str, Tally]:
        """One fact kind's tally over the documents carrying each tag: which wordings and defects
        the extraction handles, and which it misses."""
        tallies: dict[str, Tally] = {}
        for document in self.documents:
            for tag in document.tags:
                tallies.setdefault(tag, Tally()).add(document.tallies[kind])
        return dict(sorted(tallies.items()))

    def findings(self, attribute: str) -> list[Finding]:
        return [f for d in self.documents for f in getattr(d, attribute)]

    @property
    def refused(self) -> list[tuple[str, str]]:
        return [(d.name, d.refused) for d in self.documents if d.refused]

    def as_dict(self) -> dict[str, object]:
        def figure(value: float | None) -> float | None:
            return None if value is None else round(value, 3)

        supersessions = self.total("supersession")
        return {
            "documents": len(self.documents),
            "refused": [{"document": name, "error": error} for name, error in self.refused],
            "kinds": {
                kind: {
                    "gold": t.gold,
                    "recalled": t.recalled,
                    "extracted": t.extracted,
                    "confirmed": t.confirmed,
                    "precision": figure(t.precision),
                    "recall": figure(t.recall),
                }
                for kind in KINDS
                for t in [self.total(kind)]
            },
            "stated_supersessions": {
                "gold": self.stated().gold,
                "recalled": self.stated().recalled,
                "recall": figure(self.stated().recall),
            },
            "supersession_relation_agrees": sum(d.relation_agrees for d in self.documents),
            "supersession_status_agrees": sum(d.status_agrees for d in self.documents),
            "supersession_recalled": supersessions.recalled,
            "supersession_by_tag": {
                tag: {
                    "gold": t.gold,
                    "recalled": t.recalled,
                    "recall": figure(t.recall),
                    "extracted": t.extracted,
                    "precision": figure(t.precision),
                }
                for tag, t in self.by_tag("supersession").items()
                if t.gold or t.extracted
            },
            "violations": [f.__dict__ for f in self.findings("violations")],
            "misses": [f.__dict__ for f in self.findings("misses")],
            "false_positives": [f.__dict__ for f in self.findings("false_positives")],
        }


class _Scorer:
    """Scores one document: matches extracted facts to the gold's, kind by kind."""

    def __init__(self, gold: GoldDocument, found: Extracted, score: DocumentScore) -> None:
        self.gold, self.found, self.score = gold, found, score
        # The publisher's place and names, which may open a plan's name ("Kent's", "London Borough of Bexley").
        names = (gold.publisher, *gold.publisher_aliases)
        self.place = tuple(p for p in (gold.place, *(place_of(n) for n in names), *names) if p)
        # gold strategy -> extracted IRIs that denote it (only unambiguous matches recall it)
        self.denotes: dict[GoldStrategy, set[str]] = {g: set() for g in gold.strategies}
        self.confirmed_strategies: set[str] = set()

    def miss(self, kind: str, what: str) -> None:
        self.score.misses.append(Finding(self.gold.name, kind, what))

    def false_positive(self, kind: str, what: str) -> None:
        self.score.false_positives.append(Finding(self.gold.name, kind, what))

    def violation(self, kind: str, what: str) -> None:
        self.score.violations.append(Finding(self.gold.name, kind, what))

    # strategies -------------------------------------------------------------------------------
    def _gold_names(self, strategy: GoldStrategy) -> list[Name]:
        period = period_of(strategy.period)[0] if strategy.period else None
        return [dated(reduce(written, self.place), period) for written in strategy.names]

    def _score(self, found: FoundStrategy, written: list[Name]) -> int:
        return max((name_score(a, b) for a in found.names(self.place) for b in written), default=0)

    def match_strategies(self) -> None:
        gold_names = {g: self._gold_names(g) for g in self.gold.strategies}
        for found in self.found.strategies.values():
            scores = {g: self._score(found, names) for g, names in gold_names.items()}
            best = max(scores.values(), default=0)
            if best == 0:
                continue
            self.confirmed_strategies.add(found.iri)
            winners = [g for g, s in scores.items() if s == best]
            # A name without a period that fits two gold plans confirms itself but recalls neither.
            if best == 2 or len(winners) == 1:
                for g in winners:
                    self.denotes[g].add(found.iri)

    def named_match(self, iri: str) -> bool:
        return any(iri in iris for g, iris in self.denotes.items() if not g.unnamed)

    def score_strategies(self) -> None:
        tally = self.score.tallies["strategy"]
        for strategy in self.gold.strategies:
            tally.gold += 1
            if self.denotes[strategy]:
                tally.recalled += 1
            else:
                self.miss("strategy", strategy.name + (" (unnamed predecessor)" if strategy.unnamed else ""))
        negatives = [reduce(n, self.place) for n in self.gold.not_strategies]
        for found in self.found.strategies.values():
            tally.extracted += 1
            if found.iri in self.confirmed_strategies:
                tally.confirmed += 1
                continue
            self.false_positive("strategy", found.label)
            listed = [
                written
                for written, name in zip(self.gold.not_strategies, negatives, strict=True)
                if any(name_score(Name(n.base, None), Name(name.base, None)) for n in found.names(self.place))
            ]
            if listed:
                self.violation("strategy", f"{listed[0]!r} typed as a strategy ({found.label})")
            elif any(NOT_A_PLAN.search(label) for label in found.labels):
                self.violation("strategy", f"named like a body, Act, guidance or assessment: {found.label}")

    # supersessions ----------------------------------------------------------------------------
    def _end_fits(self, gold: GoldStrategy, iri: str, other_end: str) -> bool:
        """Whether the extracted node ``iri`` can be the gold plan at one end of a supersession.
        An unnamed plan not yet bound is any node that is not one of the text's named plans nor
        bound to another unnamed one; once bound, it is that node."""
        if self.denotes[gold]:
            return iri in self.denotes[gold]
        return (
            gold.unnamed
            and iri != other_end
            and not self.named_match(iri)
            and not any(iri in iris for g, iris in self.denotes.items() if g.unnamed and g != gold)
        )

    def _fits(self, gold: GoldSupersession, found: FoundSupersession) -> bool:
        return self._end_fits(gold.newer, found.newer, found.older) and self._end_fits(
            gold.older, found.older, found.newer
        )

    def score_supersessions(self) -> None:
        tally = self.score.tallies["supersession"]
        hits: dict[GoldSupersession, FoundSupersession] = {}
        progress = True
        while progress:  # an unnamed plan is known by the edge that reaches it: a chain binds link by link
            progress = False
            for gold in self.gold.supersessions:
                hit = None if gold in hits else next((f for f in self.found.supersessions if self._fits(gold, f)), None)
                if hit is not None:
                    hits[gold], progress = hit, True
                    for end, iri in ((gold.newer, hit.newer), (gold.older, hit.older)):
                        if end.unnamed:
                            self.denotes[end].add(iri)
                            self.confirmed_strategies.add(iri)
        for gold in self.gold.supersessions:
            tally.gold += 1
            hit = hits.get(gold)
            if gold.status == "stated":
                self.score.stated.gold += 1
                self.score.stated.recalled += hit is not None
            if hit is None:
                self.miss("supersession", f"{gold.newer.name} {gold.relation} {gold.older.name} ({gold.status})")
                continue
            tally.recalled += 1
            self.score.relation_agrees += hit.relation == gold.relation
            self.score.status_agrees += hit.status == gold.status
        used = set(hits.values())
        for found in self.found.supersessions:
            tally.extracted += 1
            if found in used or any(self._fits(g, found) for g in self.gold.supersessions):
                tally.confirmed += 1
                continue
            newer, older = self._label(found.newer), self._label(found.older)
            self.false_positive("supersession", f"{newer} {found.relation} {older}")
            for gold in self.gold.supersessions:
                if found.newer in self.denotes[gold.older] and found.older in self.denotes[gold.newer]:
                    self.violation("supersession", f"reversed: {newer} {found.relation} {older}")
            for newer_name, older_name in self.gold.not_supersessions:
                if self._called(found.newer, newer_name) and self._called(found.older, older_name):
                    self.violation("supersession", f"forbidden: {newer} {found.relation} {older}")

    def _label(self, iri: str) -> str:
        found = self.found.strategies.get(iri)
        return found.label if found else iri

    def _called(self, iri: str, written: str) -> bool:
        found = self.found.strategies.get(iri)
        target = reduce(written, self.place)
        labels = found.names(self.place) if found else [reduce(_local(iri).replace("-", " "), self.place)]
        return any(name_score(n, target) for n in labels)

    # governance -------------------------------------------------------------------------------
    def _event_fits(self, gold: GoldEvent, found: FoundEvent) -> str | None:
        """None when ``found`` is the gold event, else what differs."""
        if found.category != gold.category:
            return "category"
        if not found.concerns & self.denotes[gold.strategy]:
            return "strategy"
        if not {t.lower() for t in gold.types} & found.types:
            return f"type {'/'.join(sorted(found.types))}"
        if not gold.dates and found.dates:
            return f"date {', '.join(sorted(found.dates))} not in the text"
        if gold.dates and not {date_key(d) for d in gold.dates} & {date_key(d) for d in found.dates}:
            return f"date {', '.join(sorted(found.dates)) or 'none'}"
        if gold.body is not None:
            want = body_key(gold.body, self.place)
            if want not in {body_key(b, self.place) for b in found.bodies}:
                return f"body {', '.join(sorted(found.bodies)) or 'none'}"
        if found.status != gold.status:
            return f"status {found.status}"
        return None

    def score_events(self) -> None:
        confirmed: set[str] = set()
        for gold in self.gold.events:
            tally = self.score.tallies[gold.category]
            tally.gold += 1
            differences = []
            for found in self.found.events:
                difference = self._event_fits(gold, found)
                if difference is None:
                    confirmed.add(found.iri)
                else:
                    differences.append(difference)
            if any(self._event_fits(gold, f) is None for f in self.found.events):
                tally.recalled += 1
            else:
                near = [d for d in differences if d not in ("category", "strategy")]
                hint = f" [closest differs in {near[0]}]" if near else ""
                status = "" if gold.status == "stated" else f" ({gold.status})"
                self.miss(
                    gold.category,
                    f"{'/'.join(gold.types)} of {gold.strategy.name} by {gold.body or '?'} "
                    f"on {' or '.join(gold.dates) or 'no date'}{status}{hint}",
                )
        for found in self.found.events:
            tally = self.score.tallies[found.category]
            tally.extracted += 1
            if found.iri in confirmed:
                tally.confirmed += 1
            else:
                about = ", ".join(sorted(self._label(c) for c in found.concerns)) or "nothing"
                bodies, dates = ", ".join(sorted(found.bodies)) or "?", ", ".join(sorted(found.dates)) or "no date"
                kinds = "/".join(sorted(found.types))
                status = "" if found.status == "stated" else f" ({found.status})"
                self.false_positive(found.category, f"{kinds} of {about} by {bodies} on {dates}{status}")

    # decisions, legislation, publisher ----------------------------------------------------------
    def score_sets(
        self,
        kind: str,
        gold: Mapping[Any, str],
        found: Mapping[Any, str],
        forbidden: Mapping[Any, str] | None = None,
        optional: set[Any] | None = None,
    ) -> None:
        """Set-valued kinds; ``optional`` facts may be extracted or not without changing the score."""
        found = {key: value for key, value in found.items() if key not in (optional or set()) - gold.keys()}
        tally = self.score.tallies[kind]
        tally.gold += len(gold)
        tally.recalled += len(gold.keys() & found.keys())
        tally.extracted += len(found)
        tally.confirmed += len(gold.keys() & found.keys())
        for key in gold.keys() - found.keys():
            self.miss(kind, gold[key])
        for key in found.keys() - gold.keys():
            self.false_positive(kind, found[key])
            if forbidden and key in forbidden:
                self.violation(kind, f"{forbidden[key]} is not a decision of this document")

    def score_decisions(self) -> None:
        self.score_sets(
            "decision",
            {reference_key(r): r for r in self.gold.decisions},
            {r: r for r in self.found.decisions},
            {reference_key(r): r for r in self.gold.not_decisions},
        )

    def score_legislation(self) -> None:
        gold: dict[Hashable, str] = {}
        inferred: set[Hashable] = set()
        for act in self.gold.legislation:
            gold[(act_key(act.act), None)] = act.act
            for section in act.sections:
                gold[(act_key(act.act), section_key(section))] = f"section {section} of the {act.act}"
            inferred |= {(act_key(act.act), section_key(section)) for section in act.inferred_sections}
        undated = {key[0] for key in gold if isinstance(key, tuple) and not YEAR_END.search(key[0])}
        found = {
            (as_cited(title, undated), section): label for (title, section), label in self.found.legislation.items()
        }
        self.score_sets("legislation", gold, found, optional=inferred)

    def score_publisher(self) -> None:
        written = (self.gold.publisher, *self.gold.publisher_aliases) if self.gold.publisher else ()
        gold = {organisation_key(self.gold.publisher): self.gold.publisher} if self.gold.publisher else {}
        found: dict[Hashable, str] = {}
        if self.found.publisher:
            key = organisation_key(self.found.publisher)
            if any(organisation_key(w) == key for w in written):
                key = organisation_key(self.gold.publisher or "")
            found[key] = self.found.publisher
        self.score_sets("publisher", gold, found)


def score_document(gold: GoldDocument, found: Extracted) -> DocumentScore:
    score = DocumentScore(gold.name, gold.tags)
    scorer = _Scorer(gold, found, score)
    scorer.match_strategies()
    scorer.score_supersessions()  # binds unnamed predecessors before strategies are counted
    scorer.score_strategies()
    scorer.score_events()
    scorer.score_decisions()
    scorer.score_legislation()
    scorer.score_publisher()
    return score


def refused_document(gold: GoldDocument, error: str) -> DocumentScore:
    """A document the loaders would not read: every gold fact of it is missed."""
    empty = Extracted()
    score = score_document(gold, empty)
    score.refused = error
    return score


def extract_facts(path: Path) -> Extracted:
    """Extract one text as ``load`` would, and read back the facts the evaluation scores."""
    from loaders.extract import (
        extract,  # the loaders' own entry point, nothing re-implemented
    )

    extraction = extract(path)
    quads = to_quads(extraction, "2000-01-01T00:00:00Z")
    return read_extraction(quads, extraction.metadata.get("publisher"))


def evaluate(golds: list[GoldDocument], extractor: Callable[[Path], Extracted] = extract_facts) -> Report:
    """Score the extraction of every gold document. A document the loaders refuse (or crash on)
    scores zero for all its facts and is listed with its error."""
    documents = []
    for gold in golds:
        try:
            found = extractor(gold.text_path)
        except Exception as err:  # noqa: BLE001 - one bad document must not hide the others' scores
            documents.append(refused_document(gold, f"{type(err).__name__}: {err}"))
            continue
        documents.append(score_document(gold, found))
    return Report(documents)


def format_table(report: Report) -> str:
    """The per-kind table as docs/evaluation.md shows it."""

    def figure(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    lines = [
        "| fact kind | gold | recalled | extracted | confirmed | precision | recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind in KINDS:
        t = report.total(kind)
        lines.append(
            f"| {kind} | {t.gold} | {t.recalled} | {t.extracted} | {t.confirmed} | "
            f"{figure(t.precision)} | {figure(t.recall)} |"
        )
    return "\n".join(lines)


def format_tags(report: Report, kind: str = "supersession") -> str:
    """Recall of one fact kind by tag, worst first: the wording families still to be read."""
    rows = [(tag, t) for tag, t in report.by_tag(kind).items() if t.gold]
    rows.sort(key=lambda row: (row[1].recall or 0.0, -row[1].gold))
    lines = [f"{kind} recall by tag (worst first):"]
    lines += [f"  {tag:40} {t.recalled:3}/{t.gold:<3} {t.recall:.2f}" for tag, t in rows if t.recall is not None]
    return "\n".join(lines)


def format_report(report: Report, details: bool = True) -> str:
    """Text report: the table, then refused documents, violations, misses and false positives."""
    out = [f"{len(report.documents)} documents, {len(report.refused)} refused", "", format_table(report)]
    stated = report.stated()
    violations = report.findings("violations")
    supersessions = report.total("supersession")
    out.append(
        f"\nstated supersessions recalled {stated.recalled}/{stated.gold}; supersessions the gold does not "
        f"state (invented or misattached): {supersessions.extracted - supersessions.confirmed}"
    )
    out.append(
        "violations: "
        + ", ".join(
            f"{sum(v.kind == kind for v in violations)} {label}"
            for kind, label in (
                ("strategy", "not-a-strategy typed as strategy"),
                ("supersession", "reversed or forbidden supersessions"),
                ("decision", "references that are not decisions"),
            )
        )
    )
    recalled = report.total("supersession").recalled
    if recalled:
        relation = sum(d.relation_agrees for d in report.documents)
        status = sum(d.status_agrees for d in report.documents)
        out.append(f"supersessions found: relation kind right {relation}/{recalled}, status right {status}/{recalled}")
    sections = [
        ("refused", [Finding(n, "-", e) for n, e in report.refused]),
        ("violations", report.findings("violations")),
    ]
    if details:
        sections += [("misses", report.findings("misses")), ("false positives", report.findings("false_positives"))]
    for title, findings in sections:
        if findings:
            out.append(f"\n{title} ({len(findings)}):")
            out.extend(f"  {f.document}  {f.kind}: {f.what}" for f in findings)
    return "\n".join(out)
