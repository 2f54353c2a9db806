"""The name search index on its own: what counts as a match, how hits are scored and ranked."""

from __future__ import annotations

import dataclasses

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
