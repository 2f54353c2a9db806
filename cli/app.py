"""The Typer app and the options every command shares."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer

from graph import store as stores
from graph.store import Store, StoreError
from strategy_lineage.settings import DEFAULT_STORE, StoreAccess

app = typer.Typer(
    name="strategy-lineage",
    help="Strategy Lineage: a knowledge graph of public-sector strategies, with evidence for every fact.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    str,
    typer.Option(
        "--store",
        envvar="STRATEGY_LINEAGE_STORE",
        help="Folder of the embedded store, or a SPARQL engine: sparql+http(s)://[USER:PASSWORD@]HOST:PORT/PATH.",
        show_default=True,
    ),
]
DEFAULT_STORE_PATH = DEFAULT_STORE


def fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on stderr and a non-zero exit: the CLI's only way to report bad input."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def open_store(location: str | Path, read_only: bool = False) -> Store:
    try:
        # The environment is read here, once per command (the store's location by Typer's envvar).
        return stores.open_store(location, read_only=read_only, access=StoreAccess.from_env())
    except StoreError as err:
        fail(str(err))
