"""A smoke run of ``python -m bench.run`` at about 10^3 quads: every stage, real servers."""

from __future__ import annotations

import json

import pytest

from bench import run
from bench.load import bust_suffix, check_loopback
from bench.report import Target

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def smoke(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("bench")
    out = work / "results.json"
    run.main(
        [
            "--councils",
            "1",
            "--max-sources",
            "4",
            "--rounds",
            "1",
            "--seconds",
            "0.3",
            "--warmup",
            "0.1",
            "--baseline-seconds",
            "0.3",
            "--baseline-rounds",
            "1",
            "--sparql-rounds",
            "2",
            "--connections",
            "2",
            "--load-generator",
            "httpx",
            "--extraction-docs",
            "5",
            "--no-extraction-sizes",  # minutes of CPU and GBs at 1 MB and 5 MB: python -m bench.extraction
            "--work",
            str(work),
            "--out",
            str(out),
        ]
    )
    return json.loads(out.read_text())


def test_every_endpoint_answers_without_errors(smoke):
    (size,) = smoke["sizes"]
    assert 500 < size["quads"] < 5000
    assert set(size["endpoints"]) == {endpoint.name for endpoint in run.API_ENDPOINTS}
    for name, figures in size["endpoints"].items():
        assert figures["errors"] == 0, name
        assert figures["rounds"][0]["requests"] > 0, name
        assert figures["p50_ms"] <= figures["p99_ms"], name
    assert 0 < size["health_s"] <= size["cold_start_s"]
    assert size["peak_rss_mb"] > 20


def test_the_sparql_rows_get_their_own_rounds_and_each_ratio_keeps_them(smoke):
    endpoints = smoke["sizes"][0]["endpoints"]
    assert len(endpoints["sparql_provenance_uncached"]["rounds"]) == 2 and len(endpoints["lineage"]["rounds"]) == 1
    by_name = {t["name"]: t for t in smoke["targets"]}
    provenance = next(t for name, t in by_name.items() if name.startswith("sparql_provenance (uncached) / rdflib"))
    assert len(provenance["rounds"]) == 2  # two rounds of ours over rdflib's one
    assert len(by_name["health throughput / bare FastAPI"]["rounds"]) == 1
    assert "rounds" not in by_name["bulk load quads/s"]  # measured once


def test_where_an_uncached_sparql_querys_time_goes_is_recorded(smoke):
    parts = smoke["sparql_parts"]["sparql_provenance_uncached"]
    # Every query of the rounds was answered by a worker and timed there, part by part.
    assert parts["queries"] > 0 and parts["engine_cpu"] > 0 and parts["pool"] >= parts["engine_wall"]
    assert parts["server_cpu_us"] > 0 and parts["workers_cpu_us"] > 0
    assert parts["engine_ceiling_rps"] > parts["rps"] > 0 and parts["rdflib_rps"] > 0
    rounds = smoke["sizes"][0]["endpoints"]["sparql_provenance_uncached"]["rounds"]
    assert all(r["query_us"]["queries"] > 0 for r in rounds)


def test_the_baseline_answers_the_same_queries_alike(smoke):
    baseline = smoke["baseline"]
    assert baseline["quads"] == smoke["sizes"][0]["quads"]
    assert baseline["same_answers"] is True
    assert all(e["errors"] == 0 and e["rps"] > 0 for e in baseline["endpoints"].values())


def test_the_bare_fastapi_ceiling_is_measured_in_the_same_run(smoke):
    bare = smoke["bare"]["endpoints"]["bare"]
    assert bare["errors"] == 0 and bare["rps"] > 0
    # Interleaved with the largest size's rounds, not measured before or after them.
    assert smoke["bare"]["interleaved"] is True
    assert len(bare["rounds"]) == len(smoke["sizes"][-1]["endpoints"]["health"]["rounds"])
    names = {t["name"] for t in smoke["targets"]}
    assert "health throughput / bare FastAPI" in names
    assert "trail (uncached) p99 / bare FastAPI p99" in names


def test_extraction_and_targets_are_reported(smoke):
    assert smoke["extraction"]["docs"] == 5 and smoke["extraction"]["docs_per_s"] > 0
    # The copies timed in parts: the rate's rounds, kept with its target for bench.compare.
    assert len(smoke["extraction"]["docs_per_s_rounds"]) == 4
    extraction = next(t for t in smoke["targets"] if t["name"] == "extraction docs/s (seed-sized copies)")
    assert extraction["rounds"] == smoke["extraction"]["docs_per_s_rounds"]
    names = {t["name"] for t in smoke["targets"]}
    assert "lineage (uncached) throughput / trivial" in names and "extraction docs/s (seed-sized copies)" in names
    assert any(name.startswith("sparql_provenance (uncached) / rdflib") for name in names)
    # The bulk load against raw pyoxigraph, in wall seconds and in CPU seconds.
    assert {"bulk load / raw pyoxigraph bulk load", "bulk load / raw pyoxigraph bulk load, CPU seconds"} <= names
    size = smoke["sizes"][0]
    assert size["load_cpu_s"] > 0 and size["raw_load_cpu_s"] > 0
    assert size["load_vs_raw_cpu"] == pytest.approx(size["raw_load_cpu_s"] / size["load_cpu_s"])
    assert smoke["machine"]["load_generator"] == "httpx"


def test_targets_are_judged_in_the_right_direction():
    assert Target("throughput", 0.7, 0.6, at_least=True).met
    assert not Target("throughput", 0.5, 0.6, at_least=True).met
    assert Target("latency", 1.9, 2.0, at_least=False).met
    assert not Target("latency", 2.1, 2.0, at_least=False).met


def test_load_is_only_ever_sent_to_loopback():
    check_loopback("http://127.0.0.1:8000")
    with pytest.raises(ValueError, match="loopback"):
        check_loopback("http://192.168.1.10:8000")


def test_cache_busting_keeps_the_request_meaning():
    # A SPARQL comment line for queries, an ignored parameter for the JSON API.
    assert bust_suffix("/sparql?query=SELECT%20*") == "%0A%23"
    assert bust_suffix("/api/search?q=cypp") == "&bust="
    assert bust_suffix("/api/health") == "?bust="
