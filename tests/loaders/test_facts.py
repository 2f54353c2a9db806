"""A fact placed about other terms keeps its statement's evidence and every other field."""

from __future__ import annotations

import dataclasses

from pyoxigraph import Literal, NamedNode

from loaders.facts import Fact, Span


def a_fact_with_every_field_set() -> Fact:
    values: dict[str, object] = {
        "subject": NamedNode("https://example.org/id/strategy/old-name"),
        "predicate": NamedNode("https://example.org/def/supersedes"),
        "object": NamedNode("https://example.org/id/strategy/older-name"),
        "span": Span(10, 40, "replaces the Older Plan", "The New Plan ", " from April."),
    }
    for field in dataclasses.fields(Fact):
        values.setdefault(field.name, f"{field.name} as written")
    values["derivation"] = "inferred"
    return Fact(**values)  # type: ignore[arg-type]


def test_a_fact_about_other_terms_keeps_every_other_field() -> None:
    fact = a_fact_with_every_field_set()
    subject = NamedNode("https://example.org/id/strategy/place/old-name")
    obj = Literal("a label")
    moved = fact.about(subject, obj)
    assert moved == dataclasses.replace(fact, subject=subject, object=obj)
    assert moved.span == fact.span and moved.rule == fact.rule and moved.modality == fact.modality
    assert moved.triple == (subject, fact.predicate, obj)


def test_a_fact_about_its_own_terms_is_itself() -> None:
    fact = a_fact_with_every_field_set()
    assert fact.about(fact.subject, fact.object) is fact
