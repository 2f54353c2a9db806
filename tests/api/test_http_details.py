"""HTTP details: conditional requests on missing resources, oversized paging numbers, and
who wrote a source kept off the public SPARQL endpoint unless the operator publishes it."""

from __future__ import annotations

import pytest

from tests.api.conftest import TOKEN, make_client

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("header", ["*", '"x", *', 'W/"x",*'])
def test_if_none_match_star_does_not_hide_a_404(client, header):
    r = client.get("/api/strategies/no-such-strategy", headers={"If-None-Match": header})
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json"


def test_if_none_match_star_on_an_existing_resource_is_a_304(client):
    r = client.get("/api/strategies", headers={"If-None-Match": "*"})
    assert r.status_code == 304 and r.content == b"" and r.headers["etag"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/strategies?offset=99999999999999999999999",
        "/api/strategies?offset=18446744073709551616",
        "/api/strategies?limit=99999999999999999999999",
        "/api/in-force?date=2015-01-01&offset=99999999999999999999999",
        "/api/search?q=plan&limit=99999999999999999999999",
    ],
)
def test_paging_numbers_past_64_bits_are_a_422(client, url):
    r = client.get(url)
    assert r.status_code == 422
    assert r.headers["content-type"] == "application/problem+json"


def test_the_largest_offset_is_answered(client):
    r = client.get("/api/strategies", params={"offset": 2**63 - 1})
    assert r.status_code == 200 and r.json()["items"] == []


WRITERS = """SELECT ?who WHERE { ?w a sl:WriteEvent ; prov:wasAssociatedWith ?who }"""


def withdraw_one(c) -> None:
    source = c.get("/api/sources").json()[0]
    assert c.delete(f"/api/sources/{source['id']}", headers=AUTH).status_code == 200


def test_who_wrote_is_not_readable_through_sparql_by_default(writable_client):
    withdraw_one(writable_client)
    withdrawals = "SELECT ?w WHERE { ?w a sl:WriteEvent ; sl:action 'withdraw' }"  # (the loads that filled it too)
    events = writable_client.get("/sparql", params={"query": withdrawals}).json()
    assert len(events["results"]["bindings"]) == 1  # the write is recorded...
    assert writable_client.get("/sparql", params={"query": WRITERS}).json()["results"]["bindings"] == []  # ...not who


def test_the_operator_may_publish_who_wrote(tmp_path):
    with make_client(tmp_path / "store", publish_writers=True, query_workers=1) as c:
        withdraw_one(c)
        rows = c.get("/sparql", params={"query": WRITERS}).json()["results"]["bindings"]
        assert [r["who"]["value"] for r in rows] == ["tester"]


def test_openapi_declares_problems_and_every_added_status(client):
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            for status, response in op["responses"].items():
                if status != "304" and int(status) >= 400:
                    assert list(response["content"]) == ["application/problem+json"], (method, path, status)
            if method == "get":
                assert "304" in op["responses"], (method, path)
    sparql = spec["paths"]["/sparql"]["post"]["responses"]
    assert {"400", "403", "413", "415", "429", "503"} <= set(sparql)
    assert "application/json" not in sparql["200"]["content"]
    upload = spec["paths"]["/api/sources"]["post"]["responses"]
    assert {"401", "403", "413", "422"} <= set(upload)
    strategies = spec["paths"]["/api/strategies"]["get"]["responses"]["200"]["content"]["application/json"]
    assert strategies["schema"] == {"$ref": "#/components/schemas/StrategyListOut"}
