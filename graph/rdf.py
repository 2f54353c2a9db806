"""The RDF term model and serialisers the whole project shares, whichever engine stores the data.

Terms, quads and query results are pyoxigraph's types: the loaders build them, the store
(:mod:`graph.store`) returns them, and
the API serialises them. Modules above ``graph/`` import them from here, never from the
engine, so that which engine answers is a configuration choice made in :mod:`graph.store`.
"""

from __future__ import annotations

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Triple,
    parse,
    parse_query_results,
    serialize,
)

Term = NamedNode | BlankNode | Literal
Subject = NamedNode | BlankNode
QueryResult = QuerySolutions | QueryBoolean | QueryTriples

__all__ = [
    "BlankNode",
    "DefaultGraph",
    "Literal",
    "NamedNode",
    "Quad",
    "QueryBoolean",
    "QueryResult",
    "QueryResultsFormat",
    "QuerySolutions",
    "QueryTriples",
    "RdfFormat",
    "Subject",
    "Term",
    "Triple",
    "parse",
    "parse_query_results",
    "serialize",
]
