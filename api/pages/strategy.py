"""What the strategy page and the compact (embeddable) lineage view show."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Any

from api.pages.labels import predicate_label
from api.pages.links import legislation_site, markers
from api.pages.site import Site
from api.problems import engine_errors
from graph import answers
from graph.labels import LEGAL_WORDS, RELATION_WORDS, event_words, human_date
from graph.lineage import Lineage
from graph.records import SUPERSEDES, Node
from graph.render import to_svg
from strategy_lineage import vocab

SL = vocab.SL
# Shown in their own sections of the page; everything else in the sl: namespace goes
# under "More statements", so no evidenced statement about the strategy is left out.
SHOWN = {
    SL + p
    for p in (
        "validFrom",
        "validUntil",
        "status",
        "basedOn",
        "cites",
        "informedBy",
        "hasOutcome",
        "hasIndicator",
        "supersedes",
        "supersededBy",
        "isRevisionOf",
        "partiallySupersedes",
        "succeeds",
        "inSeries",
        "describedBy",
    )
}


def resolve(site: Site, id: str) -> str:
    with engine_errors():
        return site.engine.resolve(id)


def strategy_page(site: Site, iri: str) -> dict[str, Any]:
    eng = site.engine
    node = site.proj.node(iri)
    detail = answers.strategy_detail(eng, iri)
    with engine_errors():
        lineage = eng.lineage(iri, "both")
        statements = answers.to_json(eng.provenance(iri))
        # Disagreements about the strategy or one of its events (whose IRIs extend its own).
        conflicts = [c.summary for c in eng.conflicts() if c.subject == iri or c.subject.startswith(iri + "/")]
    by_predicate: dict[str, list[dict]] = defaultdict(list)
    for st in statements:
        by_predicate[st["predicate"]].append(st)

    def facts(predicate: str) -> list[dict[str, Any]]:
        return [fact(site, st) for st in by_predicate.get(predicate, [])]

    return {
        "node": node,
        "detail": detail,
        "title": facts(vocab.DCTERMS + "title"),
        "names": facts(vocab.DCTERMS + "alternative"),
        "valid_from": facts(SL + "validFrom"),
        "valid_until": facts(SL + "validUntil"),
        "publisher": facts(vocab.DCTERMS + "publisher"),
        "status": facts(SL + "status"),
        "series": [{"id": s, "label": site.series_label(s)} for s in node.series],
        "svg": lineage_svg(site, lineage),
        "pictured": pictured(site, lineage, node),
        "replaces": neighbours(site, lineage, node, older=True),
        "replaced_by": neighbours(site, lineage, node, older=False),
        "trail": [trail_event(site, e) for e in detail["trail"]],
        "conflicts": conflicts,
        "legal": [legal(site, item) for item in detail["legal_basis"]],
        "outcomes": [concept(site, c) for c in detail["outcomes"]],
        "indicators": [concept(site, c) for c in detail["indicators"]],
        "more": [
            fact(site, st) for st in statements if st["predicate"].startswith(SL) and st["predicate"] not in SHOWN
        ],
        "sources": site.source_links(detail["sources"]),
    }


def fact(site: Site, st: dict[str, Any]) -> dict[str, Any]:
    return {"predicate": predicate_label(st["predicate"]), **site.object_of(st), "markers": markers(st["evidence"])}


def lineage_svg(site: Site, lineage: Lineage) -> str:
    series = {s for n in lineage.nodes for s in n.series}
    return to_svg(lineage, {s: site.series_label(s) for s in series}, in_page=True)


def pictured(site: Site, lineage: Lineage, focus: Node) -> list[dict[str, Any]]:
    """The plans in the picture as a list (its text alternative): oldest first, the plans
    whose period is not stated last, each with its full title."""
    dated = sorted(
        (n for n in lineage.nodes if n.period.start or n.period.end),
        key=lambda n: (n.period.start or n.period.end, n.title),
    )
    undated = sorted((n for n in lineage.nodes if n not in dated), key=lambda n: n.title)
    return [{"node": n, "url": site.strategy_url(n.id), "focus": n.id == focus.id} for n in [*dated, *undated]]


def neighbours(site: Site, lineage: Lineage, node: Node, older: bool) -> list[dict[str, Any]]:
    """Direct predecessors (``older``) or successors, each with the relation and its evidence."""
    nodes = {n.id: n for n in lineage.nodes}
    out = []
    for edge in answers.to_json(list(lineage.edges)):
        other = edge["to"] if older else edge["from"]
        if (edge["from"] if older else edge["to"]) != node.id or other not in nodes:
            continue
        side = 0 if older else 1  # said from this plan: it replaces an older one, or is replaced by a newer
        out.append(
            {
                "node": nodes[other],
                "url": site.strategy_url(other),
                "inferred": edge["inferred"],
                "relation": RELATION_WORDS[edge["relation"]][side],
                # A plain supersession is what the list's heading already says ("Replaced by").
                "plain": edge["relation"] == SUPERSEDES,
                "also": [RELATION_WORDS[r][side] for r in edge["also"]],
                "markers": markers(edge["evidence"]),
            }
        )
    return out


def trail_event(site: Site, event: dict[str, Any]) -> dict[str, Any]:
    def parties(items: list[dict]) -> list[dict[str, str]]:
        return [{"label": p["label"], "url": site.url(p["iri"])} for p in items]

    return {
        "date": event["date"],
        "when": human_date(event["date"]) or "Date not stated",
        "what": event_words(event["type"]),
        "type": event["type"],
        "is_request": event["is_request"],
        "bodies": parties(event["bodies"]),
        "requested_of": parties(event["requested_of"]),
        "meeting": parties([event["meeting"]])[0] if event["meeting"] else None,
        "item": event["agenda_item"],
        "reference": event["decision_reference"],
        "decision_type": event["decision_type"],
        "status": event["decision_status"],
        "markers": markers(event["evidence"]),
    }


def legal(site: Site, item: dict[str, Any]) -> dict[str, Any]:
    return {
        "relation": LEGAL_WORDS.get(item["relation"], item["relation"]),
        "label": item["label"] or site.label(item["iri"]),
        "url": site.url(item["iri"]),
        "official": legislation_site(item["iri"]),
        "inferred": item["inferred"],
        "markers": markers(item["evidence"]),
    }


def concept(site: Site, item: dict[str, Any]) -> dict[str, Any]:
    return {"label": item["label"] or site.label(item["iri"]), "markers": markers(item["evidence"])}


# The compact view (iframe embed; embed.js builds the same markup from the JSON API) -----
def compact_lineage(site: Site, iri: str) -> dict[str, Any]:
    """The strategy's lineage as a row of periods, oldest first, with the links between
    neighbours; plans whose period is not stated cannot be placed in that row, so they
    are listed after it."""
    with engine_errors():
        lineage = site.engine.lineage(iri, "both")
    root = site.proj.node(iri)
    dated = sorted(
        (n for n in lineage.nodes if n.period.start or n.period.end),
        key=lambda n: (n.period.start or n.period.end, n.title),
    )
    edges = {(e.source, e.target): e for e in lineage.edges}
    items = []
    for i, n in enumerate(dated):
        link = None
        if i:
            prev = dated[i - 1]
            edge = edges.get((n.id, prev.id))
            gap = bool(prev.period.end and n.period.start and n.period.start > prev.period.end + timedelta(days=1))
            if edge or gap:
                link = {
                    "relation": RELATION_WORDS[edge.relation][1] if edge else "",
                    "inferred": bool(edge and edge.inferred),
                    "gap": gap,
                }
        items.append({"node": n, "name": n.short_name, "root": n.id == root.id, "link": link})
    undated = [{"node": n, "name": n.short_name, "root": n.id == root.id} for n in lineage.nodes if n not in dated]
    return {"root": root, "items": items, "undated": undated}
