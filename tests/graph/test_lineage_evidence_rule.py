"""An edge read as a sub-property of supersession (a succession, a refresh) shows on the lineage the rule that read
it, not the alignment that restated it as `sl:supersedes` / `sl:isRevisionOf`."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cli import app
from graph.inference import refresh_inferences
from graph.store import now_iso, open_store
from loaders.extract import extract
from loaders.facts import to_quads
from strategy_lineage import vocab

runner = CliRunner()

TEXT = """Our Plan for Westerby

Our current Town Plan runs from 2020 to 2024. Most of its projects are finished.

After a summer of listening to residents, the new Town Plan 2024-2028 was agreed by the Council in March 2024.

The Council has also endorsed the refreshed Open Spaces Plan 2023-2027.
"""


def test_the_lineage_shows_the_rule_that_read_each_edge(tmp_path: Path) -> None:
    source = tmp_path / "westerby.txt"
    source.write_text(TEXT, encoding="utf-8")
    source.with_suffix(".toml").write_text('publisher = "Westerby Town Council"\n', encoding="utf-8")
    extraction = extract(source)
    path = tmp_path / "store"
    store = open_store(path)
    store.replace_graph(extraction.graph, to_quads(extraction, now_iso()))
    refresh_inferences(store)
    store.flush()
    del store  # the command opens the store itself
    read_by = {  # the rule each sub-property fact cites, by its newer plan
        fact.subject.value.rsplit("/", 1)[-1]: fact.rule
        for fact in extraction.facts
        if fact.predicate.value.removeprefix(vocab.SL) in ("isSuccessorOf", "isRefreshOf")
    }
    assert set(read_by) == {"westerby-town-plan-2024-2028", "westerby-open-spaces-plan-2023-2027"}, read_by
    for plan in ("Town Plan 2024-2028", "Open Spaces Plan 2023-2027"):
        out = runner.invoke(app, ["lineage", plan, "--direction", "up", "--store", str(path)])
        assert out.exit_code == 0, out.output
        edges = out.output.split("Edges:")[1]
        newer = edges.split()[0]
        assert f"(rule {read_by[newer]})" in edges, edges
        assert "ontology-alignment" not in edges
