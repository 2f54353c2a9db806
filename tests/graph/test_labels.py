"""The labels policy: one name per thing, the same on every surface."""

from __future__ import annotations

from datetime import date

import pytest

from graph.canonical import is_inverse_form, said_by
from graph.labels import (
    RELATION_WORDS,
    best_label,
    human_date,
    human_dates,
    human_time,
    labels_of,
    on_date,
    short_name,
    short_names_of,
    source_titles,
)
from graph.records import RELATIONS
from strategy_lineage.vocab import DCTERMS, LEGISLATION, RDFS, SKOS, SL

BASE = "http://localhost:8000/id/"


@pytest.mark.parametrize(
    "title, alternatives, expected",
    [
        # A worded short title, never the acronym that names every plan of its kind.
        (
            "Kent Children and Young People's Plan 2008-2011",
            ["CYPP", "Positive about our Future"],
            "Positive about our Future",
        ),
        ("Every Day Matters: Kent's Multiagency Strategic Plan 2013-2016", ["Every Day Matters"], "Every Day Matters"),
        (
            "Suffolk Health and Wellbeing Strategy 2022-2027",
            ["JHWS", "HWBS"],
            "Suffolk Health and Wellbeing Strategy 2022-2027",
        ),
        ("Education Development Plan", [], "Education Development Plan"),
        (
            "Our Plan",
            ["Our Plan for the Borough's Children 2020-2024"],
            "Our Plan",
        ),  # a longer alternative is not shorter
    ],
)
def test_short_name(title: str, alternatives: list[str], expected: str) -> None:
    assert short_name(title, alternatives) == expected


def test_a_title_comes_before_other_labels_and_the_fullest_title_wins() -> None:
    values = {RDFS + "label": ["CYPP 2008"], DCTERMS + "title": ["Kent Plan", "Kent Plan 2008-2011"]}
    assert best_label(values) == "Kent Plan 2008-2011"
    assert best_label({SKOS + "prefLabel": ["Series A"], RDFS + "label": ["a"]}) == "Series A"
    assert best_label({}) is None


def test_legislation_is_named_as_it_is_cited_not_by_its_heading() -> None:
    values = {
        DCTERMS + "title": ["Co-operation to improve well-being"],
        RDFS + "label": ["Co-operation to improve well-being", "section 10 of the Children Act 2004"],
    }
    assert best_label(values, LEGISLATION + "ukpga/2004/31/section/10") == "section 10 of the Children Act 2004"
    assert best_label(values, BASE + "strategy/x") == "Co-operation to improve well-being"


@pytest.mark.parametrize(
    "stated, words, when",
    [
        ("2013-05-29", "29 May 2013", "on 29 May 2013"),
        ("2013-04", "April 2013", "in April 2013"),
        ("2013", "2013", "in 2013"),
        ("2016-11-01", "1 November 2016", "on 1 November 2016"),
        ("late 2013", "late 2013", "in late 2013"),  # words a source used are never dropped
    ],
)
def test_dates_as_an_officer_writes_them(stated: str, words: str, when: str) -> None:
    assert human_date(stated) == words and on_date(stated) == when


def test_dates_inside_text_and_timestamps() -> None:
    assert human_dates("Approval 2013-05-29, adopted 2013-04") == "Approval 29 May 2013, adopted April 2013"
    assert human_date(date(2012, 1, 1)) == "1 January 2012"
    assert human_time("2026-11-30T07:17:12+00:00") == "30 November 2026, 07:17 UTC"
    assert human_time("not a time") == "not a time" and human_date(None) == ""


def test_every_relation_has_its_words_both_ways() -> None:
    assert set(RELATION_WORDS) == set(RELATIONS)
    assert RELATION_WORDS["supersedes"] == ("replaces", "replaced by")


def test_labels_and_short_names_from_the_store(store) -> None:
    kent = BASE + "strategy/kent-county-council/"
    edm, cypp = kent + "every-day-matters", kent + "kent-children-and-young-peoples-plan-2008-2011"
    labels = labels_of(store, [edm, BASE + "strategy/nothing-here"])
    edm_title = "Every Day Matters: Kent's Multiagency Strategic Plan for Children and Young People 2013-2016"
    assert labels == {edm: edm_title}
    assert short_names_of(store, [edm, cypp]) == {edm: "Every Day Matters", cypp: "Positive about our Future"}
    assert labels_of(store, [LEGISLATION + "ukpga/2004/31/section/10"]) == {
        LEGISLATION + "ukpga/2004/31/section/10": "section 10 of the Children Act 2004"
    }


def test_sources_are_named_by_their_titles(store) -> None:
    titles = source_titles(store, ["002_7e30c0936a50fbe4", "no-such-source"])
    assert list(titles) == ["002_7e30c0936a50fbe4"]
    assert titles["002_7e30c0936a50fbe4"].startswith("Working Together to Improve Outcomes")
    assert len(source_titles(store)) == len(store.sources())


def test_one_supersession_stored_four_ways_is_said_once() -> None:
    newer, older = BASE + "strategy/new", BASE + "strategy/old"
    triples = [
        (older, SL + "supersededBy", newer),
        (newer, DCTERMS + "replaces", older),
        (older, DCTERMS + "isReplacedBy", newer),
        (newer, SL + "supersedes", older),
        (newer, DCTERMS + "title", "New plan"),
    ]
    assert said_by(triples) == [3, 3, 3, 3, 4]
    assert is_inverse_form(SL + "supersededBy") and not is_inverse_form(SL + "supersedes")
    # The inverse alone is not dropped: it is the only statement of the fact.
    assert said_by([(older, SL + "supersededBy", newer)]) == [0]
