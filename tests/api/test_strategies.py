"""The JSON lineage API over the seed graph: answers, evidence, pictures, errors."""

from __future__ import annotations

import pytest

EDM = "Every Day Matters"
WT = "Working Together to Improve Outcomes"


@pytest.fixture(scope="module")
def ids(client) -> dict[str, str]:
    """Short ids of the seed strategies, found through search (ids are the loaders' choice)."""

    def find(q: str, kind: str = "strategy") -> str:
        hits = client.get("/api/search", params={"q": q, "type": kind}).json()["results"]
        assert hits, q
        return hits[0]["id"]

    return {
        "edm": find(EDM),
        "wt": find(WT),
        "cypp2006": find("Children and Young People's Plan 2006-2008"),
        "cypp2008": find("Children and Young People's Plan 2008-2011"),
    }


def problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["status"] == status and body["detail"]
    return body


def test_strategy_list_and_filters(client, ids):
    everything = client.get("/api/strategies").json()
    listed = {s["id"] for s in everything["items"]}
    assert {ids["edm"], ids["wt"], ids["cypp2008"]} <= listed
    assert everything["total"] == len(everything["items"])
    in_2014 = client.get("/api/strategies", params={"in_force": "2014-06-01"}).json()
    assert [s["id"] for s in in_2014["items"]] == [ids["edm"]]
    page = client.get("/api/strategies", params={"limit": 2, "offset": 1}).json()
    assert [s["id"] for s in page["items"]] == [s["id"] for s in everything["items"][1:3]]
    problem(client.get("/api/strategies", params={"limit": 0}), 422)


def test_strategy_detail(client, ids):
    edm = client.get(f"/api/strategies/{ids['edm']}").json()
    assert edm["title"].startswith(EDM)
    assert edm["period"]["start"].startswith("2013") and edm["period"]["end"].startswith("2016")
    assert EDM in edm["alternative_titles"]
    successor = next(r for r in edm["replaced_by"] if r["id"] == ids["wt"])
    assert successor["relation"] == "supersedes" and successor["inferred"] is False
    assert any("section/10" in law["iri"] for law in edm["legal_basis"])
    assert edm["trail"] and all("type" in event for event in edm["trail"])
    assert edm["sources"]
    by_name = client.get("/api/strategies/every day matters")
    assert by_name.status_code == 200 and by_name.json()["id"] == ids["edm"]


def test_unknown_strategy_is_404_with_candidates(client):
    body = problem(client.get("/api/strategies/evry-day-maters"), 404)
    assert body["candidates"] and "every-day-matters" in body["candidates"][0]["id"]


def test_lineage_both_ways_with_evidence(client, ids):
    lineage = client.get(f"/api/strategies/{ids['edm']}/lineage").json()
    assert lineage["root"] == ids["edm"]
    nodes = {n["id"] for n in lineage["nodes"]}
    assert {ids["wt"], ids["cypp2008"], ids["cypp2006"]} <= nodes
    replace = next(e for e in lineage["edges"] if e["from"] == ids["wt"] and e["to"] == ids["edm"])
    assert replace["relation"] == "supersedes" and not replace["inferred"]
    quotes = [ev["quote"] for ev in replace["evidence"]]
    assert any("replace Every Day Matters" in q for q in quotes if q)
    ev = replace["evidence"][0]
    assert ev["source"] and ev["end"] > ev["start"] >= 0 and ev["rule"]


def test_lineage_direction_depth_and_stated_only(client, ids):
    up = client.get(f"/api/strategies/{ids['edm']}/lineage", params={"direction": "up"}).json()
    assert ids["wt"] not in {n["id"] for n in up["nodes"]}
    down = client.get(f"/api/strategies/{ids['edm']}/lineage", params={"direction": "down", "depth": 1}).json()
    assert {n["id"] for n in down["nodes"]} == {ids["edm"], ids["wt"]}
    any_edges = client.get(f"/api/strategies/{ids['edm']}/lineage").json()["edges"]
    stated = client.get(f"/api/strategies/{ids['edm']}/lineage", params={"evidence": "stated"}).json()["edges"]
    assert any(e["inferred"] for e in any_edges)
    assert stated and not any(e["inferred"] for e in stated)


