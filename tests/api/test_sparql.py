"""The SPARQL 1.1 Protocol endpoint: forms of request, formats, refusals, limits."""

from __future__ import annotations

import csv
import io
import socket
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import replace

import pyoxigraph as ox
import pytest

TITLES = "SELECT ?s ?title WHERE { ?s a sl:Plan ; dcterms:title ?title } ORDER BY ?title"
ASK_EDM = 'ASK { ?s dcterms:alternative "Every Day Matters" }'
CONSTRUCT = "CONSTRUCT { ?s dcterms:title ?t } WHERE { ?s a sl:Plan ; dcterms:title ?t }"
# A cross join that runs for minutes in Oxigraph and yields nothing until it finishes.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) = STR(?i)) }"
SRJ = "application/sparql-results+json"


def titles(body: dict) -> list[str]:
    return [b["title"]["value"] for b in body["results"]["bindings"]]


def test_get_select_returns_sparql_json(client):
    r = client.get("/sparql", params={"query": TITLES})
    assert r.status_code == 200
    assert r.headers["content-type"] == SRJ
    body = r.json()
    assert body["head"]["vars"] == ["s", "title"]
    assert any(t.startswith("Every Day Matters") for t in titles(body))
    assert all(b["s"]["type"] == "uri" for b in body["results"]["bindings"])


def test_post_form_and_direct_post_give_the_same_answer(client):
    by_get = client.get("/sparql", params={"query": TITLES}).json()
    by_form = client.post("/sparql", data={"query": TITLES})
    by_body = client.post("/sparql", content=TITLES, headers={"Content-Type": "application/sparql-query"})
    assert by_form.status_code == by_body.status_code == 200
    assert by_form.json() == by_body.json() == by_get


@pytest.mark.parametrize(
    "accept,expected",
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv; charset=utf-8"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
        # SPARQLWrapper's combined JSON header, q-values, and an unknown type falling back to JSON.
        ("application/sparql-results+json,application/json,text/javascript,application/javascript", SRJ),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("application/x-unknown", SRJ),
        ("*/*", SRJ),
    ],
)
def test_select_content_negotiation(client, accept, expected):
    r = client.get("/sparql", params={"query": TITLES}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"] == expected
    assert "Accept" in r.headers["vary"]


def test_select_formats_carry_the_same_rows(client):
    expected = titles(client.get("/sparql", params={"query": TITLES}).json())
    xml = client.get("/sparql", params={"query": TITLES, "format": "xml"}).text
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(xml)
    assert [b.find("r:literal", ns).text for b in root.iterfind(".//r:binding[@name='title']", ns)] == expected
    rows = list(csv.DictReader(io.StringIO(client.get("/sparql", params={"query": TITLES, "format": "csv"}).text)))
    assert [row["title"] for row in rows] == expected
    tsv = client.get("/sparql", params={"query": TITLES, "format": "tsv"}).text.splitlines()
    assert tsv[0] == "?s\t?title"
    assert [line.split("\t")[1] for line in tsv[1:]] == [ox.Literal(t).__str__() for t in expected]


def test_ask_in_json_and_xml(client):
    assert client.get("/sparql", params={"query": ASK_EDM}).json() == {"head": {}, "boolean": True}
    no = client.get("/sparql", params={"query": 'ASK { ?s dcterms:title "No such plan" }'}).json()
    assert no["boolean"] is False
    xml = client.get("/sparql", params={"query": ASK_EDM}, headers={"Accept": "application/sparql-results+xml"})
    assert "<boolean>true</boolean>" in xml.text


@pytest.mark.parametrize(
    "accept,fmt",
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_construct_in_every_rdf_format(client, accept, fmt):
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(accept)
    triples = list(ox.parse(r.content, fmt))
    assert any(t.object.value.startswith("Every Day Matters") for t in triples)
    assert {t.predicate.value for t in triples} == {"http://purl.org/dc/terms/title"}


def test_construct_defaults_to_turtle_for_unknown_accept(client):
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "image/png"})
    assert r.headers["content-type"].startswith("text/turtle")
    assert list(ox.parse(r.content, ox.RdfFormat.TURTLE))


