"""One shape per answer: the JSON API and the CLI's ``--format json`` say the same thing in the
same JSON, and that JSON is what the route's declared model (the OpenAPI schema) describes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Union
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter
from typer.testing import CliRunner

from api import models
from api.app import create_app
from cli import app as cli_app
from graph.ingest import load_paths
from graph.store import open_store
from strategy_lineage.settings import Settings
from tests.api.conftest import TOKEN

DATA = Path(__file__).resolve().parents[2] / "data"

EDM = quote("Every Day Matters")
WTIO = quote("Working Together to Improve Outcomes")

# (CLI arguments, API path and query, the route's declared model): the four questions, each
# with its defaults and with every option the CLI and the API share.
QUESTIONS = [
    (["lineage", "Every Day Matters"], f"/api/strategies/{EDM}/lineage", models.LineageOut),
    (
        ["lineage", "Every Day Matters", "--direction", "up", "--depth", "1", "--evidence", "stated"],
        f"/api/strategies/{EDM}/lineage?direction=up&depth=1&evidence=stated",
        models.LineageOut,
    ),
    (["trail", "Working Together to Improve Outcomes"], f"/api/strategies/{WTIO}/trail", models.TrailOut),
    (["trail", "Every Day Matters"], f"/api/strategies/{EDM}/trail", models.TrailOut),
    (["in-force", "2014-06-01"], "/api/in-force?date=2014-06-01", models.InForceOut),
    (
        ["in-force", "2017-01-01", "--publisher", "kent-county-council", "--offset", "0", "--limit", "1"],
        "/api/in-force?date=2017-01-01&publisher=kent-county-council&offset=0&limit=1",
        models.InForceOut,
    ),
    (["search", "every day matters"], "/api/search?q=every+day+matters", models.SearchOut),
    (
        ["search", "section 10", "--type", "legislation", "--limit", "3"],
        "/api/search?q=section+10&type=legislation&limit=3",
        models.SearchOut,
    ),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("contract") / "store"
    store = open_store(path)
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
    with TestClient(create_app(open_store(store_path), Settings(store=store_path, query_workers=1))) as client:
        yield client


@pytest.mark.parametrize("index", range(len(QUESTIONS)), ids=[" ".join(q[0]) for q in QUESTIONS])
def test_api_and_cli_give_the_same_json(api: TestClient, cli_answers: list[object], index: int) -> None:
    _, url, _ = QUESTIONS[index]
    response = api.get(url)
    assert response.status_code == 200, response.text
    assert response.json() == cli_answers[index]
    assert response.json()  # a real answer, not an empty one


@pytest.mark.parametrize("index", range(len(QUESTIONS)), ids=[" ".join(q[0]) for q in QUESTIONS])
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


# Every route that answers JSON, with real requests that exercise it ("{source}" and
# "{evidence}" are filled in from the store). A new JSON route fails the first test below
# until it declares its model and has an example here.
EXAMPLES: dict[tuple[str, str], tuple[str, ...]] = {
    ("get", "/api/strategies"): (
        "/api/strategies",
        "/api/strategies?in_force=2014-06-01&publisher=kent-county-council",
    ),
    ("get", "/api/strategies/{id}/lineage"): (f"/api/strategies/{EDM}/lineage",),
    ("get", "/api/strategies/{id}/trail"): (f"/api/strategies/{WTIO}/trail",),
    ("get", "/api/strategies/{id}"): ("/api/strategies/every-day-matters", f"/api/strategies/{WTIO}"),
    ("get", "/api/path"): (f"/api/path?from={WTIO}&to={EDM}",),
    ("get", "/api/in-force"): ("/api/in-force?date=2014-06-01",),
    ("get", "/api/series"): ("/api/series", "/api/series?evidence=stated"),
    ("get", "/api/series/{id}"): (f"/api/series/{EDM}",),
    ("get", "/api/conflicts"): ("/api/conflicts",),
    ("get", "/api/search"): ("/api/search?q=kent",),
    ("get", "/api/legislation/{id}"): ("/api/legislation/ukpga/2004/31/section/10", "/api/legislation/ukpga/2004/31"),
    ("get", "/api/organisations/{id}"): ("/api/organisations/kent-county-council",),
    ("get", "/api/sources"): ("/api/sources",),
    ("get", "/api/sources/{id}"): ("/api/sources/{source}", "/api/sources/{source}?text=true&highlight=true"),
    ("get", "/api/provenance"): (
        f"/api/provenance?subject={EDM}",
        f"/api/provenance?subject={WTIO}&predicate=sl:supersedes",
    ),
    ("get", "/id/{path}"): (
        "/id/strategy/kent-county-council/every-day-matters",
        "/id/organisation/kent-county-council",
        "/id/source/{source}",
        "/id/strategy/kent-county-council/every-day-matters/event/adoption-2013-04",
    ),
    ("get", "/graph/{path}"): ("/graph/source/{source}", "{evidence}"),
    ("get", "/api/changes"): ("/api/changes", "/api/changes?size=2&page=2"),
    ("get", "/api/health"): ("/api/health",),
}
# Writes are exercised on a private store (test_writes_answer_their_declared_model).
WRITES = {("post", "/api/sources"), ("delete", "/api/sources/{id}")}
# Standard formats whose shape their own specifications define: SPARQL results, JSON-LD.
STANDARD_JSON = {"application/sparql-results+json", "application/ld+json"}


def json_media(content: dict[str, object]) -> list[str]:
    return [m for m in content if (m == "application/json" or m.endswith("+json")) and m not in STANDARD_JSON]


def model_of(schema: dict[str, Any]) -> Any:
    """The pydantic model (or list or union of them) an OpenAPI schema names."""
    if "$ref" in schema:
        return getattr(models, schema["$ref"].rsplit("/", 1)[-1])
    if schema.get("type") == "array":
        return list[model_of(schema["items"])]  # type: ignore[misc]
    if "anyOf" in schema:
        return Union[tuple(model_of(s) for s in schema["anyOf"])]  # noqa: UP007 (built at run time)
    raise AssertionError(f"not a declared model: {schema}")


def declared_model(api: TestClient, method: str, path: str) -> Any:
    """The model the OpenAPI document declares for a route's success response."""
    responses = api.get("/openapi.json").json()["paths"][path][method]["responses"]
    success = responses.get("200") or responses["201"]
    return model_of(success["content"][json_media(success["content"])[0]]["schema"])


