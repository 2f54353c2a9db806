"""What the API, the linked-data views and the pages say about one source: its metadata,
what it contributed, the quoted passages and (on request) its text with them marked.

Shared by several routers, so it lives here rather than in any one of them.
"""

from __future__ import annotations

from html import escape
from typing import Any

from api.problems import engine_errors, not_found
from graph import answers, entities
from graph.lineage import LineageEngine
from graph.store import SourceInfo, Store


def source_json(info: SourceInfo) -> dict[str, Any]:
    return {
        "id": info.source_id,
        "iri": info.iri,
        "graph": info.graph,
        "kind": info.kind,
        "file_name": info.file_name,
        "sha256": info.sha256,
        "loaded_at": info.loaded_at,
        "title": info.title,
        "quads": info.quads,
        "facts": info.facts,
        "media_type": info.media_type,
        "byte_size": info.byte_size,
        "page_count": info.page_count,
        "original": f"/sources/{info.source_id}/original" if info.media_type else None,
    }


def find_source(store: Store, source_id: str) -> SourceInfo:
    sources = store.sources()
    for info in sources:
        if source_id in (info.source_id, info.file_name, info.iri):
            return info
    raise not_found("source", source_id, [s.source_id for s in sources])


def spans_of(statements: list[dict]) -> list[dict[str, Any]]:
    """Quoted passages of one source, each with the statements it supports."""
    spans: dict[tuple[int, int], dict[str, Any]] = {}
    for index, st in enumerate(statements):
        for ev in st["evidence"]:
            if ev.get("start") is None:
                continue
            span = spans.setdefault(
                (ev["start"], ev["end"]),
                {
                    "start": ev["start"],
                    "end": ev["end"],
                    "quote": ev["quote"],
                    "page": ev.get("page"),
                    "statements": [],
                },
            )
            span["statements"].append(index)
    return sorted(spans.values(), key=lambda s: (s["start"], -s["end"]))


def highlight(text: str, spans: list[dict[str, Any]]) -> str:
    """HTML of ``text`` with every quoted span in <mark>; nested spans are merged."""
    out, pos = [], 0
    for span in spans:
        start, end = max(span["start"], pos), span["end"]
        if end <= start:
            continue
        out.append(escape(text[pos:start]))
        ids = " ".join(f"st{i}" for i in span["statements"])
        out.append(
            f'<mark id="span-{span["start"]}-{span["end"]}" data-statements="{ids}">{escape(text[start:end])}</mark>'
        )
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def source_detail(eng: LineageEngine, info: SourceInfo, text: bool = False, marked: bool = False) -> dict[str, Any]:
    """A source's metadata and contributions; its text and highlighted HTML when asked."""
    with engine_errors():
        contribution = eng.contributions(info.source_id)
    statements = answers.to_json(contribution.statements)
    body = source_json(info)
    body.update(by_predicate=contribution.by_predicate, statements=statements, spans=spans_of(statements))
    if text or marked:
        content = entities.source_text(eng.store, info.iri, info.graph)
        if text:
            body["text"] = content
        if marked:
            body["html"] = highlight(content, body["spans"])
    return body
