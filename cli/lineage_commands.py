"""Lineage, provenance and governance questions from the command line.

Every command prints a readable report by default and ``--format json`` for scripts;
``lineage``, ``path`` and ``series`` also draw (dot, mermaid, svg, graphml, node-link).
Bad input (unknown or ambiguous names, a depth out of range, a bad date) is one line on
stderr and exit code 1.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated, Any

import typer

from cli.app import DEFAULT_STORE_PATH, StoreOption, app, fail, open_store
from graph import answers
from graph.inference import refresh_inferences
from graph.labels import RELATION_WORDS, event_words
from graph.lineage import (
    DEFAULT_DEPTH,
    MAX_DEPTH,
    Edge,
    EvidenceItem,
    LineageEngine,
    LineageError,
    Node,
    Statement,
    short_predicate,
)
from graph.render import render


class Direction(StrEnum):
    up = "up"
    down = "down"
    both = "both"


class Evidence(StrEnum):
    any = "any"
    stated = "stated"


class Picture(StrEnum):
    table = "table"
    json = "json"
    dot = "dot"
    mermaid = "mermaid"
    svg = "svg"
    graphml = "graphml"
    node_link = "node-link"


class Output(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[Picture, typer.Option("--format", "-f", help="table (readable), json, or a picture.")]
OutputOption = Annotated[Output, typer.Option("--format", "-f", help="table (readable) or json.")]
EvidenceOption = Annotated[
    Evidence, typer.Option("--evidence", help="any, or stated: drop the engine's inferred successions.")
]


@contextmanager
def engine(store_path, read_only: bool = True) -> Iterator[LineageEngine]:
    store = open_store(store_path, read_only=read_only)
    try:
        yield LineageEngine(store)
    except LineageError as err:
        fail(str(err))


def echo_json(value: Any) -> None:
    """The answer in its one JSON shape, the API's (graph.answers)."""
    typer.echo(json.dumps(answers.to_json(value), indent=2, ensure_ascii=False))


def answer(
    store_path,
    fmt: Output,
    ask: Callable[[LineageEngine], Any],
    lines: Callable[[Any], list[str]],
    as_json: Callable[[Any], Any] | None = None,
) -> None:
    """Ask the engine, then print the answer as JSON or as readable lines."""
    with engine(store_path) as eng:
        result = ask(eng)
        if fmt is Output.json:
            echo_json(as_json(result) if as_json else result)
        else:
            typer.echo("\n".join(lines(result)))


# Shared printers -----------------------------------------------------------------------
def node_line(n: Node) -> str:
    return f"  {n.id:<48} {n.type:<18} {n.period.label:<18} {n.title}"


def unique_passages(items: tuple[EvidenceItem, ...]) -> tuple[EvidenceItem, ...]:
    """One item per quoted passage: facts often share one ("2013-2016" gives both ends).
    The JSON output keeps every item."""
    first: dict[tuple, EvidenceItem] = {}
    for e in items:
        first.setdefault((e.source, e.start, e.end) if e.quote else (e.rule, e.reason), e)
    return tuple(first.values())


def evidence_lines(items: tuple[EvidenceItem, ...], indent: str = "      ") -> list[str]:
    lines = []
    for ev in unique_passages(items):
        if ev.quote is not None:
            quote = " ".join(ev.quote.split())
            lines.append(f"{indent}{ev.derivation} · {ev.source} [{ev.start}:{ev.end}] “{quote}” (rule {ev.rule})")
        else:
            lines.append(f"{indent}{ev.derivation} · rule {ev.rule}" + (f": {ev.reason}" if ev.reason else ""))
        if ev.curator:
            lines.append(f"{indent}  asserted by {ev.curator}")
        for base in unique_passages(ev.based_on):
            lines += evidence_lines((base,), indent + "  based on: ")
    return lines


def edge_lines(edges: tuple[Edge, ...], with_evidence: bool = True) -> list[str]:
    lines = []
    for e in edges:
        lines.append(f"  {e.source} --{RELATION_WORDS[e.relation][0]}--> {e.target}  [{e.grade}]")
        if with_evidence:
            lines += evidence_lines(tuple(ev for ev in e.evidence if not ev.based_on) or e.evidence[:1])
    return lines


