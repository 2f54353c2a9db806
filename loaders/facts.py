"""Facts with their evidence, and how they become quads in a source's named graph.

A loader's whole output is a :class:`SourceExtraction`: the source's description plus
a list of :class:`Fact`. Each fact is one triple and the passage that supports it.
Turning that into RDF happens here and only here, so every source (extracted,
curated or synthetic) carries evidence in exactly the same shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Literal as TypingLiteral
from typing import TypeVar, dataclass_transform

from pyoxigraph import Literal, NamedNode, Quad

from loaders import registry
from loaders.formats import SourceFile
from loaders.metadata import source_date
from strategy_lineage import vocab
from strategy_lineage.vocab import DCTERMS, OA, PROV, RDF, SL, XSD, A

Object = NamedNode | Literal
Derivation = TypingLiteral["stated", "inferred", "curated"]

_Record = TypeVar("_Record")


@dataclass_transform(frozen_default=True)
def record(cls: type[_Record]) -> type[_Record]:
    """A dataclass with slots, compared and hashed by its fields, whose fields the type checker keeps read-only.
    Not frozen at run time: a frozen dataclass sets each field through ``object.__setattr__`` (3 us to make a
    ``Fact``, 0.8 us this way), and a 1 MB text makes 80,000 facts and spans."""
    return dataclass(slots=True, unsafe_hash=True)(cls)


DERIVATIONS: dict[str, NamedNode] = {
    "stated": vocab.sl("Stated"),
    "inferred": vocab.sl("Inferred"),
    "curated": vocab.sl("Curated"),
}

# How many characters of context a TextQuoteSelector keeps either side of the quote.
CONTEXT = 32


@record
class Span:
    """A passage of the source file as stored: ``text[start:end] == exact``."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT) : start],
            suffix=text[end : end + CONTEXT],
        )


@record
class Fact:
    subject: NamedNode
    predicate: NamedNode
    object: Object
    rule: str
    span: Span | None = None
    derivation: Derivation = "stated"
    reason: str | None = None
    # For curated facts: who asserted it and when (ISO date or datetime).
    curator: str | None = None
    asserted_at: str | None = None
    citation: str | None = None
    # How firmly the source states it: local name of an sl:Modality ("Proposed", "Conditional",
    # "DraftForConsultation", "Abandoned", "Deleted"); None for a plain statement.
    modality: str | None = None

    @property
    def triple(self) -> tuple[NamedNode, NamedNode, Object]:
        return (self.subject, self.predicate, self.object)

    def about(self, subject: NamedNode, obj: Object) -> Fact:
        """The same statement and evidence of another subject and object (a third of the cost of
        ``dataclasses.replace``: every fact of a document is placed under its publisher this way)."""
        if subject is self.subject and obj is self.object:
            return self
        return Fact(
            subject,
            self.predicate,
            obj,
            self.rule,
            self.span,
            self.derivation,
            self.reason,
            self.curator,
            self.asserted_at,
            self.citation,
            self.modality,
        )


@dataclass
class SourceExtraction:
    """Everything a loader learned from one source file."""

    source_id: str
    kind: str  # a document kind registered in loaders/kinds.py, or "curated"
    text: str
    metadata: dict[str, str]
    sha256: str
    facts: list[Fact] = field(default_factory=list)
    # Things the reader could not do, said in one line each (the source still loads).
    warnings: list[str] = field(default_factory=list)
    # The file the text was extracted from (media type, size, pages), when there was one.
    source_file: SourceFile | None = None

    @property
    def iri(self) -> NamedNode:
        return vocab.source_iri(self.source_id)

    @property
    def graph(self) -> NamedNode:
        return vocab.source_graph(self.source_id)


def source_class(kind: str) -> str:
    """The sl: class of a source of ``kind`` (a registered document kind, or curated facts)."""
    return CURATED_CLASS if kind == CURATED else registry.source_classes()[kind]


CURATED, CURATED_CLASS = "curated", "CuratedSource"


def _lit(value: str | int, datatype: str | None = None) -> Literal:
    if isinstance(value, int):
        return _integer(value)
    if datatype:
        return Literal(value, datatype=_datatype(datatype))
    return Literal(value)


@cache
def _datatype(name: str) -> NamedNode:
    return NamedNode(XSD + name)


# Offsets repeat (every fact has two, most evidence several facts share): a literal is made once.
@lru_cache(maxsize=1 << 16)
def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=_datatype("integer"))


