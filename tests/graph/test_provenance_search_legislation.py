"""Provenance of statements, what a source contributed, search, and the legislation view."""

from __future__ import annotations

import pytest

from graph.lineage import NotFound
from strategy_lineage import vocab
from tests.graph.seedlike import ACT, EDM, S10, SOURCES, WT

SL = vocab.SL


def test_provenance_of_the_supersession_edge(engine):
    (statement,) = engine.provenance(WT.value, "sl:supersedes", EDM.value)
    assert statement.predicate == SL + "supersedes" and statement.object_is_iri
    (ev,) = statement.evidence
    assert (ev.source, ev.rule, ev.derivation) == ("002_7e30c0936a50fbe4", "replaces-sentence", "stated")
    text = (SOURCES / "002_7e30c0936a50fbe4.txt").read_text(encoding="utf-8")
    assert text[ev.start : ev.end] == ev.quote
    assert ev.loaded_at  # when it was loaded


def test_provenance_of_a_title_literal_and_of_everything_about_a_subject(engine):
    (title,) = engine.provenance("every-day-matters", str(vocab.TITLE.value))
    assert title.object.startswith("Every Day Matters: Kent's Multiagency") and not title.object_is_iri
    everything = engine.provenance(EDM.value)
    predicates = {s.predicate for s in everything}
    assert {SL + "validFrom", SL + "role", SL + "inSeries"} <= predicates
    in_series = next(s for s in everything if s.predicate == SL + "inSeries")
    assert in_series.evidence[0].derivation == "inferred"
    by_literal = engine.provenance(EDM.value, "sl:validFrom", "2013")
    assert [s.object for s in by_literal] == ["2013"]


def test_contributions_of_one_source(engine):
    result = engine.contributions("004_e00e668bf0bcf141")
    assert result.file_name == "004_e00e668bf0bcf141.txt" and result.kind == "CommitteeReport"
    assert all(e.source == "004_e00e668bf0bcf141" for s in result.statements for e in s.evidence)
    assert result.by_predicate["sl:cites"] == 1
    assert sum(result.by_predicate.values()) == len(result.statements)
    assert engine.contributions("004_e00e668bf0bcf141.txt").source == result.source


def test_contributions_of_an_unknown_source(engine):
    with pytest.raises(NotFound, match="loaded: 002_7e30c0936a50fbe4"):
        engine.contributions("999_nothing")


def test_search_working_together_returns_framework_and_guidance_distinguished(engine):
    hits = engine.search("working together")
    kinds = {h.id: (h.kind, h.type) for h in hits}
    assert kinds["working-together-to-improve-outcomes"] == ("strategy", "Framework")
    assert kinds["working-together-to-safeguard-children"] == ("guidance", "StatutoryGuidance")
    assert [h.id for h in engine.search("working together", type="guidance")] == [
        "working-together-to-safeguard-children"
    ]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("every day matters", "every-day-matters"),
        ("EVERY-DAY  matters!", "every-day-matters"),
        ("EDM", "every-day-matters"),
        ("CYPP 2008", "kent-children-and-young-peoples-plan-2008-2011"),
        ("cypp 2006", "kent-children-and-young-peoples-plan-2006-2008"),
        ("positive about our future", "kent-children-and-young-peoples-plan-2008-2011"),
        ("children’s trust board", "kent-childrens-trust-board"),
        ("children act", "ukpga/2004/31"),
    ],
)
def test_search_is_case_punctuation_and_acronym_insensitive(engine, query, expected):
    assert engine.search(query)[0].id == expected


def test_search_ranks_and_filters(engine):
    hits = engine.search("plan", type="StatutoryPlan")
    assert {h.id for h in hits} == {
        "education-development-plan",
        "behaviour-support-plan",
        "early-years-and-childcare-plan",
    }
    assert engine.search("no such words anywhere") == []
    scores = [h.score for h in engine.search("children")]
    assert scores == sorted(scores, reverse=True)


def test_legislation_view_of_section_10_stated_and_inferred(engine):
    view = engine.legislation("ukpga/2004/31/section/10")
    assert view.iri == S10.value and view.part_of == ACT.value
    cites = {(c.strategy.id, c.inferred) for c in view.citations}
    assert cites == {("every-day-matters", False), ("working-together-to-improve-outcomes", True)}
    inferred = next(c for c in view.citations if c.inferred)
    assert inferred.evidence[0].rule == "section-10-duty" and "co-operate" in inferred.evidence[0].quote
    stated_only = engine.legislation(S10.value, evidence="stated")
    assert [c.strategy.id for c in stated_only.citations] == ["every-day-matters"]


def test_legislation_view_of_the_act_includes_citations_of_its_sections(engine):
    view = engine.legislation("Children Act 2004")
    assert view.iri == ACT.value and S10.value in view.parts
    assert {c.strategy.id for c in view.citations} == {
        "kent-children-and-young-peoples-plan-2008-2011",
        "every-day-matters",
        "working-together-to-improve-outcomes",
    }


def test_unknown_legislation(engine):
    with pytest.raises(NotFound):
        engine.legislation("http://www.legislation.gov.uk/id/ukpga/1999/1")


def test_provenance_restricted_to_stated_evidence_drops_inferences(engine):
    everything = {s.predicate for s in engine.provenance(EDM.value)}
    stated = engine.provenance(EDM.value, evidence="stated")
    assert SL + "inSeries" in everything and SL + "inSeries" not in {s.predicate for s in stated}
    assert all(e.derivation != "inferred" for s in stated for e in s.evidence)
