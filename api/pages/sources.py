"""What the source pages show: the document text with its passages, and what it contributed."""

from __future__ import annotations

from typing import Any

from api.pages.labels import predicate_label
from api.pages.site import Site
from api.pages.text import marked_html, parse_range
from api.problems import Problem
from api.source_views import find_source, source_detail
from graph.canonical import is_inverse_form, said_by
from graph.labels import RELATION_WORDS
from graph.projection import EDGE_PREDICATES
from strategy_lineage import vocab


def source_list(site: Site) -> list[dict[str, Any]]:
    return [
        {
            "id": s.source_id,
            "title": s.title or s.file_name,
            "file_name": s.file_name,
            "kind": predicate_label(vocab.SL + s.kind) if s.kind else "",
            "loaded_at": s.loaded_at,
            "facts": s.facts,
        }
        for s in site.store.sources()
    ]


def source_page(site: Site, id: str, highlight: str | None) -> dict[str, Any]:
    info = find_source(site.store, id)
    detail = source_detail(site.engine, info, text=True)
    text = detail.pop("text")
    try:
        focus = parse_range(highlight, len(text))
    except ValueError as err:
        raise Problem(422, str(err)) from None
    statements = [statement(site, i, st) for i, st in enumerate(detail["statements"])]
    # One fact stored four ways (supersedes, superseded by, replaces, is replaced by) is listed once.
    said = said_by([(st["subject"], st["predicate"], st["object"]) for st in detail["statements"]])
    passages = [
        {
            "start": span["start"],
            "end": span["end"],
            "quote": span["quote"],
            "page": span.get("page"),
            "focus": focus == (span["start"], span["end"]),
            "statements": [statements[i] for i in dict.fromkeys(said[i] for i in span["statements"])],
        }
        for span in detail["spans"]
    ]
    quoted = {said[i] for span in detail["spans"] for i in span["statements"]}
    return {
        "info": info,
        "detail": detail,
        "html": marked_html(text, detail["spans"], focus),
        "focus": focus,
        "focus_quote": text[focus[0] : focus[1]] if focus else None,
        "passages": passages,
        "unquoted": [s for i, s in enumerate(statements) if said[i] == i and i not in quoted],
        "kind": predicate_label(vocab.SL + info.kind) if info.kind else "document",
        "by_predicate": detail["by_predicate"],
    }


def statement(site: Site, index: int, st: dict[str, Any]) -> dict[str, Any]:
    relation = EDGE_PREDICATES.get(st["predicate"])
    flipped = is_inverse_form(st["predicate"])
    return {
        "index": index,
        "subject": site.label(st["subject"]),
        "subject_url": site.url(st["subject"]),
        # A lineage link in the words the rest of the site uses for it.
        "predicate": RELATION_WORDS[relation][1 if flipped else 0] if relation else predicate_label(st["predicate"]),
        **site.object_of(st),
        "derivations": sorted({e["derivation"] for e in st["evidence"]}),
    }
