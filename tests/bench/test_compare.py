"""bench.compare: two bench runs side by side, each figure judged in its own direction."""

from __future__ import annotations

import json
from pathlib import Path

from bench.compare import compare, main
from bench.report import targets


def target(name: str, value: float, at_least: bool = True, rounds: tuple[float, ...] = ()) -> dict:
    found = {"name": name, "value": value, "limit": 1.0, "at_least": at_least, "met": True}
    return {**found, "rounds": list(rounds)} if rounds else found


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


PROVENANCE = "sparql_provenance (uncached) / rdflib at 991,716 quads"


def test_a_drop_the_rounds_spread_can_explain_is_the_same() -> None:
    # Median 78 -> 70 (-10 %), but the new run's best round is above the old run's worst.
    previous = run(target(PROVENANCE, 78.0, rounds=(66.0, 78.0, 84.0)))
    current = run(target(PROVENANCE, 70.0, rounds=(62.0, 70.0, 80.0)))
    assert verdicts(previous, current) == {PROVENANCE: "same"}
    (change,) = compare(previous, current)
    assert change.by_rounds and change.before_rounds == (66.0, 78.0, 84.0)


def test_a_drop_beyond_every_round_is_worse_and_a_rise_beyond_every_round_better() -> None:
    previous = run(target(PROVENANCE, 78.0, rounds=(74.0, 78.0, 81.0)))
    assert verdicts(previous, run(target(PROVENANCE, 66.0, rounds=(60.0, 66.0, 70.0)))) == {PROVENANCE: "worse"}
    assert verdicts(previous, run(target(PROVENANCE, 95.0, rounds=(88.0, 95.0, 99.0)))) == {PROVENANCE: "better"}


def test_rounds_are_read_in_the_figures_direction() -> None:
    # A p99 ratio should fall: every new round above every old one is worse.
    name = "search (uncached) p99 / bare FastAPI p99"
    previous = run(target(name, 1.4, at_least=False, rounds=(1.2, 1.4, 1.5)))
    current = run(target(name, 2.0, at_least=False, rounds=(1.8, 2.0, 2.3)))
    assert verdicts(previous, current) == {name: "worse"}


def test_rounds_apart_by_less_than_the_tolerance_are_the_same() -> None:
    # Tight rounds that do not overlap, but the figure moved by 1 %: not worth a verdict.
    previous = run(target(PROVENANCE, 100.0, rounds=(99.9, 100.0, 100.1)))
    current = run(target(PROVENANCE, 99.0, rounds=(98.9, 99.0, 99.1)))
    assert verdicts(previous, current) == {PROVENANCE: "same"}


def test_a_figure_without_rounds_in_either_run_falls_back_to_the_tolerance() -> None:
    previous = run(target("bulk load quads/s", 100_000.0, rounds=()), target(PROVENANCE, 78.0, rounds=(70.0, 78.0)))
    current = run(target("bulk load quads/s", 90_000.0), target(PROVENANCE, 70.0))
    changes = {c.name: c for c in compare(previous, current)}
    assert changes["bulk load quads/s"].verdict == "worse" and not changes["bulk load quads/s"].by_rounds
    assert changes[PROVENANCE].verdict == "worse" and not changes[PROVENANCE].by_rounds


def test_a_single_round_says_nothing_of_the_spread_and_falls_back_to_the_tolerance() -> None:
    previous = run(target(PROVENANCE, 78.0, rounds=(78.0,)))
    current = run(target(PROVENANCE, 76.5, rounds=(74.0, 76.5, 79.0)))
    (change,) = compare(previous, current)
    assert not change.by_rounds and change.verdict == "same"  # -1.9 %: within 3 %
    assert compare(previous, run(target(PROVENANCE, 70.0, rounds=(69.0, 70.0, 90.0))))[0].verdict == "worse"


def endpoint(*rps: float) -> dict:
    rounds = [{"rps": r, "p99_ms": 10.0} for r in rps]
    return {"rps": sorted(rps)[len(rps) // 2], "p99_ms": 10.0, "errors": 0, "rounds": rounds}


def older_results(ours: tuple[float, ...], rdflib: tuple[float, ...]) -> dict:
    """A results file of the shape written before targets kept their rounds: endpoints with rounds only."""
    names = ["health", "lineage", "search", "in_force", "sparql_ancestors", "sparql_provenance"]
    size = {
        "quads": 1000,
        "load_s": 1.0,
        "load_quads_per_s": 1000.0,
        "cold_start_s": 1.0,
        "peak_rss_mb": 100.0,
        "load_vs_raw": None,
        "endpoints": {
            **{name + suffix: endpoint(100.0) for name in names for suffix in ("", "_uncached")},
            "sparql_provenance_uncached": endpoint(*ours),
        },
    }
    baseline = {
        "quads": 1000,
        "endpoints": {"sparql_ancestors": endpoint(10.0), "sparql_provenance": endpoint(*rdflib)},
    }
    results = {"sizes": [size], "baseline": baseline}
    results["targets"] = [{k: v for k, v in t.items() if k != "rounds"} for t in targets(results)]
    return results


def test_an_older_file_gets_its_rounds_back_from_its_endpoints() -> None:
    name = "sparql_provenance (uncached) / rdflib at 1,000 quads"
    previous = older_results(ours=(600.0, 650.0, 700.0), rdflib=(8.0, 8.5, 9.0))
    assert "rounds" not in next(t for t in previous["targets"] if t["name"] == name)
    # Ours 650 -> 600 req/s at the median: within what both runs' rounds (ours and rdflib's) spread.
    current = older_results(ours=(560.0, 600.0, 640.0), rdflib=(8.0, 8.5, 9.0))
    change = next(c for c in compare(previous, current) if c.name == name)
    assert change.by_rounds and change.verdict == "same"
    # Every round of ours over every round of rdflib's: nine ratios, from the slowest over the fastest.
    assert len(change.before_rounds) == 9 and min(change.before_rounds) == 600.0 / 9.0
    collapsed = older_results(ours=(300.0, 310.0, 320.0), rdflib=(8.0, 8.5, 9.0))
    assert next(c for c in compare(previous, collapsed) if c.name == name).verdict == "worse"
