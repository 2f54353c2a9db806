"""Every readable text is a source: registered kinds add structure, a plain text still loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from graph.ingest import load_paths
from graph.store import open_store
from loaders.extract import extract
from loaders.registry import cue_lines, detect_kind, kind_named, kinds
from loaders.sources import SourceError, read_file
from tests.loaders.adversarial import FAMILIES, document
from tests.loaders.evidence import ID

runner = CliRunner()


@pytest.mark.parametrize("kind", [k for k in kinds() if k.cues], ids=lambda k: k.name)
def test_each_kinds_example_is_recognised_as_that_kind(kind) -> None:
    assert detect_kind(kind.example).name == kind.name


GOLD = Path(__file__).resolve().parents[1] / "gold" / "corpus"
SEEDS = Path(__file__).resolve().parents[2] / "data" / "sources"


def test_a_cue_read_at_the_start_of_a_line_is_found_among_the_lines_opening_with_any_cue() -> None:
    texts = [read_file(path).text for path in [*sorted(GOLD.glob("*.txt")), *sorted(SEEDS.glob("*.txt"))]]
    texts += [kind.example for kind in kinds()] + [document(family, 3000, seed=5) for family in FAMILIES]
    texts.append("\n".join(kind.example for kind in kinds()))  # every kind's cues in one text
    for text in texts:
        lines = cue_lines(text)
        for kind in kinds():
            assert kind.score(text, lines) == kind.score(text), kind.name
    assert cue_lines("Issue details\nTo: the Cabinet\n  ## Decision maker: Council") == [0, 14, 30]


def test_plain_prose_is_a_plain_document() -> None:
    assert detect_kind("Our plans for the town centre were agreed last spring.").name == "document"


@pytest.mark.parametrize(
    "alias,name",
    [
        ("decision-notice", "forward-plan-entry"),
        ("meeting-record", "issue-meetings"),
        ("committee-report", "committee-report"),
    ],
)
def test_older_metadata_kinds_still_name_a_kind(alias: str, name: str) -> None:
    found = kind_named(alias)
    assert found is not None and found.name == name


def test_every_kind_is_registered_once_with_a_class_and_an_example() -> None:
    names = [k.name for k in kinds()]
    assert len(names) == len(set(names))
    for kind in kinds():
        assert kind.source_class[0].isupper() and kind.label and len(kind.example) > 40


# Written for this test, modelled on the way councils describe plans in plain prose.
PROSE = """Thornbury Borough Council has adopted its new Climate Action Plan 2025-2030.
The Climate Action Plan 2025-2030 replaces the Climate Action Plan 2020-2025 as the council's plan for net zero.
"""
NOTHING = "Bins are collected on Tuesdays. Please put them out by 7am.\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_plain_prose_loads_with_its_facts(tmp_path: Path) -> None:
    extraction = extract(write(tmp_path, "climate.txt", PROSE))
    assert extraction.kind == "document" and extraction.warnings == []
    # Named as the text writes them (the publisher's place is in their keys, not in their names).
    named = {f.object.value for f in extraction.facts if f.predicate.value.endswith(("/title", "#label"))}
    assert {"Climate Action Plan 2025-2030", "Climate Action Plan 2020-2025"} <= named


def test_a_text_with_nothing_to_find_loads_with_zero_facts_and_a_warning(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    [result] = load_paths(store, [write(tmp_path, "bins.txt", NOTHING)])
    assert result.status == "loaded" and result.facts == 0
    assert result.warnings == (
        "bins.txt: no strategy, decision, body or legislation found; loaded as a document with zero facts",
    )
    assert store.query(f"ASK {{ <{ID}source/bins> a sl:GeneralDocument ; sl:content ?text }}")


def test_cli_prints_the_warning_and_succeeds(tmp_path: Path) -> None:
    path = write(tmp_path, "bins.txt", NOTHING)
    result = runner.invoke(app, ["load", str(path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "loaded     bins  (0 facts" in result.output
    assert "warning: bins.txt: no strategy, decision, body or legislation found" in result.output


def test_an_unknown_metadata_kind_is_a_one_line_error(tmp_path: Path) -> None:
    path = write(tmp_path, "odd.txt", PROSE)
    path.with_suffix(".toml").write_text('kind = "memo"\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"odd.txt: unknown kind 'memo' in metadata \(one of forward-plan-entry"):
        extract(path)


def test_kind_features_switch_on_the_structure_rules(tmp_path: Path) -> None:
    """The same decision fields are read in a decision record, not in prose that happens to use a colon."""
    record = (
        "Decision details\nAdoption of the Thornbury Housing Strategy 2024-2029\nDecision Maker: Cabinet\n"
        "Decision status: Implemented\nDate of decision: 04/06/2024\nReference: 24/00310\n"
    )
    facts = extract(write(tmp_path, "record.txt", record)).facts
    assert extract(tmp_path / "record.txt").kind == "decision-record"
    assert any(f.predicate.value.endswith("decisionStatus") and f.object.value == "Implemented" for f in facts)
