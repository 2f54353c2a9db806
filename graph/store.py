"""The knowledge graph store: one protocol, the engine behind it chosen by configuration.

Everything that reads or writes quads goes through :class:`Store`. Implementations:

* :class:`graph.oxigraph_store.OxigraphStore`, an embedded Oxigraph database (a folder,
  or in memory);
* :class:`graph.remote_store.RemoteStore`, any engine speaking the SPARQL 1.1 Protocol and
  Update (Virtuoso 7 in CI), given as ``sparql+http://HOST:PORT/PATH`` or ``sparql+https://...``.

:func:`open_store` picks one from ``STRATEGY_LINEAGE_STORE`` (or ``--store``). Nothing
above ``graph/`` imports the engine; terms and results are the shared types of
:mod:`graph.rdf`.

What every store guarantees:

* The default graph answers as the RDF merge (a set) of the named graphs: a fact stated
  by three sources comes back once.
* Writes are per source graph, all-or-nothing, and end with a bump of the graph version,
  which lives in the store itself (the meta graph), so every process reading the store
  agrees on it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from graph import rdf
from graph.originals import Originals
from strategy_lineage import vocab
from strategy_lineage.settings import StoreAccess
from strategy_lineage.vocab import SL

REMOTE_SCHEMES = ("sparql+http://", "sparql+https://")

EXPORT_FORMATS: dict[str, rdf.RdfFormat] = {
    "turtle": rdf.RdfFormat.TURTLE,
    "trig": rdf.RdfFormat.TRIG,
    "nquads": rdf.RdfFormat.N_QUADS,
    "ntriples": rdf.RdfFormat.N_TRIPLES,
    "rdfxml": rdf.RdfFormat.RDF_XML,
    "jsonld": rdf.RdfFormat.JSON_LD,
}
QUAD_FORMATS = {"trig", "nquads", "jsonld"}

VERSION = rdf.NamedNode(SL + "graphVersion")
FORMAT = rdf.NamedNode(SL + "storeFormat")
BASE = rdf.NamedNode(SL + "baseIRI")
# Bumped when the physical layout or the way IRIs are minted changes; 2 = the default graph
# mirrors the named graphs; 3 = local things are minted under their publisher (loaders/identity.py).
STORE_FORMAT = 3
_STORE_NODE_SUFFIX = "id/store"

Row = dict[str, rdf.Term]


class StoreError(Exception):
    """A store problem worth one clear line to the user (locked, missing, corrupt, unreachable)."""


class QueryTimeout(StoreError):
    """The engine stopped a query at the time limit it was given."""


@dataclass(frozen=True)
class SourceInfo:
    source_id: str
    iri: str
    graph: str
    kind: str
    file_name: str
    sha256: str
    loaded_at: str
    title: str | None
    quads: int
    facts: int
    # The original file (None for sources loaded before originals were kept, and curated CSVs).
    media_type: str | None = None
    byte_size: int | None = None
    page_count: int | None = None
    encoding: str | None = None


@runtime_checkable
class Store(Protocol):
    """What the readers and writers of the knowledge graph need from an engine."""

    read_only: bool
    # Whether other processes may write the store while this one reads it (a remote engine):
    # then its version must be polled, never read once.
    shared: bool
    # The files sources were extracted from (see graph.originals).
    originals: Originals

    # Reading -------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> rdf.QuerySolutions | rdf.QueryBoolean | Iterable[rdf.Triple]:
        """SPARQL (the project's prefixes predeclared); without a dataset the default graph is
        the merge of the named graphs. ``timeout`` and ``max_rows`` are passed to engines that
        enforce them (the caller checks both either way)."""
        ...

    def select(self, sparql: str) -> list[Row]: ...

    def ask(self, sparql: str) -> bool: ...

    def construct(self, sparql: str) -> list[rdf.Triple]: ...

    @property
    def version(self) -> int:
        """Bumped by every write; read for ETags and to rebuild cached projections."""
        ...

    def properties(
        self, subject: rdf.NamedNode, predicate: rdf.NamedNode | None = None
    ) -> list[tuple[rdf.NamedNode, rdf.Term]]:
        """(predicate, object) of every triple about ``subject`` (with ``predicate``, if given) in the
        merged default graph: the evidence reader's hot path."""
        ...

    def properties_of(
        self, subjects: Iterable[rdf.NamedNode], predicates: Sequence[rdf.NamedNode] = ()
    ) -> dict[str, list[tuple[rdf.NamedNode, rdf.Term]]]:
        """:meth:`properties` of many subjects at once (only ``predicates``, if given), keyed by
        the subject's IRI; a subject with none is absent. An engine over HTTP answers many
        subjects per request, where one request per subject would cost a round trip each."""
        ...

    def quads(self, graph: rdf.NamedNode | None = None) -> Iterator[rdf.Quad]:
        """Quads of one named graph, or of every named graph."""
        ...

    def graphs(self) -> list[rdf.NamedNode]: ...

    def has_graph(self, graph: rdf.NamedNode) -> bool: ...

    def sources(self) -> list[SourceInfo]: ...

    def counts_per_graph(self, pattern: str) -> dict[str, int]:
        """How many solutions of the SPARQL group ``pattern`` each of our named graphs holds, by graph IRI."""
        ...

    def source_sha256(self, source_id: str) -> str | None: ...

    def export(self, fmt: str, graph: rdf.NamedNode | None = None, include_merge: bool = False) -> bytes: ...

    def __len__(self) -> int: ...

    # Writing -------------------------------------------------------------------
    def replace_graph(self, graph: rdf.NamedNode, quads: Iterable[rdf.Quad], log: Iterable[tuple] = ()) -> None: ...

    def replace_graphs(self, graphs: Mapping[rdf.NamedNode, Iterable[rdf.Quad]], log: Iterable[tuple] = ()) -> None:
        """Atomically make each graph hold exactly its quads, add the ``log`` triples to the meta
        graph (the write log: see graph.changes) and bump the version once."""
        ...

    def drop_graph(self, graph: rdf.NamedNode, log: Iterable[tuple] = ()) -> bool:
        """Atomically remove ``graph`` (and log it, as replace_graphs does); whether it existed."""
        ...

    def bulk_load(self, quads: Iterable[rdf.Quad]) -> None:
        """Fast, non-transactional load of a large generated corpus (benchmarks, synth)."""
        ...

    def append_meta(self, triples: Iterable[tuple]) -> None: ...

    def upgrade(self) -> bool: ...

    def flush(self) -> None: ...

    def describe(self) -> str:
        """Where the store is, for messages (a folder, a URL without its password)."""
        ...

    def __hash__(self) -> int: ...  # stores key per-version caches (api.describe)


def term_value(term: rdf.NamedNode | rdf.BlankNode | rdf.Literal | rdf.Triple) -> str:
    """The lexical value of a term; this project never stores RDF-star triple terms."""
    if isinstance(term, rdf.Triple):
        raise StoreError(f"unexpected RDF-star triple term {term}")
    return term.value


def is_remote(location: str | Path) -> bool:
    return str(location).startswith(REMOTE_SCHEMES)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def open_store(
    location: Path | str, read_only: bool = False, serve: bool = False, access: StoreAccess | None = None
) -> Store:
    """The store at ``location``: a folder (embedded Oxigraph) or a ``sparql+http(s)://`` URL.

    ``serve=True`` is for servers: several may share an embedded store, and no other process
    may write to it meanwhile (see graph.oxigraph_store). ``access`` holds a remote engine's
    credentials (strategy_lineage.settings, read once by the caller)."""
    where = str(location)
    if is_remote(where):
        from graph.remote_store import RemoteStore  # only loaded when a URL asks for it

        return RemoteStore.connect(where, access or StoreAccess(), read_only=read_only)
    from graph.oxigraph_store import OxigraphStore

    return OxigraphStore.open(Path(where), read_only=read_only, serve=serve)


def memory_store() -> Store:
    """An empty embedded store in memory (tests, one-off tools)."""
    from graph.oxigraph_store import OxigraphStore

    return OxigraphStore.in_memory()


# Shared by both implementations: what is written, and the queries every engine answers alike.
def store_node() -> rdf.NamedNode:
    return rdf.NamedNode(vocab.base_iri() + _STORE_NODE_SUFFIX)


def staging_prefix() -> str:
    """Graphs under this prefix hold the next version of a graph while a large write stages it:
    no one's statement, never listed, switched in by the write's last transaction."""
    return f"{vocab.base_iri()}graph/staging/"


def is_staging(graph: rdf.NamedNode | rdf.BlankNode | rdf.DefaultGraph) -> bool:
    return isinstance(graph, rdf.NamedNode) and graph.value.startswith(staging_prefix())


def version_update() -> str:
    """Bump the version and stamp the layout format and IRI base: every write ends with this.

    Written so that engines agree on it: the next version comes from an aggregate (one row
    even on an empty store), and the old value is deleted after the new one is inserted."""
    node, graph = store_node(), vocab.meta_graph()
    version = f"GRAPH {graph} {{ {node} {VERSION} ?v }}"
    return (
        f"INSERT {{ GRAPH {graph} {{ {node} {VERSION} ?next }} }} "
        f"WHERE {{ {{ SELECT ((COALESCE(MAX(?v), 0) + 1) AS ?next) WHERE {{ {version} }} }} }} ;\n"
        f"DELETE {{ {version} }} WHERE {{ {version} "
        f"{{ SELECT (MAX(?w) AS ?top) WHERE {{ GRAPH {graph} {{ {node} {VERSION} ?w }} }} }} FILTER(?v < ?top) }} ;\n"
        f"DELETE {{ GRAPH {graph} {{ {node} ?p ?o }} }} "
        f"WHERE {{ GRAPH {graph} {{ {node} ?p ?o }} FILTER(?p IN ({FORMAT}, {BASE})) }} ;\n"
        f"INSERT DATA {{ GRAPH {graph} {{ {node} {FORMAT} {STORE_FORMAT} . "
        f"{node} {BASE} {rdf.Literal(vocab.base_iri())} }} }}"
    )


def rows_of(solutions: rdf.QuerySolutions) -> list[Row]:
    """SELECT results as plain dicts (variables absent from a row are left out)."""
    names = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        row = {}
        for name in names:
            value = solution[name]
            if value is not None:
                row[name] = value
        rows.append(row)
    return rows


_SOURCES = """
SELECT ?graph ?doc ?id ?kind ?file ?sha ?loaded ?title ?format ?size ?pages ?encoding WHERE {
  GRAPH ?graph {
    ?doc a sl:SourceDocument ; dcterms:identifier ?id ; sl:fileName ?file ;
         sl:sha256 ?sha ; sl:loadedAt ?loaded .
    ?doc a ?kind . FILTER(?kind != sl:SourceDocument)
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc dcterms:format ?format }
    OPTIONAL { ?doc sl:byteSize ?size }
    OPTIONAL { ?doc sl:pageCount ?pages }
    OPTIONAL { ?doc sl:encoding ?encoding }
  }
  FILTER(!STRSTARTS(STR(?graph), "%s"))
} ORDER BY ?id
"""


class StoreQueries:
    """The reads both engines answer with the same SPARQL (mixed into each implementation,
    which provides ``query``: hence the :class:`Store` self-types)."""

    def select(self: Store, sparql: str) -> list[Row]:
        solutions = self.query(sparql)
        if not isinstance(solutions, rdf.QuerySolutions):
            raise StoreError("select() needs a SELECT query")
        return rows_of(solutions)

    def ask(self: Store, sparql: str) -> bool:
        answer = self.query(sparql)
        if not isinstance(answer, rdf.QueryBoolean):
            raise StoreError("ask() needs an ASK query")
        return bool(answer)

    def construct(self: Store, sparql: str) -> list[rdf.Triple]:
        triples = self.query(sparql)
        if isinstance(triples, rdf.QuerySolutions | rdf.QueryBoolean):
            raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query")
        return list(triples)

    def properties_of(
        self: Store, subjects: Iterable[rdf.NamedNode], predicates: Sequence[rdf.NamedNode] = ()
    ) -> dict[str, list[tuple[rdf.NamedNode, rdf.Term]]]:
        """One :meth:`Store.properties` look-up per subject (an index scan each on an embedded store)."""
        found: dict[str, list[tuple[rdf.NamedNode, rdf.Term]]] = {}
        for subject in dict.fromkeys(subjects):
            pairs = (
                [pair for p in predicates for pair in self.properties(subject, p)]
                if predicates
                else self.properties(subject)
            )
            if pairs:
                found[subject.value] = pairs
        return found

    def __len__(self: Store) -> int:
        """Quads in named graphs (a write's staging graphs aside)."""
        counts = self.counts_per_graph("?s ?p ?o")
        return sum(n for graph, n in counts.items() if not graph.startswith(staging_prefix()))

    def source_sha256(self: Store, source_id: str) -> str | None:
        rows = self.select(
            f"SELECT ?sha WHERE {{ GRAPH {vocab.source_graph(source_id)} "
            f"{{ {vocab.source_iri(source_id)} sl:sha256 ?sha }} }} LIMIT 1"
        )
        return rows[0]["sha"].value if rows else None

    def sources(self: Store) -> list[SourceInfo]:
        """What is loaded: one row per source graph, with counts."""
        quads, facts = self.counts_per_graph("?s ?p ?o"), self.counts_per_graph("?e a sl:Evidence")
        return [_source_info(row, quads, facts) for row in self.select(_SOURCES % staging_prefix())]

    def counts_per_graph(self: Store, pattern: str) -> dict[str, int]:
        rows = self.select(f"SELECT ?graph (COUNT(*) AS ?n) WHERE {{ GRAPH ?graph {{ {pattern} }} }} GROUP BY ?graph")
        return {row["graph"].value: int(row["n"].value) for row in rows}


def _source_info(row: Row, quads: dict[str, int], facts: dict[str, int]) -> SourceInfo:
    def optional(name: str) -> str | None:
        return row[name].value if name in row else None

    size, pages = optional("size"), optional("pages")
    return SourceInfo(
        source_id=row["id"].value,
        iri=row["doc"].value,
        graph=row["graph"].value,
        kind=row["kind"].value.removeprefix(SL),
        file_name=row["file"].value,
        sha256=row["sha"].value,
        loaded_at=row["loaded"].value,
        title=optional("title"),
        quads=quads.get(row["graph"].value, 0),
        facts=facts.get(row["graph"].value, 0),
        media_type=optional("format"),
        byte_size=int(size) if size is not None else None,
        page_count=int(pages) if pages is not None else None,
        encoding=optional("encoding"),
    )


def serialize_export(fmt: str, quads: Iterable[rdf.Quad], keep_graphs: bool) -> bytes:
    """``quads`` as ``fmt``: with graph names where the format has them and ``keep_graphs``,
    otherwise as the merge of their triples (triple formats cannot carry graph names)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    out = io.BytesIO()
    if fmt in QUAD_FORMATS and keep_graphs:
        rdf.serialize(quads, out, EXPORT_FORMATS[fmt], prefixes=vocab.PREFIXES)
    else:
        triples = {(q.subject, q.predicate, q.object) for q in quads}
        rdf.serialize((rdf.Triple(*t) for t in triples), out, EXPORT_FORMATS[fmt], prefixes=vocab.PREFIXES)
    return out.getvalue()
