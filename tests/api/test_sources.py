"""Sources, provenance, and the token-protected writes."""

from __future__ import annotations

from tests.api.conftest import DATA, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_sources_list(client):
    sources = client.get("/api/sources").json()
    assert len(sources) >= 3
    for s in sources:
        assert s["graph"].endswith("/graph/source/" + s["id"])
        assert s["facts"] > 0 and len(s["sha256"]) == 64


def test_source_detail_with_text_and_highlighted_spans(client):
    sid = client.get("/api/sources").json()[0]["id"]
    plain = client.get(f"/api/sources/{sid}").json()
    assert plain["statements"] and plain["by_predicate"] and "text" not in plain
    full = client.get(f"/api/sources/{sid}", params={"text": True, "highlight": True}).json()
    original = (DATA / "sources" / full["file_name"]).read_text(encoding="utf-8")
    assert full["text"] == original
    for span in full["spans"]:
        # Offsets point into the file as stored.
        assert original[span["start"] : span["end"]] == span["quote"]
        assert span["statements"]
    assert full["html"].count("<mark") >= 1
    assert f'id="span-{full["spans"][0]["start"]}-' in full["html"]


def test_unknown_source_is_404_with_candidates(client):
    sid = client.get("/api/sources").json()[0]["id"]
    r = client.get(f"/api/sources/{sid[:-2]}xx")
    assert r.status_code == 404
    assert sid in r.json()["candidates"]


def test_provenance_of_a_supersession(client):
    lineage = client.get("/api/strategies/Every Day Matters/lineage", params={"direction": "down", "depth": 1}).json()
    edm = next(n for n in lineage["nodes"] if n["id"] == lineage["root"])
    wt = next(n for n in lineage["nodes"] if n["id"] != lineage["root"])
    r = client.get("/api/provenance", params={"subject": wt["iri"], "predicate": "sl:supersedes", "object": edm["iri"]})
    assert r.status_code == 200, r.text
    [statement] = r.json()["statements"]
    evidence = statement["evidence"][0]
    assert "replace Every Day Matters" in evidence["quote"]
    assert evidence["derivation"] == "stated" and evidence["rule"] and evidence["source"]
    everything = client.get("/api/provenance", params={"subject": edm["iri"]}).json()["statements"]
    assert len(everything) > 3


def test_provenance_errors(client):
    assert client.get("/api/provenance").status_code == 422
    assert client.get("/api/provenance", params={"subject": "http://x/y", "predicate": "nope:thing"}).status_code == 422
    r = client.get("/api/provenance", params={"subject": "http://example.org/nothing"})
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"


