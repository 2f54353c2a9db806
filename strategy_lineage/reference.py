"""Reference data the loaders read: CSV files under ``data/reference/``, read once each.

Lists of words, labels and identifiers belong in data files that a reviewer can read and
extend without touching code; this module is the one place that finds and reads them (the
loaders read cue words and label tables; the API reads legislation.gov.uk type codes).
"""

from __future__ import annotations

import csv
from functools import cache

from strategy_lineage.resources import project_file


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``data/reference/<name>`` as dicts, values stripped of surrounding spaces."""
    with project_file(f"data/reference/{name}").open(encoding="utf-8", newline="") as handle:
        return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle))


@cache
def legislation_types() -> frozenset[str]:
    """legislation.gov.uk type segments (ukpga, asp, anaw, asc, mwa, ...)."""
    return frozenset(row["type"] for row in rows("legislation-types.csv"))
