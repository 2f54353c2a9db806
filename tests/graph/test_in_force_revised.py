"""A plan revised in place within its period: once the text dates the revision, the earlier version's period ends
there, so the strategies in force on a later day list the revised plan alone (asked of the lineage engine over a
store the text was loaded into). The council and plan are invented."""

from __future__ import annotations

from pathlib import Path

from graph.ingest import load_paths
from graph.lineage import LineageEngine
from graph.store import memory_store

REVIEWED = (
    "Oakhurst Borough Council\n\nReport to Cabinet, 6 March 2024\n\nPARKS STRATEGY 2021-26 - REVIEW FOR 2024/25\n\n"
    "The Parks Strategy 2021-26 was adopted in 2021. Cabinet is asked to approve the reviewed Parks Strategy 2021-26, "
    "which adds four new play areas.\n"
)


def _in_force(tmp_path: Path, day: str) -> set[str]:
    path = tmp_path / "parks.txt"
    path.write_text(REVIEWED, encoding="utf-8")
    store = memory_store()
    load_paths(store, [path])
    return {node.title for node in LineageEngine(store).in_force(day).strategies}


def test_after_the_revision_only_the_revised_plan_is_in_force(tmp_path: Path) -> None:
    assert _in_force(tmp_path, "2025-06-01") == {"Parks Strategy 2021-2026"}


def test_before_the_revision_the_earlier_version_was_in_force(tmp_path: Path) -> None:
    found = _in_force(tmp_path, "2022-06-01")
    assert "Parks Strategy 2021-2026" in found
    assert any(title.startswith("Earlier version of") and "Parks Strategy 2021-2026" in title for title in found)
