"""A targeted part of ``make bench``: chosen endpoints against the bare app, in one run, with a profile.

The whole bench takes minutes of both cores; while working on one endpoint this runs
the app and the bare FastAPI app side by side over one corpus (kept between runs in
``var/bench/councils-N``), interleaves rounds of the chosen endpoints with rounds of
the bare endpoint (so drift hits all alike), prints each endpoint's throughput and p99
as ratios of the bare endpoint's, and can record the app under load with py-spy
(``--profile ENDPOINT``: an SVG flame graph or a text summary of the hottest frames).

    python -m bench.focus --councils 50 --endpoints health lineage_uncached --rounds 3
    python -m bench.focus --councils 50 --profile lineage_uncached --profile-out docs/profiles/x.svg
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from bench import load
from bench.corpus import build
from bench.run import (
    API_ENDPOINTS,
    BARE_ENDPOINTS,
    BASELINE_ENDPOINTS,
    Endpoint,
    Rounds,
    bench_bare_command,
    by_url,
    measure_rounds,
    serve_command_for,
)
from bench.server import Server, free_port
from bench.workload import Workload, build_workload
from graph.store import open_store


def corpus_store(councils: int, work: Path, rebuild: bool) -> tuple[Path, Workload]:
    """The loaded store of ``councils`` councils (built once, then reused) and its workload."""
    folder = work / f"councils-{councils}"
    store = folder / "store"
    if rebuild or not (folder / "ready").exists():
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "ready").unlink(missing_ok=True)
        corpus = build(councils, 0, folder, write_nquads=True)
        print(f"[focus] built {corpus.quads:,} quads in {corpus.load_s + corpus.inference_s:.1f} s", flush=True)
        (folder / "ready").write_text(f"{corpus.quads}\n")
    handle = open_store(store, read_only=True)
    workload = build_workload(handle, 0)
    del handle
    return store, workload


def profile(server: Server, endpoint: Endpoint, workload: Workload, args: argparse.Namespace) -> None:
    """py-spy records the server process while wrk drives ``endpoint`` (py-spy needs ptrace: root here)."""
    spy = shutil.which("py-spy") or shutil.which("py-spy", path=str(Path(sys.executable).parent))
    if spy is None:
        raise SystemExit("py-spy is not installed (pip install py-spy)")
    assert server.process is not None
    out: Path = args.profile_out
    out.parent.mkdir(parents=True, exist_ok=True)
    fmt = "flamegraph" if out.suffix == ".svg" else "raw"
    command = [spy, "record", "-p", str(server.process.pid), "-r", "200", "-d", str(round(args.profile_seconds))]
    if args.profile_workers:  # the SPARQL query workers too (each its own process)
        command.append("--subprocesses")
    if args.profile_native:  # the engine's own (Rust) frames under pyoxigraph's calls (each sample pauses it)
        command.append("--native")
    else:
        command.append("--nonblocking")

    def drive(seconds: float) -> load.LoadResult:
        paths = endpoint.paths(workload)
        return load.run(server.base_url, paths, seconds, args.connections, endpoint.accept, "wrk", endpoint.bust)

    drive(2)  # warm: the query workers started and their store opened, the version's pieces written
    recorder = subprocess.Popen([*command, "-f", fmt, "-o", str(out)], stdout=subprocess.DEVNULL)
    time.sleep(0.5)
    result = drive(args.profile_seconds)
    recorder.wait(timeout=60)
    print(f"[focus] profiled {endpoint.name} ({result.rps:,.0f} req/s under py-spy) -> {out}")


def main(argv: list[str] | None = None) -> None:
    names = [e.name for e in API_ENDPOINTS]
    parser = argparse.ArgumentParser(prog="python -m bench.focus", description=__doc__.split("\n")[0])
    parser.add_argument("--councils", type=int, default=50, help="corpus size (50: about 10^6 quads)")
    parser.add_argument("--endpoints", nargs="*", default=["health"], choices=names)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--profile", choices=names, default=None, help="record this endpoint with py-spy")
    parser.add_argument("--profile-out", type=Path, default=Path("var/bench/profile.svg"))
    parser.add_argument("--profile-seconds", type=float, default=10.0)
    parser.add_argument("--profile-workers", action="store_true", help="record the query worker processes too")
    parser.add_argument("--profile-native", action="store_true", help="with native frames (the engine's own)")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the corpus")
    parser.add_argument(
        "--before", type=Path, default=None, help="also measure the app of this checkout (e.g. a worktree of main)"
    )
    parser.add_argument(
        "--rdflib", action="store_true", help="also run the SPARQL queries on the rdflib memory-store endpoint"
    )
    parser.add_argument("--work", type=Path, default=Path("var/bench"))
    args = parser.parse_args(argv)
    store, workload = corpus_store(args.councils, args.work, args.rebuild)
    chosen = [e for e in API_ENDPOINTS if e.name in args.endpoints]
    times = query_times_file(args.work, "app")
    env = {"STRATEGY_LINEAGE_QUERIES_PER_CLIENT": str(args.connections), "STRATEGY_LINEAGE_QUERY_TIMES": str(times)}
    app_port, bare_port = free_port(), free_port()
    with (
        Server(
            serve_command_for(store, app_port), app_port, env=env, log=args.work / "focus-app.log", query_times=times
        ) as app,
        Server(bench_bare_command(bare_port), bare_port, log=args.work / "focus-bare.log") as bare,
    ):
        app.wait_for(workload.lineage_paths()[0])
        bare.wait_for("/health")
        if args.profile:
            profile(app, next(e for e in API_ENDPOINTS if e.name == args.profile), workload, args)
        if not chosen:
            return
        plan = [(bare.base_url, e) for e in BARE_ENDPOINTS] + [(app.base_url, e) for e in chosen]
        measured = [bare, app]
        with before_server(store, workload, args) as before:
            if before is not None:
                plan += [(before.base_url, replace(e, name="before " + e.name)) for e in chosen]
                measured.append(before)
            how = Rounds(args.rounds, args.seconds, 1, args.connections, "wrk")
            rounds = measure_rounds(plan, workload, how, by_url(measured))
    if args.rdflib:
        rounds.update(rdflib_rounds(store.parent / "corpus.nq", workload, args))
    report(rounds)


@contextmanager
def before_server(store: Path, workload: Workload, args: argparse.Namespace) -> Iterator[Server | None]:
    """The app as another checkout has it (``--before ROOT``), over its own copy of the store."""
    if args.before is None:
        yield None
        return
    copy = store.with_name("store-before")
    if not copy.exists():
        shutil.copytree(store, copy)
    port = free_port()
    times = query_times_file(args.work, "before")  # a checkout without api.query_times writes none
    env = {
        "STRATEGY_LINEAGE_QUERIES_PER_CLIENT": str(args.connections),
        "PYTHONPATH": str(args.before.resolve()),
        "STRATEGY_LINEAGE_QUERY_TIMES": str(times),
    }
    log = args.work / "focus-before.log"
    with Server(serve_command_for(copy, port), port, env=env, log=log, query_times=times) as server:
        server.wait_for(workload.lineage_paths()[0])
        yield server


def query_times_file(work: Path, name: str) -> Path:
    """A fresh file for a server's SPARQL query records (api.query_times)."""
    path = (work / f"focus-query-times-{name}.jsonl").resolve()
    path.unlink(missing_ok=True)
    return path


