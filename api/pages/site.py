"""What every page needs from the app: the engine, the store, and how to name and link things."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi import Request

from api.pages import labels, links
from graph.labels import source_titles
from graph.lineage import LineageEngine
from graph.projection import Projection
from graph.store import Store


class Site:
    """Per-request helpers, also handed to templates (``site.url(iri)``, ``site.label(iri)``)."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self.engine: LineageEngine = request.app.state.engine
        self.store: Store = request.app.state.store
        self.base: str = request.app.state.settings.base
        self._proj: Projection | None = None
        self._source_titles: dict[str, str] | None = None

    @property
    def proj(self) -> Projection:
        # One projection per request, so a page never mixes two graph versions.
        if self._proj is None:
            self._proj = self.engine.projection
        return self._proj

    def url(self, iri: str) -> str:
        return links.page_url(iri, self.proj, self.base)

    def label(self, iri: str) -> str:
        return labels.label_of(iri, self.proj, self.store)

    def object_of(self, statement: dict) -> dict[str, str | None]:
        """A statement's object for display: an entity's label and page, or the literal."""
        obj = statement["object"]
        if statement["object_is_iri"]:
            return {"value": self.label(obj), "url": self.url(obj)}
        return {"value": obj, "url": None}

    def data_path(self, iri: str) -> str:
        """The linked-data address of one of our IRIs, relative to wherever the site is served."""
        return "/" + iri[len(self.base) :] if iri.startswith(self.base) else iri

    def source_title(self, id: str | None) -> str:
        """A source's title (its file name when it has none), read once per page."""
        if self._source_titles is None:
            self._source_titles = source_titles(self.store)
        return self._source_titles.get(id or "", id or "")

    def source_links(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        """Sources by their titles, alphabetically, each with its page."""
        out = [{"id": id, "url": f"/sources/{id}", "title": self.source_title(id)} for id in dict.fromkeys(ids)]
        return sorted(out, key=lambda s: s["title"].casefold())

    def strategy_url(self, id: str) -> str:
        return "/strategies/" + id

    def series_label(self, id: str) -> str:
        info = self.proj.series.get(id)
        return info.label if info else id
