"""A source document being read: its text, kind, metadata and the facts found so far.

Rules receive a :class:`Document` and call :meth:`Document.state` with a cleaned-text
range; the document turns it into a :class:`~loaders.facts.Fact` whose span points into
the original file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode

from loaders.dates import XsdValue
from loaders.facts import Derivation, Fact, Object, Span
from loaders.formats import SourceFile
from loaders.publisher import Finding, place_of
from loaders.registry import kind_named, rule_named
from loaders.text import CleanText, finditer, search
from strategy_lineage.vocab import XSD


@dataclass
class Document:
    source_id: str
    kind: str
    metadata: dict[str, str]
    clean: CleanText
    facts: list[Fact] = field(default_factory=list)
    # Names this document defines for itself: "HWBB" -> "Health and Wellbeing Board", ...
    aliases: dict[str, str] = field(default_factory=dict)
    # What a rule could not read, one line each, with the quote (the source still loads).
    warnings: list[str] = field(default_factory=list)
    # Where the text names its publisher, when metadata does not (see loaders/publisher.py).
    publisher_found: Finding | None = None
    # The file it was read from (bytes, media type, pages), when it was read from one.
    source_file: SourceFile | None = None
    # The subjects of the facts stated so far, by predicate and object: a rule asking "does this
    # document already record ...?" looks them up instead of scanning every fact, which would be
    # quadratic in a long document (docs/linear-time.md).
    _subjects: dict[tuple[NamedNode, Object], set[NamedNode]] = field(default_factory=dict, repr=False)

    @property
    def original(self) -> str:
        return self.clean.original

    @property
    def text(self) -> str:
        return self.clean.text

    def has(self, feature: str) -> bool:
        """Whether this document's kind gives ``feature`` (see loaders/kinds.py), e.g. report headers."""
        kind = kind_named(self.kind)
        return kind is not None and feature in kind.features

    @property
    def publisher(self) -> str | None:
        return self.metadata.get("publisher")

    @property
    def place(self) -> str | None:
        """The publisher's place name ("Kent" for Kent County Council), used to complete titles."""
        return place_of(self.publisher) if self.publisher else None

    def span(self, start: int, end: int) -> Span:
        original_start, original_end = self.clean.to_original(start, end)
        return Span.of(self.original, original_start, original_end)

    def warn(self, problem: str, where: tuple[int, int]) -> None:
        """Report something read but not stored, quoting the original text at its offsets."""
        span = self.span(*where)
        self.warnings.append(
            f"{self.source_id}: {problem} at characters {span.start}-{span.end} ({span.exact!r}); not stored"
        )

    def subjects(self, predicate: NamedNode, obj: Object) -> set[NamedNode]:
        """The subjects of every fact stated so far with this predicate and object."""
        return self._subjects.get((predicate, obj), set())

    def forget(self, things: set[NamedNode]) -> None:
        """Take back every fact about, or pointing at, ``things`` (a node a later rule found to be another)."""
        self.restate([f for f in self.facts if f.subject not in things and f.object not in things])

    def restate(self, facts: list[Fact]) -> None:
        """Replace the facts found so far by ``facts`` (a later rule took some back or said them otherwise)."""
        self.facts = facts
        self._subjects = {}
        for fact in self.facts:
            self._subjects.setdefault((fact.predicate, fact.object), set()).add(fact.subject)

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(self.text)``, tried only where the pattern can match (loaders.text.Scanner)."""
        return finditer(pattern, self.text)

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern.search(self.text)``, tried only where the pattern can match."""
        return search(pattern, self.text)

    def state(
        self,
        subject: NamedNode,
        predicate: NamedNode,
        obj: Object,
        rule: str,
        where: tuple[int, int] | re.Match[str],
        derivation: Derivation = "stated",
        reason: str | None = None,
        original: bool = False,
        modality: str | None = None,
    ) -> None:
        """Record a fact supported by the cleaned-text range ``where`` (a match or (start, end));
        with ``original=True`` the range is already in the original file's offsets."""
        rule_named(rule)  # every rule evidence cites is registered (raises ValueError otherwise)
        start, end = (where.start(), where.end()) if isinstance(where, re.Match) else where
        span = Span.of(self.original, start, end) if original else self.span(start, end)
        self.facts.append(
            Fact(subject, predicate, obj, rule=rule, span=span, derivation=derivation, reason=reason, modality=modality)
        )
        self._subjects.setdefault((predicate, obj), set()).add(subject)


def literal(value: str | int | XsdValue) -> Literal:
    if isinstance(value, XsdValue):
        return Literal(value.lexical, datatype=NamedNode(XSD + value.datatype))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    return Literal(value)
