"""Sets of non-overlapping text ranges, for rules that keep the first reading of each passage.

Asking "does this range overlap one already taken?" by scanning every taken range is
quadratic in a document with thousands of matches; these ranges are kept sorted, so the
question costs O(log n) (docs/linear-time.md).
"""

from __future__ import annotations

from bisect import bisect_right


class Spans:
    """Non-overlapping half-open ranges ``[start, end)``, kept sorted."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps no range taken so far."""
        at = bisect_right(self._starts, start)
        if at and self._ends[at - 1] > start:
            return False
        return not (at < len(self._starts) and self._starts[at] < end)

    def add(self, start: int, end: int) -> None:
        """Record ``[start, end)``, which must be free."""
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)

    def take(self, start: int, end: int) -> bool:
        """Record ``[start, end)`` and return True, unless it overlaps a range already taken."""
        if not self.free(start, end):
            return False
        self.add(start, end)
        return True
