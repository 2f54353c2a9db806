"""HTTP load generation on loopback: wrk where installed, else an asyncio httpx loop.

Both drive a list of request paths round-robin with a fixed number of connections for
a fixed time and report the same figures, so a run is comparable whichever is used.
Only loopback URLs are accepted: a benchmark must never send traffic anywhere else.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

import httpx

LOOPBACK = {"127.0.0.1", "localhost", "::1"}

# Lua for wrk: cycle through the paths, and print the summary as one JSON line.
_WRK_SCRIPT = """
local paths = {%(paths)s}
local suffixes = {%(suffixes)s}
local run = %(run)s
local i = 0
local n = 0
local headers = {["Accept"] = %(accept)s}
request = function()
  i = i %% #paths + 1
  local path = paths[i]
  if #suffixes > 0 then
    n = n + 1
    path = path .. suffixes[i] .. run .. n
  end
  return wrk.format("GET", path, headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH {"requests": %%d, "duration_us": %%d, "errors": %%d, "non2xx": %%d, ' ..
    '"p50_us": %%d, "p90_us": %%d, "p99_us": %%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99)))
end
"""


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    errors: int  # connection errors, timeouts and non-2xx answers
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    # The server's CPU (its processes, workers included) per request over the round, when it was read:
    # unlike requests a second, it hardly moves with the machine's load.
    server_cpu_us: float | None = None
    server_own_cpu_us: float | None = None  # the server process alone, without its query workers
    # The mean parts of the SPARQL queries the round sent to the query workers (bench.run.query_parts).
    query_us: dict[str, float] | None = None

    def as_dict(self) -> dict:
        return {k: _rounded(v) for k, v in asdict(self).items() if v is not None}


def _rounded(value: object) -> object:
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return round(value, 3) if isinstance(value, float) else value


def bust_suffix(path: str) -> str:
    """What to append (then the run's token and a counter) so that every request asks something new of
    the server: a SPARQL comment line at the end of a query, an ignored parameter elsewhere. Response
    caches are keyed on the query text or query string, so each request then reaches the engine."""
    if "query=" in path:
        return "%0A%23"
    return ("&" if "?" in path else "?") + "bust="


_RUNS = itertools.count(1)


def run_token() -> str:
    """A prefix for one run's request counter, new for every run of this process. Without it every run
    counted from 1 and asked again what earlier rounds had asked, which the server's answer cache then
    answered: a round after the first measured partly cached answers (as much as the cache still held)."""
    return f"{os.getpid()}r{next(_RUNS)}n"


def check_loopback(base_url: str) -> None:
    host = urlsplit(base_url).hostname
    if host not in LOOPBACK:
        raise ValueError(f"refusing to load-test {base_url}: benchmarks only target loopback")


def _lua_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid Lua string literal for these ASCII paths


def wrk_script(paths: list[str], accept: str, token: str | None) -> str:
    """wrk's Lua: the paths round-robin; with a run ``token``, each request made new (bust_suffix, token, counter)."""
    suffixes = [_lua_string(bust_suffix(p)) for p in paths] if token is not None else []
    return _WRK_SCRIPT % {
        "paths": ", ".join(_lua_string(p) for p in paths),
        "suffixes": ", ".join(suffixes),
        "run": _lua_string(token or ""),
        "accept": _lua_string(accept),
    }


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def run_wrk(
    base_url: str, paths: list[str], seconds: float, connections: int, accept: str, bust: bool = False
) -> LoadResult:
    """One wrk run (one thread: the client shares the machine's cores with the server)."""
    check_loopback(base_url)
    if not all(p.isascii() for p in paths):
        raise ValueError("wrk paths must be ASCII (percent-encode them)")
    script = wrk_script(paths, accept, run_token() if bust else None)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        completed = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "30s",
                "-s",
                handle.name,
                base_url,
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=True,
        )
    finally:
        os.unlink(handle.name)
    line = next(out for out in completed.stdout.splitlines() if out.startswith("BENCH "))
    data = json.loads(line.removeprefix("BENCH "))
    elapsed = data["duration_us"] / 1e6
    return LoadResult(
        requests=data["requests"],
        seconds=elapsed,
        errors=data["errors"] + data["non2xx"],
        rps=data["requests"] / elapsed,
        p50_ms=data["p50_us"] / 1000,
        p90_ms=data["p90_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
    )


def _percentile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def _httpx_loop(
    base_url: str, paths: list[str], seconds: float, connections: int, accept: str, bust: bool
) -> LoadResult:
    latencies: list[float] = []
    errors = 0
    counter = iter(range(1 << 62))
    token = run_token()
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30, headers={"Accept": accept}) as client:
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                n = next(counter)
                path = paths[n % len(paths)]
                if bust:
                    path += f"{bust_suffix(path)}{token}{n}"
                started = time.perf_counter()
                try:
                    response = await client.get(path)
                    await response.aread()
                    if response.status_code >= 300:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return LoadResult(
        requests=len(latencies),
        seconds=elapsed,
        errors=errors,
        rps=len(latencies) / elapsed,
        p50_ms=_percentile(ordered, 0.5) * 1000,
        p90_ms=_percentile(ordered, 0.9) * 1000,
        p99_ms=_percentile(ordered, 0.99) * 1000,
    )


def run_httpx(
    base_url: str, paths: list[str], seconds: float, connections: int, accept: str, bust: bool = False
) -> LoadResult:
    """The fallback load generator: slower than wrk, so its ceiling is lower; say which ran."""
    check_loopback(base_url)
    return asyncio.run(_httpx_loop(base_url, paths, seconds, connections, accept, bust))


RUNNERS = {"wrk": run_wrk, "httpx": run_httpx}


def tool_name(choice: str = "auto") -> str:
    """The load generator to use: ``auto`` picks wrk when it is installed."""
    if choice == "auto":
        return "wrk" if wrk_available() else "httpx"
    if choice == "wrk" and not wrk_available():
        raise RuntimeError("wrk is not installed (Debian: apt-get install wrk)")
    return choice


def run(
    base_url: str,
    paths: list[str],
    seconds: float,
    connections: int,
    accept: str = "*/*",
    tool: str = "auto",
    bust: bool = False,
) -> LoadResult:
    return RUNNERS[tool_name(tool)](base_url, paths, seconds, connections, accept, bust)


def median_result(results: list[LoadResult]) -> dict:
    """Medians over rounds of every figure, plus the rounds themselves."""
    return {
        "rps": statistics.median(r.rps for r in results),
        "p50_ms": statistics.median(r.p50_ms for r in results),
        "p90_ms": statistics.median(r.p90_ms for r in results),
        "p99_ms": statistics.median(r.p99_ms for r in results),
        "errors": sum(r.errors for r in results),
        **({"server_cpu_us": statistics.median(cpu)} if (cpu := _cpu_rounds(results)) else {}),
        **({"server_own_cpu_us": statistics.median(own)} if (own := _cpu_rounds(results, own=True)) else {}),
        **({"query_us": _median_parts(parts)} if (parts := [r.query_us for r in results if r.query_us]) else {}),
        "rounds": [r.as_dict() for r in results],
    }


def _cpu_rounds(results: list[LoadResult], own: bool = False) -> list[float]:
    found = (r.server_own_cpu_us if own else r.server_cpu_us for r in results)
    return [cpu for cpu in found if cpu is not None]


def _median_parts(rounds: list[dict[str, float]]) -> dict[str, float]:
    """Each part's median over the rounds (the rounds' own figures stay in ``rounds``)."""
    return {part: statistics.median(r[part] for r in rounds) for part in rounds[0]}
