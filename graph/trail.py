"""The governance trail of a strategy: its dated events in order, each with its sources.

A report that *asks* for approval is an ``sl:ApprovalRequest`` and is shown as a
request (``is_request``), never as an approval.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from graph.labels import fallback_label, labels_of
from graph.provenance import evidence_by_iri
from graph.records import EvidenceItem, parse_bound, short_id
from graph.store import Store
from strategy_lineage.vocab import PROV, RDF, SL

# Most specific first; the first a event has is its displayed type.
EVENT_TYPES = (
    "ApprovalRequest",
    "EndorsementRequest",
    "AgreementRequest",
    "AdoptionRequest",
    "ConsiderationRequest",
    "Recommendation",
    "Request",
    "Drafting",
    "Consideration",
    "Presentation",
    "Agreement",
    "Approval",
    "Endorsement",
    "Decision",
    "Adoption",
    "Commissioning",
    "GovernanceEvent",
)
# Every sub-class of sl:Request in ontology.ttl (tests/graph/test_trail_types.py keeps them in step).
REQUEST_TYPES = {
    "ApprovalRequest",
    "EndorsementRequest",
    "AgreementRequest",
    "AdoptionRequest",
    "ConsiderationRequest",
    "Recommendation",
    "Request",
}


@dataclass(frozen=True)
class Party:
    iri: str
    id: str
    label: str


@dataclass(frozen=True)
class TrailEvent:
    iri: str
    type: str  # Agreement, ApprovalRequest, Decision, ...
    is_request: bool
    date: str | None  # as stated: "2013-05-29", "2013-04"
    day: dt.date | None  # first day the stated date allows (for sorting and comparing)
    precision: str | None
    bodies: tuple[Party, ...]  # prov:wasAssociatedWith: bodies or posts that acted
    requested_of: tuple[Party, ...]
    meeting: Party | None
    agenda_item: str | None
    decision_reference: str | None
    decision_type: str | None
    decision_status: str | None
    sources: tuple[str, ...]
    evidence: tuple[EvidenceItem, ...]


def event_type(types: list[str]) -> str:
    local = {t.removeprefix(SL) for t in types if t.startswith(SL)}
    return next((t for t in EVENT_TYPES if t in local), "GovernanceEvent")


def governance_trail(store: Store, strategy_iri: str) -> list[TrailEvent]:
    rows = store.select(f"SELECT ?e ?p ?o WHERE {{ ?e sl:concerns <{strategy_iri}> . ?e ?p ?o }}")
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        values = props[row["e"].value][row["p"].value]
        if row["o"].value not in values:
            values.append(row["o"].value)
    return sorted((describe_events(store, props)), key=_order)


def describe_events(store: Store, props: dict[str, dict[str, list[str]]]) -> list[TrailEvent]:
    """TrailEvents from each event's properties (as read by :func:`governance_trail`)."""
    if not props:
        return []
    events = list(props)
    referenced = {
        v
        for e in events
        for p in (PROV + "wasAssociatedWith", SL + "meeting", SL + "requestedOf")
        for v in props[e].get(p, ())
    }
    labels, meeting_dates = _labels(store, referenced)
    ev_rows = store.select(
        f"SELECT ?e ?ev WHERE {{ VALUES ?e {{ {' '.join(f'<{e}>' for e in events)} }} ?ev rdf:subject ?e }}"
    )
    evidence = evidence_by_iri(store, [r["ev"].value for r in ev_rows])
    by_event: dict[str, list[EvidenceItem]] = defaultdict(list)
    for row in ev_rows:
        item = evidence[row["ev"].value]
        if item not in by_event[row["e"].value]:
            by_event[row["e"].value].append(item)
    out = []
    for e in events:
        p = props[e]
        meeting = _first(p, SL + "meeting")
        stated = _first(p, SL + "date") or (meeting_dates.get(meeting) if meeting else None)
        day, precision = parse_bound(stated, upper=False) if stated else (None, None)
        kind = event_type(p.get(RDF + "type", []))
        items = tuple(sorted(by_event.get(e, []), key=lambda x: (x.source or "", x.start or 0, x.rule, x.iri)))
        out.append(
            TrailEvent(
                iri=e,
                type=kind,
                is_request=kind in REQUEST_TYPES,
                date=stated,
                day=day,
                precision=precision,
                bodies=tuple(_party(b, labels) for b in p.get(PROV + "wasAssociatedWith", [])),
                requested_of=tuple(_party(b, labels) for b in p.get(SL + "requestedOf", [])),
                meeting=_party(meeting, labels) if meeting else None,
                agenda_item=_first(p, SL + "agendaItem"),
                decision_reference=_first(p, SL + "decisionReference"),
                decision_type=_first(p, SL + "decisionType"),
                decision_status=_first(p, SL + "decisionStatus"),
                sources=tuple(sorted({i.source for i in items if i.source})),
                evidence=items,
            )
        )
    return out


def _first(values: dict[str, list[str]], key: str) -> str | None:
    """The first value of one property of an event, if it has any."""
    found = values.get(key)
    return found[0] if found else None


def _order(event: TrailEvent) -> tuple:
    return (event.day or dt.date.max, EVENT_TYPES.index(event.type), event.iri)


def _party(iri: str, labels: dict[str, str]) -> Party:
    return Party(iri, short_id(iri), labels.get(iri) or fallback_label(iri))


def _labels(store: Store, iris: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    if not iris:
        return {}, {}
    values = " ".join(f"<{i}>" for i in iris)
    rows = store.select(f"SELECT ?x ?d WHERE {{ VALUES ?x {{ {values} }} ?x schema:startDate ?d }}")
    return labels_of(store, iris), {row["x"].value: row["d"].value for row in rows}
