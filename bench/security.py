"""Security and abuse figures on a real server (docs/security.md quotes them).

* **Fair share under a storm**: heavy clients (each its own loopback address, 127.0.0.x)
  send queries that run to the time limit, over and over; meanwhile a light client sends
  cheap uncached SPARQL queries one after another. Reports the light client's latencies,
  and beside them those of a bare FastAPI endpoint asked in turn by the same loop (the
  machine's own latency floor at that moment: on a shared machine it moves a lot).
* **Upload memory**: the server's resident memory before, right after and a little after
  uploading a document of about 1 MB (read in the capped upload process).

Usage: python -m bench.security --store SCRATCH_STORE [--heavy 8] [--warmup 90] [--seconds 40]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import threading
import time
from pathlib import Path

import httpx

from bench.run import bench_bare_command
from bench.server import Server, free_port

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) = STR(?i)) }"
TOKEN = "bench-security-token-0123456789"


def client_at(address: str, base: str) -> httpx.Client:
    return httpx.Client(base_url=base, timeout=60, transport=httpx.HTTPTransport(local_address=address))


def storm(base: str, heavy: int, seconds: float, warmup: float, bare_base: str) -> dict:
    stop = threading.Event()
    heavy_statuses: list[int] = []

    def heavy_loop(address: str) -> None:
        with client_at(address, base) as client:
            while not stop.is_set():
                heavy_statuses.append(client.get("/sparql", params={"query": RUNAWAY}).status_code)

    threads = [threading.Thread(target=heavy_loop, args=(f"127.0.0.{10 + n}",)) for n in range(heavy)]
    for thread in threads:
        thread.start()
    # Each heavy client must run one query to the time limit before it is known as heavy:
    # until then it takes the worker kept for light clients (8 clients: about 40 s).
    time.sleep(warmup)
    latencies, statuses, floor = [], [], []
    with client_at("127.0.0.2", base) as light, httpx.Client(base_url=bare_base, timeout=60) as bare:
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            n += 1  # a distinct text each time: never answered from the cache
            query = f"ASK {{ ?s a sl:Plan }} # light {n}"
            started = time.perf_counter()
            statuses.append(light.get("/sparql", params={"query": query}).status_code)
            latencies.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            bare.get("/health")
            floor.append((time.perf_counter() - started) * 1000)
    stop.set()
    for thread in threads:
        thread.join()
    latencies.sort()
    floor.sort()
    return {
        "heavy_clients": heavy,
        "warmup_s": warmup,
        "light_queries": len(latencies),
        "light_ok": statuses.count(200),
        "light_p50_ms": round(statistics.median(latencies), 1),
        "light_p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 1),
        "light_max_ms": round(latencies[-1], 1),
        "bare_p50_ms": round(statistics.median(floor), 1),
        "bare_p99_ms": round(floor[int(len(floor) * 0.99) - 1], 1),
        "load_average": round(os.getloadavg()[0], 2),
        "heavy_statuses": {str(s): heavy_statuses.count(s) for s in sorted(set(heavy_statuses))},
    }


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def upload_memory(base: str, pid: int, count: int) -> dict:
    lines = [
        f"Item {i}. The Riverside Borough Council Green Spaces Strategy {2000 + i % 20} replaces the Green "
        f"Spaces Plan {1990 + i % 10}, and it was approved by the Cabinet on 3 March {2000 + i % 20}."
        for i in range(count)
    ]
    document = ("Riverside Borough Council\nGreen Spaces Strategy\n\n" + "\n".join(lines)).encode()
    before = rss_mb(pid)
    started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=600, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        response = client.post("/api/sources", files={"file": ("green-spaces.txt", document, "text/plain")})
    seconds = time.perf_counter() - started
    after = rss_mb(pid)
    time.sleep(5)
    return {
        "document_mb": round(len(document) / 1e6, 2),
        "status": response.status_code,
        "detail": response.json().get("detail", response.json().get("status")),
        "seconds": round(seconds, 1),
        "server_rss_before_mb": round(before, 1),
        "server_rss_after_mb": round(after, 1),
        "server_rss_5s_later_mb": round(rss_mb(pid), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.security", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--store", type=Path, required=True, help="a scratch copy of a loaded store (the upload writes to it)"
    )
    parser.add_argument("--heavy", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--warmup", type=float, default=60, help="seconds of storm before the light client starts")
    parser.add_argument("--lines", type=int, default=6500, help="lines of the uploaded document (6500: about 1 MB)")
    parser.add_argument("--part", choices=("storm", "upload", "both"), default="both")
    args = parser.parse_args()
    port, bare_port = free_port(), free_port()
    command = ["strategy-lineage", "serve", "--store", str(args.store), "--port", str(port), "--log-level", "warning"]
    with (
        Server(command, port, env={"STRATEGY_LINEAGE_TOKEN": TOKEN}) as server,
        Server(bench_bare_command(bare_port), bare_port) as bare,
    ):
        server.wait_for("/api/health")
        bare.wait_for("/health")
        results = {}
        if args.part in ("storm", "both"):
            results["storm"] = storm(server.base_url, args.heavy, args.seconds, args.warmup, bare.base_url)
        if args.part in ("upload", "both"):
            results["upload"] = upload_memory(server.base_url, server.process.pid, args.lines)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
