"""The OpenAPI document tells the truth: schemathesis runs every operation of a real
server, with positive and negative data and the real ids of the seed graph, and finds no
5xx, no undocumented status, no undocumented media type and no response that breaks its
declared schema. The example count is bounded so that this runs in CI (docs/security.md
gives the figures)."""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from graph.store import open_store
from tests.api.conftest import fill, served

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES_PER_OPERATION = 20
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
# The SPARQL Protocol's POST (a raw application/sparql-query body schemathesis cannot
# generate) has its own tests: tests/api/test_sparql.py and test_sparql_canary.py.
EXCLUDED = "POST /sparql"


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("conformance") / "store"
    store = open_store(path)
    fill(store)
    store.flush()
    del store
    gc.collect()
    yield from served(path)


def real_ids_config(base: str, path: Path) -> Path:
    """A schemathesis config that draws path ids and subjects from the graph half the time."""
    strategies = get_json(base + "/api/strategies?limit=1000")["items"]
    ids = [s["id"] for s in strategies] + [s["id"] for s in get_json(base + "/api/series")]
    ids += [s["id"] for s in get_json(base + "/api/sources")]
    ids += sorted({s["publisher"].rsplit("/", 1)[-1] for s in strategies if s.get("publisher")})
    subjects = [s["iri"] for s in strategies]
    words = sorted({w for s in strategies for w in s["title"].split() if len(w) > 3})[:50]
    path.write_text(
        "\n".join(
            [
                "[dictionaries.ids]",
                f"values = {json.dumps(ids)}",
                "[dictionaries.subjects]",
                f"values = {json.dumps(subjects)}",
                "[dictionaries.words]",
                f"values = {json.dumps(words)}",
                "[parameters]",
                '"path.id" = { dictionary = "ids", probability = 0.5 }',
                '"query.subject" = { dictionary = "subjects", probability = 0.5 }',
                '"query.from" = { dictionary = "ids", probability = 0.5 }',
                '"query.to" = { dictionary = "ids", probability = 0.5 }',
                '"query.q" = { dictionary = "words", probability = 0.5 }',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def test_schemathesis_finds_no_5xx_and_no_schema_violation(server, tmp_path):
    st = shutil.which("st", path=os.path.dirname(sys.executable)) or "st"
    config = real_ids_config(server, tmp_path / "schemathesis.toml")
    run = subprocess.run(
        [
            st,
            "--no-color",
            "--config-file",
            str(config),
            "run",
            f"{server}/openapi.json",
            "--checks",
            CHECKS,
            "--mode",
            "all",
            "--max-examples",
            str(EXAMPLES_PER_OPERATION),
            "--phases",
            "examples,coverage,fuzzing",
            "--exclude-name",
            EXCLUDED,
            "--seed",
            "20261130",
            "--workers",
            "2",
            "--warnings",
            "off",
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=tmp_path,
        check=False,
    )
    summary = run.stdout[run.stdout.find("SUMMARY") :]
    print(summary)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "generated" in summary and "failures" not in summary.split("Test cases:")[-1]
