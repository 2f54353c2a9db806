"""The knowledge graph store: one interface over an embedded Oxigraph database.

Everything that reads or writes quads goes through :class:`GraphStore`, so the engine
behind it (embedded Oxigraph on disk or in memory today, a remote SPARQL 1.1 endpoint
tomorrow) is a configuration choice rather than a rewrite.

Writes are per source and atomic: a source's named graph is dropped and re-inserted,
and the graph version is bumped, in one SPARQL Update, which Oxigraph applies as a
single transaction. A failure leaves the store exactly as it was.

The store's default graph is kept equal to the RDF merge (a set) of every named graph.
Oxigraph's "default graph as union" option yields a row per matching *quad*, so a fact
stated by three sources would come back three times; a maintained merge gives SPARQL's
set semantics and is also faster to query.
"""

from __future__ import annotations

import fcntl
import io
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from graph.originals import Originals
from strategy_lineage import vocab
from strategy_lineage.vocab import SL

DEFAULT_STORE = "var/store"

EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
QUAD_FORMATS = {"trig", "nquads", "jsonld"}

_VERSION = ox.NamedNode(SL + "graphVersion")
_FORMAT = ox.NamedNode(SL + "storeFormat")
_BASE = ox.NamedNode(SL + "baseIRI")
# Bumped when the physical layout or the way IRIs are minted changes; 2 = the default graph
# mirrors the named graphs; 3 = local things are minted under their publisher (loaders/identity.py).
STORE_FORMAT = 3
_STORE_NODE_SUFFIX = "id/store"


class StoreError(Exception):
    """A store problem worth one clear line to the user (locked, missing, corrupt)."""


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


def term_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """The lexical value of a term; this project never stores RDF-star triple terms."""
    if isinstance(term, ox.Triple):
        raise StoreError(f"unexpected RDF-star triple term {term}")
    return term.value


def default_store_path() -> Path:
    return Path(os.environ.get("STRATEGY_LINEAGE_STORE", DEFAULT_STORE))


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


SERVING_LOCK = "serving.lock"


