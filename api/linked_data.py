"""Dereferenceable IRIs: ``GET /id/{kind}/{key}`` describes the entity minted there.

RDF clients get the entity's triples plus the evidence of each (Turtle, JSON-LD,
N-Triples, RDF/XML); browsers get a readable page; ``application/json`` gets the API
view. IRIs are minted under the configured base, so the path is mapped back onto it.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import NoMatchFound

from api import html, models, source_views
from api import sparql_formats as formats
from api.negotiation import choose
from api.problems import Problem, engine_errors, not_found, valid_iri
from api.responses import JSONResponse, negotiated
from graph import answers, entities, rdf
from graph.labels import best_label
from graph.records import kind_of
from graph.store import Store
from strategy_lineage import vocab

router = APIRouter(tags=["Linked data"])

OFFERS = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/n-triples": "ntriples",
    "application/rdf+xml": "rdfxml",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/json": "json",
}


def _candidates(request: Request, path: str) -> list[str]:
    hits = request.app.state.engine.projection.search_index.nearest(path.rsplit("/", 1)[-1].replace("-", " "))
    return [f"/id/{h.iri.split('/id/', 1)[-1]}" for h in hits if "/id/" in h.iri]


# JSON is the API's own view of the entity (models.EntityOut); the other media types are RDF or a page.
DEREFERENCED: models.ResponseDocs = {
    200: {"model": models.EntityOut, "content": {media: {} for media in OFFERS}},
    404: {"description": "Unknown IRI"},
}
FORMAT_DOC = "Overrides Accept: turtle, jsonld, ntriples, rdfxml, html, json"


def _format(request: Request, format: str | None) -> str:
    fmt = format.lower() if format else choose(request.headers.get("accept"), OFFERS, "turtle")
    if fmt not in set(OFFERS.values()):
        raise Problem(422, f"unknown format {format!r}; use one of turtle, jsonld, ntriples, rdfxml, html, json")
    return fmt


def _describe_response(request: Request, iri: str, fmt: str, shown: str) -> Response:
    try:
        valid_iri(iri)
    except Problem:
        raise not_found("entity", shown, []) from None
    triples = entities.describe(request.app.state.store, iri)
    if not triples:
        raise not_found("entity", shown, _candidates(request, shown))
    if fmt == "json":
        return JSONResponse(api_view(request, iri))
    if fmt == "html":
        page = officer_page(request, iri)
        if page is not None:
            return RedirectResponse(page, status_code=303, headers={"Vary": "Accept"})
        return HTMLResponse(html_view(request, iri, triples), headers={"Vary": "Accept"})
    return negotiated(formats.write_triples(fmt, triples), formats.GRAPH_TYPES[fmt])


@router.get(
    "/id/{path:path}",
    summary="Dereference an entity IRI (content negotiation)",
    responses=DEREFERENCED,
)
def dereference(
    request: Request,
    path: str = Path(..., description="kind/key, e.g. strategy/every-day-matters-2013-2016"),
    format: str | None = Query(None, description=FORMAT_DOC),
) -> Response:
    iri = f"{request.app.state.settings.base}id/{path}"
    return _describe_response(request, iri, _format(request, format), f"/id/{path}")


@router.get(
    "/graph/{path:path}",
    summary="Dereference a named graph (a source's statements) or an evidence node",
    responses=DEREFERENCED,
)
def dereference_graph(
    request: Request,
    path: str = Path(..., description="source/{id}, inferred, or source/{id}/evidence/{hash}"),
    format: str | None = Query(None, description=FORMAT_DOC),
) -> Response:
    store: Store = request.app.state.store
    iri = f"{request.app.state.settings.base}graph/{path}"
    fmt = _format(request, format)
    try:
        valid_iri(iri)
    except Problem:
        raise not_found("graph or evidence node", f"/graph/{path}", []) from None
    if store.has_graph(rdf.NamedNode(iri)):
        if fmt in formats.GRAPH_TYPES:
            return negotiated(store.export(fmt, rdf.NamedNode(iri)), formats.GRAPH_TYPES[fmt])
        # People and JSON clients get the source's description rather than raw triples.
        source = iri.replace("/graph/source/", "/id/source/", 1)
        if source != iri:
            return RedirectResponse(
                source.removeprefix(request.app.state.settings.base.rstrip("/")) + f"?format={fmt}", 303
            )
        raise Problem(406, f"{iri} is served as turtle, jsonld, ntriples or rdfxml")
    return _describe_response(request, iri, fmt, f"/graph/{path}")


# Entity kinds that have a page for people (api/pages), by the name of the page's route.
PAGES = {"strategy": "strategy_page", "organisation": "organisation_page", "source": "source_page"}


def officer_page(request: Request, iri: str) -> str | None:
    """The readable page for ``iri`` when the pages offer one (a person following a link
    wants the strategy page, not a table of triples); None otherwise."""
    kind = kind_of(iri)
    if kind not in PAGES:
        return None
    try:
        return request.app.url_path_for(PAGES[kind], id=iri.rsplit("/", 1)[-1])
    except NoMatchFound:
        return None


def api_view(request: Request, iri: str) -> dict[str, Any]:
    """What the JSON API says about ``iri``: the strategy, organisation or source view
    where there is one, otherwise its evidenced statements."""
    engine = request.app.state.engine
    kind = engine.projection.kind(iri)
    if kind == "strategy":
        return answers.strategy_detail(engine, iri)
    if kind in ("organisation", "post"):
        with engine_errors():
            return entities.organisation_view(engine, iri)
    if iri.startswith(f"{request.app.state.settings.base}id/source/"):
        return source_views.source_detail(engine, source_views.find_source(request.app.state.store, iri))
    with engine_errors():
        statements = engine.provenance(iri)
    types = entities.types_of(request.app.state.store, iri)
    return {"iri": iri, "id": iri.rsplit("/", 1)[-1], "statements": answers.to_json(statements), "types": types}


def _text(term: rdf.NamedNode | rdf.Literal | rdf.BlankNode | rdf.Triple) -> str:
    """A term's value; a quoted triple (RDF-star, never written by the loaders) as N-Triples."""
    return str(term) if isinstance(term, rdf.Triple) else term.value


