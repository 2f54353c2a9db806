"""Every minted IRI dereferences, with content negotiation."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from strategy_lineage import vocab


@pytest.fixture(scope="module")
def edm(client) -> dict:
    hit = client.get("/api/search", params={"q": "Every Day Matters", "type": "strategy"}).json()["results"][0]
    return {"iri": hit["iri"], "path": "/id/" + hit["iri"].split("/id/", 1)[1]}


@pytest.mark.parametrize(
    "accept,fmt",
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ],
)
def test_rdf_description_has_triples_and_their_evidence(client, edm, accept, fmt):
    r = client.get(edm["path"], headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    triples = list(ox.parse(r.content, fmt))
    subject = ox.NamedNode(edm["iri"])
    assert any(t.subject == subject and t.predicate == vocab.TITLE for t in triples)
    # Each statement comes with the Web Annotation that supports it.
    about = {t.subject for t in triples if t.predicate.value == vocab.RDF + "subject" and t.object == subject}
    assert about
    quotes = [t.object.value for t in triples if t.predicate.value == vocab.OA + "exact"]
    assert any("Every Day Matters" in q for q in quotes)


def test_people_following_a_link_get_the_page(client, edm):
    link = client.get(edm["path"], headers={"Accept": "text/html"}, follow_redirects=False)
    assert link.status_code == 303 and link.headers["location"] == "/strategies/" + edm["path"].rsplit("/", 1)[1]
    page = client.get(edm["path"], headers={"Accept": "text/html"})
    assert page.headers["content-type"].startswith("text/html") and "Every Day Matters" in page.text
    source = client.get("/api/sources").json()[0]
    to_source = client.get(
        "/id/" + source["iri"].split("/id/", 1)[1], params={"format": "html"}, follow_redirects=False
    )
    assert to_source.status_code == 303 and to_source.headers["location"] == f"/sources/{source['id']}"


def test_entities_without_a_page_get_a_table_with_evidence(client):
    guidance = client.get("/api/search", params={"q": "Working Together to Safeguard Children", "type": "guidance"})
    iri = guidance.json()["results"][0]["iri"]
    page = client.get("/id/" + iri.split("/id/", 1)[1], headers={"Accept": "text/html"})
    assert page.status_code == 200 and "<table>" in page.text
    assert "Working Together to Safeguard Children" in page.text and "“" in page.text  # a quoted passage


def test_json_view(client, edm):
    api = client.get(edm["path"], headers={"Accept": "application/json"}).json()
    assert api["iri"] == edm["iri"] and api["replaced_by"]


def test_other_entities_dereference(client):
    org = client.get("/api/organisations/Kent Health and Wellbeing Board").json()
    r = client.get("/id/" + org["iri"].split("/id/", 1)[1], headers={"Accept": "application/json"})
    assert r.status_code == 200 and r.json() == org  # the organisation view of the API
    source = client.get("/api/sources").json()[0]
    as_json = client.get("/id/" + source["iri"].split("/id/", 1)[1], headers={"Accept": "application/json"}).json()
    assert as_json["id"] == source["id"] and as_json["statements"]


def test_unknown_iri_is_404_with_candidates(client):
    r = client.get("/id/strategy/every-day-maters")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    assert any("every-day-matters" in c for c in r.json()["candidates"])
    assert client.get("/id/strategy/x", params={"format": "pdf"}).status_code == 422


def test_named_graphs_and_evidence_nodes_dereference(client):
    source = client.get("/api/sources").json()[0]
    graph_path = "/graph/" + source["graph"].split("/graph/", 1)[1]
    r = client.get(graph_path, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    triples = list(ox.parse(r.content, ox.RdfFormat.N_TRIPLES))
    assert len(triples) == source["quads"]
    page = client.get(graph_path, headers={"Accept": "text/html"}, follow_redirects=False)
    assert page.status_code == 303 and "/id/source/" in page.headers["location"]
    evidence = next(t.subject.value for t in triples if t.predicate.value == vocab.OA + "hasTarget")
    described = client.get("/graph/" + evidence.split("/graph/", 1)[1], headers={"Accept": "text/turtle"})
    exact = [t for t in ox.parse(described.content, ox.RdfFormat.TURTLE) if t.predicate.value == vocab.OA + "exact"]
    assert described.status_code == 200 and exact
    assert client.get("/graph/source/nothing").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/id/strategy/x%3E%20%3Fp%20%3Fo%20%7D%20UNION%20%7B%20%3Fs%20%3Fp%20%3Fo",
        "/graph/source/x%3E%20%3Fp%20%3Fo%20%7D%20UNION%20%7B%20%3Fs%20%3Fp%20%3Fo",
    ],
)
def test_iris_cannot_rewrite_the_describe_query(client, url):
    r = client.get(url, headers={"Accept": "text/turtle"})
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
