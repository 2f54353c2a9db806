"""``make bench``: the national-scale benchmark, end to end, in one run.

For each corpus size: generate the synthetic corpus, bulk-load it into a fresh
persistent store, start the real server (``strategy-lineage serve``) on loopback, time
its cold start to the first lineage answer, then drive every endpoint with a real HTTP
load generator, rounds interleaved across endpoints, and read the server's peak RSS.
The same SPARQL queries then go to an rdflib memory-store endpoint over one size's
data, and the real loaders' extraction rate is measured on copies of the seeds.
Everything lands in ``bench/results.json`` and a table on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import httpx
import pyoxigraph
import rdflib

from api.query_times import PARTS
from bench import load
from bench.corpus import Corpus, build
from bench.extraction import LOAD_SIZES, measure_extraction, measure_sizes
from bench.extraction import SIZES as EXTRACTION_SIZES
from bench.report import print_table, sparql_parts, targets
from bench.server import Server, free_port, python_command
from bench.workload import ANCESTORS, PROVENANCE, SPARQL_JSON, Workload
from graph.store import is_remote, open_store
from strategy_lineage.vocab import sparql_prefixes

JSON = "application/json"
RESULTS = Path(__file__).with_name("results.json")


@dataclass(frozen=True)
class Endpoint:
    name: str
    paths: Callable[[Workload], list[str]]
    accept: str
    # Make every request distinct, so the response cache cannot answer it: the engine's cost.
    bust: bool = False


def _ancestors(w: Workload) -> list[str]:
    return w.sparql_paths(ANCESTORS)


def _provenance(w: Workload) -> list[str]:
    return w.sparql_paths(PROVENANCE)


# The service caches rendered answers per graph version; each endpoint is measured both
# ways: 64 requests repeated (mostly cache hits, as for popular pages) and every request
# new ("_uncached": the lineage engine, the search index or Oxigraph does the work).
API_ENDPOINTS: list[Endpoint] = [
    Endpoint("health", lambda w: ["/api/health"], JSON),
    Endpoint("lineage", Workload.lineage_paths, JSON),
    Endpoint("search", Workload.search_paths, JSON),
    Endpoint("in_force", Workload.in_force_paths, JSON),
    Endpoint("trail", Workload.trail_paths, JSON),
    Endpoint("sparql_ancestors", _ancestors, SPARQL_JSON),
    Endpoint("sparql_provenance", _provenance, SPARQL_JSON),
    Endpoint("lineage_uncached", Workload.lineage_paths, JSON, bust=True),
    Endpoint("search_uncached", Workload.search_paths, JSON, bust=True),
    Endpoint("in_force_uncached", Workload.in_force_paths, JSON, bust=True),
    Endpoint("trail_uncached", Workload.trail_paths, JSON, bust=True),
    Endpoint("sparql_ancestors_uncached", _ancestors, SPARQL_JSON, bust=True),
    Endpoint("sparql_provenance_uncached", _provenance, SPARQL_JSON, bust=True),
]
SPARQL_ENDPOINTS = [e for e in API_ENDPOINTS if e.name.startswith("sparql_")]
# rdflib's endpoint has no cache: every request is new either way.
BASELINE_ENDPOINTS: list[Endpoint] = [
    Endpoint("sparql_ancestors", _ancestors, SPARQL_JSON),
    Endpoint("sparql_provenance", _provenance, SPARQL_JSON),
]


def machine(tool: str) -> dict:
    """What the figures were measured on: they mean little without it."""
    lines = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("model name")), platform.processor())
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    mem_kb = int(next(ln.split()[1] for ln in meminfo if ln.startswith("MemTotal")))
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "memory_gb": round(mem_kb / 2**20, 1),
        "load_average": os.getloadavg()[0],
        "python": platform.python_version(),
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
        "load_generator": load.tool_name(tool),
    }


def check(base_url: str, endpoint: Endpoint, paths: list[str]) -> None:
    """Every endpoint must answer correctly before it is timed: a fast 404 is no result."""
    with httpx.Client(base_url=base_url, timeout=120, headers={"Accept": endpoint.accept}) as client:
        token = load.run_token()
        for n, path in enumerate(paths[:3]):
            path += f"{load.bust_suffix(path)}{token}{n}" if endpoint.bust else ""
            response = client.get(path)
            if response.status_code != 200:
                raise RuntimeError(f"GET {path[:120]} answered {response.status_code}: {response.text[:300]}")


@dataclass(frozen=True)
class Rounds:
    """How endpoints are driven: rounds of ``seconds`` each, after an unrecorded warm-up."""

    rounds: int
    seconds: float
    warmup: float
    connections: int
    generator: str = "auto"
    # Rounds for chosen endpoints instead of ``rounds`` (the SPARQL ones, whose rounds spread most); the rounds
    # past the common ones are interleaved among those endpoints alone.
    rounds_for: dict[str, int] = field(default_factory=dict)

    def of(self, endpoint: Endpoint) -> int:
        return self.rounds_for.get(endpoint.name, self.rounds)


def measure_rounds(
    plan: list[tuple[str, Endpoint]], workload: Workload, how: Rounds, servers: dict[str, Server] | None = None
) -> dict[str, list[load.LoadResult]]:
    """Every (base URL, endpoint) of the plan, rounds interleaved across all of them so drift hits all alike.

    A plan may span servers (the app and the bare FastAPI app): the ceiling is then measured
    in the same rounds as the endpoints it judges, not before or after them. ``servers`` (by base
    URL) are read around each round: the server's CPU per request (all its processes, and its own
    process alone), and the parts of each SPARQL query its pool recorded (``Server.query_times``)."""
    paths = {endpoint.name: endpoint.paths(workload) for _, endpoint in plan}
    rounds: dict[str, list[load.LoadResult]] = {endpoint.name: [] for _, endpoint in plan}

    def once(base_url: str, endpoint: Endpoint, duration: float) -> load.LoadResult:
        server = (servers or {}).get(base_url)
        if server is None:
            return load.run(
                base_url, paths[endpoint.name], duration, how.connections, endpoint.accept, how.generator, endpoint.bust
            )
        used, own, logged = server.cpu_seconds(), server.own_cpu_seconds(), server.query_times_logged()
        result = load.run(
            base_url, paths[endpoint.name], duration, how.connections, endpoint.accept, how.generator, endpoint.bust
        )
        if not result.requests:
            return result
        return replace(
            result,
            server_cpu_us=(server.cpu_seconds() - used) / result.requests * 1e6,
            server_own_cpu_us=(server.own_cpu_seconds() - own) / result.requests * 1e6,
            query_us=query_parts(server.query_times_since(logged)),
        )

    for base_url, endpoint in plan:
        check(base_url, endpoint, paths[endpoint.name])
        once(base_url, endpoint, how.warmup)  # warm-up, not recorded
    for n in range(max(how.of(endpoint) for _, endpoint in plan)):
        for base_url, endpoint in plan:
            if n < how.of(endpoint):
                rounds[endpoint.name].append(once(base_url, endpoint, how.seconds))
    return rounds


def query_parts(records: list[dict]) -> dict[str, float] | None:
    """The mean of each part of the queries a round sent to the query workers (microseconds), and their number:
    means, not medians, because throughput is the parts' sum over every query."""
    if not records:
        return None
    return {"queries": len(records), **{part: statistics.fmean(r[part] for r in records) for part in PARTS}}