def test_writes_need_a_valid_token(client):
    sid = client.get("/api/sources").json()[0]["id"]
    assert client.delete(f"/api/sources/{sid}").status_code == 401
    r = client.delete(f"/api/sources/{sid}", headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403 and r.json()["type"].endswith("invalid-token")
    assert client.post("/api/sources", files={"file": ("x.txt", b"text")}).status_code == 401
    assert any(s["id"] == sid for s in client.get("/api/sources").json())


def test_read_only_service_refuses_writes(tmp_path):
    from tests.api.conftest import make_client

    with make_client(tmp_path / "store", tokens={}, query_workers=1) as ro:
        sid = ro.get("/api/sources").json()[0]["id"]
        r = ro.delete(f"/api/sources/{sid}", headers=AUTH)
        assert r.status_code == 403 and r.json()["type"].endswith("read-only")


def test_withdraw_removes_exactly_that_source_and_is_logged(writable_client):
    c = writable_client
    before = c.get("/api/sources").json()
    target = next(s for s in before if s["id"].startswith("004"))
    old_tag = c.get("/api/sources").headers["etag"]
    r = c.delete(f"/api/sources/{target['id']}", headers=AUTH)
    assert r.status_code == 200, r.text
    assert r.json()["who"] == "tester"
    after = c.get("/api/sources")
    assert {s["id"] for s in after.json()} == {s["id"] for s in before} - {target["id"]}
    assert after.headers["etag"] != old_tag
    # SPARQL workers see the write (graph version) at once.
    ask = f"ASK {{ GRAPH <{target['graph']}> {{ ?s ?p ?o }} }}"
    assert c.get("/sparql", params={"query": ask}).json()["boolean"] is False
    # The store records every write (the loads that filled it too), but not who made it
    # unless the operator publishes writers (see tests/api/test_changes.py).
    log = c.get(
        "/sparql",
        params={
            "query": """SELECT ?action ?who WHERE {
        ?w a sl:WriteEvent ; sl:action ?action ; prov:startedAtTime ?at
        OPTIONAL { ?w prov:wasAssociatedWith ?who } }"""
        },
    ).json()
    written = [(b["action"]["value"], b.get("who", {}).get("value")) for b in log["results"]["bindings"]]
    assert ("withdraw", None) in written and {action for action, _ in written} == {"load", "withdraw"}
    assert not any(who and ("tester" in who or TOKEN in who) for _, who in written)
    assert c.delete(f"/api/sources/{target['id']}", headers=AUTH).status_code == 404


def test_upload_loads_a_document(writable_client):
    c = writable_client
    source = next(s for s in c.get("/api/sources").json() if s["id"].startswith("004"))
    c.delete(f"/api/sources/{source['id']}", headers=AUTH)
    original = DATA / "sources" / source["file_name"]
    metadata = original.with_suffix(".toml").read_text(encoding="utf-8")
    r = c.post(
        "/api/sources",
        files={"file": (source["file_name"], original.read_bytes(), "text/plain")},
        data={"metadata": metadata},
        headers=AUTH,
    )
    assert r.status_code == 201, r.text
    assert r.json()["source"] == source["id"] and r.headers["location"].endswith(source["id"])
    # Same loaders, same metadata: the upload contributes exactly what `load data/` did.
    again = next(s for s in c.get("/api/sources").json() if s["id"] == source["id"])
    assert (again["facts"], again["quads"], again["sha256"]) == (source["facts"], source["quads"], source["sha256"])
    bad = c.post("/api/sources", files={"file": ("bad.txt", b"\xff\xfe\x00binary", "text/plain")}, headers=AUTH)
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
    assert "bad.txt" in bad.json()["detail"] and "upload-" not in bad.json()["detail"]
    assert (
        c.post("/api/sources", files={"file": ("x.pdf", b"%PDF", "application/pdf")}, headers=AUTH).status_code == 422
    )
    huge = c.post("/api/sources", files={"file": ("big.txt", b"a" * (5 * 1024 * 1024 + 1))}, headers=AUTH)
    assert huge.status_code == 413
    # Nothing was lost by the failed uploads.
    assert {s["id"] for s in c.get("/api/sources").json()} >= {source["id"]}


def test_client_iris_are_checked_before_they_reach_a_query(client):
    hostile = "http://x/a> ?p ?o } UNION { ?s ?p ?o"
    for params in (
        {"subject": hostile},
        {"subject": "http://x/a", "predicate": hostile},
        {"subject": "http://x/a", "object": hostile},
    ):
        r = client.get("/api/provenance", params=params)
        assert r.status_code == 422 and "not a valid IRI" in r.json()["detail"]
    assert client.get("/api/in-force", params={"date": hostile}).status_code == 422
    assert client.get("/api/strategies", params={"in_force": hostile}).status_code == 422
    assert client.get("/api/legislation/ukpga/2004/31%3E%20%3Fp").status_code == 422
    assert client.get("/api/organisations/" + hostile.replace("/", "%2F")).status_code in (404, 422)


def test_upload_of_a_text_with_nothing_to_find_loads_with_a_warning(writable_client):
    c = writable_client
    r = c.post(
        "/api/sources",
        files={"file": ("opening-hours.txt", b"The library opens at nine on weekdays.\n", "text/plain")},
        headers=AUTH,
    )
    assert r.status_code == 201, r.text
    assert r.json()["facts"] == 0
    assert r.json()["warnings"] == [
        "opening-hours.txt: no strategy, decision, body or legislation found; loaded as a document with zero facts"
    ]
    assert any(s["id"] == "opening-hours" and s["kind"] == "GeneralDocument" for s in c.get("/api/sources").json())
