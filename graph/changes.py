"""The write log: what was loaded, replaced and withdrawn, when, by whom and with which file.

Every write to a source's named graph adds one ``sl:WriteEvent`` to the meta graph in the
same transaction (see :meth:`graph.store.Store.replace_graph`), so the log and the
graph never disagree. The change feed (``/api/changes``) pages through it, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from graph.store import Store
from strategy_lineage import vocab

# Recorded action -> what the feed says happened.
ACTIONS = {"load": "loaded", "replace": "replaced", "withdraw": "withdrawn"}

_ACTION = vocab.sl("action")
_SHA256 = vocab.sl("fileSha256")
_VERSION = vocab.sl("graphVersion")
_WHO = ox.NamedNode(vocab.PROV + "wasAssociatedWith")
_AT = ox.NamedNode(vocab.PROV + "startedAtTime")
_SOURCE = ox.NamedNode(vocab.DCTERMS + "source")


@dataclass(frozen=True)
class Change:
    iri: str
    action: str  # loaded | replaced | withdrawn
    source_id: str
    source_iri: str
    who: str | None  # a token's name or how the write was made; None when writers are not published
    at: str  # ISO date-time, UTC
    sha256: str | None
    version: int | None  # the graph version this write produced


# How a write was made, recorded as its writer when no person is named: these say nothing
# about anyone (the service names a token's holder only if the operator publishes writers).
COMMAND_LINE = "command line"
WATCHED_FOLDER = "watched folder"


def change_log(action: str, source_id: str, who: str | None, at: str, sha256: str | None, version: int) -> list[tuple]:
    """The meta-graph triples of one write, for replace_graph/drop_graph's ``log``; the
    writer (``who``) is left out when None."""
    if action not in ACTIONS:
        raise ValueError(f"unknown write action {action!r}")
    key = vocab.stable_hash(action, source_id, who or "", at, str(version))
    event = ox.NamedNode(f"{vocab.base_iri()}id/write/{key}")
    triples = [
        (event, vocab.A, vocab.sl("WriteEvent")),
        (event, vocab.A, ox.NamedNode(vocab.PROV + "Activity")),
        (event, _ACTION, ox.Literal(action)),
        (event, _AT, ox.Literal(at, datatype=ox.NamedNode(vocab.XSD + "dateTime"))),
        (event, _SOURCE, vocab.source_iri(source_id)),
        (event, _VERSION, ox.Literal(str(version), datatype=ox.NamedNode(vocab.XSD + "integer"))),
    ]
    if who:
        triples.append((event, _WHO, ox.Literal(who)))
    if sha256:
        triples.append((event, _SHA256, ox.Literal(sha256)))
    return triples


def _query(where: str, tail: str) -> str:
    return (
        f"SELECT ?e ?action ?who ?at ?src ?sha ?v WHERE {{ GRAPH {vocab.meta_graph()} {{ "
        f"?e a sl:WriteEvent ; sl:action ?action ; prov:startedAtTime ?at ; dcterms:source ?src . "
        f"OPTIONAL {{ ?e prov:wasAssociatedWith ?who }} OPTIONAL {{ ?e sl:fileSha256 ?sha }} "
        f"OPTIONAL {{ ?e sl:graphVersion ?v }} {where} }} }} {tail}"
    )


def count_changes(store: Store) -> int:
    rows = store.select(
        f"SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH {vocab.meta_graph()} {{ ?e a sl:WriteEvent }} }}",
    )
    return int(rows[0]["n"].value)


def changes(store: Store, offset: int = 0, limit: int = 50) -> list[Change]:
    """Writes, newest first (by time, then by the graph version each produced)."""
    rows = store.select(
        _query("", f"ORDER BY DESC(?at) DESC(?v) DESC(?e) OFFSET {int(offset)} LIMIT {int(limit)}"),
    )
    prefix = vocab.source_iri("").value
    return [
        Change(
            iri=row["e"].value,
            action=ACTIONS.get(row["action"].value, row["action"].value),
            source_id=row["src"].value.removeprefix(prefix),
            source_iri=row["src"].value,
            who=row["who"].value if "who" in row else None,
            at=row["at"].value,
            sha256=row["sha"].value if "sha" in row else None,
            version=int(row["v"].value) if "v" in row else None,
        )
        for row in rows
    ]
