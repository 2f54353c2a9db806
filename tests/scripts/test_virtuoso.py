"""scripts/virtuoso.sh: the throwaway Virtuoso the remote-store tests run on."""

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port

SCRIPT = str(ROOT / "scripts" / "virtuoso.sh")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_until_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.2)
    return not alive(pid)


def test_the_server_dies_with_its_owner(tmp_path: Path) -> None:
    """A test run killed before its teardown must not leave Virtuoso running."""
    if not shutil.which("virtuoso-t"):
        if os.environ.get("CI"):
            pytest.fail("Virtuoso 7 is required in CI: make system-packages installs virtuoso-opensource")
        pytest.skip("Virtuoso 7 not installed (Debian virtuoso-opensource; make system-packages)")
    owner = subprocess.Popen(["sleep", "300"])
    try:
        started = subprocess.run(
            [SCRIPT, "start", str(tmp_path), str(free_port()), str(free_port()), str(owner.pid)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert started.returncode == 0, started.stderr
        assert started.stdout.startswith("sparql+http://")
        server = int((tmp_path / "virtuoso.pid").read_text())
        assert alive(server)
    finally:
        owner.kill()
        owner.wait()
    try:
        assert wait_until_gone(server, 30), "Virtuoso outlived the process that owned it"
    finally:
        subprocess.run([SCRIPT, "stop", str(tmp_path)], check=False)
