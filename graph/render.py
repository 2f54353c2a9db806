"""Pictures and exports of a lineage (or a path, or a series): DOT, Mermaid, an SVG
timeline, networkx node-link JSON and GraphML.

Everything takes a result with ``nodes`` (:class:`Node`) and ``edges`` (:class:`Edge`)
and returns text; nothing here reads the store. Edges point from the newer strategy to
the older one it replaces; stated edges are solid, inferred ones dashed.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import fields, is_dataclass
from datetime import date, timedelta
from html import escape
from typing import Protocol

import networkx as nx

from graph.labels import RELATION_WORDS
from graph.periods import gaps_between
from graph.records import Edge, Node

FORMATS = ("dot", "mermaid", "svg", "graphml", "node-link")
COLOURS = {
    "supersedes": "#1f4e79",
    "revision_of": "#2e7d32",
    "partially_supersedes": "#8e6c00",
    "inferred_succession": "#7b1fa2",
}


class Drawable(Protocol):
    @property
    def nodes(self) -> Sequence[Node]: ...

    @property
    def edges(self) -> Sequence[Edge]: ...


def render(result: Drawable, fmt: str) -> str:
    """``result`` as ``fmt`` (one of :data:`FORMATS`)."""
    renderers = {
        "dot": to_dot,
        "mermaid": to_mermaid,
        "svg": to_svg,
        "graphml": to_graphml,
        "node-link": lambda r: json.dumps(to_node_link(r), indent=2, ensure_ascii=False),
    }
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
            f'[label={_dot_quote(RELATION_WORDS[e.relation][0])}, style={style}, color="{COLOURS[e.relation]}"];'
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
        label = RELATION_WORDS[e.relation][0].replace(" (inferred)", ", inferred")  # no brackets in Mermaid labels
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
            n.id,
            iri=n.iri,
            title=n.title,
            type=n.type,
            period=n.period.label,
            start=n.period.start.isoformat() if n.period.start else "",
            end=n.period.end.isoformat() if n.period.end else "",
            series=" ".join(n.series),
        )
    for e in result.edges:
        g.add_edge(
            e.source,
            e.target,
            relation=e.relation,
            inferred=e.inferred,
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
# Sizes in px. No text is drawn under 12 px: the picture must stay legible where it is
# shown at its natural size (pages never shrink it; they scroll it).
TEXT = 13  # plan names
SMALL = 12  # periods, years, notes
CHAR = 7.4  # average advance of a character at TEXT px (Helvetica/Arial), to fit names
LANE_HEIGHT = 52  # a box: up to two lines of name and a line of period
ROW_GAP = 6
BAND = 24  # the lane's label, above its boxes
MARGIN = 12
AXIS = 28
TOP = 40
YEAR_WIDTH = 76
UNDATED = "period not stated"
UNDATED_WIDTH = 190


def _lanes(nodes: Sequence[Node]) -> tuple[dict[str, list[Node]], list[Node]]:
    """Dated plans by series lane, and the plans whose period is not stated: those have
    no place on a time axis, so they get a lane of their own, off the axis."""
    lanes: dict[str, list[Node]] = {}
    undated = []
    for n in nodes:
        if not (n.period.start or n.period.end):
            undated.append(n)
            continue
        lanes.setdefault(n.series[0] if n.series else "(no series)", []).append(n)
    return lanes, undated


def _interval(n: Node) -> tuple[date, date]:
    p = n.period
    start = p.start or (p.end or date.today()) - timedelta(days=364)
    end = p.end or max(start + timedelta(days=364), date.today())
    return start, end


def _rows(nodes: list[Node], placed: dict[str, tuple[date, date]]) -> dict[str, int]:
    """Greedy rows inside a lane so that overlapping boxes do not cover each other."""
    ends: list[date] = []
    rows: dict[str, int] = {}
    for n in sorted(nodes, key=lambda n: placed[n.id][0]):
        start, end = placed[n.id]
        row = next((i for i, last in enumerate(ends) if last < start), len(ends))
        if row == len(ends):
            ends.append(end)
        else:
            ends[row] = end
        rows[n.id] = row
    return rows


def to_svg(result: Drawable, series_labels: dict[str, str] | None = None, *, in_page: bool = False) -> str:
    """Timeline: years across, a lane per series (its name above it), a box per plan with
    its short name and period; stated edges solid, inferred dashed, gaps hatched in red;
    plans whose period is not stated in a lane of their own, marked so.

    ``in_page``: drawn inside a page that has its own heading and legend, so the picture
    leaves both out. The focus plan (``result.root``) has class ``focus``."""
    series_labels = series_labels if series_labels is not None else getattr(result, "series_labels", {})
    if not result.nodes:
        return _svg_document(400, 80, [f'<text x="20" y="40" font-size="{TEXT}">nothing to draw</text>'])
    lanes, undated = _lanes(result.nodes)
    placed = {n.id: _interval(n) for nodes in lanes.values() for n in nodes}
    root = _root(result)
    parts: list[str] = []
    boxes: dict[str, tuple[float, float, float]] = {}  # id -> (x0, x1, y middle)
    top = 0 if in_page else TOP
    y = top + AXIS
    width = MARGIN * 2 + len(undated) * (UNDATED_WIDTH + 10)
    if placed:
        first = min(s for s, _ in placed.values()).year
        last = max(e for _, e in placed.values()).year
        width = max(width, MARGIN * 2 + (last - first + 1) * YEAR_WIDTH)

        def x(day: date) -> float:
            return MARGIN + (day.toordinal() - date(first, 1, 1).toordinal()) / 365.25 * YEAR_WIDTH

        for lane_index, (lane, nodes) in enumerate(lanes.items()):
            rows = _rows(nodes, placed)
            height = BAND + (max(rows.values()) + 1) * (LANE_HEIGHT + ROW_GAP) + ROW_GAP
            parts.append(_lane(series_labels.get(lane, lane), y, width, height, lane_index))
            parts += _gap_marks(nodes, x, y + BAND, height - BAND)
            for n in nodes:
                start, end = placed[n.id]
                box_top = y + BAND + ROW_GAP + rows[n.id] * (LANE_HEIGHT + ROW_GAP)
                x0, x1 = x(start), x(end + timedelta(days=1))
                boxes[n.id] = (x0, x1, box_top + LANE_HEIGHT / 2)
                parts.append(_box(n, x0, x1, box_top, True, n.id == root))
            y += height
        parts = _axis(first, last, x, top, y) + parts
    if undated:
        height = BAND + LANE_HEIGHT + 2 * ROW_GAP
        parts.append(_lane(f"{UNDATED.capitalize()}: not placed in time", y, width, height, len(lanes), undated=True))
        for i, n in enumerate(undated):
            x0 = MARGIN + i * (UNDATED_WIDTH + 10)
            boxes[n.id] = (x0, x0 + UNDATED_WIDTH, y + BAND + ROW_GAP + LANE_HEIGHT / 2)
            parts.append(_box(n, x0, x0 + UNDATED_WIDTH, y + BAND + ROW_GAP, False, n.id == root))
        y += height
    if not in_page:
        focus = next((n for n in result.nodes if n.id == root), None)
        heading = f"Lineage of {_display(focus)}" if focus else getattr(result, "label", None)
        if heading:
            parts.insert(0, f'<text x="{MARGIN}" y="22" font-size="15" font-weight="bold">{escape(heading)}</text>')
    names = {n.id: n.short_name for n in result.nodes}
    for e in result.edges:
        if e.source in boxes and e.target in boxes:
            parts.append(_arrow(e, boxes[e.source], boxes[e.target], names))
    if not in_page:
        parts += _legend(y + 34)
        y += 100
    return _svg_document(width, y + 8, parts)


def _svg_document(width: float, height: float, parts: Iterable[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif" font-size="{TEXT}">\n'
        "<defs>\n"
        + "".join(
            f'<marker id="arrow-{rel}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>\n'
            for rel, colour in COLOURS.items()
        )
        + '<pattern id="gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<line x1="0" y1="0" x2="0" y2="8" stroke="#c62828" stroke-width="3" stroke-opacity="0.35"/></pattern>\n'
        "</defs>\n" + "\n".join(parts) + "\n</svg>\n"
    )


def _axis(first: int, last: int, x, top: float, bottom: float) -> list[str]:
    out = []
    for year in range(first, last + 2):
        px = x(date(year, 1, 1))
        out.append(
            f'<line x1="{px:.1f}" y1="{top + 6}" x2="{px:.1f}" y2="{bottom:.1f}" stroke="#d0d7de" stroke-width="1"/>'
        )
        if year <= last:
            out.append(
                f'<text x="{px + YEAR_WIDTH / 2:.1f}" y="{top + 20}" text-anchor="middle" fill="#4a525a" '
                f'font-size="{SMALL}">{year}</text>'
            )
    return out


def _lane(label: str, y: float, width: float, height: float, index: int, undated: bool = False) -> str:
    fill = "#f4f1ea" if undated else ("#f7f9fb" if index % 2 == 0 else "#eef2f6")
    kind = "lane undated" if undated else "lane"
    return (
        f'<g class="{kind}"><rect x="0" y="{y:.1f}" width="{width:.0f}" height="{height:.1f}" fill="{fill}"/>'
        f'<text x="{MARGIN}" y="{y + 17:.1f}" fill="#24292f" font-weight="bold">{escape(label)}</text></g>'
    )


def _gap_marks(nodes: list[Node], x, top: float, height: float) -> list[str]:
    dated = sorted((n for n in nodes if n.period.start), key=lambda n: n.period.start or date.min)
    out = []
    titles = {n.id: n.short_name for n in nodes}
    for after, before, start, end, precision in gaps_between(dated):
        x0, x1 = x(start), x(end + timedelta(days=1))
        out.append(
            f'<rect x="{x0:.1f}" y="{top:.1f}" width="{x1 - x0:.1f}" height="{height:.1f}" fill="url(#gap)">'
            f"<title>Gap: nothing in force from {start.day} {start:%B %Y} to {end.day} {end:%B %Y} "
            f"(known to the {precision}), between {escape(titles.get(after, after))} and "
            f"{escape(titles.get(before, before))}</title></rect>"
        )
        out.append(
            f'<text x="{(x0 + x1) / 2:.1f}" y="{top + height - 5:.1f}" text-anchor="middle" '
            f'fill="#a61b1b" font-size="{SMALL}">gap</text>'
        )
    return out


def _wrap(text: str, width: float, lines: int = 2) -> list[str]:
    """``text`` in at most ``lines`` lines of ``width`` px; an ellipsis only when a name
    cannot fit even so (its full name is in the box's <title> and the page's list)."""
    room = max(3, int(width / CHAR))
    out: list[str] = []
    for word in text.split():
        if out and len(out[-1]) + 1 + len(word) <= room:
            out[-1] += " " + word
        else:
            out.append(word)
    if len(out) > lines:
        out = out[: lines - 1] + [" ".join(out[lines - 1 :])]
    return [line if len(line) <= room else line[: room - 1] + "…" for line in out]


def _box(n: Node, x0: float, x1: float, top: float, stated: bool, root: bool) -> str:
    width = max(x1 - x0, 6)
    lines = _wrap(n.short_name, width - 10)
    dash = "" if stated else ' stroke-dasharray="4 3"'
    stroke = "#0b3d91" if root else "#57606a"
    fill = "#dce9f5" if root else "#ffffff"
    period = n.period.label
    bold = ' font-weight="bold"' if root else ""
    names = "".join(
        f'<tspan x="{x0 + 5:.1f}" dy="{0 if i == 0 else TEXT + 2}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<g class="strategy{" focus" if root else ""}" id="{escape(n.id)}"><title>{escape(n.title)} ({escape(period)})'
        f" · {escape(n.type)}</title>"
        f'<rect x="{x0:.1f}" y="{top:.1f}" width="{width:.1f}" height="{LANE_HEIGHT}" rx="5" '
        f'fill="{fill}" stroke="{stroke}" stroke-width="{2 if root else 1}"{dash}/>'
        f'<text y="{top + 16:.1f}"{bold}>{names}</text>'
        f'<text x="{x0 + 5:.1f}" y="{top + LANE_HEIGHT - 5:.1f}" fill="#4a525a" font-size="{SMALL}">'
        f"{escape(period)}</text></g>"
    )


def _arrow(e: Edge, newer: tuple[float, float, float], older: tuple[float, float, float], names: dict[str, str]) -> str:
    sx0, sx1, sy = newer
    tx0, tx1, ty = older
    half = LANE_HEIGHT / 2
    if tx1 <= sx0 + 1:
        # The older plan ends before the newer starts: a curve from left edge to right edge.
        mid = (sx0 + tx1) / 2
        d = f"M {sx0:.1f} {sy:.1f} C {mid:.1f} {sy:.1f}, {mid:.1f} {ty:.1f}, {tx1:.1f} {ty:.1f}"
    elif tx0 >= sx1 - 1:
        # The older plan is drawn to the right (a plan off the time axis): right edge to left edge.
        mid = (sx1 + tx0) / 2
        d = f"M {sx1:.1f} {sy:.1f} C {mid:.1f} {sy:.1f}, {mid:.1f} {ty:.1f}, {tx0:.1f} {ty:.1f}"
    else:
        # They overlap across: a vertical arrow in the shared stretch, box edge to box edge.
        x = (max(sx0, tx0) + min(sx1, tx1)) / 2
        down = ty > sy
        y0, y1 = (sy + half, ty - half) if down else (sy - half, ty + half)
        d = f"M {x:.1f} {y0:.1f} L {x:.1f} {y1:.1f}"
    dash = ' stroke-dasharray="6 4"' if e.inferred else ""
    title = f"{names.get(e.source, e.source)} {RELATION_WORDS[e.relation][0]} {names.get(e.target, e.target)}"
    return (
        f'<path d="{d}" fill="none" stroke="{COLOURS[e.relation]}" stroke-width="1.8"{dash} '
        f'marker-end="url(#arrow-{e.relation})"><title>{escape(title)}</title></path>'
    )


def _legend(top: float) -> list[str]:
    out = [f'<text x="{MARGIN}" y="{top:.0f}" font-weight="bold">Legend</text>']
    for i, (rel, (words, _)) in enumerate(RELATION_WORDS.items()):
        x0 = 80 + i * 200
        dash = ' stroke-dasharray="6 4"' if rel == "inferred_succession" else ""
        out.append(
            f'<line x1="{x0}" y1="{top - 4:.0f}" x2="{x0 + 40}" y2="{top - 4:.0f}" stroke="{COLOURS[rel]}" '
            f'stroke-width="2"{dash} marker-end="url(#arrow-{rel})"/>'
        )
        out.append(f'<text x="{x0 + 48}" y="{top:.0f}">{escape(words)}</text>')
    out.append(
        f'<rect x="80" y="{top + 14:.0f}" width="40" height="14" fill="url(#gap)"/>'
        f'<text x="128" y="{top + 25:.0f}">gap in a series (nothing in force)</text>'
    )
    out.append(
        f'<rect x="380" y="{top + 14:.0f}" width="40" height="14" rx="3" fill="#f4f1ea" stroke="#57606a" '
        f'stroke-dasharray="4 3"/><text x="428" y="{top + 25:.0f}">{UNDATED}</text>'
    )
    out.append(
        f'<text x="80" y="{top + 48:.0f}" fill="#4a525a">Arrows point from the newer plan to the plan it '
        "replaces: solid when a source states it, dashed when inferred.</text>"
    )
    return out