def test_named_graphs_are_queryable_and_selectable(client):
    graphs = client.get(
        "/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?doc a sl:SourceDocument } }"}
    ).json()
    names = [b["g"]["value"] for b in graphs["results"]["bindings"]]
    assert len(names) >= 3 and all("/graph/source/" in n for n in names)
    count = "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc a sl:SourceDocument }"
    only_one = client.get("/sparql", params={"query": count, "default-graph-uri": names[0]}).json()
    assert only_one["results"]["bindings"][0]["n"]["value"] == "1"
    named = client.get(
        "/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": names[:2]}
    ).json()
    assert sorted(b["g"]["value"] for b in named["results"]["bindings"]) == sorted(names[:2])


def test_standard_vocabularies_are_queryable(client):
    # dcterms:replaces / prov:wasRevisionOf are materialised next to sl: terms.
    q = "SELECT ?a ?b WHERE { ?a dcterms:replaces|prov:wasRevisionOf ?b }"
    rows = client.get("/sparql", params={"query": q}).json()["results"]["bindings"]
    assert rows, "expected dcterms:replaces or prov:wasRevisionOf triples"


def _listener():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(1.5)
    hits = []

    def accept():
        try:
            conn, _ = server.accept()
            hits.append(conn.recv(100))
            conn.close()
        except OSError:
            pass

    thread = threading.Thread(target=accept)
    thread.start()
    return server, thread, hits


def test_service_is_refused_and_no_connection_is_opened(client):
    server, thread, hits = _listener()
    port = server.getsockname()[1]
    for query in (
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        f"select * {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ \\u0053ERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    ):
        r = client.get("/sparql", params={"query": query})
        assert r.status_code == 403
        assert r.headers["content-type"] == "application/problem+json"
        assert "SERVICE" in r.json()["detail"]
    thread.join()
    server.close()
    assert hits == []


def test_keywords_inside_strings_iris_and_names_are_not_refused(client):
    q = 'SELECT ?service WHERE { BIND("SERVICE LOAD" AS ?service) FILTER(?service != <http://x/LOAD>) }'
    assert client.get("/sparql", params={"query": q}).status_code == 200


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"params": {"query": "LOAD <http://example.org/data.ttl>"}},
        {"params": {"query": "INSERT DATA { <http://a> <http://b> <http://c> }"}},
        {"params": {"query": "PREFIX x: <http://x/> DROP ALL"}},
        {"params": {"update": "CLEAR ALL"}},
    ],
)
def test_updates_are_refused_on_get(client, request_kwargs):
    r = client.get("/sparql", **request_kwargs)
    assert r.status_code == 403
    assert r.json()["type"].endswith("update-refused")


