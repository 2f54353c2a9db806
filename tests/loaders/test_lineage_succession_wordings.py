"""One plan coming after another, said in time words ("came after", "was succeeded in 2019 by", "X, followed by Y")
and by the noun "successor" ("its successor, the Y", "the X's successor will be Y", "a successor to X"): the later
plan succeeds the earlier, never the other way round, and nothing is read where no plan is said to follow another.

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

PUBLISHER = "Kelmscote District Council"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Moorland Access Plan 2021-2026 came after the Moorland Access Plan 2016-2021 and doubled the paths.",
        "The Moorland Access Plan 2016-2021 was succeeded in April 2021 by the Moorland Access Plan 2021-2026.",
        "The Moorland Access Plan 2016-2021 was followed in 2021 by the Moorland Access Plan 2021-2026.",
        "The Moorland Access Plan 2016-2021 was then followed by the Moorland Access Plan 2021-2026.",
        "The Moorland Access Plan (2016-21), followed by the Moorland Access Plan (2021-26), opened new paths.",
    ],
)
def test_time_words_make_the_later_plan_the_successor(tmp_path: Path, sentence: str) -> None:
    doc = read(tmp_path, sentence + "\n", PUBLISHER)
    assert doc.relations() == [
        ("Kelmscote Moorland Access Plan 2021-2026", "isSuccessorOf", "Kelmscote Moorland Access Plan 2016-2021")
    ]
    fact = doc.fact(
        "Kelmscote Moorland Access Plan 2021-2026", "isSuccessorOf", "Kelmscote Moorland Access Plan 2016-2021"
    )
    assert (fact.rule, fact.derivation, fact.modality) == ("succession-stated", "stated", None)
    assert_quoted(doc, fact, "2016-", "2021-")


def test_superseded_with_a_date_between_the_verb_and_by(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Kelmscote Parking Strategy 2012-2017 was superseded in March 2017 by the Kelmscote Parking Strategy "
        "2017-2022.\n",
        PUBLISHER,
    )
    assert doc.relations() == [
        ("Kelmscote Parking Strategy 2017-2022", "supersedes", "Kelmscote Parking Strategy 2012-2017")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two plans of different subjects listed in an order of business
        "Members will take the Allotments Strategy 2022-2027, followed by the Burial Grounds Strategy 2023-2028.\n",
        # the subject that came after is an event, not a plan
        "Kelmscote Swimming Strategy 2024-2029\n\nThe public inquiry came after the Moorland Access Plan 2016-2021 "
        "was challenged.\n",
        # "this" is no plan named before the cue
        "Kelmscote Swimming Strategy 2024-2029\n\nThis came after the Moorland Access Plan 2016-2021 was adopted.\n",
        # the earlier plan written after "followed by": never reversed
        "The Moorland Access Plan 2021-2026 was followed in 2022 by the Moorland Access Plan 2016-2021 review.\n",
    ],
)
def test_no_succession_where_no_plan_is_said_to_follow_another(tmp_path: Path, text: str) -> None:
    assert read(tmp_path, text, PUBLISHER).relations() == []


def test_its_successor_in_apposition_after_an_earlier_sentence(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Kelmscote Air Quality Plan 2018-2023 met four of its five targets. Its successor, the Kelmscote Air "
        "Quality Plan 2023-2028, adds a clean air zone.\n",
        PUBLISHER,
    )
    assert doc.relations() == [
        ("Kelmscote Air Quality Plan 2023-2028", "isSuccessorOf", "Kelmscote Air Quality Plan 2018-2023")
    ]
    fact = doc.fact("Kelmscote Air Quality Plan 2023-2028", "isSuccessorOf", "Kelmscote Air Quality Plan 2018-2023")
    assert (fact.rule, fact.derivation) == ("succession-stated", "stated")
    assert_quoted(doc, fact, "Its successor", "2023-2028")


def test_a_numbered_plan_said_to_be_its_successor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Local Transport Plan 2 covered the county until 2011. LTP 3 is its successor and took effect that April.\n",
        PUBLISHER,
    )
    fact = doc.fact("Local Transport Plan 3", "isSuccessorOf", "Local Transport Plan 2")
    assert (fact.rule, fact.derivation) == ("succession-stated", "stated")
    assert_quoted(doc, fact, "is its successor")


def test_a_possessive_successor_still_to_come_is_proposed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Kelmscote Tourism Strategy 2020-2025's successor will be the Kelmscote Visitor Strategy 2025-2030, "
        "which members are to consider in the spring.\n",
        PUBLISHER,
    )
    fact = doc.fact("Kelmscote Visitor Strategy 2025-2030", "isSuccessorOf", "Kelmscote Tourism Strategy 2020-2025")
    assert fact.modality == "Proposed"


def test_a_successor_described_but_not_named_is_a_plan_to_come(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Officers have started to write a successor to the Kelmscote Tourism Strategy 2020-2025.\n",
        PUBLISHER,
    )
    fact = doc.fact(
        "Successor of Kelmscote Tourism Strategy 2020-2025", "isSuccessorOf", "Kelmscote Tourism Strategy 2020-2025"
    )
    assert (fact.derivation, fact.modality) == ("inferred", "Proposed")


def test_a_successor_plan_with_its_period_after_a_passive_cue(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Kelmscote Tourism Strategy 2020-2025 will be replaced by a new strategy for 2025-2030.\n",
        PUBLISHER,
    )
    fact = doc.fact(
        "Successor of Kelmscote Tourism Strategy 2020-2025", "supersedes", "Kelmscote Tourism Strategy 2020-2025"
    )
    assert (fact.derivation, fact.modality) == ("inferred", "Proposed")
    assert doc.said_of("Successor of Kelmscote Tourism Strategy 2020-2025")["validFrom"].startswith("2025")


@pytest.mark.parametrize(
    "text",
    [
        # a role in a constitution, not a plan said to follow
        "The Strategic Statement (the Kelmscote Tourism Strategy 2020-2025 or its successor) is debated by Council.\n",
        # a successor not yet in sight
        "The Kelmscote Tourism Strategy 2020-2025 runs to 2025, so the new Council can agree its successor.\n",
        # a successor body, not a plan
        "The Kelmscote Tourism Strategy 2020-2025 was drawn up by the Visitor Board. Its successor body, the "
        "Kelmscote Destination Partnership, meets in June.\n",
    ],
)
def test_a_successor_that_is_no_plan_named_relates_nothing(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, PUBLISHER)
    assert doc.relations() == []
    assert not any(title.startswith("Successor of") for title in doc.strategies())


def test_a_chain_told_in_one_sentence_links_each_plan_to_the_one_before(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Kelmscote Cycling Plan 2006-2011 was followed by the Kelmscote Cycling Plan 2011-2016 and later by the "
        "Kelmscote Cycling Plan 2016-2021.\n",
        PUBLISHER,
    )
    assert sorted(doc.relations()) == [
        ("Kelmscote Cycling Plan 2011-2016", "isSuccessorOf", "Kelmscote Cycling Plan 2006-2011"),
        ("Kelmscote Cycling Plan 2016-2021", "isSuccessorOf", "Kelmscote Cycling Plan 2011-2016"),
    ]


def test_a_plan_that_replaced_one_and_was_itself_replaced(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Kelmscote Cycling Plan 2011-2016 superseded the Kelmscote Cycling Plan 2006-2011 and was in turn "
        "superseded by the Kelmscote Cycling Plan 2016-2021.\n",
        PUBLISHER,
    )
    assert sorted(doc.relations()) == [
        ("Kelmscote Cycling Plan 2011-2016", "supersedes", "Kelmscote Cycling Plan 2006-2011"),
        ("Kelmscote Cycling Plan 2016-2021", "supersedes", "Kelmscote Cycling Plan 2011-2016"),
    ]
    # never the first plan's predecessor taken as the one the last replaced
    assert ("Kelmscote Cycling Plan 2016-2021", "supersedes", "Kelmscote Cycling Plan 2006-2011") not in doc.relations()
