"""The embedded store: an Oxigraph database in a folder (or in memory), implementing graph.store.Store.

Writes are per source and all-or-nothing: a source's named graph is dropped and
re-inserted, and the graph version is bumped, in one SPARQL Update, which Oxigraph
applies as a single transaction; a failure leaves the store exactly as it was. A write
of more than BATCH quads is journaled in the meta graph and its quads are taken as they come
(never all held: a 5 MB text's graph is 3 million quads): a new graph is marked, then
written by Oxigraph's bulk loader in parts of BULK_BATCH (its transactions keep their
writes in memory, one big transaction costs super-linearly); the next version of a graph
the store holds is written in transactions of BATCH into a staging graph (marked, outside
the merge, never listed) and switched in by the write's last transaction, which writes
only what differs, updates the merge and bumps the version. A write killed before that
transaction is rolled back at the next writable open: staging graphs dropped, new graphs
removed whole; so a source is always its old version or its new one, never neither (a
load run again writes it).

The store's default graph is kept equal to the RDF merge (a set) of every named graph.
Oxigraph's "default graph as union" option yields a row per matching *quad*, so a fact
stated by three sources would come back three times; a maintained merge gives SPARQL's
set semantics and is also faster to query.

Oxigraph cannot interrupt a running query, so the API runs user SPARQL in worker
processes that open a read-only copy (:func:`open_snapshot`, :meth:`OxigraphStore.checkpoint`).
"""

from __future__ import annotations

import fcntl
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import IO, TypeVar

import pyoxigraph as ox

from graph.originals import Originals
from graph.store import (
    BASE,
    FORMAT,
    STORE_FORMAT,
    VERSION,
    StoreError,
    StoreQueries,
    is_staging,
    serialize_export,
    staging_prefix,
    store_node,
    term_value,
    version_update,
)
from strategy_lineage import vocab

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