def test_updates_are_refused_on_post(client):
    assert client.post("/sparql", data={"update": "CLEAR ALL"}).status_code == 403
    r = client.post("/sparql", content="DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403
    # ...and nothing was dropped.
    assert client.get("/sparql", params={"query": ASK_EDM}).json()["boolean"] is True


def test_malformed_query_is_a_400_problem(client):
    r = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert r.status_code == 400
    assert r.headers["content-type"] == "application/problem+json"
    assert "malformed" in r.json()["detail"]
    assert client.get("/sparql", params={"query": "   "}).status_code == 400
    assert client.get("/sparql", params={"query": TITLES, "default-graph-uri": "not an iri"}).status_code == 400


def test_wrong_content_type_is_415(client):
    r = client.post("/sparql", content=TITLES, headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_result_cap(client):
    # The cap decides, not the clock: the client's 1 s time limit (for the runaway query below) can pass on
    # a loaded machine while an engine sends its first 501 rows, and the answer would be a timeout (503).
    settings = client.app.state.settings
    client.app.state.settings = replace(settings, query_timeout=120.0)
    try:
        r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    finally:
        client.app.state.settings = settings
    assert r.status_code == 422
    assert r.json()["type"].endswith("result-too-large")
    assert "more than 500 rows" in r.json()["detail"]


def test_runaway_query_is_stopped_while_others_are_served(client):
    outcome = {}

    def runaway():
        started = time.monotonic()
        outcome["response"] = client.get("/sparql", params={"query": RUNAWAY})
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.2)
    # While the runaway query occupies one worker, others keep getting answers.
    assert client.get("/sparql", params={"query": ASK_EDM}).json()["boolean"] is True
    assert client.get("/api/health").status_code == 200
    thread.join(timeout=20)
    r = outcome["response"]
    assert r.status_code == 503
    assert r.json()["type"].endswith("query-timeout")
    assert outcome["seconds"] < 5  # the limit is 1 s in these tests; far below the query's minutes
    # The killed worker was replaced: the pool is back to full strength.
    for _ in range(3):
        assert client.get("/sparql", params={"query": ASK_EDM}).status_code == 200


def test_service_description_and_void(client):
    sd = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert sd.status_code == 200
    triples = list(ox.parse(sd.content, ox.RdfFormat.TURTLE))
    preds = {t.predicate.value for t in triples}
    assert "http://www.w3.org/ns/sparql-service-description#endpoint" in preds
    assert "http://www.w3.org/ns/sparql-service-description#namedGraph" in preds
    void = client.get("/.well-known/void")
    triples = list(ox.parse(void.content, ox.RdfFormat.TURTLE))
    sizes = [int(t.object.value) for t in triples if t.predicate.value == "http://rdfs.org/ns/void#triples"]
    assert sizes and max(sizes) > 100


def test_browser_gets_the_query_page_with_a_results_table(client):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    page = client.get("/sparql", headers={"Accept": browser})
    assert page.headers["content-type"].startswith("text/html")
    assert "<textarea" in page.text and "What cites section 10" in page.text
    results = client.get("/sparql", params={"query": TITLES}, headers={"Accept": browser})
    assert "<table>" in results.text and "Every Day Matters" in results.text


def test_describe_returns_the_resource(client):
    iri = client.get("/api/search", params={"q": "Every Day Matters"}).json()["results"][0]["iri"]
    r = client.get("/sparql", params={"query": f"DESCRIBE <{iri}>"}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    described = {
        (t.predicate.value, str(t.object))
        for t in ox.parse(r.content, ox.RdfFormat.N_TRIPLES)
        if t.subject == ox.NamedNode(iri)
    }
    # What else DESCRIBE adds is the engine's choice (SPARQL 1.1, 16.4): the resource's own
    # statements must all be there.
    own = client.get("/sparql", params={"query": f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}", "format": "json"}).json()
    stated = {(b["p"]["value"], b["o"]["value"]) for b in own["results"]["bindings"]}
    assert stated and {p for p, _ in described} == {p for p, _ in stated}
    assert len(described) == len(stated)


def test_query_page_uses_vendored_yasgui_when_present(client, monkeypatch, tmp_path):
    from api import sparql

    browser = {"Accept": "text/html"}
    monkeypatch.setattr(sparql, "YASGUI", tmp_path)  # not vendored: the plain form only
    plain = client.get("/sparql", headers=browser).text
    assert "yasgui" not in plain.lower() and "<textarea" in plain
    (tmp_path / "yasgui.min.js").write_text("// vendored")
    enhanced = client.get("/sparql", headers=browser).text
    assert '<script src="/static/vendor/yasgui/yasgui.min.js">' in enhanced
    assert 'autocompleters: ["prefixes", "variables"]' in enhanced  # no third-party (LOV) completer
    # The editor gets the query with the predeclared prefixes it uses spelled out.
    assert "PREFIX sl: <https://w3id.org/strategy-lineage/def#>\\n" in enhanced
    assert "<textarea" in enhanced  # the form stays for browsers without JavaScript
