"""Readable names on the pages: entities named by the labels policy (graph/labels.py),
properties by their rdfs:label in ontology.ttl."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.labels import fallback_label, labels_of
from graph.projection import Projection
from graph.store import Store
from strategy_lineage.vocab import SL


def entity_labels(proj: Projection) -> dict[str, str]:
    """IRI -> label of everything the search index knows (memoised per graph version)."""
    found = proj.answers.get(("pages", "labels"))
    if found is None:
        found = {e.iri: e.label for e in proj.search_index.entries}
        proj.remember(("pages", "labels"), found)
    return found


def label_of(iri: str, proj: Projection, store: Store) -> str:
    """The policy's label: from the projection when it holds the entity (every indexed
    entity was labelled by the policy when it was built), else from the store."""
    node = proj.nodes.get(iri)
    if node is not None:
        return node.title
    return entity_labels(proj).get(iri) or labels_of(store, [iri]).get(iri) or fallback_label(iri)


@lru_cache(maxsize=1)
def _ontology_labels() -> dict[str, str]:
    from graph.validate import ontology_graph

    graph = ontology_graph()
    rows = graph.query("SELECT ?p ?l WHERE { ?p rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), 'en') || LANG(?l) = '') }")
    return {str(row[0]): str(row[1]) for row in rows}  # type: ignore[index]


def class_words(local_name: str | None) -> str:
    """A class of ours in words, capitalised: "StatutoryGuidance" -> "Statutory guidance"."""
    if not local_name:
        return ""
    return predicate_label(SL + local_name).capitalize()


def predicate_label(iri: str) -> str:
    """``sl:validFrom`` -> its rdfs:label in ontology.ttl; other vocabularies -> "valid from"."""
    found = _ontology_labels().get(iri)
    if found:
        return found
    local = re.split(r"[#/]", iri)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).replace("_", " ").lower()
