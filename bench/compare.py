"""Two ``make bench`` runs side by side: which figures got better, which got worse.

    python -m bench.compare PREVIOUS.json CURRENT.json [--tolerance 0.03] [--fail-on-worse]

Every target both runs measured is compared in its own direction (a throughput ratio should
rise, a p99 ratio or a time should fall). A run measures each figure in rounds (3 or more, each
round's value kept in ``results.json``), and rounds of one run on this shared machine spread by
10-20 %. So a figure with two rounds or more in both runs is judged by the rounds: **worse only when every
round of the new run is worse than every round of the old one** (the new run's best round below
the old run's worst, for a figure that should rise) and the figure itself moved by more than the
tolerance; better likewise; otherwise "same": the two runs' own spread can explain the change.
(With three rounds a side, complete separation is the only outcome a rank test, Mann-Whitney's
U, calls significant at 5 %, one-sided.) A figure measured once (bulk load, extraction by size, cold
start), or in one round by either run, has no spread to judge by: there a change within the tolerance (relative,
3 %) is "same".

Results written before targets kept their rounds get them back from the endpoints' rounds they
hold (:func:`bench.report.targets` over the old file). Ratios to the app's own health endpoint
("/ trivial") change meaning when health itself got faster or slower against the bare FastAPI
ceiling, so they are shown but left out of the verdict; the "/ bare FastAPI" rows are the
like-for-like ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.report import targets as recomputed_targets

HEALTH_VS_BARE = "health throughput / bare FastAPI"
MOVING_DENOMINATOR = "/ trivial"
TOLERANCE = 0.03


@dataclass(frozen=True)
class Change:
    name: str
    before: float
    after: float
    at_least: bool
    verdict: str  # better | worse | same | not judged
    before_rounds: tuple[float, ...] = ()
    after_rounds: tuple[float, ...] = ()

    @property
    def by_rounds(self) -> bool:
        return spread_known(self.before_rounds, self.after_rounds)


def spread_known(before_rounds: Sequence[float], after_rounds: Sequence[float]) -> bool:
    """Whether both runs measured a figure in two rounds or more: one round says nothing of the spread."""
    return min(len(before_rounds), len(after_rounds)) >= 2


def judge(before: float, after: float, at_least: bool, tolerance: float) -> str:
    """The fallback for a figure measured once: a relative change within the tolerance is "same"."""
    if before == 0:
        return "same" if after == 0 else "not judged"
    relative = (after - before) / abs(before)
    if abs(relative) <= tolerance:
        return "same"
    return "better" if (relative > 0) == at_least else "worse"


def judge_rounds(
    before: float,
    after: float,
    before_rounds: Sequence[float],
    after_rounds: Sequence[float],
    at_least: bool,
    tolerance: float,
) -> str:
    """Better or worse only when the two runs' rounds do not overlap at all (and the figure moved
    by more than the tolerance); any overlap is within the runs' own round-to-round spread."""
    moved = judge(before, after, at_least, tolerance)
    if moved not in ("better", "worse"):
        return moved
    rose = min(after_rounds) > max(before_rounds)
    fell = max(after_rounds) < min(before_rounds)
    if not (rose or fell):
        return "same"
    return "better" if rose == at_least else "worse"


def _rounds_by_name(results: dict) -> dict[str, tuple[float, ...]]:
    """Each target's rounds: as written, or for an older file worked out again from its endpoints' rounds."""
    found = {t["name"]: tuple(t["rounds"]) for t in results.get("targets", []) if t.get("rounds")}
    if found or not results.get("sizes"):
        return found
    try:
        again = recomputed_targets(results)
    except (KeyError, IndexError, TypeError, ValueError, ZeroDivisionError, StopIteration):
        return {}  # a file of an older shape: its figures are judged by the tolerance alone
    return {t["name"]: tuple(t["rounds"]) for t in again if t.get("rounds")}


def _verdict(old: dict, new: dict, old_rounds: tuple, new_rounds: tuple, tolerance: float) -> str:
    if spread_known(old_rounds, new_rounds):
        return judge_rounds(old["value"], new["value"], old_rounds, new_rounds, new["at_least"], tolerance)
    return judge(old["value"], new["value"], new["at_least"], tolerance)


def compare(previous: dict, current: dict, tolerance: float = TOLERANCE) -> list[Change]:
    """Each target measured in both runs, in the current run's order, with its verdict."""
    before = {t["name"]: t for t in previous.get("targets", [])}
    after = {t["name"]: t for t in current.get("targets", [])}
    before_rounds, after_rounds = _rounds_by_name(previous), _rounds_by_name(current)
    health_moved = HEALTH_VS_BARE not in before or HEALTH_VS_BARE not in after  # no ceiling: nothing says it stayed
    if not health_moved:
        health_moved = (
            _verdict(
                before[HEALTH_VS_BARE],
                after[HEALTH_VS_BARE],
                before_rounds.get(HEALTH_VS_BARE, ()),
                after_rounds.get(HEALTH_VS_BARE, ()),
                tolerance,
            )
            != "same"
        )
    changes = []
    for name, target in after.items():
        if name not in before:
            continue
        old_rounds, new_rounds = before_rounds.get(name, ()), after_rounds.get(name, ())
        if health_moved and MOVING_DENOMINATOR in name:
            verdict = "not judged"
        else:
            verdict = _verdict(before[name], target, old_rounds, new_rounds, tolerance)
        changes.append(
            Change(name, before[name]["value"], target["value"], target["at_least"], verdict, old_rounds, new_rounds)
        )
    return changes


def _spread(rounds: tuple[float, ...]) -> str:
    return f"{min(rounds):,.2f}-{max(rounds):,.2f}" if rounds else "-"


def table(changes: list[Change]) -> str:
    width = max((len(c.name) for c in changes), default=10)
    header = f"{'target'.ljust(width)}  {'before':>10}  {'rounds':>17}  {'after':>10}  {'rounds':>17}  verdict"
    lines = [header, "-" * len(header)]
    for c in changes:
        how = "" if c.verdict == "not judged" else (" (rounds)" if c.by_rounds else f" (±{TOLERANCE:.0%})")
        lines.append(
            f"{c.name.ljust(width)}  {c.before:>10,.2f}  {_spread(c.before_rounds):>17}  "
            f"{c.after:>10,.2f}  {_spread(c.after_rounds):>17}  {c.verdict}{how}"
        )
    worse = [c.name for c in changes if c.verdict == "worse"]
    lines.append(f"worse: {len(worse)}" + (f" ({'; '.join(worse)})" if worse else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__.split("\n\n")[0])
    parser.add_argument("previous", type=Path)
    parser.add_argument("current", type=Path)
    parser.add_argument(
        "--tolerance", type=float, default=TOLERANCE, help="relative change counted as the same (whatever the rounds)"
    )
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
