"""``strategy-lineage evaluate GOLD``: precision and recall of extraction against a gold corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from cli.app import app, fail
from cli.lineage_commands import Output, OutputOption
from graph.evaluation import KINDS, format_report, format_tags
from graph.evaluation import evaluate as run_evaluation
from graph.gold import GoldError, find_gold


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="A NAME.gold.toml file, or a folder of them (e.g. tests/gold).")],
    output: OutputOption = Output.table,
    details: Annotated[bool, typer.Option(help="List every miss and false positive after the table.")] = True,
    by_tag: Annotated[
        str | None,
        typer.Option("--by-tag", help="Also show one fact kind's recall by the gold's tags (wordings, text defects)."),
    ] = None,
) -> None:
    """Extract each gold document as `load` would and score the facts by kind (no store is touched)."""
    if by_tag is not None and by_tag not in KINDS:
        fail(f"--by-tag: {by_tag!r} is not one of {', '.join(KINDS)}")
    try:
        golds = find_gold(gold)
    except GoldError as err:
        fail(str(err))
    report = run_evaluation(golds)
    if output is Output.json:
        typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report, details=details))
        if by_tag:
            typer.echo("\n" + format_tags(report, by_tag))
