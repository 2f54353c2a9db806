"""Versions of one plan told in one paragraph by their dates ("agreed in 2019 and updated in 2021", "a full review is
now in progress", then the edition named with its years): each version a node, each a revision of the one before,
the named edition the successor of the last, and a version still being made proposed (rule series-in-one-paragraph).

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

PUBLISHER = "Ardlow Borough Council"


def test_an_approval_a_refresh_and_a_review_under_way_are_three_versions(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Coastal access\n\nThe Coastal Access Strategy was first endorsed by the Minister in 2010, and it was "
        "refreshed in 2018. A comprehensive review is currently in progress with landowners.\n",
        PUBLISHER,
    )
    assert sorted(doc.relations()) == [
        ("Coastal Access Strategy (refresh 2018)", "isRefreshOf", "Coastal Access Strategy (first version 2010)"),
        ("Coastal Access Strategy (review under way)", "isRevisionOf", "Coastal Access Strategy (refresh 2018)"),
    ]
    under_way = doc.fact(
        "Coastal Access Strategy (review under way)", "isRevisionOf", "Coastal Access Strategy (refresh 2018)"
    )
    assert (under_way.rule, under_way.derivation, under_way.modality) == (
        "series-in-one-paragraph",
        "inferred",
        "Proposed",
    )
    assert_quoted(doc, under_way, "endorsed by the Minister in 2010", "review is currently in progress")


def test_the_edition_named_after_the_dated_versions_succeeds_the_last(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Our Digital Strategy was agreed in March 2019 and updated in 2021. The Digital Strategy 2024-2028 was "
        "agreed by Cabinet in February 2024.\n",
        PUBLISHER,
    )
    assert sorted(doc.relations()) == [
        ("Ardlow Digital Strategy (update 2021)", "isRevisionOf", "Ardlow Digital Strategy (first version March 2019)"),
        ("Ardlow Digital Strategy 2024-2028", "supersedes", "Ardlow Digital Strategy (update 2021)"),
    ]
    fact = doc.fact("Ardlow Digital Strategy 2024-2028", "supersedes", "Ardlow Digital Strategy (update 2021)")
    assert (fact.derivation, fact.modality) == ("inferred", None)


def test_a_plan_dated_by_its_adoption_then_a_later_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Waste Plan was adopted by the Authority in 2012. In 2024 a new Waste Plan 2024-2034 was approved.\n",
        PUBLISHER,
    )
    assert doc.relations() == [("Ardlow Waste Plan 2024-2034", "supersedes", "Ardlow Waste Plan (adopted 2012)")]


def test_a_later_edition_still_being_drafted_is_proposed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Our Parking Strategy was agreed in 2015, and a new Parking Strategy 2025-2030 is now being drafted.\n",
        PUBLISHER,
    )
    fact = doc.fact("Ardlow Parking Strategy 2025-2030", "supersedes", "Ardlow Parking Strategy (agreed 2015)")
    assert fact.modality == "Proposed"


@pytest.mark.parametrize(
    "text",
    [
        # a review alone makes no version the text names apart from the plan itself
        "The Play Strategy was adopted in 2018 and reviewed in 2021. It sits alongside the Parks Strategy 2021-2026.\n",
        # another plan adopted later is no edition of it
        "The Play Strategy was adopted in 2018. The Parks Strategy 2021-2026 was adopted in 2021.\n",
        # the later edition is in another paragraph, about something else
        "The Play Strategy was adopted in 2018.\n\nPlay areas\n\nThe Play Strategy 2024-2029 lists new play areas.\n",
    ],
)
def test_no_series_without_a_version_or_edition_of_the_same_plan_in_the_paragraph(tmp_path: Path, text: str) -> None:
    assert not [r for r in read(tmp_path, text, PUBLISHER).relations() if "(" in r[0] + r[2]]


def test_a_plan_numbered_by_the_text_is_left_to_the_numbered_series(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Our first Cycling Plan (CP1) was approved in 2011, and CP2 ran from 2016 to 2021. The Cycling Plan "
        "2022-2032 was approved in 2022.\n",
        PUBLISHER,
    )
    assert not [title for title in doc.strategies() if "(approved" in title or "(first version" in title]


def test_the_present_edition_with_its_years_then_the_new_one_described_by_its_period(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Play Strategy 2021-2024\n\nThe Play Strategy was first adopted in 2006, and updated in 2011 and 2015. The "
        "present strategy covers 2018 to 2021. The new strategy for 2021 to 2024 was adopted by the Executive on "
        "2 March 2021.\n",
        PUBLISHER,
    )
    present = doc.fact("Ardlow Play Strategy 2018-2021", "supersedes", "Ardlow Play Strategy (update 2015)")
    assert present.rule == "series-in-one-paragraph"
    fact = doc.fact("Ardlow Play Strategy 2021-2024", "isSuccessorOf", "Ardlow Play Strategy 2018-2021")
    assert (fact.rule, fact.derivation) == ("new-after-current", "inferred")
    assert_quoted(doc, fact, "present strategy covers 2018 to 2021", "new strategy for 2021 to 2024")


def test_the_current_plan_after_the_versions_comes_before_the_new_one(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The first Arts Strategy was agreed in 2009, with updates in 2012 and 2015. The current Strategy runs from "
        "2017 to 2021. A new Arts Strategy for 2021-2026 was agreed in February 2021.\n",
        PUBLISHER,
    )
    relations = doc.relations()
    assert ("Arts Strategy 2017-2021", "supersedes", "Arts Strategy (update 2015)") in relations
    assert ("Ardlow Arts Strategy 2021-2026", "isSuccessorOf", "Arts Strategy 2017-2021") in relations
    assert not [r for r in relations if r[0].endswith("2021-2026") and "update" in r[2]]