def source_description(extraction: SourceExtraction, loaded_at: str) -> Iterator[tuple]:
    """Triples that describe the source document itself (not facts it states)."""
    doc = extraction.iri
    yield doc, A, vocab.sl("SourceDocument")
    yield doc, A, vocab.sl(source_class(extraction.kind))
    yield doc, NamedNode(SL + "fileName"), _lit(extraction.metadata.get("file_name", extraction.source_id))
    yield doc, NamedNode(SL + "sha256"), _lit(extraction.sha256)
    yield doc, NamedNode(SL + "characterCount"), _lit(len(extraction.text))
    yield doc, NamedNode(SL + "loadedAt"), _lit(loaded_at, "dateTime")
    yield doc, NamedNode(DCTERMS + "identifier"), _lit(extraction.source_id)
    # The full text travels with the graph, so offsets can be checked (SHACL) and
    # passages shown (API) without anyone re-reading files.
    yield doc, NamedNode(SL + "content"), _lit(extraction.text)
    meta = extraction.metadata
    if meta.get("title"):
        yield doc, NamedNode(DCTERMS + "title"), _lit(meta["title"])
    if meta.get("kind_label"):
        yield doc, NamedNode(DCTERMS + "type"), _lit(meta["kind_label"])
    if meta.get("publisher"):
        yield doc, NamedNode(DCTERMS + "publisher"), vocab.entity_iri("organisation", meta["publisher"])
    if meta.get("date"):
        when = source_date(meta["date"])  # checked when the metadata was read
        yield doc, NamedNode(DCTERMS + "date"), _lit(when.lexical, when.datatype)
    if meta.get("url"):
        yield doc, vocab.term(vocab.SCHEMA, "url"), _lit(meta["url"], "anyURI")
    if meta.get("description"):
        yield doc, NamedNode(DCTERMS + "description"), _lit(meta["description"])
    if meta.get("author"):
        yield doc, NamedNode(DCTERMS + "creator"), _lit(meta["author"])
    if meta.get("created"):
        yield doc, NamedNode(DCTERMS + "created"), _lit(meta["created"], "date")
    yield from file_description(extraction)


def file_description(extraction: SourceExtraction) -> Iterator[tuple]:
    """The original file the text was extracted from: media type, size, encoding, pages."""
    source = extraction.source_file
    if source is None:
        return
    doc = extraction.iri
    yield doc, NamedNode(DCTERMS + "format"), _lit(source.media_type)
    yield doc, vocab.sl("byteSize"), _lit(source.size)
    if source.encoding:
        yield doc, vocab.sl("encoding"), _lit(source.encoding)
    if source.paged:
        yield doc, vocab.sl("pageCount"), _lit(len(source.extracted.page_starts))


def evidence_iri(extraction: SourceExtraction, fact: Fact) -> NamedNode:
    return NamedNode(_evidence_iri(extraction.graph.value, fact))


def _evidence_iri(graph: str, fact: Fact) -> str:
    span = fact.span
    key = vocab.stable_hash(
        str(fact.subject),
        str(fact.predicate),
        str(fact.object),
        fact.rule,
        f"{span.start}:{span.end}" if span else "",
    )
    return f"{graph}/evidence/{key}"


def evidence_count(extraction: SourceExtraction) -> int:
    """How many evidence nodes the source's facts have (standard-vocabulary twins included):
    the number of facts as ``sources`` counts them."""
    graph = extraction.graph.value
    return len({_evidence_iri(graph, twin) for fact in extraction.facts for twin in aligned(fact)})


def evidence_triples(extraction: SourceExtraction, fact: Fact) -> Iterator[tuple]:
    """The Web Annotation that says where ``fact`` comes from and how it was derived."""
    yield from _Evidence(extraction).triples(fact, evidence_iri(extraction, fact))


