"""The name search index on its own: what counts as a match, how hits are scored and ranked."""

from __future__ import annotations

import dataclasses

import pytest

from graph import answers
from graph.search import Entry, SearchIndex, normalize


def entry(n: int, label: str, *others: str, start_year: int | None = None) -> Entry:
    names = (label, *others)
    return Entry(
        iri=f"https://example.org/id/plan/{n}",
        id=f"plan-{n}",
        type="Strategy",
        kind="strategy",
        label=label,
        names=tuple(tuple(normalize(name)) for name in names),
        raw_names=names,
        start_year=start_year,
    )


INDEX = SearchIndex(
    [
        entry(1, "Every Day Matters", "EDM"),
        entry(2, "Everyday Health Matters"),
        entry(3, "Children and Young People's Plan 2008-2011", "CYPP 2008", start_year=2008),
        entry(4, "Children and Young People's Plan 2005-2008", start_year=2005),
        entry(5, "Healthy Livestock Strategy"),
        entry(6, "Healthy Lives Strategy"),
    ]
)


def ids(query: str, **options: object) -> list[str]:
    return [hit.id for hit in INDEX.search(query, **options)]  # type: ignore[arg-type]


def test_every_word_must_match_whole_or_as_the_start_of_a_word():
    assert ids("every matters") == ["plan-1", "plan-2"]  # "every" starts "everyday"
    assert ids("everyd") == ["plan-2"]
    assert ids("matters day") == ["plan-1"]
    assert ids("nothing matters") == []


def test_a_whole_word_outranks_the_start_of_one():
    hits = INDEX.search("healthy lives")
    assert [h.id for h in hits] == ["plan-6", "plan-5"]  # "lives" starts "livestock"
    assert hits[0].score > hits[1].score


def test_short_prefixes_and_numbers_are_not_prefixes():
    assert ids("he") == []  # two letters: no prefix match
    assert ids("200") == []  # a number matches only whole
    assert ids("2008") == ["plan-3", "plan-4"]  # the plan starting in 2008 first


def test_initials_match_whole():
    assert ids("cypp") == ["plan-4", "plan-3"]  # both whole: then by label
    assert ids("edm") == ["plan-1"]
    assert ids("ed") == []  # initials shorter than three letters are not indexed


def test_the_query_being_a_name_ranks_first_and_is_reported_as_matched():
    hit = INDEX.search("cypp 2008")[0]
    assert (hit.id, hit.exact, hit.matched) == ("plan-3", True, "CYPP 2008")
    phrase = INDEX.search("young people")[0]
    assert phrase.matched in (
        "Children and Young People's Plan 2008-2011",
        "Children and Young People's Plan 2005-2008",
    )


def test_ties_are_broken_by_label():
    assert ids("strategy") == ["plan-6", "plan-5"]  # "Healthy Lives" before "Healthy Livestock"


def test_any_word_may_match_when_not_all_are_required():
    assert ids("every nothing", require_all=False) == ["plan-1", "plan-2"]
    assert ids("lives every", require_all=False, limit=2) == ["plan-1", "plan-6"]


def test_a_hit_serialises_as_its_dataclass_does():
    for hit in INDEX.search("plan", limit=10):
        assert answers.search_hit(hit) == dataclasses.asdict(hit)
        assert list(answers.search_hit(hit)) == [f.name for f in dataclasses.fields(hit)]


SEVERAL_NAMES = SearchIndex(
    [
        entry(7, "Green Spaces Plan 2020-2025", "Parks and Green Spaces", "Green Spaces", "Our Green Spaces Pledge"),
        entry(8, "Clean Air Strategy", "Air Quality Action Plan", "Cleaner Air Programme"),
    ]
)


def test_the_name_reported_is_the_one_the_query_is_else_the_last_that_holds_it():
    exact = SEVERAL_NAMES.search("green spaces")[0]
    assert (exact.id, exact.exact, exact.matched) == ("plan-7", True, "Green Spaces")  # not a longer name holding it
    inside = SEVERAL_NAMES.search("air plan")[0]  # no name is the query; no name holds it as a phrase
    assert (inside.id, inside.exact, inside.matched) == ("plan-8", False, "Clean Air Strategy")
    phrase = SEVERAL_NAMES.search("green spaces pledge")[0]
    assert (phrase.exact, phrase.matched) == (False, "Our Green Spaces Pledge")
    last = SEVERAL_NAMES.search("spaces plan")[0]  # only the first name holds "spaces plan"
    assert last.matched == "Green Spaces Plan 2020-2025"


def test_a_hit_is_the_frozen_value_its_class_makes():
    for hit in SEVERAL_NAMES.search("air", limit=5) + INDEX.search("plan", limit=10):
        made = type(hit)(**dataclasses.asdict(hit))
        assert hit == made and hash(hit) == hash(made)
        with pytest.raises(dataclasses.FrozenInstanceError):
            hit.score = 0.0  # type: ignore[misc]
