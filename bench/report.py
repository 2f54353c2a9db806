"""The issue's targets, judged on one run's figures, and the table ``make bench`` prints."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from bench.extraction import TARGETS as EXTRACTION_TARGETS

FLAT = ("lineage_uncached", "in_force_uncached", "sparql_provenance_uncached")


@dataclass(frozen=True)
class Target:
    name: str
    value: float
    limit: float
    at_least: bool  # True: value >= limit is met; False: value <= limit is met
    # The figure in each round that measured it (a ratio: see ``paired`` and ``crossed``), so that two runs
    # can be compared against their own round-to-round spread (bench.compare); empty for single figures.
    rounds: tuple[float, ...] = field(default=())

    @property
    def met(self) -> bool:
        return self.value >= self.limit if self.at_least else self.value <= self.limit

    def as_dict(self) -> dict:
        found = {**asdict(self), "met": self.met}
        if self.rounds:
            found["rounds"] = list(self.rounds)
        else:
            del found["rounds"]
        return found


def _rps(size: dict, endpoint: str) -> float:
    return size["endpoints"][endpoint]["rps"]


def _round_figures(measured: dict, figure: str) -> list[float]:
    return [r[figure] for r in measured.get("rounds", ()) if r.get(figure)]


def paired(numerator: dict, denominator: dict, figure: str = "rps") -> tuple[float, ...]:
    """Round by round, for two endpoints whose rounds were interleaved (round i of each ran side by side)."""
    top, bottom = _round_figures(numerator, figure), _round_figures(denominator, figure)
    if not top or len(top) != len(bottom):
        return crossed(numerator, denominator, figure)
    return tuple(t / b for t, b in zip(top, bottom, strict=True))


def side_by_side(name: str, numerator: dict, denominator: dict, limit: float, figure: str = "rps") -> Target:
    """A target on two endpoints measured in the same interleaved rounds: throughput should rise, latency fall."""
    value = numerator[figure] / denominator[figure]
    return Target(name, value, limit, figure == "rps", paired(numerator, denominator, figure))


def crossed(numerator: dict, denominator: dict, figure: str = "rps") -> tuple[float, ...]:
    """Every round of one over every round of the other, for figures measured apart (rdflib's endpoint,
    another corpus size): no round of one belongs with a round of the other, so every pairing is as likely."""
    top, bottom = _round_figures(numerator, figure), _round_figures(denominator, figure)
    return tuple(t / b for t in top for b in bottom)


def targets(results: dict) -> list[dict]:
    """Every target of issue 6 that this run measured, with its value and whether it is met."""
    sizes = results["sizes"]
    small, large = sizes[0], sizes[-1]
    trivial = large["endpoints"]["health"]
    found: list[Target] = []
    # Both ways: with the per-version response cache answering (repeated requests), and
    # uncached, where the lineage engine, the search index or Oxigraph does every request.
    for suffix, label in (("", "cached"), ("_uncached", "uncached")):
        lineage = large["endpoints"]["lineage" + suffix]
        search, in_force = large["endpoints"]["search" + suffix], large["endpoints"]["in_force" + suffix]
        found += [
            side_by_side(f"lineage ({label}) throughput / trivial", lineage, trivial, 0.6),
            side_by_side(f"lineage ({label}) p99 / trivial p99", lineage, trivial, 3.0, "p99_ms"),
            side_by_side(f"search ({label}) throughput / trivial", search, trivial, 0.4),
            side_by_side(f"in-force ({label}) throughput / trivial", in_force, trivial, 0.4),
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
                ours, theirs = same["endpoints"][endpoint + suffix], baseline["endpoints"][endpoint]
                found.append(
                    Target(
                        f"{endpoint} ({label}) / rdflib at {baseline['quads']:,} quads",
                        ours["rps"] / theirs["rps"],
                        limit,
                        True,
                        crossed(ours, theirs),
                    )
                )
    if len(sizes) > 1:
        per_quad = lambda s: s["load_s"] / s["quads"]  # noqa: E731
        found.append(Target("load cost per quad, largest / smallest", per_quad(large) / per_quad(small), 1.5, False))
        for endpoint in FLAT:
            smallest, largest = small["endpoints"][endpoint], large["endpoints"][endpoint]
            found.append(
                Target(
                    f"{endpoint} cost, largest / smallest",
                    smallest["rps"] / largest["rps"],
                    2.0,
                    False,
                    crossed(smallest, largest),
                )
            )
    extraction = results.get("extraction")
    if extraction and extraction.get("docs_per_s"):
        rounds = tuple(extraction.get("docs_per_s_rounds", ()))  # absent from results written before they were kept
        found.append(Target("extraction docs/s (seed-sized copies)", extraction["docs_per_s"], 50, True, rounds))
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
    found = [side_by_side("health throughput / bare FastAPI", large["health"], bare, 0.9)]
    for name in JSON_ENDPOINTS:
        for suffix, label, floor in (("", "cached", 0.8), ("_uncached", "uncached", 0.6)):
            measured = large.get(name + suffix)
            if measured is None:
                continue
            found.append(side_by_side(f"{name} ({label}) throughput / bare FastAPI", measured, bare, floor))
            if suffix:
                found.append(side_by_side(f"{name} ({label}) p99 / bare FastAPI p99", measured, bare, 3.0, "p99_ms"))
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


def sparql_parts(results: dict) -> dict[str, dict]:
    """Where each uncached SPARQL query's time went at the size rdflib's endpoint was measured at, and the
    ceilings that follows: the engine's own CPU a query, and the whole service's (server and workers), spread
    over the machine's cores, against rdflib's endpoint. Issue 15's SPARQL ratios are read against these."""
    baseline = results.get("baseline")
    if not baseline:
        return {}
    size = next(s for s in results["sizes"] if s["quads"] == baseline["quads"])
    cores = results["machine"]["nproc"]
    found = {}
    for name, measured in size["endpoints"].items():
        parts = measured.get("query_us")
        theirs = baseline["endpoints"].get(name.removesuffix("_uncached"))
        if not name.endswith("_uncached") or not parts or theirs is None:
            continue
        in_worker = parts["guard"] + parts["engine_wall"] + parts["writer_wall"]
        cpu = measured.get("server_cpu_us")
        own = measured.get("server_own_cpu_us")
        found[name] = {
            "rps": measured["rps"],
            "rdflib_rps": theirs["rps"],
            **parts,
            "server_cpu_us": own,
            "workers_cpu_us": cpu - own if cpu is not None and own is not None else None,
            # Worker-equivalents busy inside a query (2.0: both workers never waited for the server).
            "workers_busy": measured["rps"] * in_worker / 1e6,
            "engine_ceiling_rps": cores * 1e6 / parts["engine_cpu"] if parts["engine_cpu"] else None,
            "whole_ceiling_rps": cores * 1e6 / cpu if cpu else None,
        }
    return found