# The terms every evidence node uses, made once (a fact-dense 1 MB text has 30,000 evidence nodes).
_EVIDENCE_TYPES = (vocab.sl("Evidence"), NamedNode(OA + "Annotation"), NamedNode(RDF + "Statement"))
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = (NamedNode(RDF + p) for p in ("subject", "predicate", "object"))
_DERIVATION, _RULE, _REASON, _MODALITY = (vocab.sl(p) for p in ("derivation", "rule", "reason", "modality"))
_DCT_SOURCE, _CITATION = NamedNode(DCTERMS + "source"), NamedNode(DCTERMS + "bibliographicCitation")
_ATTRIBUTED, _GENERATED = NamedNode(PROV + "wasAttributedTo"), NamedNode(PROV + "generatedAtTime")
_HAS_TARGET, _HAS_SOURCE, _HAS_SELECTOR = (NamedNode(OA + p) for p in ("hasTarget", "hasSource", "hasSelector"))
_SPECIFIC, _QUOTE_SELECTOR, _POSITION_SELECTOR = (
    NamedNode(OA + c) for c in ("SpecificResource", "TextQuoteSelector", "TextPositionSelector")
)
_EXACT, _PREFIX, _SUFFIX, _START, _END = (NamedNode(OA + p) for p in ("exact", "prefix", "suffix", "start", "end"))
_PAGE = vocab.sl("page")


class _Evidence:
    """Evidence triples of one source's facts; what is the same for every fact is worked out once."""

    def __init__(self, extraction: SourceExtraction) -> None:
        self.source = extraction.iri
        self.graph = extraction.graph.value
        self.paged = extraction.source_file if extraction.source_file and extraction.source_file.paged else None
        self.rules: dict[str, NamedNode] = {}

    def iri(self, fact: Fact) -> str:
        return _evidence_iri(self.graph, fact)

    def triples(self, fact: Fact, ev: NamedNode) -> Iterator[tuple]:
        s, p, o = fact.triple
        for cls in _EVIDENCE_TYPES:
            yield ev, A, cls
        yield ev, _RDF_SUBJECT, s
        yield ev, _RDF_PREDICATE, p
        yield ev, _RDF_OBJECT, o
        yield ev, _DERIVATION, DERIVATIONS[fact.derivation]
        rule = self.rules.get(fact.rule) or self.rules.setdefault(fact.rule, vocab.rule(fact.rule))
        yield ev, _RULE, rule
        yield ev, _DCT_SOURCE, self.source
        if fact.reason:
            yield ev, _REASON, _lit(fact.reason)
        if fact.curator:
            yield ev, _ATTRIBUTED, _lit(fact.curator)
        if fact.asserted_at:
            yield ev, _GENERATED, _lit(fact.asserted_at, "dateTime" if "T" in fact.asserted_at else "date")
        if fact.citation:
            yield ev, _CITATION, _lit(fact.citation)
        if fact.modality:
            yield ev, _MODALITY, vocab.sl(fact.modality)
        span = fact.span
        if span is None:
            return
        target = NamedNode(ev.value + "#target")
        quote = NamedNode(ev.value + "#quote")
        position = NamedNode(ev.value + "#position")
        yield ev, _HAS_TARGET, target
        yield target, A, _SPECIFIC
        yield target, _HAS_SOURCE, self.source
        yield target, _HAS_SELECTOR, quote
        yield target, _HAS_SELECTOR, position
        yield quote, A, _QUOTE_SELECTOR
        yield quote, _EXACT, Literal(span.exact)
        yield quote, _PREFIX, Literal(span.prefix)
        yield quote, _SUFFIX, Literal(span.suffix)
        yield position, A, _POSITION_SELECTOR
        yield position, _START, _lit(span.start)
        yield position, _END, _lit(span.end)
        page = self.paged.page_of(span.start) if self.paged else None
        if page is not None:
            yield position, _PAGE, _lit(page)


# Standard-vocabulary twins of our own properties, materialised beside them so that researchers
# can query dcterms:replaces, prov:wasRevisionOf, eli:cites ... without reading our ontology.
# (our property, standard property, whether the standard one points the other way)
ALIGNMENTS: dict[str, list[tuple[NamedNode, bool]]] = {
    SL + "supersedes": [
        (vocab.DCT_REPLACES, False),
        (vocab.DCT_IS_REPLACED_BY, True),
        (vocab.sl("supersededBy"), True),
    ],
    SL + "isRevisionOf": [
        (vocab.PROV_WAS_REVISION_OF, False),
        (vocab.DCT_REPLACES, False),
        (vocab.DCT_IS_REPLACED_BY, True),
    ],
    SL + "isRefreshOf": [
        (vocab.sl("isRevisionOf"), False),
        (vocab.PROV_WAS_REVISION_OF, False),
        (vocab.DCT_REPLACES, False),
        (vocab.DCT_IS_REPLACED_BY, True),
    ],
    SL + "isSuccessorOf": [
        (vocab.sl("supersedes"), False),
        (vocab.DCT_REPLACES, False),
        (vocab.DCT_IS_REPLACED_BY, True),
        (vocab.sl("supersededBy"), True),
    ],
    SL + "basedOn": [(NamedNode(vocab.ELI + "based_on"), False)],
    SL + "cites": [(NamedNode(vocab.ELI + "cites"), False)],
    DCTERMS + "title": [(vocab.RDFS_LABEL, False)],
}


