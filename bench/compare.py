"""Two ``make bench`` runs side by side: which figures got better, which got worse.

    python -m bench.compare PREVIOUS.json CURRENT.json [--tolerance 0.03] [--fail-on-worse]

Every target both runs measured is compared in its own direction (a throughput ratio should
rise, a p99 ratio or a time should fall). A change smaller than the tolerance (relative) is
"same": one run cannot tell it from run-to-run spread. Ratios to the app's own health endpoint
("/ trivial") change meaning when health itself got faster or slower against the bare FastAPI
ceiling, so they are shown but left out of the verdict; the "/ bare FastAPI" rows are the
like-for-like ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HEALTH_VS_BARE = "health throughput / bare FastAPI"
MOVING_DENOMINATOR = "/ trivial"


@dataclass(frozen=True)
class Change:
    name: str
    before: float
    after: float
    at_least: bool
    verdict: str  # better | worse | same | not judged


def judge(before: float, after: float, at_least: bool, tolerance: float) -> str:
    if before == 0:
        return "same" if after == 0 else "not judged"
    relative = (after - before) / abs(before)
    if abs(relative) <= tolerance:
        return "same"
    return "better" if (relative > 0) == at_least else "worse"


def _health_moved(previous: dict[str, dict], current: dict[str, dict], tolerance: float) -> bool:
    if HEALTH_VS_BARE not in previous or HEALTH_VS_BARE not in current:
        return True  # no bare ceiling in one run: nothing says the denominator stayed put
    return judge(previous[HEALTH_VS_BARE]["value"], current[HEALTH_VS_BARE]["value"], True, tolerance) != "same"


def compare(previous: dict, current: dict, tolerance: float = 0.03) -> list[Change]:
    """Each target measured in both runs, in the current run's order, with its verdict."""
    before = {t["name"]: t for t in previous.get("targets", [])}
    after = {t["name"]: t for t in current.get("targets", [])}
    health_moved = _health_moved(before, after, tolerance)
    changes = []
    for name, target in after.items():
        if name not in before:
            continue
        old, new = before[name]["value"], target["value"]
        if health_moved and MOVING_DENOMINATOR in name:
            verdict = "not judged"
        else:
            verdict = judge(old, new, target["at_least"], tolerance)
        changes.append(Change(name, old, new, target["at_least"], verdict))
    return changes


def table(changes: list[Change]) -> str:
    width = max((len(c.name) for c in changes), default=10)
    lines = [f"{'target'.ljust(width)}  {'before':>12}  {'after':>12}  verdict", "-" * (width + 40)]
    for c in changes:
        lines.append(f"{c.name.ljust(width)}  {c.before:>12,.2f}  {c.after:>12,.2f}  {c.verdict}")
    worse = [c.name for c in changes if c.verdict == "worse"]
    lines.append(f"worse: {len(worse)}" + (f" ({'; '.join(worse)})" if worse else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__.split("\n\n")[0])
    parser.add_argument("previous", type=Path)
    parser.add_argument("current", type=Path)
    parser.add_argument("--tolerance", type=float, default=0.03, help="relative change counted as the same")
    parser.add_argument("--fail-on-worse", action="store_true", help="exit 1 when any judged figure got worse")
    args = parser.parse_args(argv)
    try:
        previous, current = (json.loads(p.read_text()) for p in (args.previous, args.current))
    except (OSError, json.JSONDecodeError) as error:
        print(f"error: cannot read bench results: {error}", file=sys.stderr)
        return 2
    changes = compare(previous, current, args.tolerance)
    print(table(changes))
    return 1 if args.fail_on_worse and any(c.verdict == "worse" for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
