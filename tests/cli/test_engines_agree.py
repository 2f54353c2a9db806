"""Every command answers the same on a SPARQL engine (Virtuoso 7) as on the embedded store.

The bundled data is loaded by `strategy-lineage load` into the engine given by URL, then the
question commands run against both stores and their outputs are compared word for word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from graph.store import Store
from tests.conftest import DATA

runner = CliRunner()

QUESTIONS = [
    ("lineage", "EDM"),
    ("lineage", "Working Together", "--format", "json"),
    ("path", "CYPP 2006", "Working Together"),
    ("series",),
    ("gaps",),
    ("in-force", "2014-06-01"),
    ("conflicts",),
    ("trail", "CYPP 2008"),
    ("search", "safeguarding"),
]
STRATEGIES = "SELECT ?s ?title WHERE { ?s a sl:Strategy ; dcterms:title ?title } ORDER BY ?s ?title"


@pytest.fixture(scope="module")
def engine_url(virtuoso: str, seed_store: Store) -> str:
    """The engine holding what the embedded seed store holds, loaded through the command line."""
    loaded = runner.invoke(app, ["load", str(DATA), "--store", virtuoso])
    assert loaded.exit_code == 0, loaded.output
    return virtuoso


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: " ".join(q))
def test_the_questions_answer_alike(engine_url: str, seed_store: Store, question: tuple[str, ...]) -> None:
    embedded = runner.invoke(app, [*question, "--store", str(seed_store.path)])  # type: ignore[attr-defined]
    remote = runner.invoke(app, [*question, "--store", engine_url])
    assert embedded.exit_code == remote.exit_code == 0, remote.output
    assert _without_load_times(remote.output) == _without_load_times(embedded.output)


def test_query_answers_alike(engine_url: str, seed_store: Store, tmp_path: Path) -> None:
    query = tmp_path / "strategies.rq"
    query.write_text(STRATEGIES, encoding="utf-8")
    embedded = runner.invoke(app, ["query", str(query), "--store", str(seed_store.path), "-o", "csv"])  # type: ignore[attr-defined]
    remote = runner.invoke(app, ["query", str(query), "--store", engine_url, "-o", "csv"])
    assert remote.exit_code == 0, remote.output
    assert remote.output == embedded.output and remote.output.count("\n") > 5


def _without_load_times(output: str) -> str:
    """Each store was loaded at its own moment: the times a source was loaded differ, nothing else."""
    return re.sub(r'"loaded_at": "[^"]*"', '"loaded_at": ...', output)


def test_a_wrong_password_is_one_line(engine_url: str) -> None:
    wrong = engine_url.replace("lineage:lineage@", "lineage:wrong@")
    result = runner.invoke(app, ["sources", "--store", wrong])
    assert result.exit_code == 1
    assert "refused the credentials" in result.output and "wrong" not in result.output
    assert len(result.output.strip().splitlines()) == 1
