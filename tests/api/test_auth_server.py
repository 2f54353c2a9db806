"""No secret in any log: a real `strategy-lineage serve` at debug level, writes with good
and bad tokens, then the whole log is searched for each token and what derives from it."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.api.test_auth import BASE64_TOKEN, NAMED, write_tokens_file

pytestmark = pytest.mark.server

SERVE = "from cli import main; main()"
ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "data" / "sources" / "001_6296d0a391ff5100.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def send(
    base: str, method: str, path: str, token: bytes | None, body: bytes | None = None, content_type: str | None = None
) -> int:
    request = urllib.request.Request(base + path, data=body, method=method)
    if token is not None:
        request.add_header("Authorization", (b"Bearer " + token).decode("latin-1"))
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def upload(base: str, token: bytes | None) -> int:
    boundary = "canary-boundary-7f3a"
    parts = [
        (f'name="file"; filename="{DOCUMENT.name}"', DOCUMENT.read_bytes()),
        ('name="metadata"', DOCUMENT.with_suffix(".toml").read_bytes()),
    ]
    body = (
        b"".join(
            f"--{boundary}\r\nContent-Disposition: form-data; {disposition}\r\n\r\n".encode() + data + b"\r\n"
            for disposition, data in parts
        )
        + f"--{boundary}--\r\n".encode()
    )
    return send(base, "POST", "/api/sources", token, body, f"multipart/form-data; boundary={boundary}")


def secrets_and_derivatives(token: str) -> list[str]:
    raw = token.encode("utf-8")
    return [
        token,
        token.rstrip("="),
        hashlib.sha256(raw).hexdigest(),
        raw.hex(),
        token[: len(token) // 2],
        token[len(token) // 2 :],
    ]


def test_no_token_appears_in_the_logs_of_a_run(tmp_path):
    store, log_path = tmp_path / "store", tmp_path / "server.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRATEGY_LINEAGE_TOKEN")}
    env.update(
        STRATEGY_LINEAGE_TOKEN=BASE64_TOKEN, STRATEGY_LINEAGE_TOKENS_FILE=write_tokens_file(tmp_path / "tokens", NAMED)
    )
    seed = "data/sources/000_e0d006e98f43459c.txt"
    subprocess.run(
        [sys.executable, "-c", SERVE, "load", "--store", str(store), seed],
        env=env,
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVE, "serve", "--store", str(store), "--port", str(port), "--log-level", "debug"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 30
            while not _up(base):
                assert proc.poll() is None and time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.2)
            assert upload(base, NAMED["alice"].encode()) == 201
            assert upload(base, b"=") == 403
            assert upload(base, BASE64_TOKEN.rstrip("=").encode()) == 403
            assert send(base, "DELETE", f"/api/sources/{DOCUMENT.name}", BASE64_TOKEN.encode()) == 200
            assert send(base, "DELETE", "/api/sources/missing", NAMED["dmitri"].encode("utf-8")) == 404
            assert send(base, "DELETE", "/api/sources/missing", NAMED["carol"].encode()[:-1]) == 403
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    assert "write: load" in text and "by alice" in text, text  # the log does record who wrote
    assert "write: withdraw" in text and "by token-holder" in text
    for token in [BASE64_TOKEN, *NAMED.values()]:
        for secret in secrets_and_derivatives(token):
            assert secret not in text, f"a token (or something derived from it) is in the log: {secret[:3]}..."


def _up(base: str) -> bool:
    try:
        urllib.request.urlopen(base + "/api/health", timeout=1)
        return True
    except OSError:
        return False