def test_every_json_route_declares_its_model_and_has_an_example(api: TestClient) -> None:
    paths = api.get("/openapi.json").json()["paths"]
    answering_json = set()
    for path, operations in paths.items():
        for method, operation in operations.items():
            success = operation["responses"].get("200") or operation["responses"].get("201") or {}
            media = json_media(success.get("content", {}))
            if not media:
                continue
            answering_json.add((method, path))
            for medium in media:
                assert success["content"][medium].get("schema"), f"{method.upper()} {path} {medium}: no schema"
            declared_model(api, method, path)
    assert answering_json == set(EXAMPLES) | WRITES


def fill(url: str, api: TestClient) -> str:
    source = api.get("/api/sources").json()[0]["id"]
    lineage = api.get(f"/api/strategies/{EDM}/lineage").json()
    evidence = lineage["edges"][0]["evidence"][0]["iri"]
    return url.replace("{source}", source).replace("{evidence}", "/graph/" + evidence.split("/graph/", 1)[1])


def assert_exactly(model: object, answer: object) -> None:
    """The answer validates, and the model neither drops nor adds a field (round trip)."""
    adapter = TypeAdapter(model)
    parsed = adapter.validate_python(answer)
    assert adapter.dump_python(parsed, mode="json", by_alias=True, exclude_unset=True) == answer


@pytest.mark.parametrize(
    ("method", "path", "url"),
    [(m, p, u) for (m, p), urls in EXAMPLES.items() for u in urls],
    ids=[u for urls in EXAMPLES.values() for u in urls],
)
def test_each_json_answer_is_what_its_route_declares(api: TestClient, method: str, path: str, url: str) -> None:
    response = api.get(fill(url, api), headers={"Accept": "application/json"})
    assert response.status_code == 200, response.text
    assert_exactly(declared_model(api, method, path), response.json())


def test_writes_answer_their_declared_model(writable_client: TestClient) -> None:
    report = "To: Westholm Cabinet\nSubject: Westholm Play Strategy 2021-2024\n\nIt says where children play.\n"
    headers = {"Authorization": f"Bearer {TOKEN}"}
    loaded = writable_client.post("/api/sources", files={"file": ("play.txt", report.encode())}, headers=headers)
    assert loaded.status_code == 201, loaded.text
    assert_exactly(declared_model(writable_client, "post", "/api/sources"), loaded.json())
    withdrawn = writable_client.delete(f"/api/sources/{loaded.json()['source']}", headers=headers)
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["action"] == "withdraw"
    assert_exactly(declared_model(writable_client, "delete", "/api/sources/{id}"), withdrawn.json())
