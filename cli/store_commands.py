"""Commands that fill, inspect and check the store: load, sources, withdraw, query, export, validate."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import sys
import tempfile
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from cli.app import DEFAULT_STORE_PATH, StoreOption, app, fail, open_store
from graph import ingest, rdf
from graph import store as stores
from graph.changes import COMMAND_LINE
from graph.store import EXPORT_FORMATS, StoreError
from graph.validate import validate_store
from loaders.sources import SourceError
from strategy_lineage.settings import SettingsError, StoreAccess, query_timeout_from_env


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Source files or folders (e.g. data/).")],
    store: StoreOption = DEFAULT_STORE_PATH,
    force: Annotated[bool, typer.Option(help="Reload sources even when their bytes are unchanged.")] = False,
    keep_going: Annotated[
        bool, typer.Option(help="Load the good files and report the bad ones (exit 1), instead of writing nothing.")
    ] = False,
) -> None:
    """Load council documents (text, HTML, PDF, Word .docx) and curated CSVs; each source is one
    transaction, unchanged ones are skipped, and every file in a folder that is not loaded is listed."""
    graph_store = open_store(store)
    skipped: list[SourceError] | None = [] if keep_going else None
    passed_over: list[tuple[Path, str]] = []
    try:
        files = ingest.find_sources(paths, passed_over)
        for path, why in passed_over:
            typer.echo(f"not loaded: {path}: {why}", err=True)
        with typer.progressbar(length=len(files), label="reading", file=sys.stderr, hidden=len(files) < 10) as bar:
            results = ingest.load_files(
                graph_store, files, force=force, progress=lambda _: bar.update(1), skipped=skipped, who=COMMAND_LINE
            )
    except SourceError as err:
        fail(f"{err} (nothing was written)")
    for result in results:
        detail = (
            f"{result.facts} facts, {result.quads} quads" if result.status != "unchanged" else f"{result.facts} facts"
        )
        typer.echo(f"{result.status:9}  {result.source_id}  ({detail})")
        for warning in result.warnings:
            typer.echo(f"warning: {warning}", err=True)
    changed = sum(r.status != "unchanged" for r in results)
    typer.echo(
        f"{len(results)} sources, {changed} written; store {graph_store.describe()} holds {len(graph_store)} quads "
        f"(version {graph_store.version})"
        + (f"; {len(passed_over)} other file(s) not loaded (listed above)" if passed_over else "")
    )
    if skipped:
        for problem in skipped:
            typer.echo(f"error: {problem} (skipped)", err=True)
        fail(f"{len(skipped)} file(s) not loaded")


@app.command()
def sources(store: StoreOption = DEFAULT_STORE_PATH) -> None:
    """What is loaded: each source with its kind, load time and how many facts it contributed."""
    rows = open_store(store, read_only=True).sources()
    if not rows:
        typer.echo("no sources loaded")
        return
    typer.echo(f"{'source':32} {'kind':16} {'facts':>5} {'quads':>6}  loaded at")
    for row in rows:
        typer.echo(f"{row.source_id:32} {row.kind:16} {row.facts:5} {row.quads:6}  {row.loaded_at}")


@app.command()
def withdraw(
    source_id: Annotated[str, typer.Argument(help="Source id (the file name without extension).")],
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Remove one source and every fact it contributed (exactly its named graph)."""
    if not ingest.withdraw(open_store(store), source_id, who=COMMAND_LINE):
        fail(f"no source {source_id!r} is loaded (see `strategy-lineage sources`)")
    typer.echo(f"withdrawn {source_id}")


