"""The governance trail of a plan refreshed in place: the refreshed plan's own events on it, the first adoption
(told in the past of the edition it refreshed) on its earlier version."""

from __future__ import annotations

from pathlib import Path

from graph.store import memory_store, now_iso
from graph.trail import governance_trail
from loaders.facts import to_quads
from tests.loaders.test_lineage_cues import read
from tests.loaders.test_revised_in_place import REFRESH_ITEM


def test_the_trail_puts_the_first_adoption_on_the_earlier_version(tmp_path: Path) -> None:
    doc = read(tmp_path, REFRESH_ITEM, "Hollins District Council")
    store = memory_store()
    store.replace_graph(doc.extraction.graph, to_quads(doc.extraction, now_iso()))
    iri = {title: iri for iri, title in doc.titles.items()}
    plan = iri["Hollins Allotments Strategy 2020-2025"]
    earlier = iri["Earlier version of Hollins Allotments Strategy 2020-2025"]
    assert [(e.type, e.date) for e in governance_trail(store, earlier)] == [("Adoption", "2020-06-09")]
    refreshed = governance_trail(store, plan)
    assert "Adoption" not in [e.type for e in refreshed]
    assert [e.type for e in refreshed if not e.is_request] == ["Approval"]