class OxigraphStore(StoreQueries):
    """A dataset of named graphs, one per source, plus inference and bookkeeping graphs."""

    shared = False  # one process writes it (see _serving_lock)

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
    def open(cls, path: Path, read_only: bool = False, serve: bool = False) -> OxigraphStore:
        """Open (creating if needed) the persistent store at ``path``.

        ``serve=True`` is for servers: several may share the store, and no other process
        may write to it meanwhile. Other writable opens refuse a store that is being served.
        """
        try:
            if read_only:
                if not path.exists():
                    raise StoreError(f"no store at {path}: load some sources first")
                lock = _serving_lock(path, serve=True) if serve else None
                store = cls(ox.Store.read_only(str(path)), path, read_only=True, lock=lock)
                store._check_base()  # first: the other checks look up IRIs under the base
                store._check_format()
                store._check_no_interrupted_write()
                return store
            path.mkdir(parents=True, exist_ok=True)
            lock = _serving_lock(path, serve=serve)
            try:
                store = cls(ox.Store(str(path)), path, lock=lock)
            except OSError:
                lock.close()
                raise
            store._check_base()
            store._roll_back_interrupted_write()
            store.upgrade()
            return store
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError(f"the store at {path} is in use by another process (is the server running?)") from err
            raise StoreError(f"cannot open the store at {path}: {err}") from err

    @classmethod
    def in_memory(cls) -> OxigraphStore:
        return cls(ox.Store())

    def describe(self) -> str:
        return str(self.path) if self.path is not None else "an in-memory store"

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    # Copies for the query workers (api.query_pool) -----------------------------
    def checkpoint(self, target: Path) -> None:
        """A read-only copy of the store as it is now (RocksDB checkpoint: hard links, milliseconds)."""
        self._store.backup(str(target))

    # Versioning --------------------------------------------------------------
    def _first_object(self, subject: ox.NamedNode, predicate: ox.NamedNode, graph: ox.NamedNode | None) -> str | None:
        for quad in self._store.quads_for_pattern(subject, predicate, None, graph):
            return term_value(quad.object)
        return None

    @property
    def version(self) -> int:
        """Bumped by every write; used for ETags and to rebuild cached projections."""
        return int(self._first_object(store_node(), VERSION, vocab.meta_graph()) or 0)

    def _check_base(self) -> None:
        """IRIs are minted at load time: a store must be served and extended under its own base."""
        # Looked up in any graph: the meta graph's own IRI is under the base too.
        for quad in self._store.quads_for_pattern(None, BASE, None, None):
            if term_value(quad.object) != vocab.base_iri():
                raise StoreError(
                    f"the store at {self.path} holds IRIs under {term_value(quad.object)}, not {vocab.base_iri()}: "
                    f"set STRATEGY_LINEAGE_BASE={term_value(quad.object)} or use another --store"
                )

    @property
    def format(self) -> int:
        """Layout version of this store (0: empty or built before formats were recorded)."""
        return int(self._first_object(store_node(), FORMAT, vocab.meta_graph()) or 0)

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
        """Make ``graph`` hold exactly ``quads``, add the ``log`` triples to the meta graph (the
        write log: see graph.changes) and bump the version."""
        self.replace_graphs({graph: quads}, log)

    def replace_graphs(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]], log: Iterable[tuple] = ()) -> None:
        """Make each graph hold exactly its quads, log the write, and bump the version once: in one
        transaction up to BATCH quads written and removed, journaled batches above (module doc). The
        quads are taken as they come: a graph above BATCH is never held whole."""
        self._check_writable()
        self._write({graph: _triples_of(quads) for graph, quads in graphs.items()}, list(log))

    def drop_graph(self, graph: ox.NamedNode, log: Iterable[tuple] = ()) -> bool:
        """Remove ``graph`` (and log it, as replace_graphs does); whether it existed."""
        self._check_writable()
        if not self._store.contains_named_graph(graph):
            return False
        self._write({graph: iter(())}, list(log))
        return True

    def _write(self, content: dict[ox.NamedNode, Iterator[tuple]], log: list[tuple]) -> None:
        # Up to BATCH triples of each graph, new and old, are looked at first: a write that small is one
        # transaction. Above it, each graph is written as it comes (``_write_journaled``).
        heads: dict[ox.NamedNode, tuple[list[tuple], list[tuple]]] = {}
        total = 0
        graphs = iter(content.items())
        for graph, triples in graphs:
            head, old = list(islice(triples, BATCH + 1)), self._triples(graph, BATCH + 1)
            heads[graph] = head, old
            total += len(head) + len(old)
            if total > BATCH:
                break
        else:
            update = "".join(
                self._unmerge(graph) + f"DROP SILENT GRAPH {graph} ;\n" + self._insert(graph, head)
                for graph, (head, _) in heads.items()
            )
            self._store.update(update + self._insert(vocab.meta_graph(), log) + version_update())
            return
        # A graph the store holds is replaced by one transaction at the end, so that a write killed
        # before it leaves the old version whole; a new graph is written as it comes (marked, so that a
        # write killed meanwhile is removed whole at the next open: absent, as it was).
        journal = _Journal()
        for graph, (head, old) in heads.items():
            self._write_journaled(graph, chain(head, content[graph]), head, old, journal)
        for graph, triples in graphs:
            head = list(islice(triples, BATCH + 1))
            self._write_journaled(graph, chain(head, triples), head, self._triples(graph, BATCH + 1), journal)
        self._store.update(
            journal.switch
            + self._insert(vocab.meta_graph(), log)
            + self._unmark(_WRITING, journal.written)
            + self._unmark(_STAGING, journal.staged)
            + version_update()
        )

    def _write_journaled(
        self, graph: ox.NamedNode, triples: Iterator[tuple], head: list[tuple], old: list[tuple], journal: _Journal
    ) -> None:
        """One graph of a journaled write (``head``: its first BATCH + 1 triples; ``old``: as many of what
        it holds): a new graph written now, in the merge too (marked); a graph the store holds either
        changed by the last transaction (a small change) or staged for it (a large one)."""
        if not old:
            if head:
                self._mark(_WRITING, [graph])
                journal.written.append(graph)
                # Not one transaction: a graph marked as being written is removed whole if this is killed,
                # and Oxigraph's transactions keep their writes in memory (1 GB for a 1 MB text's graph).
                for part in _batches(triples, BULK_BATCH):
                    self._store.bulk_extend(_with_merge(ox.Quad(s, p, o, graph) for s, p, o in part))
            return
        if len(head) <= BATCH and len(old) <= BATCH:
            wanted = set(head)
            gone, added = [t for t in old if t not in wanted], wanted - set(old)
            if len(gone) + len(added) <= BATCH and not any(map(_has_blank, [*gone, *added])):
                journal.switch += self._diff_update(graph, gone, added, emptied=not head)
                return
        staging = ox.NamedNode(f"{staging_prefix()}{uuid.uuid4().hex}")
        journal.staged.append(staging)
        self._mark(_STAGING, [staging])
        for part in _batches(triples, BATCH):
            self._store.extend(ox.Quad(s, p, o, staging) for s, p, o in part)
        journal.switch += self._swap_update(graph, staging, emptied=not head)

    def _triples(self, graph: ox.NamedNode, most: int | None = None) -> list[tuple]:
        """The triples ``graph`` holds (the first ``most`` of them)."""
        return list(islice(_triples_of(self._store.quads_for_pattern(None, None, None, graph)), most))

    @staticmethod
    def _diff_update(graph: ox.NamedNode, gone: list[tuple], added: Iterable[tuple], emptied: bool) -> str:
        """Update removing ``gone`` from ``graph`` (and from the merge those no other graph states
        when the update runs) and adding ``added`` to both: a small change, applied whole."""
        update = ""
        if gone:
            rows = " ".join(f"({s} {p} {o})" for s, p, o in gone)
            update = (
                f"DELETE DATA {{ GRAPH {graph} {{ {_triples_text(gone)} }} }} ;\n"
                f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} "
                f"FILTER NOT EXISTS {{ {_elsewhere(None)} }} }} ;\n"
            )
        if emptied:
            update += f"DROP SILENT GRAPH {graph} ;\n"  # an emptied graph is listed until dropped
        return update + OxigraphStore._insert(graph, added)

    @staticmethod
    def _swap_update(graph: ox.NamedNode, staging: ox.NamedNode, emptied: bool) -> str:
        """Update making ``graph`` hold what ``staging`` holds (writing only what differs), keeping the
        merge equal to the union of the other graphs, and dropping ``staging``."""
        triple = "?s ?p ?o"
        in_staging = f"GRAPH {staging} {{ {triple} }}"
        in_graph = f"GRAPH {graph} {{ {triple} }}"
        return (
            f"DELETE {{ {triple} }} WHERE {{ {in_graph} FILTER NOT EXISTS {{ {in_staging} }} "
            f"FILTER NOT EXISTS {{ {_elsewhere(graph)} }} }} ;\n"
            f"DELETE {{ {in_graph} }} WHERE {{ {in_graph} FILTER NOT EXISTS {{ {in_staging} }} }} ;\n"
            f"INSERT {{ {triple} . {in_graph} }} WHERE {{ {in_staging} FILTER NOT EXISTS {{ {in_graph} }} }} ;\n"
            f"DROP SILENT GRAPH {staging} ;\n" + (f"DROP SILENT GRAPH {graph} ;\n" if emptied else "")
        )

    def _remove_in_batches(self, graph: ox.NamedNode, merged: bool = True) -> None:
        """Remove what ``graph`` holds (and, if ``merged``, from the merge what no other graph states),
        BATCH quads a transaction, never holding more than one batch."""
        while batch := self._triples(graph, BATCH):
            _remove(self._store, graph, batch, [t for t in batch if not self._elsewhere(graph, t)] if merged else [])

    def _elsewhere(self, graph: ox.NamedNode, triple: tuple) -> bool:
        """Whether a graph other than ``graph`` states ``triple`` (staging graphs are no one's statement)."""
        return any(
            isinstance(q.graph_name, ox.NamedNode) and q.graph_name != graph and not is_staging(q.graph_name)
            for q in self._store.quads_for_pattern(triple[0], triple[1], triple[2], None)
        )

    def _mark(self, kind: ox.NamedNode, graphs: list[ox.NamedNode]) -> None:
        """Record in the meta graph, before its first batch, what a journaled write is writing."""
        if graphs:
            self._store.extend(ox.Quad(store_node(), kind, graph, vocab.meta_graph()) for graph in graphs)

    @staticmethod
    def _unmark(kind: ox.NamedNode, graphs: list[ox.NamedNode]) -> str:
        if not graphs:
            return ""
        marks = " ".join(f"{store_node()} {kind} {graph} ." for graph in graphs)
        return f"DELETE DATA {{ GRAPH {vocab.meta_graph()} {{ {marks} }} }} ;\n"

    def _marked(self, kind: ox.NamedNode) -> list[ox.NamedNode]:
        return [q.object for q in self._store.quads_for_pattern(store_node(), kind, None, vocab.meta_graph())]  # type: ignore[misc]

    def _check_no_interrupted_write(self) -> None:
        if self._marked(_WRITING) or self._marked(_STAGING):
            raise StoreError(
                f"the store at {self.path} holds a write that was interrupted; open it for writing once "
                "(e.g. `strategy-lineage load`) to roll it back"
            )

    def _roll_back_interrupted_write(self) -> None:
        """A write killed between its batches left its graphs marked: staged versions are dropped (the
        graphs they would have replaced are as they were) and new graphs removed whole (a load run
        again puts them back), so no source is ever half there, nor lost."""
        staged, written = self._marked(_STAGING), self._marked(_WRITING)
        if not staged and not written:
            return
        for graph in staged:
            self._remove_in_batches(graph, merged=False)
        for graph in written:
            self._remove_in_batches(graph)
        drops = "".join(f"DROP SILENT GRAPH {graph} ;\n" for graph in [*staged, *written])
        self._store.update(drops + self._unmark(_STAGING, staged) + self._unmark(_WRITING, written) + version_update())

    def bulk_load(self, quads: Iterable[ox.Quad]) -> None:
        """Fast, non-transactional load for large generated corpora (benchmarks)."""
        self._check_writable()
        self._store.bulk_extend(_with_merge(quads))
        self._store.update(version_update())

    def append_meta(self, triples: Iterable[tuple]) -> None:
        self._check_writable()
        graph = vocab.meta_graph()
        self._store.extend(_with_merge(ox.Quad(s, p, o, graph) for s, p, o in triples))

    # Reading -----------------------------------------------------------------
    def query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """SPARQL; the default graph is the merge of all named graphs (see the module doc).
        Oxigraph has no time limit or row cap: the caller enforces both (api.query_pool)."""
        options: dict = {}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        return self._store.query(sparql, prefixes=vocab.PREFIXES, **options)

    def properties(
        self, subject: ox.NamedNode, predicate: ox.NamedNode | None = None
    ) -> list[tuple[ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal]]:
        # One index scan of the merged default graph (each triple once).
        return [
            (q.predicate, q.object)  # type: ignore[misc]
            for q in self._store.quads_for_pattern(subject, predicate, None, ox.DefaultGraph())
        ]

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Quads of one named graph, or of all named graphs (never the mirrored default graph)."""
        quads = self._store.quads_for_pattern(None, None, None, graph)
        if graph is not None:
            return quads
        return (q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph) and not is_staging(q.graph_name))

    def graphs(self) -> list[ox.NamedNode]:
        return [g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode) and not is_staging(g)]

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self._store.contains_named_graph(graph)

    def source_sha256(self, source_id: str) -> str | None:
        # An index look-up (the shared SPARQL would do, but loads ask for every source).
        return self._first_object(vocab.source_iri(source_id), SHA256, vocab.source_graph(source_id))

    def export(self, fmt: str, graph: ox.NamedNode | None = None, include_merge: bool = False) -> bytes:
        """Serialise the named graphs (or one graph) as ``fmt`` (see EXPORT_FORMATS).

        ``include_merge`` adds the default graph (the merge of all named graphs), for a copy
        of the store that must answer queries exactly as this one does."""
        if include_merge and graph is None:
            return serialize_export(fmt, (q for q in self._store if not is_staging(q.graph_name)), keep_graphs=True)
        return serialize_export(fmt, self.quads(graph), keep_graphs=graph is None)


T = TypeVar("T")
SHA256 = ox.NamedNode(vocab.SL + "sha256")
# Marks, in the meta graph, each new graph a journaled write is writing, and each staging graph
# holding the next version of a graph the store holds (see OxigraphStore._write).
_WRITING = ox.NamedNode(vocab.SL + "writingGraph")
_STAGING = ox.NamedNode(vocab.SL + "stagesGraph")
# Quads one transaction writes or removes: Oxigraph's transactions cost super-linearly in their size
# (100,000 quads on disk: 4.9 s in one transaction, about 1.6 s in transactions of 10,000).
BATCH = 10_000
# Quads one bulk write (of a new graph) is given: Oxigraph's bulk loader holds up to a million quads in
# memory before it writes them out (1.6 GB for a 1 MB text's graph given at once).
BULK_BATCH = 50_000


def open_snapshot(path: str | None, nquads: bytes | None) -> OxigraphStore:
    """A query worker's own handle: a checkpoint opened read-only, or an in-memory copy of a dump."""
    if path is not None:
        return OxigraphStore(ox.Store.read_only(path), Path(path), read_only=True)
    store = ox.Store()
    if nquads:
        store.bulk_load(nquads, ox.RdfFormat.N_QUADS)
    return OxigraphStore(store, read_only=True)


