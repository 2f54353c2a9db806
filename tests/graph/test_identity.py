"""Identity scoped by publisher: two councils' things never merge, one council's documents meet
at one IRI in any load order, and a store minted before scoping is upgraded in place."""

from __future__ import annotations

import gc
import itertools
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import graph.store
import loaders.extract
from api.app import create_app
from api.pages.links import page_url
from graph.ingest import load_paths
from graph.store import STORE_FORMAT, Store, memory_store, open_store
from tests.conftest import DATA
from tests.loaders.evidence import ID

# Written for this test: two councils each with a Cabinet, a decision 17/00022 and a plan of one name.
NORTHVALE = """Report of the Director of Children's Services, Northvale County Council
To: Cabinet - 12 March 2017
Decision No: 17/00022
Subject: Children and Young People's Plan 2017-2020

Summary: This report seeks approval of the Children and Young People's Plan 2017-2020.
The Children and Young People's Plan 2017-2020 has been updated from the Children and Young People's Plan 2014-2017.
"""
EASTBURY = NORTHVALE.replace("Northvale County Council", "Eastbury Borough Council").replace("12 March", "19 April")
NORTHVALE_LATER = """Issue - meetings
17/00022 - Children and Young People's Plan 2017-2020
Meeting: 12/03/2017 - Cabinet (Item 7)
Minutes:
RESOLVED that the Children and Young People's Plan 2017-2020 be approved.
Contact: plans@northvale-example.gov.uk, Northvale County Council, County Hall
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _entities(store: Store, kind: str) -> set[str]:
    rows = store.select(f"SELECT DISTINCT ?e WHERE {{ ?e ?p ?o FILTER(STRSTARTS(STR(?e), '{ID}{kind}/')) }}")
    return {row["e"].value[len(ID) :] for row in rows}


def test_two_councils_keep_their_entities_apart(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    folder = tmp_path / "in"
    load_paths(store, [_write(folder, "northvale.txt", NORTHVALE), _write(folder, "eastbury.txt", EASTBURY)])
    plans = {e for e in _entities(store, "strategy") if e.endswith("plan-2017-2020")}
    assert plans == {
        "strategy/northvale-county-council/northvale-children-and-young-peoples-plan-2017-2020",
        "strategy/eastbury-borough-council/eastbury-children-and-young-peoples-plan-2017-2020",
    }
    decisions = {"decision/northvale-county-council/17-00022", "decision/eastbury-borough-council/17-00022"}
    assert decisions <= _entities(store, "decision")
    cabinets = {e for e in _entities(store, "organisation") if e.endswith("/cabinet")}
    assert cabinets == {
        "organisation/northvale-county-council/cabinet",
        "organisation/eastbury-borough-council/cabinet",
    }
    # The councils themselves are national: one IRI each, whoever names them.
    councils = {"organisation/northvale-county-council", "organisation/eastbury-borough-council"}
    assert councils <= _entities(store, "organisation")


def _load_in_order(folder: Path, order: tuple[Path, ...]) -> frozenset[str]:
    store = memory_store()
    load_paths(store, list(order))
    entities = frozenset(e for kind in ("strategy", "organisation", "decision", "post") for e in _entities(store, kind))
    return entities


def test_one_councils_documents_meet_at_the_same_iris_in_any_order(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    files = (_write(folder, "report.txt", NORTHVALE), _write(folder, "meetings.txt", NORTHVALE_LATER))
    found = {_load_in_order(tmp_path, order) for order in itertools.permutations(files)}
    assert len(found) == 1
    [entities] = found
    assert "strategy/northvale-county-council/northvale-children-and-young-peoples-plan-2017-2020" in entities
    assert "decision/northvale-county-council/17-00022" in entities
    assert not any(e.startswith("strategy/source-") for e in entities)


def test_unknown_publishers_never_merge_across_documents(tmp_path: Path) -> None:
    text = "The Riverside Play Strategy 2019-2022 replaces the Riverside Play Strategy 2015-2018.\n"
    store = memory_store()
    load_paths(store, [_write(tmp_path / "a", "one.txt", text), _write(tmp_path / "b", "two.txt", text)])
    plans = {e for e in _entities(store, "strategy") if e.endswith("play-strategy-2019-2022")}
    assert plans == {
        "strategy/source-one/riverside-play-strategy-2019-2022",
        "strategy/source-two/riverside-play-strategy-2019-2022",
    }


def test_national_things_stay_national(seed_store: Store) -> None:
    assert seed_store.query(f"ASK {{ <{ID}organisation/department-for-education> a ?t }}")
    assert seed_store.query("ASK { <http://www.legislation.gov.uk/id/ukpga/2004/31> a sl:Legislation }")
    assert seed_store.query(f"ASK {{ ?g a sl:StatutoryGuidance FILTER(STRSTARTS(STR(?g), '{ID}guidance/working')) }}")


def _quads_without_times(store: Store) -> frozenset[str]:
    # Nor the write log and the inference refresh's stamps: each store logged its own loads, at its own times.
    return frozenset(
        str(q)
        for q in store.quads()
        if not q.predicate.value.endswith(("loadedAt", "graphVersion", "inferencesAtVersion"))
        and "/id/write/" not in q.subject.value
    )


def test_a_store_minted_before_scoping_is_upgraded_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = open_store(tmp_path / "fresh")
    load_paths(fresh, [DATA])
    with monkeypatch.context() as old_version:
        old_version.setattr(loaders.extract, "scope_facts", lambda facts, publisher, source_id: facts)
        old_version.setattr(graph.store, "STORE_FORMAT", 2)
        old = open_store(tmp_path / "old")
        load_paths(old, [DATA])
        assert old.query(f"ASK {{ <{ID}strategy/every-day-matters> a sl:Strategy }}")
        del old
        gc.collect()
    upgraded = open_store(tmp_path / "old")
    assert upgraded.format == STORE_FORMAT
    assert not upgraded.query(f"ASK {{ <{ID}strategy/every-day-matters> ?p ?o }}")
    assert upgraded.query(f"ASK {{ <{ID}strategy/kent-county-council/every-day-matters> a sl:Strategy }}")
    assert _quads_without_times(upgraded) == _quads_without_times(fresh)


NAMESAKE = """Published by Southmoor Borough Council.
Every Day Matters: Southmoor's Plan for Children and Young People 2014-2017
The plan was agreed by the Southmoor Children's Partnership Board on 3 March 2014.
"""


def test_a_name_two_publishers_share_is_ambiguous_in_the_api_and_qualified_ids_resolve(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    load_paths(store, [DATA, _write(tmp_path / "in", "southmoor.txt", NAMESAKE)])
    with TestClient(create_app(store=store)) as client:
        ambiguous = client.get("/api/strategies/every-day-matters/lineage")
        assert ambiguous.status_code == 409 and ambiguous.headers["content-type"] == "application/problem+json"
        ids = {c["id"] for c in ambiguous.json()["candidates"]}
        assert ids == {"kent-county-council:every-day-matters", "southmoor-borough-council:every-day-matters"}
        kent = client.get("/api/strategies/kent-county-council:every-day-matters/lineage")
        assert kent.status_code == 200, kent.text
        assert "working-together-to-improve-outcomes" in {n["id"] for n in kent.json()["nodes"]}
        # A name only one publisher uses still resolves by its short id.
        assert client.get("/api/strategies/working-together-to-improve-outcomes/lineage").status_code == 200


def test_bodies_two_councils_name_alike_have_pages_of_their_own(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    folder = tmp_path / "in"
    load_paths(store, [_write(folder, "northvale.txt", NORTHVALE), _write(folder, "eastbury.txt", EASTBURY)])
    with TestClient(create_app(store=store)) as client:
        assert client.get("/api/organisations/cabinet").status_code == 409
        northvale = client.get("/api/organisations/northvale-county-council:cabinet")
        assert northvale.status_code == 200, northvale.text
        assert northvale.json()["iri"] == f"{ID}organisation/northvale-county-council/cabinet"
        proj = client.app.state.engine.projection
        iri = f"{ID}organisation/eastbury-borough-council/cabinet"
        assert page_url(iri, proj, ID.removesuffix("id/")) == "/organisations/eastbury-borough-council:cabinet"