def measure(
    plan: list[tuple[str, Endpoint]],
    workload: Workload,
    args: argparse.Namespace,
    connections: int,
    seconds: float,
    servers: tuple[Server, ...] = (),
    rounds: int | None = None,
    rounds_for: dict[str, int] | None = None,
) -> dict[str, dict]:
    """Medians over interleaved rounds (with the CPU per request of ``servers``, by their base URLs)."""
    how = Rounds(rounds or args.rounds, seconds, args.warmup, connections, args.load_generator, rounds_for or {})
    measured = measure_rounds(plan, workload, how, by_url(servers))
    return {name: load.median_result(results) for name, results in measured.items()}


def by_url(servers: tuple[Server, ...] | list[Server]) -> dict[str, Server]:
    return {server.base_url: server for server in servers}


def serve_command(corpus: Corpus, port: int) -> list[str]:
    return serve_command_for(corpus.store, port)


def serve_command_for(store: Path | str, port: int) -> list[str]:
    cli = Path(sys.executable).with_name("strategy-lineage")
    return [str(cli), "serve", "--host", "127.0.0.1", "--port", str(port), "--store", str(store)]


def bench_size(corpus: Corpus, args: argparse.Namespace, with_bare: bool = False) -> dict:
    """One corpus size served and driven; ``with_bare`` interleaves the bare FastAPI app's rounds with the app's."""
    port = free_port()
    first = corpus.workload.lineage_paths()[0]
    log = args.work / f"server-{corpus.councils}.log"
    # The load generator is one address with many connections: allow it as many queries.
    times = args.work / f"query-times-{corpus.councils}.jsonl"  # each SPARQL query's parts (api.query_times)
    times.unlink(missing_ok=True)
    env = {
        "STRATEGY_LINEAGE_QUERIES_PER_CLIENT": str(args.connections),
        "STRATEGY_LINEAGE_BASE": corpus.base,
        "STRATEGY_LINEAGE_QUERY_TIMES": str(times.resolve()),
    }
    if args.store:  # an engine keeps no files of ours: the originals folder is local scratch
        env["STRATEGY_LINEAGE_ORIGINALS"] = str(args.work / "originals")
    with ExitStack() as servers:
        server = servers.enter_context(Server(serve_command(corpus, port), port, env=env, log=log, query_times=times))
        # Start-up (imports, opening the store) first, then the lineage projection's first build.
        health_s = server.wait_for("/api/health")
        # On an engine the first projection build is queries over HTTP: give it longer.
        cold_start = server.wait_for(first, timeout=900 if args.store else 120)
        plan = [(server.base_url, endpoint) for endpoint in API_ENDPOINTS]
        measured = [server]
        if with_bare:
            bare = servers.enter_context(started_bare(args))
            plan = [(bare.base_url, endpoint) for endpoint in BARE_ENDPOINTS] + plan
            measured.append(bare)
        # Where rdflib's endpoint is measured, the SPARQL rows get more rounds: their ratios spread most.
        more = (
            {e.name: args.sparql_rounds for e in SPARQL_ENDPOINTS} if corpus.councils == args.baseline_councils else {}
        )
        endpoints = measure(
            plan, corpus.workload, args, args.connections, args.seconds, tuple(measured), rounds_for=more
        )
        rss = server.peak_rss_mb
    return {
        "councils": corpus.councils,
        "sources": corpus.sources,
        "quads": corpus.quads,
        "generate_s": corpus.generate_s,
        "load_s": corpus.load_s,
        "load_quads_per_s": corpus.load_rate,
        "raw_load_s": corpus.raw_load_s,
        "load_vs_raw": corpus.load_vs_raw,
        "load_cpu_s": corpus.load_cpu_s,
        "raw_load_cpu_s": corpus.raw_load_cpu_s,
        "load_vs_raw_cpu": corpus.load_vs_raw_cpu,
        "store": corpus.store,
        "disk_mb": corpus.disk_mb,
        "inference_s": corpus.inference_s,
        "health_s": health_s,
        "cold_start_s": cold_start,
        "peak_rss_mb": rss,
        "load_average": os.getloadavg()[0],
        "endpoints": endpoints,
    }