[ONTOLOGY_ALIGNMENT] = registry.register_rules(
    __name__,
    registry.Rule(
        "ontology-alignment",
        "a fact in our vocabulary, restated in the standard vocabulary it is "
        "aligned with (dcterms:replaces, prov:wasRevisionOf, eli:based_on ...), with the same quote",
        "X sl:supersedes Y is also X dcterms:replaces Y and Y dcterms:isReplacedBy X",
    ),
)


def rule_description(name: str) -> Iterator[tuple[NamedNode, NamedNode, Literal | NamedNode]]:
    """The ``rule:`` resource evidence cites, described from the registry (label, description, example)."""
    rule = registry.rule_named(name)
    iri = vocab.rule(rule.name)
    yield iri, A, vocab.sl("Rule")
    yield iri, vocab.RDFS_LABEL, Literal(rule.name)
    yield iri, NamedNode(DCTERMS + "description"), Literal(rule.reads)
    yield iri, NamedNode(vocab.SKOS + "example"), Literal(rule.example)


def aligned(fact: Fact) -> Iterator[Fact]:
    """The fact itself, then its standard-vocabulary twins, each with the same quote and the
    same derivation (a twin says the same thing in other words), citing the alignment rule."""
    yield fact
    for predicate, inverse in ALIGNMENTS.get(fact.predicate.value, []):
        if not inverse:
            subject, obj = fact.subject, fact.object
        elif isinstance(fact.object, NamedNode):
            subject, obj = fact.object, fact.subject
        else:
            continue  # a literal cannot be a subject
        yield replace(
            fact,
            subject=subject,
            predicate=predicate,
            object=obj,
            rule=ONTOLOGY_ALIGNMENT,
            reason=f"{fact.predicate.value} is aligned with {predicate.value}"
            + (" (inverse)" if inverse else "")
            + " in ontology.ttl",
        )


def to_quads(extraction: SourceExtraction, loaded_at: str) -> list[Quad]:
    """All quads of one source, deduplicated, ready for one transactional write."""
    return list(iter_quads(extraction, loaded_at))


def iter_quads(extraction: SourceExtraction, loaded_at: str) -> Iterator[Quad]:
    """The quads of :func:`to_quads`, made one at a time: a writer that consumes them as they
    come never holds them all (600,000 quads of a fact-dense 1 MB text are 300 MB as terms)."""
    graph = extraction.graph
    # Deduplicated without holding every triple twice: a statement once, and an evidence
    # node's triples once per evidence IRI (its triples all hang off that IRI, so two
    # evidence nodes never share one).
    stated: set[tuple] = set()
    evidenced: set[str] = set()
    for triple in source_description(extraction, loaded_at):
        if triple not in stated:
            stated.add(triple)
            yield Quad(triple[0], triple[1], triple[2], graph)
    evidence = _Evidence(extraction)
    for fact in (twin for original in extraction.facts for twin in aligned(original)):
        if fact.triple not in stated:
            stated.add(fact.triple)
            yield Quad(fact.subject, fact.predicate, fact.object, graph)
        ev = evidence.iri(fact)
        if ev not in evidenced:
            evidenced.add(ev)
            for s, p, o in evidence.triples(fact, NamedNode(ev)):
                yield Quad(s, p, o, graph)


class LazyQuads:
    """The quads of one source as a collection made on demand: each pass makes them afresh and
    keeps none, and ``len`` is counted on the first full pass (or by one when asked first)."""

    def __init__(self, extraction: SourceExtraction, loaded_at: str) -> None:
        self.extraction, self.loaded_at = extraction, loaded_at
        self._count: int | None = None

    def __iter__(self) -> Iterator[Quad]:
        count = 0
        for quad in iter_quads(self.extraction, self.loaded_at):
            count += 1
            yield quad
        self._count = count

    def __len__(self) -> int:
        if self._count is None:
            self._count = sum(1 for _ in self)
        return self._count
