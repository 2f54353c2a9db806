"""The change feed: loads, replacements and withdrawals, newest first, as JSON Feed and Atom."""

from __future__ import annotations

import hashlib
from xml.etree import ElementTree as ET

from api.routes_changes import PAGE_SIZE
from tests.api.conftest import TOKEN, make_client
from tests.formats_fixtures import as_pdf_fpdf, seed_text

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ATOM = "{http://www.w3.org/2005/Atom}"
SL = "{https://w3id.org/strategy-lineage/def#}"


def test_feed_lists_load_replace_and_withdraw_with_who_and_sha256(tmp_path) -> None:
    with make_client(tmp_path / "store", query_workers=1, publish_writers=True) as c:
        feed_of_a_publishing_service(c)


def feed_of_a_publishing_service(c) -> None:
    first, second = seed_text().encode("utf-8"), as_pdf_fpdf(seed_text())
    assert c.post("/api/sources", files={"file": ("report.txt", first)}, headers=AUTH).status_code == 201
    assert c.post("/api/sources", files={"file": ("report.pdf", second)}, headers=AUTH).status_code == 201
    assert c.delete("/api/sources/report", headers=AUTH).status_code == 200
    feed = c.get("/api/changes")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/feed+json")
    items = feed.json()["items"]
    latest = [
        (i["_strategy_lineage"]["action"], i["_strategy_lineage"]["sha256"], i["authors"][0]["name"]) for i in items[:3]
    ]
    assert latest == [
        ("withdrawn", hashlib.sha256(second).hexdigest(), "tester"),
        ("replaced", hashlib.sha256(second).hexdigest(), "tester"),
        ("loaded", hashlib.sha256(first).hexdigest(), "tester"),
    ]
    versions = [i["_strategy_lineage"]["graph_version"] for i in items]
    assert versions == sorted(versions, reverse=True)
    # The seed sources loaded when the store was filled are there too (by the loaders, unnamed).
    assert {i["_strategy_lineage"]["source"] for i in items[3:]} >= {"002_7e30c0936a50fbe4"}
    assert not any(TOKEN in i.get("authors", [{}])[0].get("name", "") for i in items)


def test_feed_names_no_writer_unless_the_operator_publishes_writers(writable_client) -> None:
    c = writable_client
    assert (
        c.post("/api/sources", files={"file": ("report.txt", seed_text().encode("utf-8"))}, headers=AUTH).status_code
        == 201
    )
    [latest] = c.get("/api/changes", params={"size": 1}).json()["items"]
    assert latest["_strategy_lineage"]["action"] == "loaded" and "authors" not in latest
    assert "tester" not in latest["content_text"]
    atom = ET.fromstring(c.get("/api/changes", params={"size": 1, "format": "atom"}).content)
    assert atom.findtext(f"{ATOM}entry/{ATOM}author/{ATOM}name") == "Strategy Lineage"


def test_feed_links_a_loaded_source_and_its_original(client) -> None:
    items = client.get("/api/changes").json()["items"]
    item = next(i for i in items if i["_strategy_lineage"]["source"] == "002_7e30c0936a50fbe4")
    assert item["url"].endswith("/sources/002_7e30c0936a50fbe4")
    [attachment] = item["attachments"]
    assert attachment["mime_type"] == "text/plain"
    assert attachment["url"].endswith("/sources/002_7e30c0936a50fbe4/original")
    text = client.get("/api/sources/002_7e30c0936a50fbe4", params={"text": True}).json()["text"]
    assert client.get(attachment["url"]).content == text.encode("utf-8")


def test_atom_feed_by_accept_header_and_by_format(client) -> None:
    for kwargs in ({"headers": {"Accept": "application/atom+xml"}}, {"params": {"format": "atom"}}):
        r = client.get("/api/changes", **kwargs)
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
        feed = ET.fromstring(r.content)
        entries = feed.findall(f"{ATOM}entry")
        json_items = client.get("/api/changes").json()["items"]
        assert [e.findtext(f"{ATOM}id") for e in entries] == [i["id"] for i in json_items]
        entry = entries[0]
        assert entry.find(f"{ATOM}category").get("term") == entry.findtext(f"{SL}action")
        assert len(entry.findtext(f"{SL}fileSha256")) == 64 and entry.findtext(f"{ATOM}author/{ATOM}name")
        assert feed.find(f"{ATOM}link[@rel='self']") is not None


def test_feed_is_paged_and_answers_304_until_something_changes(writable_client) -> None:
    c = writable_client
    everything = c.get("/api/changes", params={"size": 500}).json()["items"]
    assert len(everything) > 3 and len(c.get("/api/changes").json()["items"]) == min(PAGE_SIZE, len(everything))
    pages, url = [], c.get("/api/changes", params={"size": 2}).json()["feed_url"]
    while url:
        page = c.get(url).json()
        pages.append([i["id"] for i in page["items"]])
        url = page.get("next_url")
    assert len(pages) == -(-len(everything) // 2) and [i for p in pages for i in p] == [i["id"] for i in everything]
    assert c.get("/api/changes", params={"page": len(pages) + 1, "size": 2}).status_code == 404
    assert c.get("/api/changes", params={"page": 0}).status_code == 422
    first = c.get("/api/changes")
    tag = first.headers["etag"]
    assert c.get("/api/changes", headers={"If-None-Match": tag}).status_code == 304
    assert c.delete("/api/sources/002_7e30c0936a50fbe4", headers=AUTH).status_code == 200
    changed = c.get("/api/changes", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.json()["items"][0]["_strategy_lineage"]["action"] == "withdrawn"
