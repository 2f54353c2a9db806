"""The ``strategy-lineage`` command line: one Typer app, commands grouped by module."""

from __future__ import annotations

from cli.app import app

# Importing a module registers its commands; this order is the order of `--help` and docs/cli.md.
# isort: off
from cli import store_commands  # noqa: F401  (registers load, query, ...)
from cli import lineage_commands  # noqa: F401  (registers lineage, path, ...)
from cli import serve_command  # noqa: F401  (registers serve)
from cli import synth_command  # noqa: F401  (registers synth)
from cli import evaluate_command  # noqa: F401  (registers evaluate)
from cli import rules_command  # noqa: F401  (registers rules)
from cli import watch_command  # noqa: F401  (registers watch)
# isort: on


def main() -> None:
    app()
