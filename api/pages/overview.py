"""What the overview pages show: search and series, in force on a date, conflicts and gaps."""

from __future__ import annotations

from typing import Any

from api.pages.links import markers
from api.pages.site import Site
from api.problems import engine_errors
from graph import answers
from graph.conflicts import RULE_WORDS
from graph.labels import human_date, on_date
from graph.lineage import Gap, Series
from graph.render import to_svg
from strategy_lineage import vocab

KIND_HEADINGS = {
    "strategy": "Strategies and plans",
    "guidance": "Statutory guidance",
    "legislation": "Legislation",
    "organisation": "Councils, boards and committees",
    "post": "Posts",
    "person": "People",
}
EXAMPLES = ("Every Day Matters", "CYPP", "section 10")


def search_results(site: Site, q: str) -> list[dict[str, Any]]:
    """Hits grouped by kind (strategies first), each with period and publisher where known."""
    with engine_errors():
        hits = site.engine.search(q, limit=50)
    groups: dict[str, list[dict[str, Any]]] = {}
    for hit in hits:
        node = site.proj.nodes.get(hit.iri) if hit.kind == "strategy" else None
        groups.setdefault(hit.kind, []).append(
            {
                "label": hit.label,
                "matched": hit.matched if hit.matched != hit.label else None,
                "type": hit.type,
                "url": site.url(hit.iri),
                "node": node,
                "publisher": {"label": site.label(node.publisher), "url": site.url(node.publisher)}
                if node and node.publisher
                else None,
            }
        )
    order = list(KIND_HEADINGS)
    return [
        {"kind": k, "heading": KIND_HEADINGS.get(k, k.capitalize()), "hits": groups[k]}
        for k in sorted(groups, key=lambda k: order.index(k) if k in order else len(order))
    ]


class _SeriesPicture:
    """A series drawn like a lineage: its members and the succession edges between them."""

    def __init__(self, series: Series) -> None:
        self.nodes, self.edges = series.members, series.edges


def all_series(site: Site) -> list[dict[str, Any]]:
    with engine_errors():
        found = site.engine.series()
    return [
        {
            "series": s,
            "svg": to_svg(_SeriesPicture(s), {s.id: s.label}, in_page=True),
            "focus": s.members[-1].id if s.members else None,
            "members": [{"node": m, "url": site.strategy_url(m.id)} for m in s.members],
        }
        for s in found
    ]


def in_force_page(site: Site, on: str) -> dict[str, Any]:
    with engine_errors():
        answer = site.engine.in_force(on)
    return {
        "date": answer.date,
        "basis": answer.basis,
        "strategies": [
            {"node": n, "url": site.strategy_url(n.id), "fuzzy": n.id in answer.at_year_precision}
            for n in answer.strategies
        ],
    }


def conflicts_page(site: Site) -> dict[str, Any]:
    with engine_errors():
        conflicts = site.engine.conflicts()
        series = site.engine.series()
    return {
        "conflicts": [
            {
                "summary": c.summary,
                "rule": RULE_WORDS.get(c.rule, c.rule),
                "subject": site.label(c.subject),
                "url": site.url(c.subject),
                "sides": [
                    {
                        "label": s.label,
                        "value": s.value,
                        "sources": site.source_links(s.sources),
                        "markers": markers(answers.to_json(list(s.evidence))),
                    }
                    for s in c.sides
                ],
            }
            for c in conflicts
        ],
        "gaps": [gap(site, s, g) for s in series for g in s.gaps],
    }


def gap(site: Site, series: Series, g: Gap) -> dict[str, Any]:
    """A gap and its two sides: when the earlier plan ends and when the later one starts, with sources."""

    def side(id: str, predicate: str) -> dict[str, Any]:
        iri = site.engine.resolve(id)
        node = site.proj.node(iri)
        statements = site.engine.provenance(iri, vocab.SL + predicate)
        evidence = [e for st in answers.to_json(statements) for e in st["evidence"]]
        bound = node.period.end_literal if predicate == "validUntil" else node.period.start_literal
        return {"node": node, "url": site.strategy_url(node.id), "bound": on_date(bound), "markers": markers(evidence)}

    return {
        "series": series.label,
        "start": g.start,
        "end": g.end,
        "precision": g.precision,
        "from": human_date(g.start),
        "to": human_date(g.end),
        "after": side(g.after, "validUntil"),
        "before": side(g.before, "validFrom"),
    }
