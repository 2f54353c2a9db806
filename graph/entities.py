"""Answers about one entity that is not a strategy: what a body or post did, which kinds of
thing an IRI is, and the triples that describe it (with the evidence of each).

The JSON API, the linked-data responses and the pages ask these functions; the SPARQL they
need is written here, in the graph layer, and nowhere above it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox

from graph.labels import labels_of
from graph.lineage import InvalidArgument, LineageEngine, NotFound
from graph.records import short_id
from graph.store import Store
from strategy_lineage import vocab
from strategy_lineage.reference import legislation_types

# What an organisation or post did, in the graph's terms: acted in a governance event,
# was asked to act, developed, commissioned or published a strategy.
ORGANISATION_ROLES = {
    vocab.SL + "developedBy": "developed",
    vocab.SL + "commissionedBy": "commissioned",
    vocab.DCTERMS + "publisher": "published",
}

# At most this many links *to* an entity in its description (an Act may be cited by thousands).
INCOMING_LIMIT = 1000


def checked_iri(text: str, what: str = "IRI") -> ox.NamedNode:
    """The IRI as a term, or :class:`InvalidArgument`: nothing malformed reaches a query."""
    try:
        return ox.NamedNode(text)
    except ValueError as err:
        raise InvalidArgument(f"{what} {text!r} is not a valid IRI: {err}") from None


def legislation_key(id: str) -> str:
    """``ukpga/2004/31/section/10`` -> its legislation.gov.uk IRI; names and IRIs pass through."""
    key = vocab.LEGISLATION + id if id.split("/")[0] in legislation_types() else id
    if key.startswith(("http://", "https://")):
        checked_iri(key, "legislation")
    return key


def is_mentioned(store: Store, iri: str) -> bool:
    """Whether any statement has ``iri`` as its subject or object."""
    node = f"<{checked_iri(iri).value}>"
    return store.ask(f"ASK {{ {{ {node} ?p ?o }} UNION {{ ?s ?p {node} }} }}")


def resolve_organisation(eng: LineageEngine, id: str) -> str:
    """IRI of a body or post by id, IRI or name; minted IRIs count even when untyped."""
    for kind in ("organisation", "post"):
        try:
            return eng.resolve(id, kind=kind)
        except NotFound:
            continue
    if id.startswith(("http://", "https://")):
        minted = checked_iri(id, "organisation").value
    else:
        minted = vocab.entity_iri("organisation", id).value
    if is_mentioned(eng.store, minted):
        return minted
    return eng.resolve(id, kind="organisation")  # raises NotFound with the nearest bodies


def organisation_view(eng: LineageEngine, iri: str) -> dict[str, Any]:
    """A body or post: its types, what it is part of, the events it acted in or was asked to
    act in (date order), and the strategies it developed, commissioned or published."""
    store, proj = eng.store, eng.projection
    node = f"<{checked_iri(iri).value}>"
    info = store.select(f"""SELECT ?type ?parent WHERE {{
        OPTIONAL {{ {node} a ?type }}
        OPTIONAL {{ {node} org:subOrganizationOf|org:postIn ?parent }} }}""")
    events = store.select(f"""SELECT ?event ?type ?date ?strategy ?role WHERE {{
        VALUES ?role {{ prov:wasAssociatedWith sl:requestedOf }}
        ?event ?role {node} ; a ?type ; sl:concerns ?strategy .
        FILTER(STRSTARTS(STR(?type), STR(sl:)))
        OPTIONAL {{ ?event sl:date ?date }} }} ORDER BY ?date""")
    # Sources carry dcterms:publisher too: only strategies are listed as what a body published.
    roles = store.select(f"""SELECT ?strategy ?p WHERE {{
        VALUES ?p {{ {" ".join(f"<{p}>" for p in ORGANISATION_ROLES)} }} ?strategy ?p {node} ; a sl:Strategy }}""")
    by_event: dict[str, dict[str, Any]] = {}
    types: dict[str, set[str]] = defaultdict(set)
    for row in events:
        ev = row["event"].value
        types[ev].add(row["type"].value.removeprefix(vocab.SL))
        by_event.setdefault(
            ev,
            {
                "iri": ev,
                "date": row["date"].value if "date" in row else None,
                "role": "acted" if row["role"].value.endswith("wasAssociatedWith") else "was asked",
                "strategy": proj.node(row["strategy"].value).id,
                "strategy_title": proj.node(row["strategy"].value).title,
            },
        )
    for ev, item in by_event.items():
        specific = sorted(t for t in types[ev] if t != "GovernanceEvent")
        item["types"] = specific or ["GovernanceEvent"]
    return {
        "iri": iri,
        "id": short_id(iri),
        "label": labels_of(store, [iri]).get(iri) or short_id(iri),
        "types": sorted({r["type"].value for r in info if "type" in r}),
        "part_of": sorted({r["parent"].value for r in info if "parent" in r}),
        "events": list(by_event.values()),
        "strategies": [
            {
                "id": proj.node(r["strategy"].value).id,
                "title": proj.node(r["strategy"].value).title,
                "role": ORGANISATION_ROLES[r["p"].value],
            }
            for r in roles
        ],
    }


def source_text(store: Store, source_iri: str, graph_iri: str) -> str:
    """The full text of a source as loaded (its ``sl:content`` in its own graph); "" if absent."""
    rows = store.select(f"""SELECT ?text WHERE {{ GRAPH <{checked_iri(graph_iri).value}> {{
        <{checked_iri(source_iri).value}> sl:content ?text }} }} LIMIT 1""")
    return rows[0]["text"].value if rows else ""


def types_of(store: Store, iri: str) -> list[str]:
    """The classes ``iri`` is stated to be an instance of, sorted."""
    rows = store.select(f"SELECT DISTINCT ?type WHERE {{ <{checked_iri(iri).value}> a ?type }}")
    return sorted(row["type"].value for row in rows)


def describe(store: Store, iri: str) -> list[ox.Triple]:
    """The entity's own triples, and for each the evidence node with its target and selectors.

    Links pointing at the entity are included too (bounded), so that a body or an Act
    that is only ever an object still has a description; an evidence node comes with
    its own target and selectors.
    """
    node = f"<{checked_iri(iri).value}>"
    return store.construct(f"""
        CONSTRUCT {{ {node} ?p ?o . ?ev ?ep ?eo . ?x ?xp ?xo . ?in ?inp {node} . ?y ?yp ?yo }} WHERE {{
          {{ {node} ?p ?o }}
          UNION {{ {node} oa:hasTarget ?own . ?own oa:hasSelector? ?y . ?y ?yp ?yo }}
          UNION {{ SELECT ?in ?inp WHERE {{ ?in ?inp {node} FILTER(?inp != rdf:object) }} LIMIT {INCOMING_LIMIT} }}
          UNION {{ ?ev rdf:subject {node} ; ?ep ?eo }}
          UNION {{ ?ev rdf:subject {node} ; oa:hasTarget ?t . ?t oa:hasSelector? ?x . ?x ?xp ?xo }}
        }}""")
