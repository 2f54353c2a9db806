"""The fast lane gives exactly the answer the route would, and leaves everything else to the routes."""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from urllib.parse import parse_qsl, quote, urlencode

import httpx
import pytest
from fastapi.testclient import TestClient

from api import wire
from api.app import create_app
from api.etag import ETags
from api.fast_lane import FastLane, PlainLane, query_params
from strategy_lineage import vocab

EDM = quote("Every Day Matters")
WORKING = quote("Working Together to Improve Outcomes")

# Valid requests (the lane answers) and requests the lane must leave to the routes.
URLS = [
    f"/api/strategies/{EDM}/lineage",
    f"/api/strategies/{EDM}/lineage?direction=up&depth=2&evidence=stated&ignored=1",
    f"/api/strategies/{EDM}/lineage?depth=10&depth=1",  # the last value counts, as for the route
    f"/api/strategies/{EDM}/lineage?depth=0",
    f"/api/strategies/{EDM}/lineage?depth=ten",
    f"/api/strategies/{EDM}/lineage?direction=sideways",
    f"/api/strategies/{EDM}/lineage?format=mermaid",
    "/api/strategies/no-such-plan-anywhere/lineage",
    "/api/strategies//lineage",
    f"/api/strategies/{WORKING}/trail",
    "/api/strategies/no-such-plan-anywhere/trail",
    "/api/search?q=every+day+matters",
    "/api/search?q=edm&type=strategy&limit=3",
    "/api/search?q=",
    "/api/search?q=edm&limit=201",
    "/api/search",
    "/api/in-force?date=2014-06-01",
    "/api/in-force?date=2014-06-01&offset=1&limit=2&publisher=kent-county-council",
    "/api/in-force?date=2014-06-01&offset=-1",
    "/api/in-force?date=https://example.org/not%20an%20iri",
    "/api/in-force?date=not-a-date",
    "/api/in-force",
]


@pytest.fixture(scope="module")
def without_lane(client: TestClient) -> TestClient:
    """The same store and settings, every request answered by the routes."""
    app = create_app(client.app.state.store, client.app.state.settings)
    app.user_middleware = [m for m in app.user_middleware if m.cls not in (FastLane, PlainLane)]
    app.front = None
    with TestClient(app) as plain:
        yield plain


# The edge's cases: CORS, a conditional GET, gzip asked for (the test client asks for it unless told
# otherwise: the lane in front of the edge leaves all these), and the plain request it answers itself.
EDGE_HEADERS = [
    {},
    {"Origin": "https://intranet.example.org"},
    {"If-None-Match": 'W/"other"'},
    {"Accept-Encoding": "gzip"},
    {"Accept-Encoding": "identity"},
]


def _headers(response: httpx.Response) -> list[tuple[str, str]]:
    """Every header (in no order), the ETag without the app's boot id (two apps, two boot ids)."""
    return sorted((name, re.sub(r'^W/"[0-9a-f]{8}-', 'W/"', value)) for name, value in response.headers.multi_items())


@pytest.mark.parametrize("edge", range(len(EDGE_HEADERS)))
@pytest.mark.parametrize("accept", ["application/json", "image/svg+xml", None])
@pytest.mark.parametrize("url", [*URLS, "/api/health", "/api/health?probe=1"])
def test_the_lane_answers_as_the_route_does(
    client: TestClient, without_lane: TestClient, url: str, accept: str | None, edge: int
) -> None:
    assert_same_answer(client, without_lane, url, {**EDGE_HEADERS[edge], **({"Accept": accept} if accept else {})})


def assert_same_answer(client: TestClient, without_lane: TestClient, url: str, headers: dict[str, str]) -> None:
    for _ in range(2):  # the second time from the answer cache (and a kept trail)
        lane, route = client.get(url, headers=headers), without_lane.get(url, headers=headers)
        assert lane.status_code == route.status_code, url
        assert lane.content == route.content, url
        assert _headers(lane) == _headers(route), url