class Output(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _cell(term: object) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


@app.command()
def query(
    file: Annotated[str, typer.Argument(help="A .rq file with a SPARQL query, or - for standard input.")],
    store: StoreOption = DEFAULT_STORE_PATH,
    output: Annotated[Output, typer.Option("--output", "-o", help="Output format.")] = Output.table,
    timeout: Annotated[
        float | None,
        typer.Option(
            help="Stop the query after this many seconds (default: STRATEGY_LINEAGE_QUERY_TIMEOUT, "
            "the HTTP endpoint's limit, 5).",
            min=0.01,
        ),
    ] = None,
) -> None:
    """Run a SPARQL query (default graph = union of all sources), stopped at the endpoint's time limit."""
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        fail(f"{file}: cannot read the query ({err})")
    try:
        limit = timeout or query_timeout_from_env()
    except SettingsError as err:
        fail(str(err))
    sys.stdout.write(_query_in_child(store, text, output, limit))


# Exit status of the query child when it reports a problem of the query or the store (one line).
_REPORTED = 3


def _query_in_child(store: str, text: str, output: Output, limit: float) -> str:
    """The rendered answer, from a child process killed at ``limit`` seconds: the engine cannot
    interrupt a running query, so, as the HTTP endpoint's workers, the query runs where it can be killed."""
    with tempfile.TemporaryDirectory(prefix="query-") as folder:
        answer = Path(folder) / "answer"
        child = multiprocessing.get_context("fork").Process(target=_query_child, args=(store, text, output, answer))
        child.start()
        child.join(limit)
        if child.is_alive():
            child.kill()
            child.join()
            fail(
                f"the query ran past the {limit:g} s time limit and was stopped (the HTTP endpoint stops it "
                "at the same limit); narrow it, or raise --timeout / STRATEGY_LINEAGE_QUERY_TIMEOUT"
            )
        written = answer.read_text(encoding="utf-8") if answer.exists() else ""
        if child.exitcode == _REPORTED:
            fail(written)
        if child.exitcode != 0:
            fail(f"the query failed (the engine stopped with status {child.exitcode}, e.g. out of memory)")
        return written


def _query_child(store: str, text: str, output: Output, answer: Path) -> None:
    """In the child: run and render the query into ``answer``; a problem is one line and _REPORTED."""
    with answer.open("w", encoding="utf-8") as out:
        try:
            _render(stores.open_store(store, read_only=True, access=StoreAccess.from_env()).query(text), output, out)
        except SyntaxError as err:
            out.write(f"malformed SPARQL query: {err}")
        except (StoreError, OSError) as err:
            out.write(str(err))
        else:
            return
    os._exit(_REPORTED)


def _render(result: rdf.QuerySolutions | rdf.QueryBoolean | Iterable[rdf.Triple], output: Output, out: TextIO) -> None:
    if isinstance(result, rdf.QueryBoolean):
        answer = json.dumps({"boolean": bool(result)}) if output is Output.json else str(bool(result)).lower()
        out.write(answer + "\n")
        return
    if not isinstance(result, rdf.QuerySolutions):
        out.write((rdf.serialize(result, format=rdf.RdfFormat.N_TRIPLES) or b"").decode())
        return
    names = [v.value for v in result.variables]
    rows = [[_cell(solution[name]) for name in names] for solution in result]
    if output is Output.json:
        out.write(json.dumps([dict(zip(names, row, strict=True)) for row in rows], indent=2, ensure_ascii=False) + "\n")
    elif output is Output.csv:
        writer = csv.writer(out)
        writer.writerow(names)
        writer.writerows(rows)
    else:
        _print_table(names, rows, out)


def _print_table(names: list[str], rows: list[list[str]], out: TextIO) -> None:
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    out.write("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)) + "\n")
    for row in rows:
        out.write("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths, strict=True)) + "\n")
    out.write(f"({len(rows)} rows)\n")


@app.command()
def export(
    store: StoreOption = DEFAULT_STORE_PATH,
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)}.")] = "trig",
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file instead of standard output.")] = None,
) -> None:
    """Export the whole graph (TriG/N-Quads/JSON-LD keep one named graph per source)."""
    if format not in EXPORT_FORMATS:
        fail(f"unknown format {format!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    data = open_store(store, read_only=True).export(format)
    if out is None:
        sys.stdout.buffer.write(data)
    else:
        out.write_bytes(data)
        typer.echo(f"wrote {len(data)} bytes to {out}", err=True)


@app.command()
def validate(store: StoreOption = DEFAULT_STORE_PATH) -> None:
    """Check the graph against shapes.ttl (SHACL); exits non-zero on any violation."""
    report = validate_store(open_store(store, read_only=True))
    typer.echo(report.text)
    if not report.conforms:
        raise typer.Exit(1)
