"""What the endpoint and the dataset are: SPARQL 1.1 Service Description and VoID.

Both are small RDF graphs built from the store's current contents (one named graph per
source), cached per graph version because counting triples walks the whole store.
"""

from __future__ import annotations

from functools import lru_cache

from graph import rdf
from graph.store import Store
from strategy_lineage import vocab
from strategy_lineage.vocab import DCTERMS, SD, VOID, XSD, A

Term = rdf.NamedNode | rdf.BlankNode | rdf.Literal
TripleParts = tuple[rdf.NamedNode | rdf.BlankNode, rdf.NamedNode, Term]

FORMATS_NS = "http://www.w3.org/ns/formats/"
# The W3C format IRIs of what /sparql can return.
SERVED_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)


def _n(ns: str, local: str) -> rdf.NamedNode:
    return rdf.NamedNode(ns + local)


def _int(value: int) -> rdf.Literal:
    return rdf.Literal(str(value), datatype=rdf.NamedNode(XSD + "integer"))


@lru_cache(maxsize=4)
def _graph_sizes(store: Store, version: int) -> tuple[tuple[str, int], ...]:
    rows = store.select(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    )
    return tuple((row["g"].value, int(row["n"].value)) for row in rows)


@lru_cache(maxsize=4)
def _default_size(store: Store, version: int) -> int:
    """Triples in the default graph: the merge of the named graphs, each triple once."""
    rows = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(rows[0]["n"].value) if rows else 0


def dataset_node(base: str) -> rdf.NamedNode:
    return rdf.NamedNode(base + "id/dataset")


def void_triples(store: Store, base: str) -> list[rdf.Triple]:
    """VoID: the dataset, its size, its vocabularies and one subset per named graph."""
    ds = dataset_node(base)
    sizes = _graph_sizes(store, store.version)
    triples: list[TripleParts] = [
        (ds, A, _n(VOID, "Dataset")),
        (ds, _n(DCTERMS, "title"), rdf.Literal("Strategy Lineage knowledge graph")),
        (
            ds,
            _n(DCTERMS, "description"),
            rdf.Literal(
                "Public-sector strategies, their supersession, governance and legal basis, "
                "with the quoted evidence of every statement; one named graph per source document."
            ),
        ),
        (ds, _n(VOID, "sparqlEndpoint"), rdf.NamedNode(base + "sparql")),
        (ds, _n(VOID, "uriSpace"), rdf.Literal(base + "id/")),
        (ds, _n(VOID, "triples"), _int(_default_size(store, store.version))),
        (ds, _n(VOID, "uriLookupEndpoint"), rdf.NamedNode(base + "api/search?q=")),
    ]
    triples += [(ds, _n(VOID, "vocabulary"), rdf.NamedNode(ns)) for ns in vocab.PREFIXES.values()]
    for graph, count in sizes:
        subset = rdf.NamedNode(graph)
        triples += [
            (ds, _n(VOID, "subset"), subset),
            (subset, A, _n(VOID, "Dataset")),
            (subset, _n(VOID, "triples"), _int(count)),
            (subset, _n(SD, "name"), subset),
        ]
    return [rdf.Triple(*t) for t in triples]


def service_triples(store: Store, base: str) -> list[rdf.Triple]:
    """SPARQL 1.1 Service Description of /sparql, with the dataset it serves."""
    service = rdf.NamedNode(base + "sparql#service")
    default_dataset = rdf.NamedNode(base + "sparql#dataset")
    default_graph = rdf.BlankNode("defaultGraph")
    triples: list[TripleParts] = [
        (service, A, _n(SD, "Service")),
        (service, _n(SD, "endpoint"), rdf.NamedNode(base + "sparql")),
        (service, _n(SD, "supportedLanguage"), _n(SD, "SPARQL11Query")),
        (service, _n(SD, "feature"), _n(SD, "UnionDefaultGraph")),
        (service, _n(SD, "defaultDataset"), default_dataset),
        (default_dataset, A, _n(SD, "Dataset")),
        (default_dataset, _n(SD, "defaultGraph"), default_graph),
        (default_graph, A, _n(SD, "Graph")),
        (default_graph, _n(VOID, "triples"), _int(_default_size(store, store.version))),
        (default_dataset, _n(DCTERMS, "source"), dataset_node(base)),
    ]
    triples += [(service, _n(SD, "resultFormat"), _n(FORMATS_NS, f)) for f in SERVED_FORMATS]
    for graph, _count in _graph_sizes(store, store.version):
        named = rdf.BlankNode(f"g{vocab.stable_hash(graph, length=12)}")
        triples += [
            (default_dataset, _n(SD, "namedGraph"), named),
            (named, A, _n(SD, "NamedGraph")),
            (named, _n(SD, "name"), rdf.NamedNode(graph)),
        ]
    return [rdf.Triple(*t) for t in triples]
