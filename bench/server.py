"""Starting a real server process on loopback, timing its first answer, reading its memory."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from api import query_times

HOST = "127.0.0.1"
# Servers run from the checkout, so ``bench.rdflib_app`` imports whatever the caller's cwd.
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _children(pid: int) -> list[int]:
    """Every descendant: each thread lists the children it started (SPARQL workers, uvicorn workers)."""
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return kids + [g for k in kids for g in _children(k)]


def peak_rss_mb(pid: int) -> float:
    """High-water resident memory of a process and its children (uvicorn workers), in MB."""
    total = 0
    for each in (pid, *_children(pid)):
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def cpu_seconds(pid: int, children: bool = True) -> float:
    """CPU time (user + system) used so far by a process and its children (SPARQL query workers)."""
    ticks = 0
    for each in (pid, *(_children(pid) if children else ())):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return ticks / os.sysconf("SC_CLK_TCK")


@dataclass
class Server:
    """A server subprocess; use as a context manager so it is always stopped."""

    command: list[str]
    port: int
    env: dict[str, str] = field(default_factory=dict)
    log: Path | None = None
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    # Where the server appends each SPARQL query's parts (STRATEGY_LINEAGE_QUERY_TIMES), if it was asked to.
    query_times: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def __enter__(self) -> Server:
        out = self.log.open("wb") if self.log else subprocess.DEVNULL
        self.started_at = time.perf_counter()
        self.process = subprocess.Popen(
            self.command,
            env={**os.environ, **self.env},
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
        )
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)  # its own session: the server and its workers only
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def wait_for(self, path: str, timeout: float = 120.0, accept: str = "application/json") -> float:
        """Seconds from process start until ``path`` first answers 200 (the cold start)."""
        deadline = time.perf_counter() + timeout
        with httpx.Client(base_url=self.base_url, timeout=30, headers={"Accept": accept}) as client:
            while time.perf_counter() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError(
                        f"server exited with {self.process.returncode}: {' '.join(self.command)}"
                        + (f" (log: {self.log})" if self.log else "")
                    )
                try:
                    response = client.get(path)
                    if response.status_code == 200:
                        return time.perf_counter() - self.started_at
                    if response.status_code != 503:
                        raise RuntimeError(f"GET {path} answered {response.status_code}: {response.text[:300]}")
                except httpx.TransportError:
                    pass
                time.sleep(0.01)
        raise RuntimeError(f"no answer from {self.base_url}{path} within {timeout:.0f} s")

    @property
    def peak_rss_mb(self) -> float:
        return peak_rss_mb(self.process.pid)

    def cpu_seconds(self) -> float:
        assert self.process is not None
        return cpu_seconds(self.process.pid)

    def own_cpu_seconds(self) -> float:
        """The server process's CPU alone: the event loop's part, without the query workers'."""
        assert self.process is not None
        return cpu_seconds(self.process.pid, children=False)

    def query_times_logged(self) -> int:
        """How much of the query-times file is written so far (an offset for :meth:`query_times_since`)."""
        return self.query_times.stat().st_size if self.query_times and self.query_times.exists() else 0

    def query_times_since(self, offset: int) -> list[dict]:
        """The parts of the queries the server wrote out after ``offset`` (whole lines only: api.query_times)."""
        if self.query_times is None or not self.query_times.exists():
            return []
        with self.query_times.open("rb") as handle:
            handle.seek(offset)
            written = handle.read()
        return query_times.read(written[: written.rfind(b"\n") + 1])


def python_command(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]
