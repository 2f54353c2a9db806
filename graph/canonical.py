"""One statement per fact: a source that says "A replaces B" is stored four ways
(``sl:supersedes``, its inverse ``sl:supersededBy``, and their Dublin Core
super-properties ``dcterms:replaces`` / ``dcterms:isReplacedBy``) so that every client
finds it; a reader should see it once.

Which statements say the same thing is read from ontology.ttl (``owl:inverseOf`` and
``rdfs:subPropertyOf``), never from a list of predicates here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from strategy_lineage.vocab import OWL, RDFS

Triple = tuple[str, str, str]  # subject IRI, predicate IRI, object (IRI or literal text)


@lru_cache(maxsize=1)
def _ontology() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(predicate -> its inverse, predicate -> every super-property, transitively)."""
    from rdflib import URIRef

    from graph.validate import ontology_graph

    graph = ontology_graph()
    inverse: dict[str, str] = {}
    for a, b in graph.subject_objects(URIRef(OWL + "inverseOf")):
        inverse[str(a)], inverse[str(b)] = str(b), str(a)
    direct: dict[str, set[str]] = {}
    for a, b in graph.subject_objects(URIRef(RDFS + "subPropertyOf")):
        direct.setdefault(str(a), set()).add(str(b))
    closure: dict[str, frozenset[str]] = {}
    for prop in direct:
        seen: set[str] = set()
        todo = list(direct[prop])
        while todo:
            above = todo.pop()
            if above not in seen:
                seen.add(above)
                todo += direct.get(above, ())
        closure[prop] = frozenset(seen)
    return inverse, closure


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _preferred(p: str, q: str) -> bool:
    """Of two inverse predicates, whether ``p`` is the one to show: the active form
    ("supersedes" rather than "superseded by"), i.e. the shorter name."""
    return (len(_local(p)), p) <= (len(_local(q)), q)


def is_inverse_form(predicate: str) -> bool:
    """True for the passive member of an inverse pair (``sl:supersededBy``)."""
    other = _ontology()[0].get(predicate)
    return other is not None and not _preferred(predicate, other)


def said_by(triples: Sequence[Triple]) -> list[int]:
    """For each triple, the index of the triple that says the same fact best: itself,
    or a more specific predicate between the same two things, or the preferred
    direction of an inverse pair."""
    inverse, supers = _ontology()
    at = {t: i for i, t in enumerate(triples)}
    rep = list(range(len(triples)))
    for i, (s, p, o) in enumerate(triples):
        # A more specific predicate between the same two things says it better.
        specific = [at[(s, q, o)] for q, above in supers.items() if p in above and (s, q, o) in at]
        if specific:
            rep[i] = min(specific)
            continue
        q = inverse.get(p)
        if q is not None and (o, q, s) in at and not _preferred(p, q):
            rep[i] = at[(o, q, s)]
    for i in range(len(rep)):  # follow chains: dcterms:isReplacedBy -> sl:supersededBy -> sl:supersedes
        seen = {i}
        while rep[rep[i]] != rep[i] and rep[rep[i]] not in seen:
            seen.add(rep[i])
            rep[i] = rep[rep[i]]
    return rep