@dataclass
class _Journal:
    """What a journaled write has done so far: the new graphs written, the staging graphs filled, and
    the last transaction's update (the switch of every graph the store holds)."""

    written: list[ox.NamedNode] = field(default_factory=list)
    staged: list[ox.NamedNode] = field(default_factory=list)
    switch: str = ""


def _triples_of(quads: Iterable[ox.Quad]) -> Iterator[tuple]:
    return ((q.subject, q.predicate, q.object) for q in quads)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _remove(store: ox.Store, graph: ox.NamedNode, stated: list[tuple], merged: list[tuple]) -> None:
    """Delete ``stated`` from ``graph`` and ``merged`` from the default graph in one transaction
    (DELETE DATA cannot name blank nodes: triples with one are removed one by one)."""
    plain = [t for t in stated if not _has_blank(t)]
    plain_merged = [t for t in merged if not _has_blank(t)]
    if plain or plain_merged:
        store.update(f"DELETE DATA {{ GRAPH {graph} {{ {_triples_text(plain)} }} {_triples_text(plain_merged)} }}")
    for s, p, o in stated:
        if _has_blank((s, p, o)):
            store.remove(ox.Quad(s, p, o, graph))
    for s, p, o in merged:
        if _has_blank((s, p, o)):
            store.remove(ox.Quad(s, p, o))


def _elsewhere(graph: ox.NamedNode | None) -> str:
    """Pattern: ?s ?p ?o is stated by a graph other than ``graph`` (staging graphs are no one's statement)."""
    other = f"?other != {graph} && " if graph is not None else ""
    return f"GRAPH ?other {{ ?s ?p ?o }} FILTER({other}!STRSTARTS(STR(?other), {ox.Literal(staging_prefix())}))"


def _triples_text(triples: list[tuple]) -> str:
    return " ".join(f"{s} {p} {o} ." for s, p, o in triples)


def _has_blank(triple: tuple) -> bool:
    return isinstance(triple[0], ox.BlankNode) or isinstance(triple[2], ox.BlankNode)


def _with_merge(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad, and its triple in the default graph (duplicates collapse in the store)."""
    for quad in quads:
        yield quad
        yield ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())
