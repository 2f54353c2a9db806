"""bench.compare: two bench runs side by side, each figure judged in its own direction."""

from __future__ import annotations

import json
from pathlib import Path

from bench.compare import compare, main


def target(name: str, value: float, at_least: bool = True) -> dict:
    return {"name": name, "value": value, "limit": 1.0, "at_least": at_least, "met": True}


def run(*targets: dict) -> dict:
    return {"targets": list(targets)}


def verdicts(previous: dict, current: dict) -> dict[str, str]:
    return {c.name: c.verdict for c in compare(previous, current)}


def test_each_figure_is_judged_in_its_own_direction() -> None:
    previous = run(
        target("health throughput / bare FastAPI", 2.4),
        target("search (uncached) throughput / bare FastAPI", 0.46),
        target("search (uncached) p99 / bare FastAPI p99", 2.0, at_least=False),
        target("extraction of 1 MB (CPU s, with quads)", 4.6, at_least=False),
    )
    current = run(
        target("health throughput / bare FastAPI", 2.41),
        target("search (uncached) throughput / bare FastAPI", 0.42),
        target("search (uncached) p99 / bare FastAPI p99", 1.5, at_least=False),
        target("extraction of 1 MB (CPU s, with quads)", 2.9, at_least=False),
    )
    assert verdicts(previous, current) == {
        "health throughput / bare FastAPI": "same",
        "search (uncached) throughput / bare FastAPI": "worse",
        "search (uncached) p99 / bare FastAPI p99": "better",
        "extraction of 1 MB (CPU s, with quads)": "better",
    }


def test_ratios_to_the_apps_own_health_are_not_judged_when_health_moved() -> None:
    previous = run(
        target("health throughput / bare FastAPI", 0.86), target("lineage (uncached) throughput / trivial", 0.62)
    )
    current = run(
        target("health throughput / bare FastAPI", 2.41), target("lineage (uncached) throughput / trivial", 0.21)
    )
    assert verdicts(previous, current)["lineage (uncached) throughput / trivial"] == "not judged"
    steady = run(
        target("health throughput / bare FastAPI", 0.86), target("lineage (uncached) throughput / trivial", 0.21)
    )
    assert verdicts(previous, steady)["lineage (uncached) throughput / trivial"] == "worse"


def test_a_target_only_one_run_measured_is_left_out() -> None:
    previous = run(target("bulk load / raw pyoxigraph bulk load", 0.83))
    current = run(target("bulk load / raw pyoxigraph bulk load", 0.86), target("new figure", 1.0))
    assert [c.name for c in compare(previous, current)] == ["bulk load / raw pyoxigraph bulk load"]


def test_the_command_fails_on_worse_only_when_asked(tmp_path: Path, capsys) -> None:
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(json.dumps(run(target("trail (uncached) throughput / bare FastAPI", 1.1))))
    after.write_text(json.dumps(run(target("trail (uncached) throughput / bare FastAPI", 0.9))))
    assert main([str(before), str(after)]) == 0
    assert "worse: 1 (trail (uncached) throughput / bare FastAPI)" in capsys.readouterr().out
    assert main([str(before), str(after), "--fail-on-worse"]) == 1


def test_unreadable_results_are_a_clear_error(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert main([str(broken), str(broken)]) == 2
    assert capsys.readouterr().err.startswith("error: cannot read bench results")
