"""One shape per answer: the JSON API and the CLI's ``--format json`` say the same thing in the
same JSON, and that JSON is what the route's declared model (the OpenAPI schema) describes."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter
from typer.testing import CliRunner

from api import models
from api.app import create_app
from api.settings import Settings
from graph.ingest import load_paths
from graph.store import GraphStore
from strategy_lineage.cli import app as cli_app

DATA = Path(__file__).resolve().parents[2] / "data"

# (CLI arguments, API path and query, the route's declared model) for one question each.
QUESTIONS = [
    (
        ["lineage", "Every Day Matters"],
        "/api/strategies/{}/lineage".format(quote("Every Day Matters")),
        models.LineageOut,
    ),
    (
        ["trail", "Working Together to Improve Outcomes"],
        "/api/strategies/{}/trail".format(quote("Working Together to Improve Outcomes")),
        models.TrailOut,
    ),
    (["in-force", "2014-06-01"], "/api/in-force?date=2014-06-01", models.InForceOut),
    (["search", "every day matters"], "/api/search?q=every+day+matters", models.SearchOut),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("contract") / "store"
    store = GraphStore.open(path)
    load_paths(store, [DATA])
    store.flush()
    del store  # release the lock: the CLI opens the store itself
    return path


@pytest.fixture(scope="module")
def cli_answers(store_path: Path) -> list[object]:
    """Asked first, while no server holds the store."""
    runner = CliRunner()
    found = []
    for args, _, _ in QUESTIONS:
        out = runner.invoke(cli_app, [*args, "--format", "json", "--store", str(store_path)])
        assert out.exit_code == 0, out.output
        found.append(json.loads(out.output))
    return found


@pytest.fixture(scope="module")
def api(store_path: Path, cli_answers: list[object]) -> TestClient:
    with TestClient(create_app(GraphStore.open(store_path), Settings(store=store_path, query_workers=1))) as client:
        yield client


@pytest.mark.parametrize("index", range(len(QUESTIONS)), ids=[q[0][0] for q in QUESTIONS])
def test_api_and_cli_give_the_same_json(api: TestClient, cli_answers: list[object], index: int) -> None:
    _, url, _ = QUESTIONS[index]
    response = api.get(url)
    assert response.status_code == 200, response.text
    assert response.json() == cli_answers[index]
    assert response.json()  # a real answer, not an empty one


@pytest.mark.parametrize("index", range(len(QUESTIONS)), ids=[q[0][0] for q in QUESTIONS])
def test_the_declared_model_describes_the_answer_exactly(cli_answers: list[object], index: int) -> None:
    """The models forbid unknown fields: a field the answer gains or loses fails here."""
    _, _, model = QUESTIONS[index]
    answer = cli_answers[index]
    parsed = TypeAdapter(model).validate_python(answer)
    assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == answer


def test_openapi_declares_the_models_of_these_answers(api: TestClient) -> None:
    paths = api.get("/openapi.json").json()["paths"]
    declared = {
        "/api/strategies/{id}/lineage": "LineageOut",
        "/api/strategies/{id}/trail": "TrailOut",
        "/api/in-force": "InForceOut",
        "/api/search": "SearchOut",
    }
    for path, name in declared.items():
        schema = paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{name}"}, path