def _serving_lock(path: Path, serve: bool) -> IO[bytes]:
    """Servers share a lock on the store folder; a writer from another process takes it alone.

    A server answers from one snapshot of the store (its JSON projection and its SPARQL
    workers alike), so a write by another process while it runs would leave the two
    disagreeing. Writers are refused instead; the lock dies with its process.
    """
    handle = (path / SERVING_LOCK).open("a+b")
    try:
        fcntl.flock(handle, (fcntl.LOCK_SH if serve else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise StoreError(
            f"the store at {path} is being written by another process; serve it when the write has finished"
            if serve
            else f"the store at {path} is in use by another process (a running server would not see this write): "
            "stop the server first, or write through its API (POST /api/sources with a token)"
        ) from None
    return handle


class GraphStore:
    """A dataset of named graphs, one per source, plus inference and bookkeeping graphs."""

    def __init__(
        self, store: ox.Store, path: Path | None = None, read_only: bool = False, lock: IO[bytes] | None = None
    ) -> None:
        self._store = store
        self.path = path
        self.read_only = read_only
        self._lock = lock  # held for the life of this object (see _serving_lock)
        # The files sources were extracted from, kept inside the store's folder.
        self.originals = Originals(path / "originals" if path is not None else None)

    # Opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None = None, read_only: bool = False, serve: bool = False) -> GraphStore:
        """Open (creating if needed) the persistent store at ``path``.

        ``serve=True`` is for servers: several may share the store, and no other process
        may write to it meanwhile. Other writable opens refuse a store that is being served.
        """
        path = Path(path) if path is not None else default_store_path()
        try:
            if read_only:
                if not path.exists():
                    raise StoreError(f"no store at {path}: load some sources first")
                lock = _serving_lock(path, serve=True) if serve else None
                store = cls(ox.Store.read_only(str(path)), path, read_only=True, lock=lock)
                store._check_base()  # first: the other checks look up IRIs under the base
                store._check_format()
                return store
            path.mkdir(parents=True, exist_ok=True)
            lock = _serving_lock(path, serve=serve)
            try:
                store = cls(ox.Store(str(path)), path, lock=lock)
            except OSError:
                lock.close()
                raise
            store._check_base()
            store.upgrade()
            return store
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError(f"the store at {path} is in use by another process (is the server running?)") from err
            raise StoreError(f"cannot open the store at {path}: {err}") from err

    @classmethod
    def in_memory(cls) -> GraphStore:
        return cls(ox.Store())

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying engine, for the few hot paths that need it directly."""
        return self._store

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    # Versioning --------------------------------------------------------------
    def _store_node(self) -> ox.NamedNode:
        return ox.NamedNode(vocab.base_iri() + _STORE_NODE_SUFFIX)

    @property
    def version(self) -> int:
        """Bumped by every write; used for ETags and to rebuild cached projections."""
        for quad in self._store.quads_for_pattern(self._store_node(), _VERSION, None, vocab.meta_graph()):
            return int(term_value(quad.object))
        return 0

    def _version_update(self) -> str:
        """Bump the version and stamp the layout format and IRI base: every write ends with this."""
        node, graph = self._store_node(), vocab.meta_graph()
        base = ox.Literal(vocab.base_iri())
        return (
            f"DELETE {{ GRAPH {graph} {{ {node} {_VERSION} ?v . {node} {_FORMAT} ?f . {node} {_BASE} ?b }} }} "
            f"INSERT {{ GRAPH {graph} {{ {node} {_VERSION} ?next . {node} {_FORMAT} {STORE_FORMAT} . "
            f"{node} {_BASE} {base} }} }} "
            f"WHERE {{ OPTIONAL {{ GRAPH {graph} {{ {node} {_VERSION} ?v }} }} "
            f"OPTIONAL {{ GRAPH {graph} {{ {node} {_FORMAT} ?f }} }} "
            f"OPTIONAL {{ GRAPH {graph} {{ {node} {_BASE} ?b }} }} "
            f"BIND(COALESCE(?v, 0) + 1 AS ?next) }}"
        )

    def _check_base(self) -> None:
        """IRIs are minted at load time: a store must be served and extended under its own base."""
        # Looked up in any graph: the meta graph's own IRI is under the base too.
        for quad in self._store.quads_for_pattern(None, _BASE, None, None):
            if term_value(quad.object) != vocab.base_iri():
                raise StoreError(
                    f"the store at {self.path} holds IRIs under {term_value(quad.object)}, not {vocab.base_iri()}: "
                    f"set STRATEGY_LINEAGE_BASE={term_value(quad.object)} or use another --store"
                )

    @property
    def format(self) -> int:
        """Layout version of this store (0: empty or built before formats were recorded)."""
        for quad in self._store.quads_for_pattern(self._store_node(), _FORMAT, None, vocab.meta_graph()):
            return int(term_value(quad.object))
        return 0

    def upgrade(self) -> bool:
        """Bring a store written by an older version to STORE_FORMAT, in one transaction.
        True if anything changed; an empty store needs nothing (its first write stamps it)."""
        self._check_writable()
        if self.format == STORE_FORMAT or not self._holds_sources():
            return False
        if self.format < 2:
            self._store.update(
                f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {vocab.meta_graph()}) }}"
            )
        # Format 3 changed how IRIs are minted: every source is read again from the text it
        # stores, in one transaction that also stamps the format (imported here: ingest
        # imports this module, and reading belongs to the loaders, not to the store).
        from graph.ingest import reread_sources

        reread_sources(self)
        return True

    def _holds_sources(self) -> bool:
        return any(g != vocab.meta_graph() for g in self._store.named_graphs())

    def _check_format(self) -> None:
        if self._holds_sources() and self.format != STORE_FORMAT:
            raise StoreError(
                f"the store at {self.path} was written by an older version (format {self.format}, "
                f"now {STORE_FORMAT}); run `strategy-lineage load` once to upgrade it"
            )

    # Writing -----------------------------------------------------------------
    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")

    @staticmethod
    def _unmerge(graph: ox.NamedNode) -> str:
        """Update removing from the default graph the triples only ``graph`` holds."""
        return (
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }} ;\n"
        )

    @staticmethod
    def _insert(graph: ox.NamedNode, triples: Iterable[tuple]) -> str:
        """Update adding ``triples`` to ``graph`` and to the default graph (the merge)."""
        body = " .\n".join(f"{s} {p} {o}" for s, p, o in triples)
        if not body:
            return ""
        return f"INSERT DATA {{ GRAPH {graph} {{\n{body} .\n}} }} ;\nINSERT DATA {{\n{body} .\n}} ;\n"

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad], log: Iterable[tuple] = ()) -> None:
        """Atomically make ``graph`` hold exactly ``quads``, add the ``log`` triples to the
        meta graph (the write log: see graph.changes) and bump the version."""
        self.replace_graphs({graph: quads}, log)

    def replace_graphs(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]], log: Iterable[tuple] = ()) -> None:
        """Atomically make each graph hold exactly its quads, log the write, and bump the version once."""
        self._check_writable()
        update = ""
        for graph, quads in graphs.items():
            update += self._unmerge(graph) + f"DROP SILENT GRAPH {graph} ;\n"
            update += self._insert(graph, ((q.subject, q.predicate, q.object) for q in quads))
        update += self._insert(vocab.meta_graph(), log)
        update += self._version_update()
        self._store.update(update)

    def drop_graph(self, graph: ox.NamedNode, log: Iterable[tuple] = ()) -> bool:
        """Atomically remove ``graph`` (and log it, as replace_graph does); whether it existed."""
        self._check_writable()
        if not self._store.contains_named_graph(graph):
            return False
        self._store.update(
            self._unmerge(graph)
            + f"DROP GRAPH {graph} ;\n"
            + self._insert(vocab.meta_graph(), log)
            + self._version_update()
        )
        return True

    def bulk_load(self, quads: Iterable[ox.Quad]) -> None:
        """Fast, non-transactional load for large generated corpora (benchmarks)."""
        self._check_writable()
        self._store.bulk_extend(_with_merge(quads))
        self._store.update(self._version_update())

    def append_meta(self, triples: Iterable[tuple]) -> None:
        self._check_writable()
        graph = vocab.meta_graph()
        self._store.extend(_with_merge(ox.Quad(s, p, o, graph) for s, p, o in triples))

    # Reading -----------------------------------------------------------------
    def query(self, sparql: str, **options) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """SPARQL; the default graph is the merge of all named graphs (see the module doc)."""
        return self._store.query(sparql, prefixes=vocab.PREFIXES, **options)

    def select(self, sparql: str, **options) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
        """SELECT results as plain dicts (variables absent from a row are left out)."""
        solutions = self.query(sparql, **options)
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError("select() needs a SELECT query")
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

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Quads of one named graph, or of all named graphs (never the mirrored default graph)."""
        quads = self._store.quads_for_pattern(None, None, None, graph)
        return quads if graph is not None else (q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))

    def __len__(self) -> int:
        """Quads in named graphs (the default graph only mirrors them)."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"].value)

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self._store.contains_named_graph(graph)

    def source_sha256(self, source_id: str) -> str | None:
        doc = vocab.source_iri(source_id)
        for quad in self._store.quads_for_pattern(
            doc, ox.NamedNode(SL + "sha256"), None, vocab.source_graph(source_id)
        ):
            return term_value(quad.object)
        return None

    def sources(self) -> list[SourceInfo]:
        """What is loaded: one row per source graph, with counts."""
        rows = self.select(
            """
            SELECT ?graph ?doc ?id ?kind ?file ?sha ?loaded ?title ?format ?size ?pages ?encoding
                   (COUNT(?s) AS ?quads) WHERE {
              GRAPH ?graph {
                ?doc a sl:SourceDocument ; dcterms:identifier ?id ; sl:fileName ?file ;
                     sl:sha256 ?sha ; sl:loadedAt ?loaded .
                ?doc a ?kind . FILTER(?kind != sl:SourceDocument)
                OPTIONAL { ?doc dcterms:title ?title }
                OPTIONAL { ?doc dcterms:format ?format }
                OPTIONAL { ?doc sl:byteSize ?size }
                OPTIONAL { ?doc sl:pageCount ?pages }
                OPTIONAL { ?doc sl:encoding ?encoding }
                ?s ?p ?o .
              }
            } GROUP BY ?graph ?doc ?id ?kind ?file ?sha ?loaded ?title ?format ?size ?pages ?encoding ORDER BY ?id
            """,
            use_default_graph_as_union=False,
        )
        facts = {
            row["graph"].value: int(row["n"].value)
            for row in self.select(
                "SELECT ?graph (COUNT(?e) AS ?n) WHERE { GRAPH ?graph { ?e a sl:Evidence } } GROUP BY ?graph",
                use_default_graph_as_union=False,
            )
        }
        return [
            SourceInfo(
                source_id=row["id"].value,
                iri=row["doc"].value,
                graph=row["graph"].value,
                kind=row["kind"].value.removeprefix(SL),
                file_name=row["file"].value,
                sha256=row["sha"].value,
                loaded_at=row["loaded"].value,
                title=row["title"].value if "title" in row else None,
                quads=int(row["quads"].value),
                facts=facts.get(row["graph"].value, 0),
                media_type=row["format"].value if "format" in row else None,
                byte_size=int(row["size"].value) if "size" in row else None,
                page_count=int(row["pages"].value) if "pages" in row else None,
                encoding=row["encoding"].value if "encoding" in row else None,
            )
            for row in rows
        ]

    def export(self, fmt: str, graph: ox.NamedNode | None = None, include_merge: bool = False) -> bytes:
        """Serialise the named graphs (or one graph) as ``fmt`` (see EXPORT_FORMATS).

        ``include_merge`` adds the default graph (the merge of all named graphs), for a copy
        of the store that must answer queries exactly as this one does."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        out = io.BytesIO()
        if fmt in QUAD_FORMATS and graph is None:
            quads = self._store if include_merge else self.quads()
            ox.serialize(quads, out, EXPORT_FORMATS[fmt], prefixes=vocab.PREFIXES)
        else:
            # Triple formats cannot carry graph names: merge every graph (or the one asked for).
            triples = {(q.subject, q.predicate, q.object) for q in self.quads(graph)}
            ox.serialize((ox.Triple(*t) for t in triples), out, EXPORT_FORMATS[fmt], prefixes=vocab.PREFIXES)
        return out.getvalue()


def _with_merge(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad, and its triple in the default graph (duplicates collapse in the store)."""
    for quad in quads:
        yield quad
        yield ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())
