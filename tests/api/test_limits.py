"""Every request is bounded before work starts: bodies counted while read, writers
authenticated before an upload is parsed, the answer cache bounded in bytes, and a fair
share of the SPARQL workers for each client."""

from __future__ import annotations

import asyncio
import json

import pytest

from api.cache import BodyCache
from tests.api.conftest import TOKEN, make_client
from tests.api.test_sparql import RUNAWAY

AUTH = {"Authorization": f"Bearer {TOKEN}"}
CHUNK = 64 * 1024


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "store"
    with make_client(path, max_query_kb=16, max_upload_mb=1, cache_mb=1, query_workers=2) as c:
        yield c


class Sent:
    """A chunked POST straight to the ASGI app (no Content-Length), counting the chunks
    the app pulled: the test client would read the whole body before the app runs."""

    def __init__(self, app, path: str, headers: dict[str, str], chunks: int, prefix: bytes = b"") -> None:
        self.pulled, self.messages = 0, []
        scope = {
            "type": "http",
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "root_path": "",
            "client": ("127.0.0.1", 5000),
            "server": ("testserver", 80),
            "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        }

        async def receive():
            if self.pulled >= chunks:
                return {"type": "http.disconnect"}
            self.pulled += 1
            body = (prefix if self.pulled == 1 else b"") + b"#" * CHUNK
            return {"type": "http.request", "body": body, "more_body": self.pulled < chunks}

        async def send(message):
            self.messages.append(message)

        asyncio.run(app(scope, receive, send))

    @property
    def status(self) -> int:
        return next(m["status"] for m in self.messages if m["type"] == "http.response.start")

    @property
    def detail(self) -> str:
        return json.loads(b"".join(m.get("body", b"") for m in self.messages if m["type"] == "http.response.body"))[
            "detail"
        ]


def test_a_declared_length_past_the_limit_is_refused_unread(small):
    r = small.post(
        "/sparql", content=b"ASK {}" + b" " * (17 * 1024), headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 413
    assert r.headers["content-type"] == "application/problem+json"
    assert "a query may be at most 16 KB" in r.json()["detail"]


def test_a_chunked_query_is_cut_off_while_read(small):
    sent = Sent(small.app, "/sparql", {"Content-Type": "application/sparql-query"}, chunks=200)  # 12.5 MB
    assert sent.status == 413
    assert sent.pulled == 1  # 64 KB is already past the 16 KB limit


MULTIPART_START = b'--x\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n'


@pytest.mark.parametrize(
    "content_type,prefix",
    [("multipart/form-data; boundary=x", MULTIPART_START), ("application/x-www-form-urlencoded", b"file=")],
)
def test_a_chunked_upload_is_cut_off_while_read(small, content_type, prefix):
    sent = Sent(small.app, "/api/sources", {**AUTH, "Content-Type": content_type}, chunks=200, prefix=prefix)
    assert sent.status == 413
    assert "an upload may be at most 1 MB" in sent.detail
    assert sent.pulled * CHUNK <= 1024 * 1024 + CHUNK  # stopped at the first chunk past 1 MB


@pytest.mark.parametrize("headers,status", [({}, 401), ({"Authorization": "Bearer not-the-token-at-all"}, 403)])
def test_an_unauthenticated_upload_is_refused_before_it_is_read(small, headers, status):
    sent = Sent(small.app, "/api/sources", {**headers, "Content-Type": "multipart/form-data; boundary=x"}, chunks=10)
    assert sent.status == status
    assert sent.pulled == 0  # not parsed, not spooled to disk: not even read


def test_queries_within_the_limit_still_work(small):
    r = small.post("/sparql", content=b"ASK { ?s ?p ?o }", headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_the_answer_cache_is_bounded_in_bytes(small):
    cache = small.app.state.body_cache
    for n in range(300):
        assert small.get("/api/search", params={"q": f"strategy {n} " + "x" * 2000}).status_code in (200, 404, 422)
    assert 0 < cache.bytes <= 1024 * 1024


def test_the_cache_counts_keys_and_bodies():
    cache = BodyCache(max_bytes=100_000)
    for n in range(100):  # about 1.8 KB each with the key: 180 KB in all
        cache.put(("v1", "/api/x", "q" * 500 + str(n)), b"b" * 500)
    assert 90_000 < cache.bytes <= 100_000
    assert cache.get(("v1", "/api/x", "q" * 500 + "99")) == b"b" * 500  # the newest stay
    assert cache.get(("v1", "/api/x", "q" * 500 + "0")) is None
    cache.put("too big", b"x" * 20_000)  # more than an eighth of the cache: not kept
    assert cache.get("too big") is None


# Fair share --------------------------------------------------------------------
def run_for(client, pool, query: str, who: str):
    settings = client.app.state.settings
    return client.portal.start_task_soon(
        lambda: _outcome(
            pool.run(
                query,
                {"default": [], "named": []},
                "json",
                "turtle",
                settings.query_timeout,
                settings.result_limit,
                who,
            )
        )
    )


async def _outcome(coroutine) -> int:
    try:
        await coroutine
        return 200
    except Exception as problem:  # a Problem carries its status
        return getattr(problem, "status", 500)


@pytest.fixture()
def pool_client(tmp_path):
    with make_client(tmp_path / "store", query_workers=2, query_timeout=1.0) as c:
        yield c


def test_one_client_may_not_queue_more_than_its_share(pool_client):
    pool = pool_client.app.state.query_pool
    running = [run_for(pool_client, pool, RUNAWAY, "10.0.0.1") for _ in range(2)]
    pool_client.portal.call(asyncio.sleep, 0.2)
    assert run_for(pool_client, pool, "ASK {}", "10.0.0.1").result() == 429
    assert [f.result() for f in running] == [503, 503]  # the runaways hit the time limit
    assert run_for(pool_client, pool, "ASK {}", "10.0.0.1").result() == 200  # and the share is free again


def test_heavy_clients_leave_a_worker_for_the_others(pool_client):
    pool = pool_client.app.state.query_pool
    heavy = [f"10.0.1.{n}" for n in range(3)]
    # Each heavy client runs a query to the time limit (two at a time, one per worker):
    # now they are known to be heavy.
    for pair in (heavy[:2], heavy[2:]):
        assert [f.result() for f in [run_for(pool_client, pool, RUNAWAY, h) for h in pair]] == [503] * len(pair)
    assert all(pool.usage.is_heavy(h) for h in heavy)
    storm = [run_for(pool_client, pool, RUNAWAY, h) for h in heavy]
    pool_client.portal.call(asyncio.sleep, 0.2)
    # The cheap query waits at most its own time limit (1 s) for a worker, less than any
    # heavy query holds one (1.5 s): it is answered only if a worker was kept free for it.
    cheap = run_for(pool_client, pool, "ASK { ?s ?p ?o }", "10.0.2.1")
    assert cheap.result() == 200
    assert [f.result() for f in storm] == [503, 503, 503]


# Uploads are read in a capped process ------------------------------------------
def own_words_document(lines: int) -> bytes:
    return (
        "Riverside Borough Council\nGreen Spaces Strategy\n\n"
        + "\n".join(
            f"Item {i}. The Riverside Borough Council Green Spaces Strategy {2000 + i % 20} replaces the Green "
            f"Spaces Plan {1990 + i % 10}, and it was approved by the Cabinet on 3 March {2000 + i % 20}."
            for i in range(lines)
        )
    ).encode()


def test_an_upload_that_needs_too_much_memory_is_refused_and_the_server_goes_on(tmp_path):
    with make_client(tmp_path / "store", upload_memory_mb=120, query_workers=1) as c:
        big = own_words_document(6000)  # about 0.9 MB
        r = c.post("/api/sources", files={"file": ("green-spaces.txt", big, "text/plain")}, headers=AUTH)
        assert r.status_code == 422
        assert r.json()["detail"] == "green-spaces.txt: reading the document needed more than 120 MB of memory"
        small_doc = own_words_document(3)
        r = c.post("/api/sources", files={"file": ("green-spaces-summary.txt", small_doc, "text/plain")}, headers=AUTH)
        assert r.status_code == 201, r.text


@pytest.mark.parametrize("metadata", ['date = "99/99/9999"', "kind = ", "this is not toml [", 'kind = "no-such-kind"'])
def test_a_bad_metadata_file_never_names_the_servers_folders(writable_client, metadata):
    r = writable_client.post(
        "/api/sources",
        files={"file": ("parks.txt", own_words_document(3), "text/plain")},
        data={"metadata": metadata},
        headers=AUTH,
    )
    assert r.status_code in (201, 422), r.text
    text = r.text
    assert "/tmp" not in text and "upload-" not in text and str(writable_client.app.state.store.path) not in text


def test_an_upload_that_states_too_many_facts_is_refused_before_it_is_stored(tmp_path):
    with make_client(tmp_path / "store", upload_max_facts=20, query_workers=1) as c:
        before = c.get("/api/sources").json()
        r = c.post(
            "/api/sources", files={"file": ("green-spaces.txt", own_words_document(40), "text/plain")}, headers=AUTH
        )
        assert r.status_code == 422, r.text
        assert "an upload may add at most 20" in r.json()["detail"]
        assert c.get("/api/sources").json() == before
