"""Engine results -> JSON-ready dicts, in the shapes the API documents.

The lineage engine returns frozen dataclasses; most fields pass through as they are,
but a few are renamed for HTTP clients (an edge's ``source``/``target`` become
``from``/``to``; a period gains its readable ``label``; IRIs gain short ids).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from graph.records import Edge, EvidenceItem, Node, Period


def period(p: Period) -> dict[str, Any]:
    return {
        "start": p.start_literal or (p.start.isoformat() if p.start else None),
        "end": p.end_literal or (p.end.isoformat() if p.end else None),
        "start_date": p.start.isoformat() if p.start else None,
        "end_date": p.end.isoformat() if p.end else None,
        "label": p.label,
    }


def node(n: Node) -> dict[str, Any]:
    return {
        "id": n.id, "iri": n.iri, "title": n.title, "short_name": n.short_name, "type": n.type,
        "period": period(n.period),
        "alternative_titles": list(n.alternative_titles), "publisher": n.publisher,
        "series": list(n.series),
    }


def evidence(e: EvidenceItem) -> dict[str, Any]:
    out = {
        "source": e.source, "quote": e.quote, "start": e.start, "end": e.end, "rule": e.rule,
        "derivation": e.derivation, "iri": e.iri,
    }
    for name in ("source_iri", "reason", "curator", "loaded_at"):
        value = getattr(e, name)
        if value is not None:
            out[name] = value
    if e.based_on:
        out["based_on"] = [evidence(b) for b in e.based_on]
    return out


def distinct_evidence(items: tuple[EvidenceItem, ...] | list[EvidenceItem]) -> list[dict[str, Any]]:
    """One entry per passage and rule: the loaders give each triple of an event its own
    evidence node, so an event's evidence repeats the same quote once per triple."""
    seen: dict[tuple, dict[str, Any]] = {}
    for item in items:
        key = (item.source, item.start, item.end, item.rule, item.derivation, item.reason)
        if key not in seen:
            seen[key] = evidence(item)
    return list(seen.values())


def edge(e: Edge) -> dict[str, Any]:
    return {
        "from": e.source, "to": e.target, "relation": e.relation, "inferred": e.inferred,
        "also": list(e.also), "evidence": distinct_evidence(e.evidence),
    }


def plain(value: Any) -> Any:
    """Any engine result, recursively, with the special shapes above."""
    if isinstance(value, Node):
        return node(value)
    if isinstance(value, Edge):
        return edge(value)
    if isinstance(value, EvidenceItem):
        return evidence(value)
    if isinstance(value, Period):
        return period(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, EvidenceItem) for v in value):
            return distinct_evidence(value)
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value
