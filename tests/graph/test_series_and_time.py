"""Succession series, gaps and overlaps, and "in force on" (seed-like graph)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.lineage import InvalidArgument, NotFound
from graph.periods import IntervalIndex, gaps_between, overlaps_between
from graph.records import Node, make_period

WT, EDM = "working-together-to-improve-outcomes", "every-day-matters"
C2006, C2008 = "kent-children-and-young-peoples-plan-2006-2008", "kent-children-and-young-peoples-plan-2008-2011"


def test_the_partnership_series_in_period_order(engine):
    (series,) = engine.series()
    assert [m.id for m in series.members] == [C2006, C2008, EDM, WT]
    assert series.rule == "same-publisher-and-role"
    assert "Kent County Council" in series.label
    assert engine.get_series(EDM).id == series.id  # found through a member
    assert engine.get_series(series.label).id == series.id


def test_gap_2012_is_reported_not_filled(engine):
    series = engine.get_series(EDM)
    (gap,) = series.gaps
    assert (gap.after, gap.before) == (C2008, EDM)
    assert (gap.start, gap.end, gap.precision) == (date(2012, 1, 1), date(2012, 12, 31), "year")
    assert engine.in_force("2012-06-30").strategies == ()


def test_boundary_year_overlaps_are_flagged_as_such(engine):
    overlaps = {(o.earlier, o.later): o for o in engine.get_series(EDM).overlaps}
    assert set(overlaps) == {(C2006, C2008), (EDM, WT)}
    assert all(o.boundary_only and o.precision == "year" for o in overlaps.values())
    assert overlaps[(EDM, WT)].start == date(2016, 1, 1)


def test_in_force_on_2014_06_01_is_every_day_matters(engine):
    result = engine.in_force(date(2014, 6, 1))
    assert [n.id for n in result.strategies] == [EDM]
    assert result.at_year_precision == ()


def test_in_force_bounds_are_inclusive_and_boundary_years_flagged(engine):
    assert [n.id for n in engine.in_force("2011-12-31").strategies] == [C2008]
    both = engine.in_force("2016-05-01")
    assert {n.id for n in both.strategies} == {EDM, WT}
    assert set(both.at_year_precision) == {EDM, WT}


def test_in_force_on_the_date_of_an_event(engine, seedlike_store):
    # The Trust Board agreed the 2008 plan on 11 September 2008: both CYPPs cover 2008.
    result = engine.in_force("cypp-2008-agreed")
    assert result.date == date(2008, 9, 11) and "cypp-2008-agreed" in result.basis
    assert {n.id for n in result.strategies} == {C2006, C2008}


def test_in_force_rejects_what_is_not_a_date(engine):
    with pytest.raises(InvalidArgument, match="neither a date"):
        engine.in_force("next tuesday")


def test_unknown_series(engine):
    with pytest.raises(NotFound):
        engine.get_series("no such series at all")


def node(id: str, start: str | None, end: str | None) -> Node:
    return Node(id, id, id, "Plan", make_period(start, end))


def test_interval_index_handles_open_ended_and_out_of_range_days():
    items = [
        ("a", make_period("2000", "2004")),
        ("b", make_period("2003", None)),
        ("c", make_period(None, "2001-06-30")),
    ]
    index = IntervalIndex(items)
    assert sorted(index.at(date(2001, 6, 30))) == ["a", "c"]
    assert sorted(index.at(date(2001, 7, 1))) == ["a"]
    assert sorted(index.at(date(2030, 1, 1))) == ["b"]  # open-ended, after every stated bound
    assert sorted(index.at(date(1990, 1, 1))) == ["c"]  # open start
    assert IntervalIndex([("x", make_period(None, None))]).at(date(2000, 1, 1)) == []


def test_gaps_and_overlaps_at_day_precision():
    members = [
        node("a", "2010-01-01", "2010-06-30"),
        node("b", "2010-07-01", "2011-03-31"),
        node("c", "2011-03-01", "2012-12-31"),
        node("d", "2013-02-01", None),
    ]
    assert gaps_between(members) == [("c", "d", date(2013, 1, 1), date(2013, 1, 31), "day")]
    (overlap,) = overlaps_between(members)
    assert overlap == ("b", "c", date(2011, 3, 1), date(2011, 3, 31), "day", False)


def test_a_long_plan_covers_later_short_ones():
    members = [node("long", "2000", "2010"), node("short", "2002", "2003"), node("next", "2008", "2012")]
    assert gaps_between(members) == []
