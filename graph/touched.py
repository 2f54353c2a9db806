"""What this process's writes touched, so that a projection built before them is brought up to
date by reading again only the things they touched (:func:`graph.projection.update_projection`).

Each recorded write says: the store went from version ``since`` to ``until``, and the things it
may have changed are these IRIs (every IRI a written source graph mentions, before and after the
write; for the inference graph, the things of the triples that changed). A projection at version
``v`` is updated to ``w`` only when records cover every version between them without a gap. A
version no record covers (a write by another process, a bulk load, a store upgrade, the rollback of
an interrupted write, a load killed between its write and its record) leaves a gap, and the
projection is then built in full, as it always was. So a record can only narrow what is read
again, never hide a change: the records are kept in memory by the process that wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar
from weakref import WeakKeyDictionary

import pyoxigraph as ox

from graph.store import Store

T = TypeVar("T")

# The last writes of each store object (by the process holding it): (since, until, IRIs).
_RECORDS: WeakKeyDictionary[Store, list[tuple[int, int, frozenset[str]]]] = WeakKeyDictionary()
# The version of each store at its last failed write: no projection at or before it is updated from.
_UNKNOWN_UNTIL: WeakKeyDictionary[Store, int] = WeakKeyDictionary()
# Quads of a written graph read to record what its write touched (more: not recorded).
MOST_READ = 100_000
# Records kept per store: a projection more writes behind than this is built in full.
KEPT = 256


def record(store: Store, since: int, until: int, iris: Iterable[str]) -> None:
    """Record that the writes taking ``store`` from version ``since`` to ``until`` touched ``iris``."""
    if until <= since:
        return
    records = _RECORDS.setdefault(store, [])
    records.append((since, until, frozenset(iris)))
    del records[:-KEPT]


def forget(store: Store) -> None:
    """A write failed midway: what it left (a new graph's first parts, until the next writable open
    rolls them back) is not known, so no projection of the store as it is now is updated from."""
    _UNKNOWN_UNTIL[store] = store.version


def touched_between(store: Store, since: int, until: int) -> set[str] | None:
    """Every IRI the writes from version ``since`` to ``until`` touched; None when some version in
    between was reached by a write no record covers (the caller then reads everything)."""
    if since <= _UNKNOWN_UNTIL.get(store, -1):
        return None
    found: set[str] = set()
    at = since
    for start, end, iris in _RECORDS.get(store, ()):
        if start == at and end <= until:
            found |= iris
            at = end
    return found if at == until else None


def mentions(store: Store, graph: ox.NamedNode, most: int | None = None) -> set[str] | None:
    """Every IRI ``graph`` holds as a subject or an object (None: it holds more than ``most`` quads)."""
    found: set[str] = set()
    for number, quad in enumerate(store.quads(graph)):
        if most is not None and number >= most:
            return None
        for term in (quad.subject, quad.object):
            if isinstance(term, ox.NamedNode):
                found.add(term.value)
    return found


def recorded_write(store: Store, graphs: Iterable[ox.NamedNode], write: Callable[[], T]) -> T:
    """Run ``write`` (a write of ``graphs``) and record what it touched: every IRI the graphs
    mention before it and after it."""
    graphs = list(graphs)
    since = store.version
    before = _mentioned(store, graphs)
    try:
        result = write()
    except BaseException:
        forget(store)
        raise
    after = _mentioned(store, graphs) if before is not None else None
    if before is not None and after is not None:  # else no record: the next projection is built in full
        record(store, since, store.version, before | after)
    return result


def _mentioned(store: Store, graphs: list[ox.NamedNode]) -> set[str] | None:
    """What the graphs mention; None when one is too large to be read twice per write (a 5 MB text's
    graph of 3 million quads): a full build of the projection then costs less than reading it."""
    found: set[str] = set()
    for graph in graphs:
        iris = mentions(store, graph, MOST_READ)
        if iris is None:
            return None
        found |= iris
    return found


def changed_things(old: set[tuple], new: set[tuple]) -> set[str]:
    """The IRIs a rewrite of a graph from triples ``old`` to ``new`` touched: those of each changed
    triple and, for a node whose triples changed, those of every node pointing to it (an evidence
    node whose reason changed touches the two things its statement relates)."""
    both = old | new
    pointing: dict[ox.NamedNode | ox.BlankNode, set] = {}
    for s, _, o in both:
        if isinstance(o, ox.NamedNode | ox.BlankNode):
            pointing.setdefault(o, set()).add(s)
    nodes = {s for s, _, _ in old ^ new}
    todo = list(nodes)
    while todo:
        for parent in pointing.get(todo.pop(), ()):
            if parent not in nodes:
                nodes.add(parent)
                todo.append(parent)
    return {term.value for s, _, o in both if s in nodes for term in (s, o) if isinstance(term, ox.NamedNode)}
