"""Browser tests: Debian's headless Chromium driven by Playwright, against the real
``strategy-lineage serve`` on a free localhost port, over the seed graph.

Without /usr/bin/chromium (or the playwright package) the tests are skipped with the
reason, except under CI (``CI`` set), where that is a failure: there they must run.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path(os.environ.get("STRATEGY_LINEAGE_CHROMIUM", "/usr/bin/chromium"))
# Headless, and nothing that phones home or updates itself during a test run.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run in CI, but {reason}", pytrace=False)
    pytest.skip(reason)


def launch_chromium() -> Iterator[Any]:
    """The one headless Chromium of a test run (tests/conftest.py's ``chromium`` fixture):
    Playwright's sync API allows one instance per thread, and loaders' tests print PDFs with it too."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium, or run `make test` as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# The CLI entry point, whether or not the console script is on PATH.
CLI = [sys.executable, "-c", "from cli import main; main()"]


def _run(*args: str) -> None:
    subprocess.run([*CLI, *args], cwd=ROOT, check=True, capture_output=True, text=True)


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[int]:
    """Port of a running server: loaded and served by the CLI, as `make serve` does."""
    store = tmp_path_factory.mktemp("browser") / "store"
    _run("load", str(ROOT / "data"), "--store", str(store))
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "STRATEGY_LINEAGE_TOKEN"}
    proc = subprocess.Popen(
        [*CLI, "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"the server did not start: {proc.communicate()[1][-2000:]}")
            time.sleep(0.1)
    yield port
    proc.terminate()
    proc.wait(timeout=10)


LOCAL_HOSTS = ("127.0.0.1", "localhost")


def leaves_localhost(url: str) -> bool:
    """True for a request to anywhere but this machine (data: and blob: URLs stay in the page)."""
    parts = urlsplit(url)
    return parts.scheme not in ("data", "blob", "about") and parts.hostname not in LOCAL_HOSTS


@pytest.fixture()
def page(chromium):
    """A fresh page that fails the test on any JavaScript error, console error or request
    that leaves localhost (a CDN, a font service, a validator badge)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda err: problems.append(f"page error: {err}"))
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on(
        "request", lambda r: problems.append(f"request left localhost: {r.url}") if leaves_localhost(r.url) else None
    )
    yield page
    context.close()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"


def accessibility_violations(page, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """axe-core's WCAG 2 A/AA violations of ``impacts`` on the page as it stands (vendored
    axe-core, injected into the page: nothing is fetched)."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async () => {
        const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
        const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
        return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                            where: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
    }""")
    return [f"{v['impact']}: {v['id']} ({v['help']}) at {v['where']}" for v in found if v["impact"] in impacts]


def screenshot(page, name: str, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def publish(path: Path, name: str) -> None:
    """Copy a screenshot to docs/img for the docs, when asked (``make screenshots``).

    A test run must not change tracked files: screenshots stay artefacts otherwise.
    """
    if os.environ.get("STRATEGY_LINEAGE_PUBLISH_SCREENSHOTS") != "1":
        return
    target = ROOT / "docs" / "img" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
