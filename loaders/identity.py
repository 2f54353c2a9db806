"""Identity scoped by publisher: one council's things meet at one IRI, two councils' never merge.

Rules mint entity IRIs from names alone (``{base}id/strategy/every-day-matters``); this
module then places each local thing under the scope of the document's publisher
(``{base}id/strategy/kent-county-council/every-day-matters``), in one pass over the facts
of one document. The scope is the publisher's slug, read from metadata or the text (see
loaders/publisher.py); when the publisher is unknown it is the source itself, so unknowns
never merge across documents.

Scoped: strategies, organisations (bodies), decisions, posts, people, documents, and
everything minted under them (events under a strategy, meetings under a body). National:
councils themselves (named with their place), national bodies
(``data/reference/national-bodies.csv``), government departments, Acts, guidance,
audiences and concepts.
"""

from __future__ import annotations

import re
from functools import cache

from pyoxigraph import Literal, NamedNode

from loaders.facts import Fact, Object
from loaders.publisher import is_council_name
from strategy_lineage import vocab
from strategy_lineage.reference import rows

SCOPED_KINDS = ("strategy", "organisation", "decision", "post", "person", "document")
UNKNOWN_PREFIX = "source-"  # scope of a document whose publisher is unknown


def scope_of(publisher: str | None, source_id: str) -> str:
    """The scope a document's local things are minted in: its publisher, else the source itself."""
    return vocab.slugify(publisher) if publisher else UNKNOWN_PREFIX + vocab.slugify(source_id)


@cache
def national_bodies() -> frozenset[str]:
    """Slugs of bodies that are the same body in every council's documents."""
    return frozenset(vocab.slugify(row["name"]) for row in rows("national-bodies.csv"))


def _national_organisations(facts: list[Fact], publisher: str | None) -> set[str]:
    """Organisation IRIs that stay national: councils named with their place, national bodies,
    government departments, and the publisher itself."""
    prefix = _prefix("organisation")
    national = {vocab.entity_iri("organisation", publisher).value} if publisher else set()
    for fact in facts:
        subject = fact.subject.value
        if not subject.startswith(prefix) or "/" in subject[len(prefix) :]:
            continue
        if fact.predicate == vocab.A and fact.object == vocab.sl("GovernmentDepartment"):
            national.add(subject)
        elif fact.predicate == vocab.RDFS_LABEL and isinstance(fact.object, Literal):
            if is_council_name(fact.object.value) or subject[len(prefix) :] in national_bodies():
                national.add(subject)
    return national | {prefix + slug for slug in national_bodies()}


def _prefix(kind: str) -> str:
    return f"{vocab.base_iri()}id/{kind}/"


def _scopable() -> re.Pattern[str]:
    """``{base}id/{kind}/{slug}`` of a scoped kind, and whatever is minted under it."""
    kinds = "|".join(SCOPED_KINDS)
    return re.compile(rf"^(?P<prefix>{re.escape(vocab.base_iri())}id/(?:{kinds})/)(?P<slug>[^/#]+)(?P<rest>.*)$")


def scope_facts(facts: list[Fact], publisher: str | None, source_id: str) -> list[Fact]:
    """The facts with every local entity IRI placed under the document's scope."""
    scope = scope_of(publisher, source_id)
    national = _national_organisations(facts, publisher)
    pattern = _scopable()
    memo: dict[str, NamedNode] = {}

    def scoped_node(term: NamedNode) -> NamedNode:
        value = term.value
        if value not in memo:
            match = pattern.match(value)
            if match is None or match.group("prefix") + match.group("slug") in national:
                memo[value] = term
            else:
                memo[value] = NamedNode(f"{match.group('prefix')}{scope}/{match.group('slug')}{match.group('rest')}")
        return memo[value]

    def scoped(term: Object) -> Object:
        return scoped_node(term) if isinstance(term, NamedNode) else term

    return [f.about(scoped_node(f.subject), scoped(f.object)) for f in facts]
