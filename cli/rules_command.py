"""``strategy-lineage rules``: every rule evidence can cite and every document kind, from the registry."""

from __future__ import annotations

from typing import Annotated

import typer

import graph.inference  # noqa: F401  (registers the inference rules)
from cli.app import app
from loaders import registry


@app.command()
def rules(
    markdown: Annotated[bool, typer.Option(help="Print docs/rules.md (rules and document kinds) instead.")] = False,
) -> None:
    """List the extraction and inference rules (name, module, what each reads) and the document kinds."""
    if markdown:
        typer.echo(registry.rules_markdown(), nl=False)
        return
    for rule in registry.rules():
        typer.echo(f"{rule.name:32} {rule.module:26} {rule.reads}")
    typer.echo("")
    for kind in registry.kinds():
        typer.echo(f"{kind.name:32} sl:{kind.source_class:26} {kind.label}")
