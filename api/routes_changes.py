"""The change feed: what was loaded, replaced and withdrawn, when, by whom, with which file.

Newest first, in pages, as a JSON Feed 1.1 or an Atom feed (content negotiation, or
``?format=``), so that an intranet or a researcher's mirror can follow the graph without
re-reading it (in the spirit of legislation.gov.uk's changes feed). Every response carries
the graph version's ETag (see api.etag): a follower polls with If-None-Match and gets a
304 until something changes.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from api import models
from api.negotiation import choose
from api.problems import Problem
from api.responses import JSONResponse
from graph import changes
from graph.changes import Change
from graph.store import SourceInfo, now_iso
from strategy_lineage import vocab

router = APIRouter(prefix="/api", tags=["Changes"])

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
ATOM = "application/atom+xml"
JSON_FEED = "application/feed+json"
FEED_TYPES = {JSON_FEED: "json", "application/json": "json", ATOM: "atom", "application/xml": "atom"}
ATOM_NS = "http://www.w3.org/2005/Atom"
# Atom extension elements for what a change did, in the ontology's own namespace.
SL_NS = vocab.SL


@router.get(
    "/changes",
    summary="What was loaded, replaced and withdrawn, newest first (JSON Feed or Atom; paged; ETag)",
    response_class=Response,
    responses={
        200: {
            "description": "One page of changes",
            "model": models.ChangeFeedOut,
            "content": {JSON_FEED: {"schema": {"$ref": "#/components/schemas/ChangeFeedOut"}}, ATOM: {}},
        },
        404: {"description": "A page past the last one"},
    },
)
def change_feed(
    request: Request,
    page: int = Query(1, ge=1, le=10**9, description="Page number, newest changes first"),
    size: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Changes a page"),
    format: str | None = Query(
        None, pattern="^(atom|json)$", description="atom or json (default: from the Accept header, else json)"
    ),
) -> Response:
    store = request.app.state.store
    total = changes.count_changes(store)
    pages = max(1, -(-total // size))
    if page > pages:
        raise Problem(404, f"page {page} is past the last page of changes ({pages})", kind="no-such-page")
    items = changes.changes(store, offset=(page - 1) * size, limit=size)
    feed = Feed(request, page, pages, size, format, {s.source_id: s for s in store.sources()})
    kind = format or choose(request.headers.get("accept"), FEED_TYPES, "json")
    if kind == "atom":
        return Response(feed.atom(items), media_type=f"{ATOM}; charset=utf-8", headers={"Vary": "Accept"})
    return JSONResponse(feed.json(items), media_type=JSON_FEED, headers={"Vary": "Accept"})


class Feed:
    """Links and entries of one page of the feed."""

    def __init__(
        self, request: Request, page: int, pages: int, size: int, format: str | None, loaded: dict[str, SourceInfo]
    ) -> None:
        self.base = str(request.base_url).rstrip("/")
        self.page, self.pages, self.size, self.format, self.loaded = page, pages, size, format, loaded

    def page_url(self, page: int) -> str:
        return (
            f"{self.base}/api/changes?page={page}"
            + (f"&size={self.size}" if self.size != PAGE_SIZE else "")
            + (f"&format={self.format}" if self.format else "")
        )

    def links(self) -> dict[str, str]:
        links = {"self": self.page_url(self.page), "first": self.page_url(1), "last": self.page_url(self.pages)}
        if self.page > 1:
            links["previous"] = self.page_url(self.page - 1)
        if self.page < self.pages:
            links["next"] = self.page_url(self.page + 1)
        return links

    def current(self, change: Change) -> SourceInfo | None:
        """The source as loaded now, when it still holds the file this change loaded."""
        info = self.loaded.get(change.source_id)
        return info if info is not None and info.sha256 == change.sha256 else None

    @staticmethod
    def title(change: Change) -> str:
        return f"{change.source_id} {change.action}"

    def summary(self, change: Change) -> str:
        file = f" (file sha256 {change.sha256})" if change.sha256 else ""
        by = f" by {change.who}" if change.who else ""
        return f"{change.source_id} {change.action}{by} at {change.at}{file}"

    def json(self, items: list[Change]) -> dict[str, Any]:
        links = self.links()
        feed: dict[str, Any] = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Strategy Lineage: changes to the graph",
            "home_page_url": f"{self.base}/sources",
            "feed_url": links["self"],
            "items": [self.json_item(change) for change in items],
            "_strategy_lineage": {"page": self.page, "pages": self.pages, "links": links},
        }
        if "next" in links:
            feed["next_url"] = links["next"]
        return feed

    def json_item(self, change: Change) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": change.iri,
            "title": self.title(change),
            "content_text": self.summary(change),
            "date_published": change.at,
            "_strategy_lineage": {
                "action": change.action,
                "source": change.source_id,
                "source_iri": change.source_iri,
                "sha256": change.sha256,
                "graph_version": change.version,
            },
        }
        if change.who:
            item["authors"] = [{"name": change.who}]
        if info := self.current(change):
            item["url"] = f"{self.base}/sources/{info.source_id}"
            if info.media_type:
                item["attachments"] = [
                    {
                        "url": f"{self.base}/sources/{info.source_id}/original",
                        "mime_type": info.media_type,
                        "size_in_bytes": info.byte_size,
                        "title": info.file_name,
                    }
                ]
        return item

    def atom(self, items: list[Change]) -> bytes:
        ET.register_namespace("", ATOM_NS)
        ET.register_namespace("sl", SL_NS)
        feed = ET.Element(f"{{{ATOM_NS}}}feed")
        _text(feed, "id", f"{self.base}/api/changes")
        _text(feed, "title", "Strategy Lineage: changes to the graph")
        _text(feed, "updated", items[0].at if items else now_iso())
        for rel, href in self.links().items():
            ET.SubElement(feed, f"{{{ATOM_NS}}}link", rel=rel, href=href, type=ATOM)
        for change in items:
            self.atom_entry(feed, change)
        return ET.tostring(feed, encoding="utf-8", xml_declaration=True)

    def atom_entry(self, feed: ET.Element, change: Change) -> None:
        entry = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
        _text(entry, "id", change.iri)
        _text(entry, "title", self.title(change))
        _text(entry, "updated", change.at)
        # Atom requires an author: the writer when published, else the service itself.
        _text(ET.SubElement(entry, f"{{{ATOM_NS}}}author"), "name", change.who or "Strategy Lineage")
        ET.SubElement(entry, f"{{{ATOM_NS}}}category", term=change.action)
        _text(entry, "summary", self.summary(change))
        if info := self.current(change):
            ET.SubElement(
                entry,
                f"{{{ATOM_NS}}}link",
                rel="alternate",
                type="text/html",
                href=f"{self.base}/sources/{info.source_id}",
            )
            if info.media_type:
                ET.SubElement(
                    entry,
                    f"{{{ATOM_NS}}}link",
                    rel="enclosure",
                    type=info.media_type,
                    length=str(info.byte_size or 0),
                    href=f"{self.base}/sources/{info.source_id}/original",
                )
        for name, value in (
            ("action", change.action),
            ("source", change.source_iri),
            ("fileSha256", change.sha256),
            ("graphVersion", change.version),
        ):
            if value is not None:
                ET.SubElement(entry, f"{{{SL_NS}}}{name}").text = str(value)


def _text(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM_NS}}}{name}").text = value
