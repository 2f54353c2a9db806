"""A predecessor one document describes, joined to the plan another document of the same council names.

Councils and plans are invented. Each document is loaded alone (as the loaders read it) into one store; the
join is an inferred edge of the inference graph, refreshed incrementally like the series.
"""

from __future__ import annotations

from pathlib import Path

from graph.inference import infer
from graph.ingest import extract_any, store_extractions, withdraw
from graph.labels import labels_of
from graph.lineage import LineageEngine
from graph.store import Store, memory_store
from strategy_lineage import vocab

SUCCEEDS = vocab.SL + "succeeds"
JOIN = vocab.rule("predecessor-named").value

DESCRIBED = (
    "Allotments Strategy 2022-2027\n\nThis strategy takes over from our previous strategy, which ran from 2017 "
    "to 2022, and adds community orchards.\n"
)
NAMED = "Allotments Strategy 2017-2022\n\nThe Allotments Strategy 2017-2022 sets out how plots are let.\n"


def _source(tmp_path: Path, name: str, text: str, publisher: str = "Mossby Borough Council") -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".toml").write_text(f'publisher = "{publisher}"\n', encoding="utf-8")
    return path


def _load(store: Store, *paths: Path) -> None:
    for path in paths:
        store_extractions(store, [extract_any(path)])


def _inferred(store: Store) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.quads(vocab.inference_graph())}


def _joined(store: Store) -> list[tuple[str, str]]:
    rows = store.select(
        f"""SELECT ?s ?o WHERE {{ GRAPH {vocab.inference_graph()} {{
              ?ev sl:rule <{JOIN}> ; rdf:subject ?s ; rdf:predicate <{SUCCEEDS}> ; rdf:object ?o }} }}"""
    )
    return sorted((row["s"].value, row["o"].value) for row in rows)


def _titles(store: Store, joined: list[tuple[str, str]]) -> list[tuple[str, str]]:
    labels = labels_of(store, {iri for pair in joined for iri in pair})
    return [(labels[newer], labels[older]) for newer, older in joined]


def test_the_described_predecessor_is_joined_to_the_named_plan_in_either_order(tmp_path: Path) -> None:
    described, named = _source(tmp_path, "new", DESCRIBED), _source(tmp_path, "old", NAMED)
    for order in ((described, named), (named, described)):
        store = memory_store()
        _load(store, *order)
        joined = _joined(store)
        assert _titles(store, joined) == [("Allotments Strategy 2022-2027", "Allotments Strategy 2017-2022")]
        assert _inferred(store) == {(q.subject, q.predicate, q.object) for q in infer(store)[0]}  # as a full run


def test_the_join_cites_both_facts_and_quotes_them(tmp_path: Path) -> None:
    store = memory_store()
    _load(store, _source(tmp_path, "new", DESCRIBED), _source(tmp_path, "old", NAMED))
    engine = LineageEngine(store)
    lineage = engine.lineage("Mossby Allotments Strategy 2017-2022", direction="down")
    edge = next(e for e in lineage.edges if e.relation == "inferred_succession")
    [evidence] = [ev for ev in edge.evidence if ev.rule == "predecessor-named"]
    assert "which ran from 2017 to 2022" in (evidence.reason or "")
    assert "Allotments Strategy 2017-2022" in (evidence.reason or "")
    quotes = {based.quote for based in evidence.based_on}
    assert any(
        q and "our previous strategy, which ran from 2017 to 2022" in q for q in quotes
    )  # the edge to the predecessor
    assert any(q and "Allotments Strategy 2017-2022" in q for q in quotes)  # the named plan's period
    assert "Allotments Strategy 2022-2027" in {n.title for n in lineage.nodes}


def test_withdrawing_the_named_plan_takes_the_join_back(tmp_path: Path) -> None:
    store = memory_store()
    _load(store, _source(tmp_path, "new", DESCRIBED), _source(tmp_path, "old", NAMED))
    assert _joined(store)
    assert withdraw(store, extract_any(tmp_path / "old.txt").source_id)
    assert _joined(store) == []
    assert _inferred(store) == {(q.subject, q.predicate, q.object) for q in infer(store)[0]}


def test_no_join_when_the_period_disagrees(tmp_path: Path) -> None:
    store = memory_store()
    other = "Allotments Strategy 2016-2021\n\nThe Allotments Strategy 2016-2021 sets out how plots are let.\n"
    _load(store, _source(tmp_path, "new", DESCRIBED), _source(tmp_path, "old", other))
    assert _joined(store) == []


def test_no_join_across_publishers(tmp_path: Path) -> None:
    store = memory_store()
    _load(store, _source(tmp_path, "new", DESCRIBED), _source(tmp_path, "old", NAMED, "Quarrington District Council"))
    assert _joined(store) == []


def test_no_join_to_another_plan_of_the_council_with_the_same_period(tmp_path: Path) -> None:
    store = memory_store()
    other = "Cemeteries Strategy 2017-2022\n\nThe Cemeteries Strategy 2017-2022 sets out burial space.\n"
    _load(store, _source(tmp_path, "new", DESCRIBED), _source(tmp_path, "old", other))
    assert _joined(store) == []


def test_a_year_of_publication_joins_the_plan_that_began_that_year(tmp_path: Path) -> None:
    store = memory_store()
    described = (
        "Tree Strategy 2024-2034\n\nThe Tree Strategy 2024-2034 replaces the existing strategy, which was adopted "
        "in 2013, and doubles planting.\n"
    )
    named = "Tree Strategy 2013-2023\n\nOur Tree Strategy 2013-2023 was adopted by the Executive.\n"
    _load(store, _source(tmp_path, "new", described), _source(tmp_path, "old", named))
    joined = _joined(store)
    assert _titles(store, joined) == [("Tree Strategy 2024-2034", "Tree Strategy 2013-2023")]
