"""SHACL validation of the knowledge graph against ``shapes.ttl`` (with ``ontology.ttl``).

pyshacl works on rdflib graphs, and given an rdflib Dataset it validates every named
graph on its own. Our shapes need the whole picture (a strategy's title may come from one
source and its period from another; inferred edges cite evidence in source graphs), so
the data graph handed to pyshacl is ONE merged rdflib Graph: the union of every source
graph and the inferred graph. The meta graph is bookkeeping and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate
from rdflib.namespace import SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from graph.store import Store
from strategy_lineage import vocab
from strategy_lineage.resources import project_file

INFERENCE_MODES = ("none", "rdfs")

_XSD_STRING = vocab.XSD + "string"
_LANG_STRING = vocab.RDF + "langString"
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def schema_file(name: str) -> Path:
    """A schema file shipped with the project (``ontology.ttl``, ``shapes.ttl``)."""
    return project_file(name)


@cache
def _parsed(name: str) -> rdflib.Graph:
    return rdflib.Graph().parse(schema_file(name), format="turtle")


def ontology_graph() -> rdflib.Graph:
    """ontology.ttl, parsed once per process (treat as read-only)."""
    return _parsed("ontology.ttl")


def shapes_graph() -> rdflib.Graph:
    """shapes.ttl, parsed once per process (treat as read-only)."""
    return _parsed("shapes.ttl")


class ShapesError(Exception):
    """shapes.ttl itself is unusable (a bug in the shapes, not in the data)."""


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with IRIs as strings."""

    focus_node: str
    path: str | None
    message: str
    severity: str  # Violation | Warning | Info
    value: str | None = None
    shape: str | None = None
    constraint: str | None = None  # e.g. MinCountConstraintComponent

    def line(self) -> str:
        """One line for people: quotes keep their line breaks visible as \\n."""
        where = f" {_compact(self.path)}" if self.path else ""
        # The value, unless the message already names it.
        shown = self.value is not None and self.value != self.focus_node and self.value not in self.message
        value = f" (value: {_shorten(self.value)})" if shown and self.value is not None else ""
        message = self.message.replace("\n", "\\n")
        return f"{self.severity}: {_compact(self.focus_node)}{where}: {message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def count(self, severity: str) -> int:
        return sum(1 for v in self.violations if v.severity == severity)

    @property
    def text(self) -> str:
        """A human summary: one headline, then one line per result."""
        verdict = "conforms" if self.conforms else "does NOT conform"
        headline = (
            f"{self.triples} triples {verdict} to shapes.ttl: "
            f"{self.count('Violation')} violation(s), {self.count('Warning')} warning(s)"
        )
        return "\n".join([headline, *(v.line() for v in self.violations)])


@lru_cache(maxsize=256)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


class _PreparingGraph(rdflib.Graph):
    """An rdflib Graph that parses each SPARQL text once.

    pyshacl sends the same SHACL-SPARQL text for every focus node and rdflib would parse
    and translate it every time (10-70 ms each): most of the validation time otherwise.
    """

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def _to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> rdflib.term.Node:
    if isinstance(term, ox.Triple):
        raise TypeError(f"unexpected RDF-star triple term {term}")
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    # rdflib tells "x" from "x"^^xsd:string apart; RDF 1.1 does not, so use the plain form.
    if datatype in (_XSD_STRING, _LANG_STRING):
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))


def _validated_graphs(store: Store) -> list[ox.NamedNode]:
    prefix = vocab.source_graph_prefix()
    inferred = vocab.inference_graph()
    return [g for g in store.graphs() if isinstance(g, ox.NamedNode) and (g.value.startswith(prefix) or g == inferred)]


def data_graph(store: Store) -> rdflib.Graph:
    """The union of the source graphs and the inferred graph, as one rdflib Graph."""
    graph = _PreparingGraph()
    for name in _validated_graphs(store):
        for quad in store.quads(name):
            graph.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
    return graph


def validate_store(store: Store, inference: str = "none") -> ValidationReport:
    """Validate everything the sources and the lineage engine contributed."""
    if inference not in INFERENCE_MODES:
        raise ValueError(f"unknown inference mode {inference!r}; choose one of {', '.join(INFERENCE_MODES)}")
    graph = data_graph(store)
    triples = len(graph)  # before the ontology is mixed in
    _, results, text = validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),  # mixed into the data, so sh:class follows rdfs:subClassOf
        inference=inference,
        allow_warnings=True,
        # The ontology is mixed into the graph itself (no copy), which keeps our query
        # preparation; the graph is built per validation, so nobody else sees the mix.
        inplace=True,
    )
    if not isinstance(results, rdflib.Graph):
        # pyshacl returns (not raises) a failure when the shapes themselves are broken.
        raise ShapesError(f"shapes.ttl could not be applied: {text.strip()}")
    violations = sorted(
        _violations(results),
        key=lambda v: (_SEVERITY_ORDER.get(v.severity, 9), v.focus_node, v.path or "", v.message),
    )
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=conforms, violations=violations, triples=triples)


def _violations(results: rdflib.Graph) -> list[Violation]:
    found = []
    # Only the report's own results: nested ones (sh:detail, e.g. why an sh:node failed)
    # explain a result rather than add one.
    for result in results.objects(None, SH.result):
        one = partial(results.value, result)
        path = one(SH.resultPath)
        value = one(SH.value)
        shape = one(SH.sourceShape)
        component = one(SH.sourceConstraintComponent)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        found.append(
            Violation(
                focus_node=str(one(SH.focusNode)),
                path=_path_text(results, path),
                message="; ".join(messages) or _local(component) or "constraint not met",
                severity=_local(one(SH.resultSeverity)) or "Violation",
                value=None if value is None else str(value),
                shape=str(shape) if isinstance(shape, rdflib.URIRef) else None,
                constraint=_local(component),
            )
        )
    return found


def _path_text(results: rdflib.Graph, path: rdflib.term.Node | None) -> str | None:
    """A SHACL path as text: an IRI as itself, an inverse path as ``^IRI``."""
    if path is None:
        return None
    if isinstance(path, rdflib.BNode):
        inverse = results.value(path, SH.inversePath)
        return f"^{inverse}" if inverse is not None else "(complex path)"
    return str(path)


def _local(term: rdflib.term.Node | None) -> str | None:
    if term is None:
        return None
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _compact(iri: str) -> str:
    """``https://w3id.org/strategy-lineage/def#validFrom`` -> ``sl:validFrom`` for people."""
    if iri.startswith("^"):  # an inverse path
        return "^" + _compact(iri[1:])
    for prefix, namespace in vocab.PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