@pytest.mark.parametrize(
    "params",
    [
        {"depth": 0},
        {"depth": 999},
        {"depth": "ten"},
        {"direction": "sideways"},
        {"evidence": "rumour"},
        {"format": "gif"},
    ],
)
def test_lineage_bad_parameters_are_422(client, ids, params):
    problem(client.get(f"/api/strategies/{ids['edm']}/lineage", params=params), 422)


@pytest.mark.parametrize(
    "how,expected,marker",
    [
        ({"headers": {"Accept": "image/svg+xml"}}, "image/svg+xml", "<svg"),
        ({"params": {"format": "svg"}}, "image/svg+xml", "<svg"),
        ({"params": {"format": "dot"}}, "text/vnd.graphviz; charset=utf-8", "digraph"),
        ({"headers": {"Accept": "text/vnd.mermaid"}}, "text/vnd.mermaid; charset=utf-8", "-->"),
    ],
)
def test_lineage_pictures(client, ids, how, expected, marker):
    r = client.get(f"/api/strategies/{ids['edm']}/lineage", **how)
    assert r.status_code == 200
    assert r.headers["content-type"] == expected
    assert marker in r.text and "Every Day Matters" in r.text


def test_path_with_evidence_of_every_step(client, ids):
    path = client.get("/api/path", params={"from": ids["cypp2006"], "to": ids["wt"]}).json()
    assert path["nodes"][0]["id"] == ids["cypp2006"] and path["nodes"][-1]["id"] == ids["wt"]
    assert len(path["edges"]) == len(path["nodes"]) - 1
    assert all(edge["evidence"] for edge in path["edges"])
    problem(client.get("/api/path", params={"from": ids["edm"]}), 422)
    problem(client.get("/api/path", params={"from": ids["edm"], "to": "no-such-plan"}), 404)


def test_in_force(client, ids):
    body = client.get("/api/in-force", params={"date": "2014-06-01"}).json()
    assert [s["id"] for s in body["strategies"]] == [ids["edm"]]
    assert body["date"] == "2014-06-01"
    problem(client.get("/api/in-force", params={"date": "2014-13-45"}), 422)
    problem(client.get("/api/in-force"), 422)


def test_in_force_pages_and_filters_by_publisher(client, ids):
    both = client.get("/api/in-force", params={"date": "2016-06-01"}).json()
    assert both["total"] == 2 and {s["id"] for s in both["strategies"]} == {ids["edm"], ids["wt"]}
    page = client.get("/api/in-force", params={"date": "2016-06-01", "limit": 1, "offset": 1}).json()
    assert page["total"] == 2 and len(page["strategies"]) == 1
    assert (
        client.get("/api/in-force", params={"date": "2016-06-01", "publisher": "kent-county-council"}).json()["total"]
        == 2
    )
    assert (
        client.get("/api/in-force", params={"date": "2016-06-01", "publisher": "medway-council"}).json()["total"] == 0
    )
    problem(client.get("/api/in-force", params={"date": "2016-06-01", "limit": 0}), 422)


def test_series_gaps_and_conflicts(client, ids):
    series = client.get("/api/series").json()
    main = next(s for s in series if ids["edm"] in [m["id"] for m in s["members"]])
    members = [m["id"] for m in main["members"]]
    assert members.index(ids["cypp2008"]) < members.index(ids["edm"]) < members.index(ids["wt"])
    gap = next(g for g in main["gaps"] if g["after"] == ids["cypp2008"])
    assert gap["before"] == ids["edm"] and gap["start"].startswith("2012")
    one = client.get(f"/api/series/{main['id']}").json()
    assert one["id"] == main["id"]
    problem(client.get("/api/series/no-such-series"), 404)
    conflicts = client.get("/api/conflicts").json()["conflicts"]
    about_edm = [c for c in conflicts if c["subject_id"] == ids["edm"]]
    assert about_edm and len(about_edm[0]["sides"]) >= 2
    assert all(side["sources"] for side in about_edm[0]["sides"])