def rdflib_rounds(nquads: Path, workload: Workload, args: argparse.Namespace) -> dict[str, list[load.LoadResult]]:
    """The SPARQL endpoints on rdflib's engine, as ``make bench`` runs them (2 connections, 8 s rounds)."""
    port = free_port()
    command = [part.replace("bench.bare_app:app", "bench.rdflib_app:app") for part in bench_bare_command(port)]
    env = {"BENCH_RDFLIB_NQUADS": str(nquads)}
    found: dict[str, list[load.LoadResult]] = {}
    with Server(command, port, env=env, log=args.work / "focus-rdflib.log") as server:
        server.wait_for("/health", timeout=600)
        for endpoint in BASELINE_ENDPOINTS:
            paths = endpoint.paths(workload)
            found["rdflib " + endpoint.name] = [
                load.run(server.base_url, paths, 8, 2, endpoint.accept, "wrk") for _ in range(args.rounds)
            ]
    return found


def report(rounds: dict[str, list[load.LoadResult]]) -> None:
    """Each endpoint's medians against the bare app's: throughput, p99, and the server's CPU per request
    (the steadiest of the three on a shared machine: another process's load slows a request's answer,
    not the CPU the server spends on it)."""
    bare = load.median_result(rounds["bare"])
    print(
        f"{'endpoint':<28} {'req/s':>8} {'p50':>6} {'p99 ms':>7} {'x bare':>7} {'p99 x':>6} "
        f"{'cpu us':>7} {'bare/cpu':>8}  rounds req/s"
    )
    for name, results in rounds.items():
        mid = load.median_result(results)
        spread = " ".join(f"{r.rps:,.0f}" for r in results)
        cpu, bare_cpu = mid.get("server_cpu_us"), bare.get("server_cpu_us")
        cpu_text = f"{cpu:>7.0f} {bare_cpu / cpu:>8.2f}" if cpu and bare_cpu else f"{'-':>7} {'-':>8}"
        print(
            f"{name:<28} {mid['rps']:>8,.0f} {mid['p50_ms']:>6.1f} {mid['p99_ms']:>7.1f} "
            f"{mid['rps'] / bare['rps']:>7.2f} {mid['p99_ms'] / bare['p99_ms']:>6.2f} {cpu_text}  {spread}"
        )
    for name, results in rounds.items():
        mid = load.median_result(results)
        if parts := mid.get("query_us"):
            own = (
                f"server process {mid['server_own_cpu_us']:,.0f} us CPU a request; "
                if "server_own_cpu_us" in mid
                else ""
            )
            print(
                f"{name}: {own}a query (means, median round): " + ", ".join(f"{k} {v:,.0f}" for k, v in parts.items())
            )
    ratios = [r.rps / b.rps for r, b in zip(rounds.get("health", []), rounds["bare"], strict=False)]
    if ratios:
        print(f"health / bare per round: {' '.join(f'{r:.2f}' for r in ratios)} (sd {statistics.pstdev(ratios):.2f})")


if __name__ == "__main__":
    main()
