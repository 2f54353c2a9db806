"""Pictures and exports of a lineage (or a path, or a series): DOT, Mermaid, an SVG
timeline, networkx node-link JSON and GraphML.

Everything takes a result with ``nodes`` (:class:`Node`) and ``edges`` (:class:`Edge`)
and returns text; nothing here reads the store. Edges point from the newer strategy to
the older one it replaces; stated edges are solid, inferred ones dashed.
"""

from __future__ import annotations

import io
import json
from dataclasses import fields, is_dataclass
from datetime import date, timedelta
from html import escape
from typing import Iterable, Protocol, Sequence

import networkx as nx

from graph.periods import gaps_between
from graph.records import Edge, Node

FORMATS = ("dot", "mermaid", "svg", "graphml", "node-link")
RELATION_LABELS = {
    "supersedes": "supersedes",
    "revision_of": "revision of",
    "partially_supersedes": "partially supersedes",
    "inferred_succession": "succeeds (inferred)",
}
COLOURS = {
    "supersedes": "#1f4e79",
    "revision_of": "#2e7d32",
    "partially_supersedes": "#8e6c00",
    "inferred_succession": "#7b1fa2",
}


class Drawable(Protocol):
    nodes: Sequence[Node]
    edges: Sequence[Edge]


def render(result: Drawable, fmt: str) -> str:
    """``result`` as ``fmt`` (one of :data:`FORMATS`)."""
    renderers = {"dot": to_dot, "mermaid": to_mermaid, "svg": to_svg, "graphml": to_graphml,
                 "node-link": lambda r: json.dumps(to_node_link(r), indent=2, ensure_ascii=False)}
    if fmt not in renderers:
        raise ValueError(f"unknown picture format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderers[fmt](result)


def _root(result: Drawable) -> str | None:
    return getattr(result, "root", None)


def _display(node: Node) -> str:
    return f"{node.title} ({node.period.label})" if node.period.start or node.period.end else node.title


# Graphviz ------------------------------------------------------------------------
def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(result: Drawable) -> str:
    root = _root(result)
    lines = [
        "digraph lineage {",
        "  rankdir=RL;  // edges run newer -> older, so older plans sit on the left",
        '  node [shape=box, style="rounded,filled", fillcolor="#f4f6f8", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
    ]
    for n in result.nodes:
        extra = ', penwidth=2, fillcolor="#dce9f5"' if n.id == root else ""
        label = f"{n.title}\n{n.period.label} · {n.type}"
        lines.append(f"  {_dot_quote(n.id)} [label={_dot_quote(label)}{extra}];")
    for e in result.edges:
        style = "dashed" if e.inferred else "solid"
        lines.append(
            f"  {_dot_quote(e.source)} -> {_dot_quote(e.target)} "
            f"[label={_dot_quote(RELATION_LABELS[e.relation])}, style={style}, color=\"{COLOURS[e.relation]}\"];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


# Mermaid ---------------------------------------------------------------------------
def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;")


def to_mermaid(result: Drawable) -> str:
    ids = {n.id: f"n{i}" for i, n in enumerate(result.nodes)}
    lines = ["flowchart RL"]
    for n in result.nodes:
        lines.append(f'  {ids[n.id]}["{_mermaid_text(n.title)}<br/>{_mermaid_text(n.period.label)}"]')
    for e in result.edges:
        arrow = "-.->" if e.inferred else "-->"
        label = RELATION_LABELS[e.relation].replace(" (inferred)", ", inferred")  # no brackets in Mermaid labels
        lines.append(f"  {ids[e.source]} {arrow}|{label}| {ids[e.target]}")
    root = _root(result)
    if root in ids:
        lines.append(f"  style {ids[root]} stroke-width:3px")
    return "\n".join(lines) + "\n"


# networkx exports -----------------------------------------------------------------
def to_networkx(result: Drawable) -> nx.DiGraph:
    """A DiGraph with scalar attributes only (GraphML cannot hold lists)."""
    g = nx.DiGraph(root=_root(result) or "")
    for n in result.nodes:
        g.add_node(
            n.id, iri=n.iri, title=n.title, type=n.type, period=n.period.label,
            start=n.period.start.isoformat() if n.period.start else "",
            end=n.period.end.isoformat() if n.period.end else "",
            series=" ".join(n.series),
        )
    for e in result.edges:
        g.add_edge(
            e.source, e.target, relation=e.relation, inferred=e.inferred,
            sources=" ".join(sorted({ev.source for ev in e.evidence if ev.source})),
            rules=" ".join(sorted({ev.rule for ev in e.evidence})),
            quote=next((ev.quote for ev in e.evidence if ev.quote), "") or "",
            evidence_count=len(e.evidence),
        )
    return g


def to_graphml(result: Drawable) -> str:
    out = io.BytesIO()
    nx.write_graphml(to_networkx(result), out)
    return out.getvalue().decode("utf-8")


def jsonable(value):
    """Plain JSON data from result dataclasses (dates as ISO strings)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def to_node_link(result: Drawable) -> dict:
    """networkx node-link data, with each edge's full evidence list."""
    g = to_networkx(result)
    for e in result.edges:
        g.edges[e.source, e.target]["evidence"] = [jsonable(ev) for ev in e.evidence]
    return nx.node_link_data(g, edges="links")


# SVG timeline ---------------------------------------------------------------------
LANE_HEIGHT = 34
ROW_GAP = 6
LEFT = 250
TOP = 40
YEAR_WIDTH = 70
UNDATED = "period not stated"


def _lanes(nodes: Sequence[Node]) -> dict[str, list[Node]]:
    lanes: dict[str, list[Node]] = {}
    for n in nodes:
        key = n.series[0] if n.series else ("(no series)" if n.period.start or n.period.end else UNDATED)
        lanes.setdefault(key, []).append(n)
    return lanes


def _placed_intervals(result: Drawable) -> dict[str, tuple[date, date, bool]]:
    """(start, end, stated) per node; undated nodes sit in the year before their
    newest replacement starts, drawn dashed, so they stay on the time axis honestly."""
    placed: dict[str, tuple[date, date, bool]] = {}
    for n in result.nodes:
        p = n.period
        if p.start or p.end:
            start = p.start or (p.end or date.today()) - timedelta(days=364)
            end = p.end or max(start + timedelta(days=364), date.today())
            placed[n.id] = (start, end, True)
    for n in result.nodes:
        if n.id in placed:
            continue
        newer = [placed[e.source][0] for e in result.edges if e.target == n.id and e.source in placed]
        older = [placed[e.target][1] for e in result.edges if e.source == n.id and e.target in placed]
        anchor = min(newer) if newer else (max(older) + timedelta(days=366) if older else None)
        if anchor is None:
            anchor = min((s for s, _, _ in placed.values()), default=date(date.today().year, 1, 1))
        # Leave a little room before the anchor so the arrow into the box stays visible.
        placed[n.id] = (anchor - timedelta(days=900), anchor - timedelta(days=90), False)
    return placed


def _rows(nodes: list[Node], placed: dict[str, tuple[date, date, bool]]) -> dict[str, int]:
    """Greedy rows inside a lane so that overlapping boxes do not cover each other."""
    ends: list[date] = []
    rows: dict[str, int] = {}
    for n in sorted(nodes, key=lambda n: placed[n.id][0]):
        start, end, _ = placed[n.id]
        row = next((i for i, last in enumerate(ends) if last < start), len(ends))
        if row == len(ends):
            ends.append(end)
        else:
            ends[row] = end
        rows[n.id] = row
    return rows


def to_svg(result: Drawable, series_labels: dict[str, str] | None = None) -> str:
    """Timeline: years on the x axis, one lane per series, boxes for periods, stated
    edges solid, inferred dashed, gaps in a series hatched in red."""
    series_labels = series_labels if series_labels is not None else getattr(result, "series_labels", {})
    if not result.nodes:
        return _svg_document(400, 80, ['<text x="20" y="40">nothing to draw</text>'])
    placed = _placed_intervals(result)
    first = min(s for s, _, _ in placed.values()).year
    last = max(e for _, e, _ in placed.values()).year
    width = LEFT + (last - first + 1) * YEAR_WIDTH + 40

    def x(day: date) -> float:
        return LEFT + (day.toordinal() - date(first, 1, 1).toordinal()) / 365.25 * YEAR_WIDTH

    parts: list[str] = []
    boxes: dict[str, tuple[float, float, float]] = {}  # id -> (x0, x1, y middle)
    y = TOP + 20
    lanes = _lanes(result.nodes)
    for lane_index, (lane, nodes) in enumerate(lanes.items()):
        rows = _rows(nodes, placed)
        height = (max(rows.values()) + 1) * (LANE_HEIGHT + ROW_GAP) + ROW_GAP
        fill = "#fafbfc" if lane_index % 2 == 0 else "#f0f3f6"
        parts.append(f'<rect x="0" y="{y}" width="{width}" height="{height}" fill="{fill}"/>')
        label = series_labels.get(lane, lane)
        parts.append(_lane_label(label, y + height / 2))
        parts += _gap_marks(nodes, x, y, height)
        for n in nodes:
            start, end, stated = placed[n.id]
            top = y + ROW_GAP + rows[n.id] * (LANE_HEIGHT + ROW_GAP)
            x0, x1 = x(start), x(end + timedelta(days=1))
            boxes[n.id] = (x0, x1, top + LANE_HEIGHT / 2)
            parts.append(_box(n, x0, x1, top, stated, n.id == _root(result)))
        y += height
    parts = _axis(first, last, x, y) + parts
    root = next((n for n in result.nodes if n.id == _root(result)), None)
    heading = f"Lineage of {_display(root)}" if root else getattr(result, "label", None)
    if heading:
        parts.insert(0, f'<text x="10" y="22" font-size="15" font-weight="bold">{escape(heading)}</text>')
    for e in result.edges:
        if e.source in boxes and e.target in boxes:
            parts.append(_arrow(e, boxes[e.source], boxes[e.target]))
    parts += _legend(y + 40)
    return _svg_document(width, y + 110, parts)


def _svg_document(width: float, height: float, parts: Iterable[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif" font-size="12">\n'
        "<defs>\n"
        + "".join(
            f'<marker id="arrow-{rel}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>\n'
            for rel, colour in COLOURS.items()
        )
        + '<pattern id="gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<line x1="0" y1="0" x2="0" y2="8" stroke="#c62828" stroke-width="3" stroke-opacity="0.35"/></pattern>\n'
        "</defs>\n"
        + "\n".join(parts)
        + "\n</svg>\n"
    )


def _axis(first: int, last: int, x, bottom: float) -> list[str]:
    out = []
    for year in range(first, last + 2):
        px = x(date(year, 1, 1))
        out.append(f'<line x1="{px:.1f}" y1="{TOP}" x2="{px:.1f}" y2="{bottom:.1f}" stroke="#d0d7de" stroke-width="1"/>')
        if year <= last:
            out.append(f'<text x="{px + YEAR_WIDTH / 2:.1f}" y="{TOP + 12}" text-anchor="middle" fill="#57606a">{year}</text>')
    return out


def _lane_label(label: str, middle: float, width: int = 30) -> str:
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 3:
        lines = lines[:2] + [lines[2] + " …"]
    top = middle - (len(lines) - 1) * 7 + 4
    spans = "".join(f'<tspan x="10" y="{top + i * 14:.1f}">{escape(line)}</tspan>' for i, line in enumerate(lines))
    return f'<text fill="#24292f" font-weight="bold"><title>{escape(label)}</title>{spans}</text>'


def _gap_marks(nodes: list[Node], x, top: float, height: float) -> list[str]:
    dated = sorted((n for n in nodes if n.period.start), key=lambda n: n.period.start or date.min)
    out = []
    for after, before, start, end, precision in gaps_between(dated):
        x0, x1 = x(start), x(end + timedelta(days=1))
        out.append(f'<rect x="{x0:.1f}" y="{top:.1f}" width="{x1 - x0:.1f}" height="{height:.1f}" fill="url(#gap)">'
                   f"<title>gap: nothing in force {start.isoformat()} to {end.isoformat()} ({precision} precision), "
                   f"between {escape(after)} and {escape(before)}</title></rect>")
        out.append(f'<text x="{(x0 + x1) / 2:.1f}" y="{top + height - 4:.1f}" text-anchor="middle" '
                   f'fill="#c62828" font-size="10">gap</text>')
    return out


def _box(n: Node, x0: float, x1: float, top: float, stated: bool, root: bool) -> str:
    room = max(4, int((x1 - x0 - 10) / 6.6))
    fitting = [t for t in (n.title, *sorted(n.alternative_titles, key=len, reverse=True)) if len(t) <= room]
    label = fitting[0] if fitting else n.title
    shown = label if len(label) <= room else label[: room - 1] + "…"
    dash = "" if stated else ' stroke-dasharray="4 3"'
    stroke = "#0b3d91" if root else "#57606a"
    fill = "#dce9f5" if root else "#ffffff"
    note = "" if stated else f" ({UNDATED})"
    return (
        f'<g class="strategy" id="{escape(n.id)}"><title>{escape(_display(n))}{escape(note)} · {escape(n.type)}</title>'
        f'<rect x="{x0:.1f}" y="{top:.1f}" width="{max(x1 - x0, 6):.1f}" height="{LANE_HEIGHT}" rx="5" '
        f'fill="{fill}" stroke="{stroke}" stroke-width="{2 if root else 1}"{dash}/>'
        f'<text x="{x0 + 5:.1f}" y="{top + 14:.1f}">{escape(shown)}</text>'
        f'<text x="{x0 + 5:.1f}" y="{top + 28:.1f}" fill="#57606a" font-size="10">{escape(n.period.label)}</text></g>'
    )


def _arrow(e: Edge, newer: tuple[float, float, float], older: tuple[float, float, float]) -> str:
    sx0, sx1, sy = newer
    tx0, tx1, ty = older
    if tx1 <= sx0 + 1:
        # The older plan ends before the newer starts: a curve from left edge to right edge.
        mid = (sx0 + tx1) / 2
        d = f"M {sx0:.1f} {sy:.1f} C {mid:.1f} {sy:.1f}, {mid:.1f} {ty:.1f}, {tx1:.1f} {ty:.1f}"
    else:
        # They overlap in time: a vertical arrow in the shared stretch, box edge to box edge.
        x = (max(sx0, tx0) + min(sx1, tx1)) / 2
        half = LANE_HEIGHT / 2
        down = ty > sy
        y0, y1 = (sy + half, ty - half) if down else (sy - half, ty + half)
        d = f"M {x:.1f} {y0:.1f} L {x:.1f} {y1:.1f}"
    dash = ' stroke-dasharray="6 4"' if e.inferred else ""
    title = f"{e.source} {RELATION_LABELS[e.relation]} {e.target}" + (" (inferred)" if e.inferred else "")
    return (
        f'<path d="{d}" fill="none" stroke="{COLOURS[e.relation]}" stroke-width="1.8"{dash} '
        f'marker-end="url(#arrow-{e.relation})"><title>{escape(title)}</title></path>'
    )


def _legend(top: float) -> list[str]:
    out = [f'<text x="10" y="{top:.0f}" font-weight="bold">Legend</text>']
    for i, (rel, label) in enumerate(RELATION_LABELS.items()):
        x0 = 80 + i * 190
        dash = ' stroke-dasharray="6 4"' if rel == "inferred_succession" else ""
        out.append(f'<line x1="{x0}" y1="{top - 4:.0f}" x2="{x0 + 40}" y2="{top - 4:.0f}" stroke="{COLOURS[rel]}" '
                   f'stroke-width="2"{dash} marker-end="url(#arrow-{rel})"/>')
        out.append(f'<text x="{x0 + 48}" y="{top:.0f}">{escape(label)}</text>')
    out.append(f'<rect x="80" y="{top + 14:.0f}" width="40" height="14" fill="url(#gap)"/>'
               f'<text x="128" y="{top + 25:.0f}">gap in a series (nothing in force)</text>')
    out.append(f'<text x="380" y="{top + 25:.0f}" fill="#57606a">arrows point from the newer plan to the plan it '
               "replaces; dashed = inferred, solid = stated in a source</text>")
    return out
