"""The issue's "done when" list, on the graph the real loaders build from the five seeds."""

from __future__ import annotations

from datetime import date

import pytest

from graph.lineage import NotFound
from graph.records import INFERRED_SUCCESSION, PARTIALLY_SUPERSEDES, REVISION_OF, SUPERSEDES
from tests.graph.seedlike import SOURCES

WT, EDM = "working-together-to-improve-outcomes", "every-day-matters"
C2006, C2008 = "kent-children-and-young-peoples-plan-2006-2008", "kent-children-and-young-peoples-plan-2008-2011"
STATUTORY = {"education-development-plan", "behaviour-support-plan", "early-years-and-childcare-plan"}


def quote_is_in_its_file(ev) -> bool:
    text = (SOURCES / f"{ev.source}.txt").read_text(encoding="utf-8")
    return text[ev.start : ev.end] == ev.quote


def test_chain_and_dag_with_evidence(seed_engine):
    result = seed_engine.lineage("Working Together", direction="up")
    edges = {(e.source, e.relation, e.target): e for e in result.edges}
    assert (WT, SUPERSEDES, EDM) in edges
    assert (EDM, INFERRED_SUCCESSION, C2008) in edges
    assert (C2008, REVISION_OF, C2006) in edges
    assert {(C2008, PARTIALLY_SUPERSEDES, p) for p in STATUTORY} <= set(edges)
    for edge in result.edges:
        stated = [ev for ev in edge.evidence if ev.derivation == "stated"]
        if edge.inferred:
            assert not stated and edge.evidence[0].rule == "consecutive-in-series"
            assert all(quote_is_in_its_file(b) for b in edge.evidence[0].based_on if b.quote)
        else:
            assert stated and all(quote_is_in_its_file(ev) for ev in stated)
    assert "to replace Every Day Matters" in edges[(WT, SUPERSEDES, EDM)].evidence[0].quote
    assert "has been updated" in edges[(C2008, REVISION_OF, C2006)].evidence[0].quote


def test_stated_only_view_drops_the_inferred_2011_to_2013_link(seed_engine):
    stated = seed_engine.lineage(WT, direction="up", evidence="stated")
    assert {n.id for n in stated.nodes} == {WT, EDM}
    assert not any(e.inferred for e in stated.edges)
    with pytest.raises(NotFound):
        seed_engine.path(C2006, WT, evidence="stated")
    assert [n.id for n in seed_engine.path(C2006, WT).nodes] == [C2006, C2008, EDM, WT]


def test_the_partnership_series_and_its_2012_gap(seed_engine):
    (series,) = [s for s in seed_engine.series() if any(m.id == EDM for m in s.members)]
    assert [m.id for m in series.members] == [C2006, C2008, EDM, WT]
    (gap,) = series.gaps
    assert (gap.after, gap.before, gap.start, gap.end) == (C2008, EDM, date(2012, 1, 1), date(2012, 12, 31))
    assert all(o.boundary_only for o in series.overlaps)


def test_in_force_on_2014_06_01_is_every_day_matters(seed_engine):
    assert [n.id for n in seed_engine.in_force("2014-06-01").strategies] == [EDM]
    assert seed_engine.in_force("2012-07-01").strategies == ()
    on_decision = seed_engine.in_force("16/00116")
    assert on_decision.date == date(2016, 11, 10) and {n.id for n in on_decision.strategies} == {EDM, WT}


def test_every_day_matters_adoption_conflict_lists_both_sources(seed_engine):
    (conflict,) = [c for c in seed_engine.conflicts() if c.rule == "adopted-before-governance" and c.subject_id == EDM]
    adoption, *later = conflict.sides
    assert adoption.sources == ("002_7e30c0936a50fbe4",) and adoption.value == "2013-04"
    assert any("April 2013" in ev.quote for ev in adoption.evidence)
    assert {s.value for s in later} >= {"2013-05-29", "2013-05-30"}
    assert {src for s in later for src in s.sources} == {"004_e00e668bf0bcf141"}
    assert all(quote_is_in_its_file(ev) for side in conflict.sides for ev in side.evidence)


def test_search_working_together_returns_both_distinguished_by_type(seed_engine):
    hits = {h.type: h for h in seed_engine.search("working together")}
    assert hits["Framework"].id == WT and hits["Framework"].kind == "strategy"
    assert hits["StatutoryGuidance"].kind == "guidance"
    assert "Safeguard" in hits["StatutoryGuidance"].label
    assert seed_engine.search("EDM")[0].id == EDM
    assert seed_engine.search("every day matters")[0].id == EDM
    assert seed_engine.search("CYPP 2008")[0].id == C2008


def test_trail_of_working_together(seed_engine):
    events = seed_engine.trail(WT)
    endorsed = next(e for e in events if e.type == "Endorsement")
    assert (endorsed.date, endorsed.agenda_item, endorsed.decision_reference) == ("2016-11-10", "180", "16/00116")
    decision = next(e for e in events if e.type == "Decision")
    assert decision.decision_status == "Recommendations Approved" and decision.decision_type == "Key"
    assert any(e.is_request for e in events)
    dated = [e.day for e in events if e.day]
    assert dated == sorted(dated)


def test_legislation_view_of_section_10(seed_engine):
    view = seed_engine.legislation("http://www.legislation.gov.uk/id/ukpga/2004/31/section/10")
    cites = {(c.strategy.id, c.inferred) for c in view.citations}
    assert (EDM, False) in cites and (WT, True) in cites
    assert len(view.citations) == len({(c.strategy.id, c.predicate, c.provision) for c in view.citations})


def test_provenance_and_contributions(seed_engine):
    (statement,) = seed_engine.provenance(seed_engine.resolve(WT), "sl:supersedes")
    assert statement.object.endswith("/every-day-matters")
    assert all(quote_is_in_its_file(ev) for ev in statement.evidence if ev.derivation == "stated")
    contribution = seed_engine.contributions("003_e8b9a6c9523d440f")
    assert contribution.by_predicate["sl:partiallySupersedes"] == 3
