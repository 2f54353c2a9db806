"""The ``strategy-lineage`` command line: one Typer app, commands grouped by module."""

from __future__ import annotations

from strategy_lineage.cli.app import app

# Importing a module registers its commands; this order is the order of `--help` and docs/cli.md.
# isort: off
from strategy_lineage.cli import store_commands  # noqa: F401  (registers load, query, ...)
from strategy_lineage.cli import lineage_commands  # noqa: F401  (registers lineage, path, ...)
from strategy_lineage.cli import serve_command  # noqa: F401  (registers serve)
from strategy_lineage.cli import synth_command  # noqa: F401  (registers synth)
from strategy_lineage.cli import evaluate_command  # noqa: F401  (registers evaluate)
from strategy_lineage.cli import rules_command  # noqa: F401  (registers rules)
from strategy_lineage.cli import watch_command  # noqa: F401  (registers watch)
# isort: on


def main() -> None:
    app()
