"""`strategy-lineage query` stops a query at the HTTP endpoint's time limit, with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from graph.store import Store

runner = CliRunner()
# Three unconstrained patterns joined: a cross product of the store with itself, twice.
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
STRATEGIES = "SELECT ?s WHERE { ?s a <https://w3id.org/strategy-lineage/def#Strategy> } ORDER BY ?s LIMIT 2"


@pytest.fixture(scope="module")
def store_path(seed_store: Store) -> Path:
    assert seed_store.path is not None
    return seed_store.path


def run_query(store: Path, tmp_path: Path, query: str, *options: str, env: dict[str, str] | None = None):
    rq = tmp_path / "query.rq"
    rq.write_text(query, encoding="utf-8")
    return runner.invoke(app, ["query", str(rq), "--store", str(store), *options], env=env)


def test_a_query_past_the_time_limit_is_stopped_with_a_message_and_exit_1(store_path: Path, tmp_path: Path) -> None:
    result = run_query(store_path, tmp_path, CROSS_PRODUCT, env={"STRATEGY_LINEAGE_QUERY_TIMEOUT": "0.5"})
    assert result.exit_code == 1
    assert "ran past the 0.5 s time limit and was stopped" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_the_timeout_option_overrides_the_environment(store_path: Path, tmp_path: Path) -> None:
    result = run_query(
        store_path, tmp_path, CROSS_PRODUCT, "--timeout", "0.3", env={"STRATEGY_LINEAGE_QUERY_TIMEOUT": "300"}
    )
    assert result.exit_code == 1 and "0.3 s time limit" in result.output


def test_a_query_within_the_limit_answers(store_path: Path, tmp_path: Path) -> None:
    result = run_query(store_path, tmp_path, STRATEGIES, "--output", "csv")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "s" and len(lines) == 3 and all(line.startswith("http") for line in lines[1:])


@pytest.mark.parametrize("query,message", [("SELEC nothing", "malformed SPARQL query"), (STRATEGIES, "no store at")])
def test_a_bad_query_or_store_is_one_line_and_exit_1(
    store_path: Path, tmp_path: Path, query: str, message: str
) -> None:
    store = store_path if "SELEC " in query else tmp_path / "missing"
    result = run_query(store, tmp_path, query)
    assert result.exit_code == 1 and message in result.output


def test_a_malformed_time_limit_is_refused(store_path: Path, tmp_path: Path) -> None:
    result = run_query(store_path, tmp_path, STRATEGIES, env={"STRATEGY_LINEAGE_QUERY_TIMEOUT": "soon"})
    assert result.exit_code == 1 and "STRATEGY_LINEAGE_QUERY_TIMEOUT must be a number" in result.output