def sparql_parts_table(results: dict) -> str:
    parts = results.get("sparql_parts") or {}
    if not parts:
        return ""
    header = ["uncached, us a query", "req/s", "queued", "to worker", "worker idle", "guard", "engine"]
    header += ["engine CPU", "writer", "writer CPU", "back", "server CPU", "workers CPU", "workers busy"]
    keys = ["queued", "to_worker", "idle", "guard", "engine_wall", "engine_cpu", "writer_wall", "writer_cpu", "back"]
    rows, notes = [], []
    for name, p in parts.items():
        cpus = [f"{p[k]:,.0f}" if p[k] is not None else "-" for k in ("server_cpu_us", "workers_cpu_us")]
        rows.append([name, f"{p['rps']:,.0f}", *(f"{p[k]:,.0f}" for k in keys), *cpus, f"{p['workers_busy']:.2f}"])
        for label, key in (
            ("the engine's CPU alone", "engine_ceiling_rps"),
            ("the CPU of server and workers", "whole_ceiling_rps"),
        ):
            if p[key]:
                notes.append(
                    f"{name}: {label} would allow {p[key]:,.0f} queries/s on {results['machine']['nproc']} cores"
                    f" = {p[key] / p['rdflib_rps']:,.1f}x rdflib's endpoint ({p['rdflib_rps']:,.1f}/s);"
                    f" measured {p['rps'] / p['rdflib_rps']:,.1f}x"
                )
    return _table(header, rows) + "\n" + "\n".join(notes)


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
    if results.get("sparql_parts"):
        print("\nwhere a SPARQL query's time goes (api.query_times; means over each round's queries, median round):")
        print(sparql_parts_table(results))
    print("\n" + target_table(results))