def same_answers(base_url: str, corpus: Corpus) -> bool:
    """The baseline is only a baseline if it answers the same: compare row counts."""
    store = open_store(corpus.store, read_only=True)
    with httpx.Client(base_url=base_url, timeout=120, headers={"Accept": SPARQL_JSON}) as client:
        for template in (ANCESTORS, PROVENANCE):
            for strategy in corpus.workload.strategies[:3]:
                query = sparql_prefixes() + template % strategy
                ours = len(store.select(query))
                theirs = len(client.get("/sparql", params={"query": query}).json()["results"]["bindings"])
                if ours != theirs:
                    print(f"[bench] warning: rdflib found {theirs} rows, Oxigraph {ours}, for {query!r}")
                    return False
    return True


BARE_ENDPOINTS: list[Endpoint] = [Endpoint("bare", lambda w: ["/health"], JSON)]


def bench_bare_command(port: int) -> list[str]:
    return python_command(
        "uvicorn",
        "bench.bare_app:app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
    )


@contextmanager
def started_bare(args: argparse.Namespace) -> Iterator[Server]:
    """A bare FastAPI endpoint under the same uvicorn settings: the ceiling every endpoint is judged by."""
    port = free_port()
    with Server(bench_bare_command(port), port, log=args.work / "bare.log") as server:
        server.wait_for("/health")
        yield server


