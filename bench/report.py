"""The issue's targets, judged on one run's figures, and the table ``make bench`` prints."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from bench.extraction import TARGETS as EXTRACTION_TARGETS

FLAT = ("lineage_uncached", "in_force_uncached", "sparql_provenance_uncached")


@dataclass(frozen=True)
class Target:
    name: str
    value: float
    limit: float
    at_least: bool  # True: value >= limit is met; False: value <= limit is met

    @property
    def met(self) -> bool:
        return self.value >= self.limit if self.at_least else self.value <= self.limit

    def as_dict(self) -> dict:
        return {**asdict(self), "met": self.met}


def _rps(size: dict, endpoint: str) -> float:
    return size["endpoints"][endpoint]["rps"]


def targets(results: dict) -> list[dict]:
    """Every target of issue 6 that this run measured, with its value and whether it is met."""
    sizes = results["sizes"]
    small, large = sizes[0], sizes[-1]
    health = _rps(large, "health")
    found: list[Target] = []
    # Both ways: with the per-version response cache answering (repeated requests), and
    # uncached, where the lineage engine, the search index or Oxigraph does every request.
    for suffix, label in (("", "cached"), ("_uncached", "uncached")):
        lineage = large["endpoints"]["lineage" + suffix]
        found += [
            Target(f"lineage ({label}) throughput / trivial", lineage["rps"] / health, 0.6, True),
            Target(
                f"lineage ({label}) p99 / trivial p99",
                lineage["p99_ms"] / large["endpoints"]["health"]["p99_ms"],
                3.0,
                False,
            ),
            Target(f"search ({label}) throughput / trivial", _rps(large, "search" + suffix) / health, 0.4, True),
            Target(f"in-force ({label}) throughput / trivial", _rps(large, "in_force" + suffix) / health, 0.4, True),
        ]
    found += [
        Target("bulk load quads/s", large["load_quads_per_s"], 200_000, True),
        Target("cold start to first lineage answer (s)", large["cold_start_s"], 2.0, False),
        Target("peak RSS while serving (MB)", large["peak_rss_mb"], 1024, False),
    ]
    if large["load_vs_raw"] is not None:  # None: a remote engine, no raw Oxigraph beside it
        found.append(Target("bulk load / raw pyoxigraph bulk load", large["load_vs_raw"], 0.9, True))
    if large.get("load_vs_raw_cpu") is not None:  # absent from results written before it was measured
        found.append(Target("bulk load / raw pyoxigraph bulk load, CPU seconds", large["load_vs_raw_cpu"], 0.9, True))
    found += _against_bare(results)
    baseline = results.get("baseline")
    if baseline:
        same = next(s for s in sizes if s["quads"] == baseline["quads"])
        for endpoint, limit in (("sparql_ancestors", 10.0), ("sparql_provenance", 100.0)):
            for suffix, label in (("", "cached"), ("_uncached", "uncached")):
                ratio = _rps(same, endpoint + suffix) / baseline["endpoints"][endpoint]["rps"]
                found.append(
                    Target(f"{endpoint} ({label}) / rdflib at {baseline['quads']:,} quads", ratio, limit, True)
                )
    if len(sizes) > 1:
        per_quad = lambda s: s["load_s"] / s["quads"]  # noqa: E731
        found.append(Target("load cost per quad, largest / smallest", per_quad(large) / per_quad(small), 1.5, False))
        for endpoint in FLAT:
            found.append(
                Target(
                    f"{endpoint} cost, largest / smallest", _rps(small, endpoint) / _rps(large, endpoint), 2.0, False
                )
            )
    extraction = results.get("extraction")
    if extraction and extraction.get("docs_per_s"):
        found.append(Target("extraction docs/s (seed-sized copies)", extraction["docs_per_s"], 50, True))
    for row in (results.get("extraction_sizes") or {}).get("rows", []):
        seconds, memory = EXTRACTION_TARGETS.get(row["size"], (None, None))
        if seconds:
            found.append(Target(f"extraction of {row['size']} (CPU s, with quads)", row["target_s"], seconds, False))
        if memory:
            found.append(Target(f"extraction of {row['size']}, peak RSS (MB)", row["peak_rss_mb"], memory, False))
    return [t.as_dict() for t in found]


# Issue 15: the app's JSON endpoints judged against a bare FastAPI endpoint served the same way.
JSON_ENDPOINTS = ("lineage", "search", "in_force", "trail")


def _against_bare(results: dict) -> list[Target]:
    bare_run = results.get("bare")
    if not bare_run:
        return []
    bare = bare_run["endpoints"]["bare"]
    large = results["sizes"][-1]["endpoints"]
    found = [Target("health throughput / bare FastAPI", large["health"]["rps"] / bare["rps"], 0.9, True)]
    for name in JSON_ENDPOINTS:
        for suffix, label, floor in (("", "cached", 0.8), ("_uncached", "uncached", 0.6)):
            measured = large.get(name + suffix)
            if measured is None:
                continue
            found.append(
                Target(f"{name} ({label}) throughput / bare FastAPI", measured["rps"] / bare["rps"], floor, True)
            )
            if suffix:
                found.append(
                    Target(f"{name} ({label}) p99 / bare FastAPI p99", measured["p99_ms"] / bare["p99_ms"], 3.0, False)
                )
    return found


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return "\n".join([_row(header, widths), _row(["-" * w for w in widths], widths), *(_row(r, widths) for r in rows)])


def endpoint_table(results: dict) -> str:
    header = ["endpoint"] + [f"{s['quads']:,} quads: req/s  p50  p99 ms" for s in results["sizes"]]
    names = list(results["sizes"][0]["endpoints"])
    rows = []
    for name in names:
        cells = [name]
        for size in results["sizes"]:
            e = size["endpoints"][name]
            cells.append(f"{e['rps']:,.0f}  {e['p50_ms']:.1f}  {e['p99_ms']:.1f}" + (" ERR" if e["errors"] else ""))
        rows.append(cells)
    bare = results.get("bare")
    if bare:
        e = bare["endpoints"]["bare"]
        rows.append(
            ["bare FastAPI (ceiling)"]
            + [
                f"{e['rps']:,.0f}  {e['p50_ms']:.1f}  {e['p99_ms']:.1f}" if s is results["sizes"][-1] else "-"
                for s in results["sizes"]
            ]
        )
    baseline = results.get("baseline")
    if baseline:
        for name, e in baseline["endpoints"].items():
            cells = [f"rdflib {name}"] + [
                f"{e['rps']:,.1f}  {e['p50_ms']:.1f}  {e['p99_ms']:.1f}" if s["quads"] == baseline["quads"] else "-"
                for s in results["sizes"]
            ]
            rows.append(cells)
    return _table(header, rows)


def size_table(results: dict) -> str:
    header = [
        "quads",
        "sources",
        "generate s",
        "load s",
        "load quads/s",
        "load / raw",
        "load / raw, CPU",
        "inference s",
        "first health s",
        "first lineage s",
        "peak RSS MB",
        "disk MB",
        "load avg",
    ]
    rows = [
        [
            f"{s['quads']:,}",
            f"{s['sources']:,}",
            f"{s['generate_s']:.1f}",
            f"{s['load_s']:.2f}",
            f"{s['load_quads_per_s']:,.0f}",
            f"{s['load_vs_raw']:.2f}" if s["load_vs_raw"] is not None else "-",
            f"{s['load_vs_raw_cpu']:.2f}" if s.get("load_vs_raw_cpu") is not None else "-",
            f"{s['inference_s']:.2f}",
            f"{s['health_s']:.2f}",
            f"{s['cold_start_s']:.2f}",
            f"{s['peak_rss_mb']:.0f}",
            f"{s['disk_mb']:,.0f}" if s.get("disk_mb") is not None else "-",
            f"{s['load_average']:.1f}",
        ]
        for s in results["sizes"]
    ]
    return _table(header, rows)


def target_table(results: dict) -> str:
    rows = [
        [
            t["name"],
            f"{t['value']:,.2f}",
            ("≥ " if t["at_least"] else "≤ ") + f"{t['limit']:,}",
            "met" if t["met"] else "NOT MET",
        ]
        for t in results["targets"]
    ]
    return _table(["target", "measured", "limit", ""], rows)


def print_table(results: dict) -> None:
    m = results["machine"]
    print(f"\nmachine: {m['nproc']} cores, {m['cpu']}, {m['memory_gb']} GB; load generator {m['load_generator']}")
    print("\n" + size_table(results))
    print("\n" + endpoint_table(results))
    extraction = results.get("extraction") or {}
    if extraction:
        print(f"\nextraction: {extraction.get('summary')}")
    if results.get("extraction_sizes"):
        print("\nextraction by size:\n" + results["extraction_sizes"]["table"])
    if results.get("baseline"):
        b = results["baseline"]
        print(
            f"rdflib baseline: {b['quads']:,} quads, startup (parse) {b['startup_s']:.1f} s, "
            f"peak RSS {b['peak_rss_mb']:.0f} MB, same answers as Oxigraph: {'yes' if b['same_answers'] else 'NO'}"
        )
    print("\n" + target_table(results))