def emit(result, fmt: Picture, text: list[str]) -> None:
    """The answer as readable lines, JSON, or a picture (graph.render)."""
    if fmt is Picture.json:
        echo_json(result)
    elif fmt is Picture.table:
        typer.echo("\n".join(text))
    else:
        typer.echo(render(result, fmt.value), nl=False)


# 1. lineage ----------------------------------------------------------------------------
@app.command()
def lineage(
    strategy: Annotated[str, typer.Argument(help="Name, short name, acronym, id or IRI of a strategy.")],
    direction: Annotated[Direction, typer.Option(help="up: predecessors; down: successors; both.")] = Direction.both,
    depth: Annotated[int, typer.Option(help=f"Steps to follow (1-{MAX_DEPTH}).")] = DEFAULT_DEPTH,
    evidence: EvidenceOption = Evidence.any,
    fmt: FormatOption = Picture.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Predecessors and successors of a strategy, with the evidence of every edge."""
    with engine(store) as eng:
        result = eng.lineage(strategy, direction.value, depth, evidence.value)
        root = next(n for n in result.nodes if n.id == result.root)
        text = [
            f"Lineage of {root.title} ({root.id})",
            f"direction {result.direction} · depth {result.depth} · evidence {result.evidence} · "
            f"{len(result.nodes)} strategies · {len(result.edges)} edges (newer --relation--> older)",
            "",
            "Strategies:",
            *(node_line(n) for n in result.nodes),
            "",
            "Edges:",
            *edge_lines(result.edges),
        ]
        if result.cycles:
            text += ["", "Cycles in the supersession data (reported, not followed):"]
            text += [f"  {' -> '.join(c)}" for c in result.cycles]
        if result.truncated:
            text += ["", f"(more lineage beyond depth {depth})"]
        emit(result, fmt, text)


# 2. path --------------------------------------------------------------------------------
@app.command()
def path(
    start: Annotated[str, typer.Argument(help="Strategy to start from.")],
    end: Annotated[str, typer.Argument(help="Strategy to reach.")],
    evidence: EvidenceOption = Evidence.any,
    fmt: FormatOption = Picture.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """How one strategy led to another: each step with its evidence."""
    with engine(store) as eng:
        result = eng.path(start, end, evidence.value)
        way = "was replaced, step by step, by" if result.direction == "down" else "replaced, step by step,"
        text = [f"{result.start} {way} {result.end} ({len(result.edges)} steps, evidence {result.evidence})", ""]
        for i, e in enumerate(result.edges, 1):
            text += [f"{i}."] + edge_lines((e,))
        emit(result, fmt, text)


# 3. series and 5. gaps ------------------------------------------------------------------------
def series_lines(s, with_members: bool = True) -> list[str]:
    lines = [f"{s.label} ({s.id})", f"  rule {s.rule}: {len(s.members)} members"]
    if with_members:
        lines += [node_line(m) for m in s.members]
        lines += ["  succession:"] + [f"  {line}" for line in edge_lines(s.edges, with_evidence=False)]
    for g in s.gaps:
        lines.append(
            f"  GAP {g.start} .. {g.end} ({g.precision} precision): nothing in force between {g.after} and {g.before}"
        )
    for o in s.overlaps:
        note = " — boundary year only: both periods are stated as whole years" if o.boundary_only else ""
        lines.append(f"  OVERLAP {o.start} .. {o.end} ({o.precision} precision): {o.earlier} and {o.later}{note}")
    return lines


@app.command()
def series(
    name: Annotated[
        str | None, typer.Argument(help="A series (id or label) or one of its members; all when omitted.")
    ] = None,
    evidence: EvidenceOption = Evidence.any,
    fmt: FormatOption = Picture.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Succession series: plans that held the same role over time, with inferred links."""
    with engine(store) as eng:
        found = [eng.get_series(name, evidence.value)] if name else eng.series(evidence.value)
        if fmt not in (Picture.table, Picture.json) and len(found) != 1:
            fail("draw one series at a time: name it (see `strategy-lineage series`)")
        text = [line for s in found for line in (*series_lines(s), "")] or ["no series in the graph"]
        drawn = found[0] if fmt not in (Picture.table, Picture.json) else found
        emit(drawn, fmt, text)


@app.command()
def gaps(
    name: Annotated[str | None, typer.Argument(help="A series or one of its members; all series when omitted.")] = None,
    fmt: OutputOption = Output.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Gaps (nothing in force) and overlaps in succession series."""
    answer(
        store,
        fmt,
        lambda eng: eng.gaps_and_overlaps(name),
        lambda found: (
            [line for s in found for line in (*series_lines(s, with_members=False), "")] or ["no series in the graph"]
        ),
        lambda found: [{"series": s.id, "label": s.label, "gaps": s.gaps, "overlaps": s.overlaps} for s in found],
    )


# 4. in force -------------------------------------------------------------------------------------
def in_force_lines(page: answers.InForcePage) -> list[str]:
    result = page.answer
    text = [f"In force on {result.date.isoformat()} ({result.basis}): {page.total}"]
    text += [node_line(n) for n in result.strategies]
    if page.total > page.offset + len(result.strategies):
        text.append(f"  ... {page.total - page.offset - len(result.strategies)} more (see --offset and --limit)")
    if result.at_year_precision:
        text.append(
            f"  at year precision only (boundary year {result.date.year}): {', '.join(result.at_year_precision)}"
        )
    return text


@app.command("in-force")
def in_force(
    on: Annotated[str, typer.Argument(help="YYYY-MM-DD, a decision reference (16/00116), or a meeting/event IRI.")],
    publisher: Annotated[str | None, typer.Option(help="Only this publisher's strategies (IRI or id).")] = None,
    offset: Annotated[int, typer.Option(min=0, help="Paging: how many to skip.")] = 0,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Paging: page size.")] = answers.IN_FORCE_PAGE,
    fmt: OutputOption = Output.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Strategies in force on a date (inclusive bounds; open-ended periods allowed)."""
    answer(store, fmt, lambda eng: answers.in_force(eng, on, publisher, offset, limit), in_force_lines)


# 6. conflicts -------------------------------------------------------------------------------------
def conflict_lines(found) -> list[str]:
    text = [f"{len(found)} conflict(s)"]
    for c in found:
        text += ["", f"[{c.rule}] {c.summary}"]
        for side in c.sides:
            text.append(f"  - {side.label}  (sources: {', '.join(side.sources) or 'none'})")
            text += evidence_lines(unique_passages(side.evidence)[:3])
    return text


@app.command()
def conflicts(fmt: OutputOption = Output.table, store: StoreOption = DEFAULT_STORE_PATH) -> None:
    """Statements that disagree across sources, each side with its source and quote."""
    answer(store, fmt, lambda eng: eng.conflicts(), conflict_lines)


# 7. trail ----------------------------------------------------------------------------------------------
def trail_lines(answered: answers.Trail) -> list[str]:
    node, events = answered.strategy, answered.events
    text = [f"Governance trail of {node.title} ({node.id}): {len(events)} event(s)"]
    for ev in events:
        kind = f"{event_words(ev.type)} (a request, not an outcome)" if ev.is_request else event_words(ev.type)
        asked = ("asked of " if ev.is_request else "to ") + ", ".join(b.label for b in ev.requested_of)
        who = ", ".join(b.label for b in ev.bodies) or (asked if ev.requested_of else "")
        details = [
            d
            for d in (
                who,
                ev.meeting and f"meeting {ev.meeting.label}",
                ev.agenda_item and f"item {ev.agenda_item}",
                ev.decision_reference and f"decision {ev.decision_reference}",
                ev.decision_type and f"type {ev.decision_type}",
                ev.decision_status and f"status {ev.decision_status}",
            )
            if d
        ]
        text.append(f"  {ev.date or 'undated':<11} {kind:<40} {' · '.join(details)}")
        text.append(f"  {'':<11} sources: {', '.join(ev.sources) or 'none'}")
    return text


@app.command()
def trail(
    strategy: Annotated[str, typer.Argument(help="Name, acronym, id or IRI of a strategy.")],
    fmt: OutputOption = Output.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Governance trail: dated events in order (requests shown as requests), with sources."""
    answer(store, fmt, lambda eng: answers.trail(eng, strategy), trail_lines)


# 8. provenance and contributions ----------------------------------------------------------------------
def statement_lines(statements: list[Statement] | tuple[Statement, ...], show_subject: bool = True) -> list[str]:
    lines = []
    for st in statements:
        obj = st.object if st.object_is_iri else repr(st.object)
        head = f"{st.subject} " if show_subject else ""
        lines.append(f"  {head}{short_predicate(st.predicate)} {obj}")
        lines += evidence_lines(st.evidence)
        loaded = sorted({e.loaded_at for e in st.evidence if e.loaded_at})
        if loaded:
            lines.append(f"      loaded {', '.join(loaded)}")
    return lines


@app.command()
def provenance(
    subject: Annotated[str, typer.Argument(help="IRI, or name/id of an entity.")],
    predicate: Annotated[
        str | None, typer.Option(help="Only this predicate (IRI or CURIE like sl:supersedes).")
    ] = None,
    obj: Annotated[str | None, typer.Option("--object", help="Only this object (IRI, CURIE or literal text).")] = None,
    evidence: EvidenceOption = Evidence.any,
    fmt: OutputOption = Output.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Which sources say what about something: quotes, offsets, rules, load times."""

    def lines(found: list[Statement]) -> list[str]:
        head = (
            f"{len(found)} statement(s) about {found[0].subject}"
            if found
            else f"no evidenced statements about {subject}"
        )
        return [head, *statement_lines(found, show_subject=False)]

    answer(store, fmt, lambda eng: eng.provenance(subject, predicate, obj, evidence.value), lines)


def contribution_lines(result) -> list[str]:
    counts = ", ".join(f"{k} {v}" for k, v in result.by_predicate.items())
    return [
        f"{result.source} ({result.file_name}, {result.kind}, loaded {result.loaded_at}): "
        f"{len(result.statements)} statement(s)",
        f"  by predicate: {counts}",
        "",
        *statement_lines(result.statements),
    ]


@app.command()
def contributions(
    source: Annotated[str, typer.Argument(help="Source id (e.g. 002_7e30c0936a50fbe4) or file name.")],
    fmt: OutputOption = Output.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Everything one source contributed, statement by statement."""
    answer(store, fmt, lambda eng: eng.contributions(source), contribution_lines)


# 9. search ---------------------------------------------------------------------------------------------
@app.command()
def search(
    q: Annotated[str, typer.Argument(help='Words, short name or acronym: "EDM", "CYPP 2008", "working together".')],
    type: Annotated[
        str | None,
        typer.Option(help="Kind (strategy, guidance, organisation, legislation, ...) or class (Plan, Framework, ...)."),
    ] = None,
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 20,
    fmt: OutputOption = Output.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Find strategies, guidance, bodies and legislation by name, ranked."""
    answer(
        store,
        fmt,
        lambda eng: answers.search(eng, q, type, limit),
        lambda found: (
            [f"{len(found.results)} result(s) for {q!r}"]
            + [f"  {h.score:>5.2f}  {h.type:<20} {h.id:<48} {h.label}" for h in found.results]
        ),
    )


# 10. legislation ----------------------------------------------------------------------------------------
def legislation_lines(view) -> list[str]:
    text = [f"{view.label} <{view.iri}> ({view.type}): cited by {len(view.citations)}"]
    if view.part_of:
        text.append(f"  part of {view.part_of}")
    if view.parts:
        text.append(f"  parts: {', '.join(view.parts)}")
    for c in view.citations:
        flag = "inferred" if c.inferred else "stated"
        text.append(f"  {c.strategy.id} {c.predicate} {c.provision}  [{flag}]")
        text += evidence_lines(c.evidence)
    return text


@app.command()
def legislation(
    provision: Annotated[str, typer.Argument(help='IRI, id (ukpga/2004/31/section/10) or name ("Children Act 2004").')],
    evidence: EvidenceOption = Evidence.any,
    fmt: OutputOption = Output.table,
    store: StoreOption = DEFAULT_STORE_PATH,
) -> None:
    """Strategies that cite a provision or any of its parts, stated or inferred."""
    answer(store, fmt, lambda eng: eng.legislation(provision, evidence.value), legislation_lines)


# Inference maintenance -----------------------------------------------------------------------------------
@app.command()
def infer(store: StoreOption = DEFAULT_STORE_PATH) -> None:
    """Recompute succession series and inferred successions (done after every load)."""
    report = refresh_inferences(open_store(store))
    state = "updated" if report.changed else "unchanged"
    typer.echo(
        f"inference graph {state}: {report.series} series, {report.members} members, "
        f"{report.inferred_edges} inferred succession(s), {report.quads} quads"
    )
