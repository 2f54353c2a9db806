"""The SPARQL 1.1 Protocol endpoint at /sparql, plus its service description and VoID.

Queries arrive by GET ``?query=``, POST form or POST ``application/sparql-query``;
``default-graph-uri``/``named-graph-uri`` select the dataset. They run in the killable
worker pool (:mod:`api.query_pool`), which screens each on its parse (:mod:`api.sparql_guard`)
in a process without network (:mod:`api.sandbox`), with the configured time limit and
result cap; the event loop only waits on a pipe. See docs/security.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import orjson
from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Scope

from api import html
from api import sparql_formats as formats
from api.describe import service_triples, void_triples
from api.negotiation import choose, prefers_html
from api.problems import Problem
from api.responses import negotiated
from api.sparql_guard import Refused, update_refused
from strategy_lineage import vocab

router = APIRouter(tags=["SPARQL"])

EXAMPLES = {
    "Lineage: what replaced what": """SELECT ?newer ?newerTitle ?relation ?older ?olderTitle WHERE {
  VALUES ?relation { sl:supersedes sl:isRevisionOf sl:partiallySupersedes sl:succeeds }
  ?newer ?relation ?older .
  OPTIONAL { ?newer dcterms:title ?newerTitle }
  OPTIONAL { ?older dcterms:title ?olderTitle }
} ORDER BY ?newerTitle""",
    "Who approved, endorsed or decided what, and when": """SELECT ?date ?kind ?body ?strategyTitle WHERE {
  ?event a ?kind ; sl:concerns ?strategy .
  ?kind rdfs:subClassOf* sl:GovernanceEvent .
  OPTIONAL { ?event sl:date ?date }
  OPTIONAL { ?event prov:wasAssociatedWith ?b . ?b rdfs:label|skos:prefLabel ?body }
  OPTIONAL { ?strategy dcterms:title ?strategyTitle }
} ORDER BY ?date""",
    "What cites section 10 of the Children Act 2004": """SELECT ?strategy ?title ?relation ?quote WHERE {
  VALUES ?relation { sl:cites sl:basedOn }
  ?strategy ?relation <http://www.legislation.gov.uk/id/ukpga/2004/31/section/10> .
  OPTIONAL { ?strategy dcterms:title ?title }
  OPTIONAL { ?ev rdf:subject ?strategy ; rdf:predicate ?relation ;
                 oa:hasTarget/oa:hasSelector/oa:exact ?quote }
}""",
    "Every source and how much it says": """SELECT ?source ?file (COUNT(?ev) AS ?statements) WHERE {
  GRAPH ?g { ?source a sl:SourceDocument ; sl:fileName ?file . ?ev a sl:Evidence }
} GROUP BY ?source ?file ORDER BY ?file""",
}


def _settings(request: Request):
    return request.app.state.settings


def dataset_of(default: list[str], named: list[str]) -> dict[str, list[str]]:
    for iri in (*default, *named):
        parts = urlsplit(iri)
        if not parts.scheme or any(c in iri for c in '<> "{}|\\^`'):
            raise Problem(400, f"not an absolute IRI: {iri!r}", kind="malformed-query", title="Malformed query")
    return {"default": default, "named": named}


def _formats(request: Request, fmt: str | None) -> tuple[str, str]:
    return result_formats(request.headers.get("accept"), fmt)


def result_formats(accept: str | None, fmt: str | None) -> tuple[str, str]:
    """(results format, graph format) from ?format= or the Accept header."""
    if fmt:
        key = formats.FORMAT_ALIASES.get(fmt.lower())
        if key is None:
            raise Problem(422, f"unknown format {fmt!r}; use one of {', '.join(sorted(formats.FORMAT_ALIASES))}")
        # ?format=xml (which SPARQLWrapper adds to every request) means RDF/XML for a graph.
        graph_key = {"xml": "rdfxml", "json": "jsonld"}.get(key, key)
        return (
            key if key in formats.RESULT_TYPES else "json",
            graph_key if graph_key in formats.GRAPH_TYPES else "turtle",
        )
    return choose(accept, formats.RESULT_OFFERS, "json"), choose(accept, formats.GRAPH_OFFERS, "turtle")


def client_of(request: Request) -> str:
    """Whose fair share a query counts against: the client's address (behind a proxy,
    uvicorn's --forwarded-allow-ips makes this the original client's)."""
    return client_in(request.scope)


def client_in(scope: Scope) -> str:
    client = scope.get("client")
    return client[0] if client else "unknown"


def refused(refusal: Refused) -> Problem:
    return Problem(refusal.status, refusal.detail, kind=refusal.kind, title=refusal.title)


async def execute(request: Request, query: str, dataset: dict, fmt: str | None = None) -> Response:
    results_fmt, graph_fmt = _formats(request, fmt)
    if fmt is None and prefers_html(request.headers.get("accept")):
        return await _html_results(request, query, dataset)
    return await results(request.app.state, query, dataset, results_fmt, graph_fmt, client_of(request))


async def results(state: Any, query: str, dataset: dict, results_fmt: str, graph_fmt: str, client: str) -> Response:
    """The query's results in these formats, as the endpoint sends them (also from the lane in front
    of the edge, :class:`api.fast_lane.PlainLane`); a :class:`Problem` when the query cannot answer."""
    settings = state.settings
    # Results are a function of the graph version: repeated queries skip the workers.
    cache_key = (
        "sparql",
        state.graph_version(),
        query,
        tuple(dataset["default"]),
        tuple(dataset["named"]),
        results_fmt,
        graph_fmt,
    )
    hit = state.body_cache.get(cache_key)
    if hit is None:
        hit = await state.query_pool.run(
            query, dataset, results_fmt, graph_fmt, settings.query_timeout, settings.result_limit, client
        )
        state.body_cache.put(cache_key, hit)
    key, body = hit
    media = formats.RESULT_TYPES.get(key) or formats.GRAPH_TYPES[key]
    return negotiated(body, media)


QUERY_DOC = (
    "A SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE)."
    " Without it, GET returns the service description (or, for a browser, the query page)."
)
DEFAULT_DOC = (
    "IRI of a graph to use as the default graph (repeatable)."
    " Without it the default graph is the merge of all named graphs (each triple once)."
)
NAMED_DOC = (
    "IRI of a named graph the query may address with GRAPH (repeatable). Without it every source graph is available."
)
FORMAT_DOC = (
    "Overrides Accept: json, xml, csv, tsv (SELECT/ASK) or turtle, ntriples, jsonld, rdfxml (CONSTRUCT/DESCRIBE)."
)

_RESULT_DOCS: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Query results, negotiated by Accept (default SPARQL JSON results, or Turtle for graphs)",
        "content": {
            "application/sparql-results+json": {
                "example": {
                    "head": {"vars": ["title"]},
                    "results": {"bindings": [{"title": {"type": "literal", "value": "Every Day Matters"}}]},
                }
            },
            "application/sparql-results+xml": {},
            "text/csv": {},
            "text/tab-separated-values": {},
            "text/turtle": {},
            "application/n-triples": {},
            "application/ld+json": {},
            "application/rdf+xml": {},
        },
    },
    400: {"description": "Malformed query or dataset IRI (problem+json)"},
    403: {"description": "SPARQL Update, LOAD or SERVICE refused (problem+json)"},
    422: {"description": "More results than the result cap (problem+json)"},
    503: {"description": "The query ran past the time limit and was stopped (problem+json)"},
}


@router.get("/sparql", responses=_RESULT_DOCS, summary="SPARQL query (GET), service description or query page")
async def sparql_get(
    request: Request,
    query: str | None = Query(None, description=QUERY_DOC),
    default_graph_uri: list[str] = Query([], alias="default-graph-uri", description=DEFAULT_DOC),
    named_graph_uri: list[str] = Query([], alias="named-graph-uri", description=NAMED_DOC),
    format: str | None = Query(None, description=FORMAT_DOC),
) -> Response:
    if "update" in request.query_params:
        raise refused(update_refused())
    if query is None:
        if prefers_html(request.headers.get("accept")):
            return HTMLResponse(query_page(next(iter(EXAMPLES.values()))))
        return describe_response(request, service_triples, format)
    return await execute(request, query, dataset_of(default_graph_uri, named_graph_uri), format)


@router.post(
    "/sparql",
    responses=_RESULT_DOCS,
    summary="SPARQL query (POST form or application/sparql-query)",
    openapi_extra={
        "requestBody": {
            "content": {
                "application/sparql-query": {"schema": {"type": "string"}, "example": "ASK { ?s a sl:Strategy }"},
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "query": {"type": "string", "description": QUERY_DOC},
                            "default-graph-uri": {
                                "type": "array",
                                "items": {"type": "string"},
                                "description": DEFAULT_DOC,
                            },
                            "named-graph-uri": {"type": "array", "items": {"type": "string"}, "description": NAMED_DOC},
                        },
                    }
                },
            }
        }
    },
)
async def sparql_post(
    request: Request,
    default_graph_uri: list[str] = Query([], alias="default-graph-uri", description=DEFAULT_DOC),
    named_graph_uri: list[str] = Query([], alias="named-graph-uri", description=NAMED_DOC),
    format: str | None = Query(None, description=FORMAT_DOC),
) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/sparql-update":
        raise refused(update_refused())
    if content_type == "application/sparql-query":
        body = await request.body()
        try:
            query = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Problem(400, "the query is not UTF-8", kind="malformed-query", title="Malformed query") from None
        return await execute(request, query, dataset_of(default_graph_uri, named_graph_uri), format)
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        if "update" in form:
            raise refused(update_refused())
        form_query = form.get("query")
        if not isinstance(form_query, str):
            raise Problem(400, "the form has no 'query' field", kind="malformed-query", title="Malformed query")
        query = form_query
        dataset = dataset_of(
            [*default_graph_uri, *map(str, form.getlist("default-graph-uri"))],
            [*named_graph_uri, *map(str, form.getlist("named-graph-uri"))],
        )
        return await execute(request, query, dataset, format or _str_or_none(form.get("format")))
    raise Problem(
        415,
        "send the query as application/sparql-query or application/x-www-form-urlencoded,"
        f" not {content_type or 'nothing'}",
    )


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


@router.get(
    "/.well-known/void",
    summary="VoID description of the dataset",
    responses={200: {"content": {"text/turtle": {}, "application/ld+json": {}, "application/n-triples": {}}}},
)
def void(request: Request, format: str | None = Query(None, description=FORMAT_DOC)) -> Response:
    return describe_response(request, void_triples, format)


def describe_response(request: Request, build, fmt: str | None) -> Response:
    _, graph_fmt = _formats(request, fmt)
    triples = build(request.app.state.store, _settings(request).base)
    return negotiated(formats.write_triples(graph_fmt, triples), formats.GRAPH_TYPES[graph_fmt])


# --- the HTML query page -----------------------------------------------------
# YASGUI (npm @zazuko/yasgui), vendored into the project's static files (refreshed by `make vendor-refresh`);
# without it the page is a plain form whose results the server renders as a table.
STATIC = Path(__file__).resolve().parent / "static"
YASGUI = STATIC / "vendor" / "yasgui"
_YASGUI_INIT = """<div id=yasgui></div><script src="/static/vendor/yasgui/yasgui.min.js"></script><script>
const yasgui = new Yasgui(document.getElementById("yasgui"), {
  requestConfig: {endpoint: "/sparql", method: "POST"},
  copyEndpointOnNewTab: false, persistenceId: null,
  endpointCatalogueOptions: {getData: () => []},
  // Local completers only: the LOV completer would send what people type to a third party.
  yasqe: {autocompleters: ["prefixes", "variables"], value: %s}
});
yasgui.getTab().setQuery(%s);
// Every prefix the server predeclares is declared in the editor too (folded out of the way), so a
// query that runs is never marked red for an "undefined" prefix.
yasgui.getTab().getYasqe().collapsePrefixes(true);
document.getElementById("plain-query").hidden = true;
</script><script src="/static/sparql-page.js"></script>"""


def with_prefixes(query: str) -> str:
    """The query with PREFIX lines for every prefix the server predeclares that it does not
    declare itself, for editors (YASQE) that would otherwise flag ``sl:`` as undeclared."""
    declared = {k.lower() for k in declared_prefixes(query)}
    missing = [p for p in vocab.PREFIXES if p.lower() not in declared]
    return "".join(f"PREFIX {p}: <{vocab.PREFIXES[p]}>\n" for p in missing) + query


def declared_prefixes(query: str) -> list[str]:
    return re.findall(r"(?i)PREFIX\s+([A-Za-z][\w.-]*)\s*:", query)


def query_page(query: str, results: str = "") -> str:
    examples = "".join(f'<li><a href="/sparql?{_qs(q)}">{html.esc(name)}</a></li>' for name, q in EXAMPLES.items())
    form = (
        '<div id=plain-query><form method=get action="/sparql"><label for=query>Query (prefixes such as sl:, '
        f"dcterms:, prov:, oa: are predeclared)</label><textarea id=query name=query rows=12>{html.esc(query)}"
        "</textarea><p><button type=submit>Run query</button></p></form></div>"
    )
    head, editor = "", ""
    if (YASGUI / "yasgui.min.js").exists():
        head = '<link rel=stylesheet href="/static/vendor/yasgui/yasgui.min.css">'
        # JSON is valid JavaScript; "</" is escaped so the text cannot close the <script>.
        blank = with_prefixes("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10")
        editor = _YASGUI_INIT % tuple(
            orjson.dumps(with_prefixes(q)).decode().replace("</", "<\\/") for q in (blank, query)
        )
    return html.page("SPARQL query", f"{form}{editor}<h2>Examples</h2><ul>{examples}</ul>{results}", head=head)


def _qs(query: str) -> str:
    return urlencode({"query": query})


async def _html_results(request: Request, query: str, dataset: dict) -> HTMLResponse:
    settings = _settings(request)
    try:
        key, body = await request.app.state.query_pool.run(
            query, dataset, "json", "turtle", settings.query_timeout, settings.result_limit, client_of(request)
        )
    except Problem as problem:
        message = f"<p role=alert><strong>{html.esc(problem.title)}</strong>: {html.esc(problem.detail)}</p>"
        return HTMLResponse(query_page(query, message), status_code=problem.status)
    if key == "turtle":
        return HTMLResponse(query_page(query, f"<h2>Result</h2><pre>{html.esc(body.decode())}</pre>"))
    data = orjson.loads(body)
    if "boolean" in data:
        return HTMLResponse(query_page(query, f"<h2>Result</h2><p>{'yes' if data['boolean'] else 'no'}</p>"))
    variables = data["head"]["vars"]
    rows = [
        [html.link_or_text(b[v]["value"], b[v]["type"] == "uri") if v in b else "" for v in variables]
        for b in data["results"]["bindings"]
    ]
    summary = f"<h2>Results</h2><p class=muted>{len(rows)} rows</p>"
    return HTMLResponse(query_page(query, summary + html.table(variables, rows)))
