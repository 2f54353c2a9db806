"""Where things live on the site: entity IRIs -> page URLs, evidence -> source markers.

IRIs are minted under the configured base (``http://localhost:8000/`` by default), but
the pages may be served from any host, so links to our own entities are always
relative paths.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from graph.projection import Projection
from graph.records import short_id
from strategy_lineage import vocab

LEGISLATION_SITE = "https://www.legislation.gov.uk/"
PAGE_KINDS = {"organisation": "/organisations/", "post": "/organisations/", "legislation": "/legislation/"}


def page_url(iri: str, proj: Projection, base: str) -> str:
    """The page that shows ``iri``: our own page where there is one, else its linked-data page."""
    kind = proj.kind(iri)
    node = proj.nodes.get(iri)
    if kind == "strategy" and node is not None:
        return "/strategies/" + quote(node.id)
    if kind in PAGE_KINDS:
        # A body two publishers share a name with ("cabinet") is named by its qualified id.
        return PAGE_KINDS[kind] + quote(node.id if node is not None else short_id(iri), safe="/:")
    if iri.startswith(base + "id/source/"):
        return "/sources/" + quote(iri.rsplit("/", 1)[-1])
    if iri.startswith(base):
        return "/" + iri[len(base) :]  # the linked-data page
    if iri.startswith(vocab.LEGISLATION):
        return "/legislation/" + iri[len(vocab.LEGISLATION) :]
    return iri


def legislation_site(iri: str) -> str | None:
    """The legislation.gov.uk page for an Act or provision IRI (the /id/ form redirects there)."""
    if not iri.startswith(vocab.LEGISLATION):
        return None
    return LEGISLATION_SITE + iri[len(vocab.LEGISLATION) :]


def span_url(source: str, start: int, end: int) -> str:
    """The source page with one passage highlighted and scrolled into view."""
    return f"/sources/{quote(source)}?highlight={start}-{end}#span-{start}-{end}"


def markers(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One marker per distinct quoted passage (plus one per inference without a passage).

    An inference has no passage of its own; its marker points at the first passage of
    the facts it was based on, and carries its reason.
    """
    seen: dict[tuple, dict[str, Any]] = {}
    for ev in evidence:
        if ev.get("source") and ev.get("start") is not None:
            key = (ev["source"], ev["start"], ev["end"])
            if key not in seen:
                seen[key] = {
                    "href": span_url(ev["source"], ev["start"], ev["end"]),
                    "quote": ev.get("quote") or "",
                    "source": ev["source"],
                    "rule": ev.get("rule"),
                    "derivation": ev.get("derivation"),
                    "reason": ev.get("reason"),
                }
        elif ev.get("derivation") == "inferred":
            bases = [b for b in ev.get("based_on", []) if b.get("source") and b.get("start") is not None]
            key = ("inferred", ev.get("rule"), ev.get("reason"))
            if key not in seen:
                first = bases[0] if bases else None
                seen[key] = {
                    "href": span_url(first["source"], first["start"], first["end"]) if first else None,
                    "quote": first["quote"] if first else "",
                    "source": first["source"] if first else None,
                    "rule": ev.get("rule"),
                    "derivation": "inferred",
                    "reason": ev.get("reason"),
                    "based_on": markers(bases),
                }
    return list(seen.values())


def by_document(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Markers grouped per source document, in order: a title quoted nine times in one
    report shows one marker and "+8", not nine."""
    groups: dict[Any, dict[str, Any]] = {}
    for item in items:
        key = item["source"] or ("inferred", item["rule"], item["reason"])
        if key in groups:
            groups[key]["rest"].append(item)
        else:
            groups[key] = {"first": item, "rest": [], "tag": document_tag(item["source"])}
    return list(groups.values())


def document_tag(source: str | None) -> str:
    """A short name that tells a page's documents apart: "002_7e30c0936a50fbe4" -> "002"."""
    if not source:
        return ""
    head = source.split("_", 1)[0]
    return head if head.isdigit() else source[:12]
