"""``strategy-lineage evaluate GOLD``: precision and recall of extraction against a gold corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from graph.evaluation import evaluate as run_evaluation
from graph.evaluation import format_report
from graph.gold import GoldError, find_gold
from strategy_lineage.cli.app import app, fail
from strategy_lineage.cli.lineage_commands import Output, OutputOption


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="A NAME.gold.toml file, or a folder of them (e.g. tests/gold).")],
    output: OutputOption = Output.table,
    details: Annotated[bool, typer.Option(help="List every miss and false positive after the table.")] = True,
) -> None:
    """Extract each gold document as `load` would and score the facts by kind (no store is touched)."""
    try:
        golds = find_gold(gold)
    except GoldError as err:
        fail(str(err))
    report = run_evaluation(golds)
    if output is Output.json:
        typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report, details=details))
