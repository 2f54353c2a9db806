"""The docs are the source: generated references are current and documented examples still hold."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cli.reference import REFERENCE, render
from tests.docs_examples import Example, documents, examples, matches, run

ROOT = Path(__file__).resolve().parent.parent
ALL_EXAMPLES = [example for document in documents() for example in examples(document)]


def test_the_cli_reference_is_generated_from_the_commands() -> None:
    assert REFERENCE.read_text(encoding="utf-8") == render(), "docs/cli.md is stale: run `python -m cli.reference`"


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


def test_the_documentation_site_builds_strictly_and_offline(tmp_path: Path) -> None:
    """mkdocs.yml makes --strict fail on a page left out of the nav and on a broken link or anchor."""
    site = tmp_path / "site"
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert built.returncode == 0, built.stderr
    pages = {page.stem for page in (ROOT / "docs").glob("*.md")}
    assert pages <= {page.stem for page in site.glob("*.html")}
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Strategy Lineage" in index
    # Read from the file system with nothing fetched: no script or style from another host.
    assert not re.search(r"<(?:script|link)\b[^>]*(?:src|href)=\"https?://", index)
