"""The ten answers from the command line, on a persistent store of the seed-like graph."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from cli import app
from graph.inference import refresh_inferences
from graph.store import now_iso, open_store
from loaders.facts import to_quads
from tests.graph.seedlike import seed_like_sources

runner = CliRunner()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    store = open_store(path)
    for extraction in seed_like_sources():
        store.replace_graph(extraction.graph, to_quads(extraction, now_iso()))
    refresh_inferences(store)
    store.flush()
    del store  # release the lock: the CLI opens the store itself
    return str(path)


def run(store_path, *args):
    return runner.invoke(app, [*args, "--store", store_path])


def test_lineage_table_and_stated_only(store_path):
    out = run(store_path, "lineage", "Working Together")
    assert out.exit_code == 0, out.output
    assert (
        "every-day-matters --succeeds (inferred)--> kent-children-and-young-peoples-plan-2008-2011  [inferred]"
        in out.output
    )
    assert "“to replace Every Day Matters as Kent’s partnership strategy”" in out.output
    stated = run(store_path, "lineage", "Working Together", "--evidence", "stated")
    assert "inferred" not in stated.output.split("Edges:")[1]


def test_lineage_json_and_svg(store_path):
    data = json.loads(run(store_path, "lineage", "EDM", "--format", "json").output)
    assert data["root"] == "every-day-matters"
    assert {e["relation"] for e in data["edges"]} >= {"supersedes", "inferred_succession"}
    svg = run(store_path, "lineage", "Working Together", "--format", "svg").output
    assert ET.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg"
    assert "partnership strategy" in svg  # the series lane is labelled
    for fmt, marker in (
        ("dot", "digraph lineage"),
        ("mermaid", "flowchart RL"),
        ("graphml", "<graphml"),
        ("node-link", '"links"'),
    ):
        assert marker in run(store_path, "lineage", "EDM", "--format", fmt).output


def test_path_series_gaps_in_force(store_path):
    assert "3 steps" in run(store_path, "path", "CYPP 2006", "Working Together").output
    series = run(store_path, "series").output
    assert "GAP 2012-01-01 .. 2012-12-31 (year precision)" in series and "boundary year only" in series
    assert "GAP 2012-01-01" in run(store_path, "gaps").output
    in_force = run(store_path, "in-force", "2014-06-01").output
    assert "every-day-matters" in in_force and "In force on 2014-06-01 (date): 1" in in_force


def test_conflicts_trail_provenance_contributions(store_path):
    conflicts = run(store_path, "conflicts").output
    assert (
        "[adopted-before-governance]" in conflicts
        and "002_7e30c0936a50fbe4" in conflicts
        and "004_e00e668bf0bcf141" in conflicts
    )
    trail = run(store_path, "trail", "CYPP 2008").output
    assert "Approval requested (a request, not an outcome)" in trail
    prov = run(store_path, "provenance", "working-together-to-improve-outcomes", "--predicate", "sl:supersedes").output
    assert "002_7e30c0936a50fbe4 [167:226]" in prov and "loaded " in prov
    contributions = run(store_path, "contributions", "002_7e30c0936a50fbe4").output
    assert "sl:supersedes 1" in contributions


def test_search_and_legislation(store_path):
    search = run(store_path, "search", "working together").output
    assert "StatutoryGuidance" in search and "Framework" in search
    law = run(store_path, "legislation", "ukpga/2004/31/section/10").output
    assert "every-day-matters sl:cites" not in law  # predicates are shown by local name
    assert "every-day-matters cites" in law and "[inferred]" in law


@pytest.mark.parametrize(
    "args, message",
    [
        (("lineage", "No Such Plan"), "no strategy matches 'No Such Plan'"),
        (("lineage", "Kent Children and Young People's Plan"), "matches several things"),
        (("lineage", "EDM", "--depth", "0"), "depth must be an integer from 1 to 50"),
        (("lineage", "EDM", "--depth", "51"), "depth must be an integer from 1 to 50"),
        (("in-force", "someday"), "neither a date"),
        (("contributions", "nope"), "no source"),
        (("series", "--format", "svg", "nothing-like-this"), "no series"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(store_path, args, message):
    out = run(store_path, *args)
    assert out.exit_code == 1
    assert message in out.output
    assert out.output.count("\n") == 1 and out.output.startswith("error: ")


def test_infer_reports_unchanged_when_nothing_changed(store_path):
    out = run(store_path, "infer")
    assert (
        out.exit_code == 0 and "inference graph unchanged: 1 series, 4 members, 1 inferred succession(s)" in out.output
    )


def test_series_picture_needs_one_series(store_path):
    svg = run(store_path, "series", "every-day-matters", "--format", "svg")
    assert svg.exit_code == 0 and ET.fromstring(svg.output).tag.endswith("svg")
    data = json.loads(run(store_path, "series", "--format", "json").output)
    assert [m["id"] for m in data[0]["members"]][-1] == "working-together-to-improve-outcomes"
