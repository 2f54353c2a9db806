"""``strategy-lineage serve``: the API, SPARQL endpoint and linked data under uvicorn."""

from __future__ import annotations

import logging
import os
from typing import Annotated

import typer

from cli.app import DEFAULT_STORE_PATH, StoreOption, app, fail


@app.command()
def serve(
    store: StoreOption = DEFAULT_STORE_PATH,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    workers: Annotated[
        int, typer.Option(help="Server processes sharing the store (read-only service only).", min=1)
    ] = 1,
) -> None:
    """Serve the JSON API, /sparql and /id/... over HTTP (read-only unless STRATEGY_LINEAGE_TOKEN is set)."""
    import uvicorn

    from api.app import create_app
    from graph.store import StoreError
    from strategy_lineage.settings import Settings, SettingsError

    try:
        settings = Settings.from_env()
        settings = Settings(**{**settings.__dict__, "store": store})
        application = create_app(settings=settings)
    except (SettingsError, StoreError) as err:
        fail(str(err))
    if workers > 1 and settings.writable:
        fail("--workers above 1 serves a store read-only: unset STRATEGY_LINEAGE_TOKEN (one process writes)")
    # Our own loggers (writes with who and when, stopped queries) go to stderr beside uvicorn's.
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(name)s: %(message)s")
    mode = "read-write (token configured)" if settings.writable else "read-only"
    where = application.state.store.describe()  # never a password given in the URL
    typer.echo(f"serving {where} ({mode}) on http://{host}:{port}/  (API docs: /docs, SPARQL: /sparql)", err=True)
    # uvloop + httptools when installed (uvicorn[standard]): about twice the throughput of asyncio + h11.
    if workers == 1:
        uvicorn.run(application, host=host, port=port, log_level=log_level, access_log=False)
        return
    # Each worker process builds its own app from the environment (Settings.from_env, once per
    # process); all share the store's serving lock, so no other process can write to it meanwhile.
    os.environ["STRATEGY_LINEAGE_STORE"] = str(store)
    uvicorn.run(
        "api.app:create_app", factory=True, workers=workers, host=host, port=port, log_level=log_level, access_log=False
    )
