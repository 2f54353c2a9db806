"""Where a SPARQL query's time goes: each query the workers answer is recorded, part by part, when asked."""

from __future__ import annotations

import json

from api.query_times import BATCH, PARTS, QueryTimesLog, WorkerClock, read
from api.sparql_worker import run_query
from graph.store import open_store
from tests.api.conftest import fill, make_client

STRATEGIES = "SELECT ?s ?title WHERE { ?s a sl:Strategy ; dcterms:title ?title }"


def test_each_answered_query_is_recorded_with_its_parts(tmp_path):
    log = tmp_path / "times.jsonl"
    with make_client(tmp_path / "store", query_times=log, query_workers=1) as c:
        for n in range(3):  # three different texts: none is answered from the response cache
            r = c.get("/sparql", params={"query": f"{STRATEGIES}\n# {n}"}, headers={"Accept": "application/json"})
            assert r.status_code == 200
        refused = c.get("/sparql", params={"query": "SELECT ?x {"})
        assert refused.status_code == 400
    # Written as the pool fell idle after each answer; the reader turns the stamps into parts.
    records = read(log.read_bytes())
    assert len(records) == 3  # the malformed query has no answer to time
    for record in records:
        assert set(PARTS) <= set(record) and record["bytes"] > 0
        assert all(record[part] >= 0 for part in PARTS if part not in ("to_worker", "back"))
        # The worker's parts happen inside the server's wait for the answer.
        inside = record["guard"] + record["engine_wall"] + record["writer_wall"]
        assert inside <= record["pool"]
        assert record["engine_cpu"] > 0


def test_without_a_file_nothing_is_recorded_or_timed(tmp_path):
    with make_client(tmp_path / "store", query_workers=1) as c:
        assert c.app.state.query_pool.times is None
        assert c.get("/sparql", params={"query": STRATEGIES}).status_code == 200
    # Nobody asked: the worker reads no clock (each read is a system call).
    store = open_store(tmp_path / "other")
    fill(store)
    assert run_query(store, STRATEGIES, {}, "json", "turtle", 10.0, 1000)[0] == "json"


def test_records_are_held_and_written_a_batch_at_a_time(tmp_path):
    log = QueryTimesLog(tmp_path / "times.jsonl")
    stamps = (1.0, 1.001, 1.002, 1.010, 500, 1.003, 0.0002, 0.00001, 0.005, 0.004, 0.0, 0.0, 1.008)
    for _ in range(BATCH - 1):
        log.add(stamps)
    assert (tmp_path / "times.jsonl").read_bytes() == b""  # nothing written for each query
    log.add(stamps)
    (line,) = (tmp_path / "times.jsonl").read_bytes().splitlines()
    records = read(line)
    assert len(records) == BATCH
    first = records[0]
    assert round(first["queued"]) == 1000 and round(first["to_worker"]) == 1000 and round(first["back"]) == 2000
    assert round(first["engine_wall"]) == 5000 and round(first["pool"]) == 10000 and first["bytes"] == 500


def test_the_worker_times_its_guard_engine_and_writer(tmp_path):
    store = open_store(tmp_path / "store")
    fill(store)
    clock = WorkerClock()
    fmt, body = run_query(store, STRATEGIES, {}, "xml", "turtle", 10.0, 1000, clock)
    assert fmt == "xml" and b"<result>" in body
    assert clock.guard > 0 and clock.engine_wall > 0 and clock.engine_cpu > 0 and clock.writer_wall > 0
    # JSON results are written by the engine itself: the writing is the engine's time.
    clock = WorkerClock()
    fmt, body = run_query(store, STRATEGIES, {}, "json", "turtle", 10.0, 1000, clock)
    assert fmt == "json" and json.loads(body)["results"]["bindings"]
    assert clock.engine_wall > 0 and clock.writer_wall == 0