def test_the_lane_answers_plainly_valid_requests_itself(client: TestClient) -> None:
    """Called alone, with nothing behind it: a valid lineage request is answered, an odd one passed on."""
    app = client.app
    assert app.state.engine.projection.version == app.state.graph_version()  # current, as after start-up
    lane = FastLane(app=_nothing_behind)

    def scope(path: str, query: bytes) -> dict:
        headers = [(b"accept", b"application/json")]
        return {"type": "http", "method": "GET", "path": path, "query_string": query, "headers": headers, "app": app}

    answered = lane._answer(scope(f"/api/strategies/{'Every Day Matters'}/lineage", b"depth=2"))
    assert answered is not None and answered[0] == 200
    assert b'"root"' in answered[1] and (b"vary", b"Accept") in answered[2]
    assert lane._answer(scope("/api/strategies/Every Day Matters/lineage", b"depth=99")) is None
    assert lane._answer(scope("/api/strategies/Every Day Matters", b"")) is None


async def _nothing_behind(scope, receive, send) -> None:  # pragma: no cover - must not be reached
    raise AssertionError("the lane passed on a request it should answer")


QUERIES = [
    "",
    "depth=2",
    "depth=10&depth=1",  # the last value of a name counts
    "q=every+day+matters&limit=3",
    "q+word=a+b+&+limit=+3",  # a form's plus is a space in names and values alike
    "q=1+%2B+2",  # an escaped plus stays a plus
    "q=every%20day%20matters&type=strategy",
    "q=caf%C3%A9",
    "q=&limit=",  # blank values kept
    "q&limit=5",  # a name alone: a blank value
    "&&q=edm&",  # empty pairs skipped
    "q=a=b&x==",  # only the first '=' separates
    "date=2014-06-01&bust=17",
    "q=%E2%82%AC+%e2%82%ac",  # escapes in either case
    "q%3Dx=a%26b",  # an escaped '=' or '&' is data, in names and values
    "q=%5Cx41+%5Cn+\\x41+\\n",  # backslashes, escaped or not, stay backslashes
    "q=%FF%FE%C3",  # bytes that are no UTF-8 become replacement characters
    "q=100%&r=%zz&s=%4",  # a stray '%' is kept as it is
    "q=caf\u00e9%20au+lait",  # a character outside ASCII beside an escape
    "query=SELECT%20%2A%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%0A%23r1n7",
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_lane_reads_a_query_as_the_routes_parser_does(query: str) -> None:
    assert query_params(query) == dict(parse_qsl(query, keep_blank_values=True))


def test_the_lane_reads_any_mix_of_escapes_separators_and_backslashes_as_the_routes_parser_does() -> None:
    symbols = "%&=+\\" + "0123456789abcdefABCDEF" + "xyz" + "\u00e9\u20ac"
    rng = random.Random(15)
    for _ in range(20_000):
        query = "".join(rng.choice(symbols) for _ in range(rng.randint(0, 16)))
        assert query_params(query) == dict(parse_qsl(query, keep_blank_values=True)), query


SL = vocab.SL
QUERY_URLS = [
    "/sparql?"
    + urlencode({"query": f"SELECT ?s ?t WHERE {{ ?s a <{SL}Strategy> ; <http://purl.org/dc/terms/title> ?t }}"}),
    "/sparql?" + urlencode({"query": "PREFIX x: <https://example.org/>\nASK { ?s ?p ?o }"}),
    "/sparql?" + urlencode({"query": f"CONSTRUCT {{ ?s a <{SL}Strategy> }} WHERE {{ ?s a <{SL}Strategy> }} LIMIT 2"}),
    "/sparql?" + urlencode({"query": "SELEC ?x WHERE { ?x ?y ?z }"}),  # malformed: 400
    "/sparql?" + urlencode({"query": "INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }"}),
    "/sparql?" + urlencode({"query": "SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }"}),
    "/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "format": "csv"}),  # to the route
    "/sparql?" + urlencode({"query": "ASK { ?s ?p ?o }", "default-graph-uri": "https://example.org/g"}),
    "/sparql?query=",
]
QUERY_ACCEPTS = ["application/sparql-results+json", "text/csv", "text/html", None]


@pytest.mark.parametrize("edge", range(len(EDGE_HEADERS)))
@pytest.mark.parametrize("accept", QUERY_ACCEPTS)
@pytest.mark.parametrize("url", QUERY_URLS)
def test_the_lane_answers_a_query_as_the_endpoint_does(
    client: TestClient, without_lane: TestClient, url: str, accept: str | None, edge: int
) -> None:
    assert_same_answer(client, without_lane, url, {**EDGE_HEADERS[edge], **({"Accept": accept} if accept else {})})


def test_the_lane_in_front_runs_a_plain_query_itself(client: TestClient) -> None:
    """Nothing behind it: a query by GET with a results Accept is answered; with a dataset it is passed on."""
    app = client.app
    lane = PlainLane(_nothing_behind, tags=ETags(app.state.graph_version))

    def scope(query: dict[str, str]) -> dict:
        headers = [(b"accept", b"application/sparql-results+json")]
        qs = urlencode(query).encode()
        return {"type": "http", "method": "GET", "path": "/sparql", "query_string": qs, "headers": headers, "app": app}

    ask = {"query": f"ASK {{ ?s a <{SL}Strategy> }}"}
    reply = lane._answer(scope(ask))
    assert reply is not None and not isinstance(reply, tuple)
    status, body, headers = client.portal.call(lambda: reply)  # on the app's own event loop
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    assert (b"vary", b"Origin") in headers and any(name == b"etag" for name, _ in headers)
    assert lane._answer(scope({**ask, "named-graph-uri": "https://example.org/g"})) is None


def _app_like(client: TestClient, **settings: object) -> TestClient:
    return TestClient(create_app(client.app.state.store, replace(client.app.state.settings, **settings)))


def test_without_telemetry_the_lane_answers_in_front_of_fastapis_own_layers(client: TestClient) -> None:
    with _app_like(client) as fresh:
        app = fresh.app
        assert app.front is not None and PlainLane not in [m.cls for m in app.user_middleware]
        assert app.state.engine.projection is not None  # built as after start-up: the lane needs a current one
        app.front.app = _nothing_behind  # FastAPI's layers and the routes: never reached for a plain GET
        for url in ("/api/health", "/api/search?q=every+day+matters", f"/api/strategies/{EDM}/lineage?depth=2"):
            assert fresh.get(url, headers={"Accept-Encoding": "identity"}).status_code == 200, url


def test_an_unexpected_error_in_the_lane_in_front_goes_on_to_the_route(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    search_body = wire.search_body

    def fails_first(*args: object) -> bytes:
        calls.append(args)
        if len(calls) == 1:
            raise RuntimeError("a bug in the lane")
        return search_body(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(wire, "search_body", fails_first)
    with _app_like(client) as fresh:
        assert fresh.app.state.engine.projection is not None  # current: the lane takes the request
        plain = {"Accept-Encoding": "identity"}
        answered = fresh.get("/api/search?q=every+day+matters&limit=2", headers=plain)
        assert answered.status_code == 200 and answered.json()["results"]
        assert len(calls) == 2  # the lane's call failed; the route answered


def test_with_telemetry_every_request_goes_through_fastapis_layers(client: TestClient) -> None:
    with _app_like(client, telemetry=True) as traced:
        app = traced.app
        assert app.front is None and PlainLane in [m.cls for m in app.user_middleware]
        plain = {"Accept-Encoding": "identity"}
        assert traced.get("/api/search?q=edm", headers=plain).json()["results"]
