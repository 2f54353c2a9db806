"""Conflicts across sources and governance trails."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from graph.conflicts import find_conflicts
from graph.store import memory_store, now_iso
from graph.trail import governance_trail
from loaders.facts import to_quads
from strategy_lineage import vocab
from tests.graph.seedlike import EDM, S2008, Source, lit, seed_like_sources

EDM_ID = "every-day-matters"


def test_every_day_matters_adoption_date_conflict_lists_both_sources(engine):
    (conflict,) = [c for c in engine.conflicts() if c.rule == "adopted-before-governance"]
    assert conflict.subject_id == EDM_ID
    adoption, *later = conflict.sides
    assert adoption.value == "2013-04" and adoption.sources == ("002_7e30c0936a50fbe4",)
    assert any("April 2013" in (e.quote or "") for e in adoption.evidence)
    assert [s.value for s in later] == ["2013-05-29", "2013-05-30"]
    assert all(s.sources == ("004_e00e668bf0bcf141",) for s in later)
    assert any("29 May 2013" == e.quote for e in later[0].evidence)
    # The earlier consideration (27 March) is consistent with an April adoption.
    assert "2013-03-27" not in [s.value for s in conflict.sides]


def test_differing_values_from_two_sources_are_a_conflict_but_precision_is_not():
    sources = seed_like_sources()
    extra = Source("000_e0d006e98f43459c.txt", "decision-notice", "16/00116")
    # A second source that gives the 2008 plan another end year, and a compatible start.
    extra.state(S2008, vocab.sl("validUntil"), lit("2012", "gYear"), "2016 – 2019", "period-in-title")
    extra.state(S2008, vocab.sl("validFrom"), lit("2008-04-01", "date"), "02/11/2016", "date-line")
    store = memory_store()
    for x in (*sources, extra.extraction):
        store.replace_graph(x.graph, to_quads(x, now_iso()))
    differing = [c for c in find_conflicts(store) if c.rule == "differing-values"]
    assert [(c.subject, c.predicate.rsplit("#")[-1]) for c in differing] == [(S2008.value, "validUntil")]
    sides = {s.value: s.sources for s in differing[0].sides}
    assert sides == {"2011": ("003_e8b9a6c9523d440f",), "2012": ("000_e0d006e98f43459c",)}


def test_governance_trail_in_date_order_with_requests_as_requests(engine):
    events = engine.trail("CYPP 2008")
    assert [(e.type, e.date) for e in events] == [("Agreement", "2008-09-11"), ("ApprovalRequest", "2008-10-16")]
    agreed, asked = events
    assert not agreed.is_request and agreed.bodies[0].label == "Kent Children's Trust Board"
    assert asked.is_request and asked.requested_of[0].label == "Kent County Council"
    assert all(e.sources == ("003_e8b9a6c9523d440f",) for e in events)


def test_trail_of_every_day_matters_shows_the_adoption_between_board_meetings(engine):
    events = engine.trail(EDM_ID)
    assert [e.date for e in events] == ["2013-03-27", "2013-04", "2013-05-29", "2013-05-30"]
    assert [e.type for e in events] == ["Consideration", "Adoption", "Presentation", "Presentation"]


def test_trail_takes_the_meeting_date_when_the_event_has_none(seedlike_store):
    store = memory_store()
    src = Source("001_6296d0a391ff5100.txt", "meeting-record", "16/00116 meetings")
    event, meeting = vocab.entity_iri("event", "endorsed"), vocab.entity_iri("meeting", "cscc-2016-11-10")
    src.state(event, vocab.A, vocab.sl("Endorsement"), "RESOLVED", "resolved-endorsed")
    src.state(event, vocab.sl("concerns"), EDM, "RESOLVED", "resolved-endorsed")
    src.state(event, vocab.sl("meeting"), meeting, "RESOLVED", "resolved-endorsed")
    src.state(event, vocab.sl("agendaItem"), Literal("180"), "180", "item-number")
    src.state(meeting, NamedNode(vocab.SCHEMA + "startDate"), lit("2016-11-10", "date"), "10/11/2016", "meeting-date")
    store.replace_graph(src.extraction.graph, to_quads(src.extraction, now_iso()))
    (only,) = governance_trail(store, EDM.value)
    assert (only.type, only.date, only.agenda_item, only.meeting.id) == (
        "Endorsement",
        "2016-11-10",
        "180",
        "cscc-2016-11-10",
    )
