"""Pictures and exports of a lineage: they must say what the lineage says."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from graph.render import render, to_dot, to_graphml, to_mermaid, to_node_link, to_svg

SVG = "{http://www.w3.org/2000/svg}"


def strategy_boxes(root: ET.Element) -> list[str]:
    return [g.get("id") for g in root.iter(f"{SVG}g") if (g.get("class") or "").split()[:1] == ["strategy"]]


@pytest.fixture(scope="module")
def lineage(engine):
    return engine.lineage("Working Together", direction="up")


def test_svg_timeline_draws_every_strategy_edge_and_the_gap(engine, lineage):
    labels = {s.id: s.label for s in engine.series()}
    root = ET.fromstring(to_svg(lineage, labels))
    groups = set(strategy_boxes(root))
    assert groups == {n.id for n in lineage.nodes}
    paths = [p for p in root.iter(f"{SVG}path") if p.get("marker-end")]
    assert len(paths) == len(lineage.edges)
    dashed = [p.find(f"{SVG}title").text for p in paths if p.get("stroke-dasharray")]
    assert dashed == ["Every Day Matters succeeds (inferred) Positive about our Future"]
    gaps = [
        r.find(f"{SVG}title").text
        for r in root.iter(f"{SVG}rect")
        if r.get("fill") == "url(#gap)" and r.find(f"{SVG}title") is not None
    ]
    assert len(gaps) == 1 and "from 1 January 2012 to 31 December 2012" in gaps[0]
    years = {t.text for t in root.iter(f"{SVG}text")}
    assert {"2006", "2012", "2019"} <= years


def test_svg_gap_sits_between_the_plans_it_separates(lineage):
    root = ET.fromstring(to_svg(lineage))

    def box(id):
        g = next(g for g in root.iter(f"{SVG}g") if g.get("id") == id)
        r = g.find(f"{SVG}rect")
        return float(r.get("x")), float(r.get("x")) + float(r.get("width"))

    gap = next(r for r in root.iter(f"{SVG}rect") if r.get("fill") == "url(#gap)" and r.get("height") != "14")
    x0, x1 = float(gap.get("x")), float(gap.get("x")) + float(gap.get("width"))
    assert box("kent-children-and-young-peoples-plan-2008-2011")[1] == pytest.approx(x0, abs=0.2)
    assert box("every-day-matters")[0] == pytest.approx(x1, abs=0.2)


def test_dot_and_mermaid_mark_inferred_edges_dashed(lineage):
    dot = to_dot(lineage)
    assert dot.count('" -> "') == len(lineage.edges)
    assert (
        dot.count("style=dashed") == 1
        and '"every-day-matters" -> "kent-children-and-young-peoples-plan-2008-2011"' in dot
    )
    mermaid = to_mermaid(lineage)
    assert mermaid.startswith("flowchart RL")
    assert mermaid.count("-.->") == 1 and mermaid.count("-->") == len(lineage.edges) - 1


def test_graphml_round_trips_through_networkx(lineage):
    g = nx.read_graphml(io.StringIO(to_graphml(lineage)))
    assert set(g.nodes) == {n.id for n in lineage.nodes}
    edge = g.edges["working-together-to-improve-outcomes", "every-day-matters"]
    assert edge["relation"] == "supersedes" and edge["inferred"] is False
    assert edge["sources"] == "002_7e30c0936a50fbe4" and "to replace Every Day Matters" in edge["quote"]


def test_node_link_json_carries_full_evidence(lineage):
    data = json.loads(json.dumps(to_node_link(lineage)))
    g = nx.node_link_graph(data, edges="links")
    inferred = g.edges["every-day-matters", "kent-children-and-young-peoples-plan-2008-2011"]
    assert inferred["inferred"] is True
    assert inferred["evidence"][0]["rule"] == "consecutive-in-series" and inferred["evidence"][0]["based_on"]


def test_unknown_format_is_refused(lineage):
    with pytest.raises(ValueError, match="unknown picture format"):
        render(lineage, "png")


def test_empty_and_single_node_pictures(engine):
    single = engine.lineage("education-development-plan", direction="up")
    root = ET.fromstring(to_svg(single))
    assert strategy_boxes(root) == ["education-development-plan"]


def test_lineage_carries_its_series_labels_into_the_svg_lanes(lineage):
    assert set(lineage.series_labels.values()) == {
        "Kent County Council: partnership strategy for children and young people"
    }
    texts = [t.text or "" for t in ET.fromstring(to_svg(lineage)).iter(f"{SVG}text")]
    assert "Kent County Council: partnership strategy for children and young people" in texts


def test_a_series_draws_as_a_timeline(engine):
    series = engine.get_series("every-day-matters")
    root = ET.fromstring(render(series, "svg"))
    assert strategy_boxes(root) == [m.id for m in series.members]
    assert any(t.text == series.label for t in root.iter(f"{SVG}text"))
    assert "-.->" in render(series, "mermaid")


def test_no_text_is_drawn_under_12_px(lineage):
    root = ET.fromstring(to_svg(lineage))
    sizes = {float(t.get("font-size") or root.get("font-size")) for t in root.iter(f"{SVG}text")}
    assert min(sizes) >= 12


def test_plans_without_a_period_are_off_the_time_axis_and_say_so(lineage):
    root = ET.fromstring(to_svg(lineage))
    lane = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "lane undated")
    assert lane.find(f"{SVG}text").text.startswith("Period not stated")
    lane_top = float(lane.find(f"{SVG}rect").get("y"))
    undated = {n.id for n in lineage.nodes if not (n.period.start or n.period.end)}
    assert undated == {"behaviour-support-plan", "early-years-and-childcare-plan", "education-development-plan"}
    for g in root.iter(f"{SVG}g"):
        if g.get("id") in undated:
            assert float(g.find(f"{SVG}rect").get("y")) > lane_top
            assert g.find(f"{SVG}rect").get("stroke-dasharray")
    # The year grid stops above the undated lane: those plans are not placed in any year.
    assert all(
        float(line.get("y2")) <= lane_top for line in root.iter(f"{SVG}line") if line.get("x1") == line.get("x2")
    )


def test_boxes_show_the_short_name_whole_and_the_title_on_hover(lineage):
    root = ET.fromstring(to_svg(lineage))
    box = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "kent-children-and-young-peoples-plan-2008-2011")
    shown = " ".join(t.text for t in box.iter(f"{SVG}tspan"))
    assert shown == "Positive about our Future"
    assert box.find(f"{SVG}title").text.startswith("Kent Children and Young People's Plan 2008-2011 (2008–2011)")
    names = [" ".join(t.text for t in g.iter(f"{SVG}tspan")) for g in root.iter(f"{SVG}g") if g.get("id")]
    assert not [n for n in names if "…" in n]


def test_in_page_pictures_leave_heading_and_legend_to_the_page(lineage):
    texts = [t.text for t in ET.fromstring(to_svg(lineage, in_page=True)).iter(f"{SVG}text")]
    assert "Legend" not in texts and not [t for t in texts if t and t.startswith("Lineage of")]
