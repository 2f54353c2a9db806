"""The trail knows every kind of request the ontology defines, so none is shown as an outcome."""

from __future__ import annotations

from rdflib import RDFS, URIRef

from graph.labels import EVENT_WORDS
from graph.trail import EVENT_TYPES, REQUEST_TYPES
from graph.validate import ontology_graph
from strategy_lineage.vocab import SL


def test_every_request_class_is_a_request_in_the_trail() -> None:
    ontology = ontology_graph()
    requests = {
        str(cls).removeprefix(SL) for cls in ontology.transitive_subjects(RDFS.subClassOf, URIRef(SL + "Request"))
    }
    assert requests == REQUEST_TYPES
    assert requests <= set(EVENT_TYPES) and requests <= set(EVENT_WORDS)