def bench_baseline(corpus: Corpus, args: argparse.Namespace) -> dict:
    """rdflib's engine over the same corpus, served the same way (uvicorn, loopback)."""
    port = free_port()
    command = python_command(
        "uvicorn",
        "bench.rdflib_app:app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
    )
    env = {"BENCH_RDFLIB_NQUADS": str(corpus.nquads)}
    with Server(command, port, env=env, log=args.work / "rdflib.log") as server:
        startup = server.wait_for("/health", timeout=600)
        # Slow queries: two connections keep rdflib busy; a longer window gives enough answers.
        seconds = max(args.seconds, args.baseline_seconds)
        plan = [(server.base_url, endpoint) for endpoint in BASELINE_ENDPOINTS]
        endpoints = measure(plan, corpus.workload, args, 2, seconds, (server,), rounds=args.baseline_rounds)
        rss = server.peak_rss_mb
        agree = same_answers(server.base_url, corpus)
    return {
        "councils": corpus.councils,
        "quads": corpus.quads,
        "startup_s": startup,
        "peak_rss_mb": rss,
        "same_answers": agree,
        "endpoints": endpoints,
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--councils",
        type=int,
        nargs="+",
        default=[1, 5, 50],
        help="corpus sizes in councils (about 20,000 quads each; default ~10^4, 10^5, 10^6)",
    )
    parser.add_argument(
        "--baseline-councils",
        type=int,
        default=None,
        help="size for the rdflib baseline (default: the largest; 0: no baseline)",
    )
    parser.add_argument("--max-sources", type=int, default=None, help="cut every corpus to its first N sources")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=2.0, help="length of one round per endpoint")
    parser.add_argument(
        "--sparql-rounds",
        type=int,
        default=5,
        help="rounds of the SPARQL endpoints at the size rdflib's endpoint is measured at (their ratios spread most)",
    )
    parser.add_argument("--baseline-seconds", type=float, default=5.0, help="length of one round of rdflib's endpoint")
    parser.add_argument("--baseline-rounds", type=int, default=5, help="rounds of rdflib's endpoint")
    parser.add_argument("--warmup", type=float, default=1.0, help="unrecorded run per endpoint before the rounds")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument(
        "--load-generator",
        choices=("auto", "wrk", "httpx"),
        default="auto",
        help="auto: wrk when installed, else an asyncio httpx loop",
    )
    parser.add_argument("--extraction-docs", type=int, default=200, help="copies of the seeds to extract (0: skip)")
    parser.add_argument(
        "--no-extraction-sizes",
        dest="extraction_sizes",
        action="store_false",
        help="skip extraction time and memory by text size (alone: python -m bench.extraction)",
    )
    parser.add_argument(
        "--extraction-load-sizes",
        nargs="*",
        choices=list(EXTRACTION_SIZES),
        default=list(LOAD_SIZES),
        help="text sizes also loaded whole into a fresh store (5 MB: about 4.3 GB and 4 CPU minutes)",
    )
    parser.add_argument("--work", type=Path, default=Path("var/bench"), help="scratch folder for stores and logs")
    parser.add_argument(
        "--store",
        default=None,
        help="a SPARQL engine's store URL (sparql+http://...): load and serve every size from it, each under an "
        "IRI base of its own; no raw-Oxigraph, rdflib or extraction parts (make bench STORE=URL)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if min(args.councils) < 1 or min(args.rounds, args.sparql_rounds, args.baseline_rounds) < 1 or args.seconds <= 0:
        parser.error("councils, rounds and seconds must be positive")
    if args.store and not is_remote(args.store):
        parser.error("--store takes a SPARQL engine's URL (sparql+http://... or sparql+https://...)")
    if args.store:  # the parts that measure the store and its SPARQL, nothing that does not touch it
        args.baseline_councils, args.extraction_docs, args.extraction_sizes = 0, 0, False
    if args.baseline_councils is None:
        args.baseline_councils = max(args.councils)
    if args.baseline_councils and args.baseline_councils not in args.councils:
        parser.error("--baseline-councils must be one of --councils (or 0)")
    return args


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    results: dict = {
        "machine": machine(args.load_generator),
        "settings": {k: str(v) for k, v in vars(args).items()},
        "sizes": [],
        "baseline": None,
        "bare": None,
        "extraction": None,
    }
    for councils in sorted(args.councils):
        folder = args.work / f"councils-{councils}"
        folder.mkdir(parents=True, exist_ok=True)
        is_baseline = councils == args.baseline_councils
        corpus = build(councils, args.seed, folder, args.max_sources, write_nquads=is_baseline, engine=args.store)
        print(f"[bench] {councils} councils: {corpus.quads:,} quads loaded in {corpus.load_s:.1f} s", flush=True)
        size = bench_size(corpus, args, with_bare=councils == max(args.councils))
        if "bare" in size["endpoints"]:  # measured in the same rounds as the largest size's endpoints
            results["bare"] = {"endpoints": {"bare": size["endpoints"].pop("bare")}, "interleaved": True}
        results["sizes"].append(size)
        if is_baseline:
            results["baseline"] = bench_baseline(corpus, args)
    if args.extraction_docs:
        results["extraction"] = measure_extraction(args.extraction_docs, args.work / "extraction")
    if args.extraction_sizes:
        results["extraction_sizes"] = measure_sizes(
            args.work / "extraction-sizes", load_sizes=tuple(args.extraction_load_sizes)
        )
    results["targets"] = targets(results)
    results["sparql_parts"] = sparql_parts(results)
    results["total_s"] = time.perf_counter() - started
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print_table(results)
    print(f"[bench] wrote {args.out} in {results['total_s']:.0f} s")
    return results


if __name__ == "__main__":
    main()
