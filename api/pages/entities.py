"""What the organisation and legislation pages show."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from api.pages.labels import predicate_label
from api.pages.links import legislation_site, markers
from api.pages.site import Site
from api.pages.strategy import trail_event
from api.problems import engine_errors
from graph import answers, entities
from graph.labels import LEGAL_WORDS
from strategy_lineage import vocab


def organisation_page(site: Site, id: str) -> dict[str, Any]:
    """The body's events (what it did or was asked to do, and when), each with its sources."""
    with engine_errors():
        iri = entities.resolve_organisation(site.engine, id)
        view = entities.organisation_view(site.engine, iri)
    wanted = {e["iri"] for e in view["events"]}
    events = []
    with engine_errors():
        for strategy in dict.fromkeys(e["strategy"] for e in view["events"]):
            for event in answers.to_json(site.engine.trail(strategy)):
                if event["iri"] in wanted:
                    row = trail_event(site, event)
                    row["strategy"] = {
                        "title": site.proj.node(site.engine.resolve(strategy)).title,
                        "url": site.strategy_url(strategy),
                    }
                    row["role"] = _role(event, iri, view["label"])
                    events.append(row)
    events.sort(key=lambda e: (e["date"] or "9999", e["what"]))
    return {
        "view": view,
        "events": events,
        "part_of": [{"label": site.label(p), "url": site.url(p)} for p in view["part_of"]],
        "types": sorted({predicate_label(t) for t in _most_specific(view["types"])}),
        # Not only strategies: a department publishes statutory guidance too.
        "strategies": [{**s, "url": _entity_url(site, s["id"])} for s in view["strategies"]],
    }


def _most_specific(types: list[str]) -> list[str]:
    """The project's own classes ("board") when it has some, not also W3C org's "organization"."""
    own = [t for t in types if t.startswith(vocab.SL)]
    return own or types


def _role(event: dict[str, Any], iri: str, name: str) -> str:
    """How the body took part, when the event's words do not already say it: nothing when
    it acted ("Approved ..."), "asked of X" for a request, "to X" for what was put to it."""
    if any(b["iri"] == iri for b in event["bodies"]):
        return ""
    return f"asked of {name}" if event["is_request"] else f"to {name}"


def _entity_url(site: Site, id: str) -> str:
    iri = site.proj.lookup_id(id, None)
    return site.url(iri) if iri else "/?q=" + quote(id.replace("-", " "))


def legislation_page(site: Site, id: str) -> dict[str, Any]:
    with engine_errors():
        view = site.engine.legislation(entities.legislation_key(id))
    citations = [
        {
            "strategy": c.strategy,
            "url": site.strategy_url(c.strategy.id),
            "relation": LEGAL_WORDS.get(c.predicate, c.predicate),
            "inferred": c.inferred,
            "provision": site.label(c.provision),
            "provision_url": site.url(c.provision),
            "markers": markers(answers.to_json(list(c.evidence))),
        }
        for c in view.citations
    ]
    return {
        "view": view,
        "official": legislation_site(view.iri),
        "citations": citations,
        "part_of": {"label": site.label(view.part_of), "url": site.url(view.part_of)} if view.part_of else None,
        "parts": [{"label": site.label(p), "url": site.url(p)} for p in view.parts],
    }