def test_trail(client, ids):
    trail = client.get(f"/api/strategies/{ids['edm']}/trail").json()
    assert trail["strategy"] == ids["edm"]
    dated = [e["day"] for e in trail["events"] if e["day"]]
    assert dated == sorted(dated)
    may29 = [e for e in trail["events"] if e["date"] == "2013-05-29"]
    parties = [p["id"] for e in may29 for p in e["bodies"] + e["requested_of"]]
    assert any("health-and-wellbeing-board" in p for p in parties)
    assert all(e["sources"] for e in trail["events"])
    problem(client.get("/api/strategies/nothing-like-this/trail"), 404)


def test_search_distinguishes_the_two_working_togethers(client):
    results = client.get("/api/search", params={"q": "working together"}).json()["results"]
    kinds = {r["kind"] for r in results}
    assert {"strategy", "guidance"} <= kinds
    only = client.get("/api/search", params={"q": "working together", "type": "guidance"}).json()["results"]
    assert {r["kind"] for r in only} == {"guidance"}
    problem(client.get("/api/search", params={"q": ""}), 422)


def test_legislation_and_organisation(client, ids):
    s10 = client.get("/api/legislation/ukpga/2004/31/section/10").json()
    assert s10["iri"] == "http://www.legislation.gov.uk/id/ukpga/2004/31/section/10"
    assert ids["edm"] in {c["strategy"]["id"] for c in s10["citations"]}
    problem(client.get("/api/legislation/ukpga/1900/99"), 404)
    board = client.get("/api/organisations/Kent Health and Wellbeing Board")
    assert board.status_code == 200, board.text
    events = board.json()["events"]
    assert any(e["strategy"] == ids["edm"] for e in events)
    problem(client.get("/api/organisations/no-such-board-anywhere"), 404)


def test_etag_and_304(client, ids):
    url = f"/api/strategies/{ids['edm']}/lineage"
    first = client.get(url)
    tag = first.headers["etag"]
    again = client.get(url, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    other_type = client.get(url, headers={"If-None-Match": tag, "Accept": "image/svg+xml"})
    assert other_type.status_code == 200


def test_cors_and_gzip(client):
    r = client.get("/api/strategies", headers={"Origin": "https://intranet.example", "Accept-Encoding": "gzip"})
    assert r.headers["access-control-allow-origin"] == "*"
    assert r.headers.get("content-encoding") == "gzip"
    preflight = client.options(
        "/api/sources/x",
        headers={
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "DELETE",
            "Access-Control-Request-Headers": "Authorization",
        },
    )
    assert preflight.status_code == 400  # writes are not open to any origin


def test_compression_and_cors_headers_only_where_they_apply(client):
    """gzip only when asked and only for a body worth it; a same-origin answer carries no CORS
    headers but says it varies by Origin, so a cache never serves it to a cross-origin page."""
    plain = client.get("/api/strategies", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and len(plain.content) > 1024
    assert "access-control-allow-origin" not in plain.headers
    assert "Origin" in plain.headers["vary"]
    small = client.get("/api/health", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers and small.json() == {"status": "ok"}
    crossing = client.get("/api/health", headers={"Origin": "https://intranet.example"})
    assert crossing.headers["access-control-allow-origin"] == "*"


def test_openapi_documents_every_parameter(client):
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            for param in op.get("parameters", []):
                assert param.get("description"), f"{method.upper()} {path}: {param['name']} undocumented"
    assert "/api/strategies/{id}/lineage" in spec["paths"]


def test_unknown_route_is_problem_json(client):
    problem(client.get("/api/nothing-here"), 404)


def test_ambiguous_name_is_409_with_the_candidates(client, ids):
    body = problem(client.get("/api/strategies/Kent Children and Young People's Plan"), 409)
    candidates = {c["id"] for c in body["candidates"]}
    assert {ids["cypp2006"], ids["cypp2008"]} <= candidates
