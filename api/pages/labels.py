"""Readable names: entity labels from the search index, property labels from ontology.ttl."""

from __future__ import annotations

import re
from functools import lru_cache

from pyoxigraph import NamedNode

from graph.projection import Projection
from graph.store import GraphStore
from graph.records import short_id
from strategy_lineage import vocab

STORED_LABELS = (NamedNode(vocab.RDFS + "label"), NamedNode(vocab.SKOS + "prefLabel"),
                 NamedNode(vocab.FOAF + "name"), NamedNode(vocab.DCTERMS + "title"))

# Event classes as an officer would say them; a request is never shown as an outcome.
EVENT_LABELS = {
    "ApprovalRequest": "Approval requested", "EndorsementRequest": "Endorsement requested",
    "Request": "Requested", "Drafting": "Drafted", "Consideration": "Considered",
    "Presentation": "Presented", "Agreement": "Agreed", "Approval": "Approved",
    "Endorsement": "Endorsed", "Decision": "Decided", "Adoption": "Adopted",
    "Commissioning": "Commissioned", "GovernanceEvent": "Governance event",
}
RELATION_LABELS = {
    "supersedes": "replaces", "revision_of": "is a revision of",
    "partially_supersedes": "partially replaces", "inferred_succession": "succeeds (inferred)",
}
# The compact view reads oldest first, so links are said from the older plan's side
# (embed.js carries the same words).
COMPACT_LABELS = {
    "supersedes": "replaced by", "revision_of": "revised as",
    "partially_supersedes": "partly replaced by", "inferred_succession": "succeeded by (inferred)",
}
LEGAL_LABELS = {"basedOn": "based on", "cites": "cites", "informedBy": "informed by"}


def entity_labels(proj: Projection) -> dict[str, str]:
    """IRI -> label of everything the search index knows (memoised per graph version)."""
    found = proj.answers.get(("pages", "labels"))
    if found is None:
        found = {e.iri: e.label for e in proj.search_index.entries}
        proj.remember(("pages", "labels"), found)
    return found


def label_of(iri: str, proj: Projection, store: GraphStore) -> str:
    """A strategy's title, an indexed entity's label, else a label in the store, else its id."""
    node = proj.nodes.get(iri)
    if node is not None:
        return node.title
    known = entity_labels(proj).get(iri)
    if known:
        return known
    subject = NamedNode(iri)
    for predicate in STORED_LABELS:
        for quad in store.oxigraph.quads_for_pattern(subject, predicate, None, None):
            return quad.object.value
    return short_id(iri).replace("-", " ")


@lru_cache(maxsize=1)
def _ontology_labels() -> dict[str, str]:
    from graph.validate import ontology_graph

    graph = ontology_graph()
    rows = graph.query("SELECT ?p ?l WHERE { ?p rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), 'en') || LANG(?l) = '') }")
    return {str(p): str(label) for p, label in rows}


def predicate_label(iri: str) -> str:
    """``sl:validFrom`` -> its rdfs:label in ontology.ttl; other vocabularies -> "valid from"."""
    found = _ontology_labels().get(iri)
    if found:
        return found
    local = re.split(r"[#/]", iri)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).replace("_", " ").lower()
