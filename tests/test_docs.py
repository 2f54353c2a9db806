"""The docs are the source: generated references are current and documented examples still hold."""

from __future__ import annotations

import pytest

from strategy_lineage.cli.reference import REFERENCE, render
from tests.docs_examples import Example, documents, examples, matches, run

ALL_EXAMPLES = [example for document in documents() for example in examples(document)]


def test_the_cli_reference_is_generated_from_the_commands() -> None:
    assert REFERENCE.read_text(encoding="utf-8") == render(), (
        "docs/cli.md is stale: run `python -m strategy_lineage.cli.reference`"
    )


def test_the_readme_has_examples_to_check() -> None:
    assert any(example.path.name == "README.md" for example in ALL_EXAMPLES)


@pytest.mark.parametrize(
    "example", ALL_EXAMPLES, ids=lambda e: f"{e.path.name}:{e.steps[0].command[:40] if e.steps else ''}"
)
def test_documented_examples_print_what_the_docs_show(example: Example) -> None:
    for step, printed in zip(example.steps, run(example), strict=True):
        assert matches(step.shown, printed), (
            f"{example.path.name}: `{step.command}` now prints:\n"
            + "\n".join(printed)
            + "\n(run `python -m tests.docs_examples --update` if the change is intended)"
        )


def test_a_drifted_output_is_caught() -> None:
    assert matches(["a", "...", "d"], ["a", "b", "c", "d"])
    assert not matches(["a", "b"], ["a", "c"])