def _cell(term: rdf.NamedNode | rdf.Literal | rdf.BlankNode | rdf.Triple) -> str:
    if isinstance(term, rdf.NamedNode):
        return html.link_or_text(term.value, True)
    return html.esc(_text(term))


def html_view(request: Request, iri: str, triples: list[rdf.Triple]) -> str:
    """A readable page: the entity's statements, each with its quoted evidence."""
    subject = rdf.NamedNode(iri)
    evidence: dict[tuple[str, str], list[str]] = {}
    by_subject: dict[str, dict[str, list]] = {}
    for t in triples:
        by_subject.setdefault(_text(t.subject), {}).setdefault(t.predicate.value, []).append(t.object)
    for ev, props in by_subject.items():
        preds = props.get(vocab.RDF + "predicate")
        objs = props.get(vocab.RDF + "object")
        if not preds or not objs or ev == iri:
            continue
        quote = _quote(by_subject, props)
        source = props.get(vocab.DCTERMS + "source", [None])[0]
        evidence.setdefault((preds[0].value, objs[0].value), []).append(_evidence_html(quote, source, props))
    own = [t for t in triples if t.subject == subject]
    names: dict[str, list[str]] = {}
    for t in own:
        names.setdefault(t.predicate.value, []).append(_text(t.object))
    label = best_label(names, iri) or iri  # the site's one labels policy
    rows = [
        [
            _cell(t.predicate),
            _cell(t.object) if t.predicate != vocab.sl("content") else "<em>full text below</em>",
            "<br>".join(evidence.get((t.predicate.value, _text(t.object)), [])),
        ]
        for t in own
    ]
    body = (
        f'<p><code>{html.esc(iri)}</code> · also as <a href="?format=turtle">Turtle</a>, '
        f'<a href="?format=jsonld">JSON-LD</a>, <a href="?format=json">JSON</a></p>'
    )
    body += html.table(["property", "value", "evidence"], rows)
    return html.page(label, body)


def _quote(by_subject: dict, props: dict) -> str | None:
    for target in props.get(vocab.OA + "hasTarget", []):
        for selector in by_subject.get(target.value, {}).get(vocab.OA + "hasSelector", []):
            exact = by_subject.get(selector.value, {}).get(vocab.OA + "exact")
            if exact:
                return exact[0].value
    return None


def _evidence_html(quote: str | None, source, props: dict) -> str:
    rule = props.get(vocab.SL + "rule", [None])[0]
    derivation = props.get(vocab.SL + "derivation", [None])[0]
    parts = [f"“{html.esc(quote)}”" if quote else ""]
    if source is not None:
        parts.append(f'<a href="{html.esc(source.value)}">{html.esc(source.value.rsplit("/", 1)[-1])}</a>')
    if rule is not None:
        parts.append(
            f"<span class=muted>{html.esc(rule.value.rsplit('/', 1)[-1])}"
            f"{', ' + html.esc(derivation.value.rsplit('#', 1)[-1].lower()) if derivation else ''}</span>"
        )
    return " ".join(p for p in parts if p)
