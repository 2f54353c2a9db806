"""A built wheel, installed in a fresh environment, loads, validates and serves outside the checkout."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_ROOTS = ("strategy_lineage", "loaders", "graph", "api", "cli")


def listed_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_python_package_is_in_the_distribution() -> None:
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in PACKAGE_ROOTS
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk - listed_packages() == set()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(env_bin: Path, *args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(env_bin / "strategy-lineage"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh virtual environment holding only the built wheel and its dependencies."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT), "-w", str(work / "dist")],
        check=True,
        capture_output=True,
        cwd=work,
    )
    wheel = next((work / "dist").glob("strategy_lineage-*.whl"))
    venv.EnvBuilder(with_pip=True).create(work / "env")
    env_bin = work / "env" / "bin"
    subprocess.run([str(env_bin / "pip"), "install", "--quiet", str(wheel)], check=True, capture_output=True, cwd=work)
    return env_bin


@pytest.mark.server
def test_wheel_loads_validates_and_serves_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRATEGY_LINEAGE")}
    env["STRATEGY_LINEAGE_STORE"] = str(tmp_path / "store")

    where = subprocess.run(
        [str(installed / "python"), "-c", "import api, graph; print(api.__file__); print(graph.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert str(ROOT) not in where.stdout, "the installed wheel must not import from the checkout"

    loaded = run(installed, "load", "data", cwd=tmp_path, env=env)
    assert loaded.returncode == 0, loaded.stderr
    validated = run(installed, "validate", cwd=tmp_path, env=env)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "0 violation" in validated.stdout

    port = free_port()
    server = subprocess.Popen(
        [str(installed / "strategy-lineage"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        lineage = json.loads(_get_when_up(base + "/api/strategies/every-day-matters/lineage?direction=down", server))
        successors = {node["id"] for node in lineage["nodes"]}
        assert "working-together-to-improve-outcomes" in successors
        page = urllib.request.urlopen(base + "/strategies/every-day-matters", timeout=10).read().decode()
        assert "Working Together" in page
        static = urllib.request.urlopen(base + "/static/pages.css", timeout=10)
        assert static.status == 200
    finally:
        server.terminate()
        server.wait(timeout=20)


def _get_when_up(url: str, server: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + 60
    while True:
        try:
            return urllib.request.urlopen(url, timeout=10).read().decode()
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                stderr = server.stderr.read().decode() if server.stderr else ""
                pytest.fail(f"the installed server did not answer: {stderr[-2000:]}")
            time.sleep(0.2)
