"""Several processes, one truth: while servers share a store, no other process writes to it."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
CLI = [str(Path(sys.executable).parent / "strategy-lineage")]
SUPERSESSION = 'ASK { ?new sl:supersedes ?old . ?old dcterms:alternative "Every Day Matters" }'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def answers(base: str) -> tuple[set[str], bool]:
    """What the JSON API (stated edges) and /sparql say replaced Every Day Matters."""
    lineage = get_json(base + "/api/strategies/every-day-matters/lineage?direction=down")
    successors = {edge["from"] for edge in lineage["edges"] if not edge["inferred"]}
    query = urllib.parse.urlencode({"query": SUPERSESSION})
    asked = get_json(base + "/sparql?" + query)
    return successors, bool(asked["boolean"])


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("STRATEGY_LINEAGE")}
    environment["STRATEGY_LINEAGE_STORE"] = str(tmp_path / "store")
    loaded = cli(environment, "load", str(tmp_path / "data"))
    assert loaded.returncode == 0, loaded.stderr
    return environment


def start_server(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            *CLI,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/health", timeout=2)
            return proc, base
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("the server did not start: " + (proc.stderr.read().decode() if proc.stderr else ""))
            time.sleep(0.2)


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    proc.wait(timeout=30)


def test_a_write_while_two_workers_serve_is_refused_and_both_answers_agree(env: dict[str, str]) -> None:
    proc, base = start_server(env, workers=2)
    try:
        before = answers(base)
        assert "working-together-to-improve-outcomes" in before[0] and before[1]

        refused = cli(env, "withdraw", "002_7e30c0936a50fbe4")
        assert refused.returncode != 0
        assert "stop the server first" in refused.stderr

        # Requests reach both worker processes: every one still gives the same answer, JSON and SPARQL alike.
        for _ in range(12):
            assert answers(base) == before
    finally:
        stop(proc)

    withdrawn = cli(env, "withdraw", "002_7e30c0936a50fbe4")
    assert withdrawn.returncode == 0, withdrawn.stderr
    proc, base = start_server(env, workers=1)
    try:
        successors, stated = answers(base)
        assert not stated
        assert "working-together-to-improve-outcomes" not in successors
    finally:
        stop(proc)


def test_a_writable_server_refuses_several_workers(env: dict[str, str]) -> None:
    env = {**env, "STRATEGY_LINEAGE_TOKEN": "a-long-enough-secret-token-for-tests-0123456789"}
    result = subprocess.run(
        [*CLI, "serve", "--port", str(free_port()), "--workers", "2"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "--workers" in result.stderr
