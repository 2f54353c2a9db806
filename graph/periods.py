"""Time: which strategies are in force on a day, and gaps and overlaps in a series.

Periods stated as years cover whole years ("2008-2011" = 2008-01-01..2011-12-31), so
two plans "2013-2016" and "2016-2019" both cover 2016. That overlap is reported, but
flagged ``boundary_only``: at year precision the sources do not say the plans really
ran together. A strategy with no stated period is never reported in force.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from graph.records import Node, Period

_ORDER = {"day": 0, "month": 1, "year": 2, None: 3}


def coarser(a: str | None, b: str | None) -> str:
    return (a if _ORDER[a] >= _ORDER[b] else b) or "unknown"


class IntervalIndex:
    """Year buckets of periods: "in force on D" reads one bucket, whatever the corpus size."""

    def __init__(
        self, items: Iterable[tuple[Hashable, Period]], order: Callable[[Hashable], Any] | None = None
    ) -> None:
        # Buckets are kept in ``order`` (e.g. by start date), so answers need no sorting.
        items = [(key, p) for key, p in items if p.start is not None or p.end is not None]
        if order is not None:
            items.sort(key=lambda item: order(item[0]))
        years = [d.year for _, p in items for d in (p.start, p.end) if d is not None]
        self.first = min(years, default=0)
        self.last = max(years, default=0)
        self._periods = dict(items)
        self._buckets: dict[int, list[Hashable]] = defaultdict(list)
        self._open_start: list[Hashable] = []
        self._open_end: list[Hashable] = []
        for key, p in items:
            lo = p.start.year if p.start else self.first
            hi = p.end.year if p.end else self.last
            for year in range(lo, hi + 1):
                self._buckets[year].append(key)
            if p.start is None:
                self._open_start.append(key)
            if p.end is None:
                self._open_end.append(key)

    def at(self, day: date) -> list[Hashable]:
        if not self._periods:
            return []
        if day.year < self.first:
            bucket = self._open_start
        elif day.year > self.last:
            bucket = self._open_end
        else:
            bucket = self._buckets.get(day.year, [])
        return [key for key in bucket if self._periods[key].contains(day)]


def gaps_between(members: Sequence[Node]) -> list[tuple[str, str, date, date, str]]:
    """(after, before, first uncovered day, last uncovered day, precision) for each gap.

    ``members`` are sorted by start; a later member that starts after every earlier one
    has ended leaves a gap. Members without a start cannot bound a gap and are skipped."""
    gaps = []
    covered: Node | None = None  # the member whose end reaches furthest so far
    for node in members:
        p = node.period
        if p.start is None:
            continue
        if covered is not None:
            end = covered.period.end
            if end is not None and p.start > end + timedelta(days=1):
                gaps.append(
                    (
                        covered.id,
                        node.id,
                        end + timedelta(days=1),
                        p.start - timedelta(days=1),
                        coarser(covered.period.end_precision, p.start_precision),
                    )
                )
        if covered is None or _reaches_further(p, covered.period):
            covered = node
    return gaps


def _reaches_further(p: Period, q: Period) -> bool:
    if q.end is None:
        return False
    return p.end is None or p.end > q.end


def overlaps_between(members: Sequence[Node]) -> list[tuple[str, str, date, date, str, bool]]:
    """(earlier, later, first shared day, last shared day, precision, boundary_only) for
    consecutive members whose periods intersect."""
    overlaps = []
    for a, b in pairwise(members):
        pa, pb = a.period, b.period
        if pb.start is None or pa.start is None:
            continue
        if pa.end is not None and pb.start > pa.end:
            continue
        last = min((d for d in (pa.end, pb.end) if d is not None), default=None)
        if last is None:
            continue  # both open-ended: an overlap without an end is not a useful report
        boundary = (
            pa.end is not None
            and pa.end_precision == "year"
            and pb.start_precision == "year"
            and pa.end.year == pb.start.year
        )
        overlaps.append((a.id, b.id, pb.start, last, coarser(pa.end_precision, pb.start_precision), boundary))
    return overlaps
