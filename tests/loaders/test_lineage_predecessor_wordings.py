"""Further wordings of a plan following an earlier one: "the third such strategy", "moves us on from", "builds on the
direction set by", "the final year of the plan adopted in 2020"; and what is no earlier plan ("the last year of" a
plan is no previous plan).

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

PUBLISHER = "Carrowmore District Council"


def test_the_third_such_plan_follows_an_unnamed_second(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Allotments Strategy 2025-2035\n\nThis is the fourth such strategy the Council has adopted since 1990, "
        "and the first written with the allotment societies.\n",
        PUBLISHER,
    )
    fact = doc.fact(
        "Carrowmore Allotments Strategy 2025-2035",
        "isSuccessorOf",
        "Predecessor of Carrowmore Allotments Strategy 2025-2035",
    )
    assert (fact.rule, fact.derivation) == ("ordinal-edition", "inferred")
    assert_quoted(doc, fact, "fourth such strategy")


def test_a_plan_that_moves_on_from_an_earlier_one_succeeds_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Parking Strategy 2024-2029\n\nThe strategy moves the Council on from an earlier parking strategy that "
        "was mostly about enforcement.\n",
        PUBLISHER,
    )
    fact = doc.fact(
        "Carrowmore Parking Strategy 2024-2029", "isSuccessorOf", "Predecessor of Carrowmore Parking Strategy 2024-2029"
    )
    assert fact.rule == "succession-stated"
    assert_quoted(doc, fact, "moves the Council on from an earlier parking strategy")


def test_moving_something_else_on_is_no_succession(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Parking Strategy 2024-2029\n\nThe new car park moves visitors on from the harbour front quickly.\n",
        PUBLISHER,
    )
    assert doc.relations() == []


def test_a_plan_building_on_the_course_an_earlier_one_set_succeeds_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Heathland Management Plan 2021-2026\n\nThis plan builds on the course set by the Lowland Heath Plan "
        "2014-2019, keeping its grazing targets.\n",
        PUBLISHER,
    )
    fact = doc.fact(
        "Carrowmore Heathland Management Plan 2021-2026", "isSuccessorOf", "Carrowmore Lowland Heath Plan 2014-2019"
    )
    assert (fact.rule, fact.derivation) == ("succession-builds-on", "stated")


@pytest.mark.parametrize(
    ("text", "newer", "older"),
    [
        (
            "Corporate Plan 2026-2030\n\nLast year was the final year of the plan we agreed in 2021, so this plan "
            "sets new priorities.\n",
            "Carrowmore Corporate Plan 2026-2030",
            "Predecessor of Carrowmore Corporate Plan 2026-2030",
        ),
        (
            "Annual review\n\n2024 marked the last year of the Seafront Plan 2020-2024. In May the Cabinet agreed "
            "a new Seafront and Harbour Plan 2025-2032.\n",
            "Carrowmore Seafront and Harbour Plan 2025-2032",
            "Carrowmore Seafront Plan 2020-2024",
        ),
    ],
)
def test_a_plan_in_its_final_year_is_followed_by_the_new_one(tmp_path: Path, text: str, newer: str, older: str) -> None:
    fact = read(tmp_path, text, PUBLISHER).fact(newer, "isSuccessorOf", older)
    assert (fact.rule, fact.derivation) == ("succession-after-expiry", "inferred")


@pytest.mark.parametrize(
    "text",
    [
        # the plan the text presents is in its last year: it has not ended
        "Corporate Plan 2022-2026\n\nThis is the final year of the plan, and we will report on it in the spring.\n",
        # "the last year of" a plan is a year, not a previous plan
        "Annual review\n\nIn the last year of the Seafront Plan 2020-2024 the promenade was rebuilt.\n",
    ],
)
def test_a_final_year_without_a_later_plan_says_nothing(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, PUBLISHER)
    assert doc.relations() == []
    assert not [
        title
        for title in doc.strategies()
        if title not in {"Carrowmore Corporate Plan 2022-2026", "Carrowmore Seafront Plan 2020-2024"}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "No longer called the Community Plan, it is now known as the Parish Plan 2025-2030.\n",
        "The Community Plan was renamed the Parish Plan 2025-2030 when the parish council took it over.\n",
    ],
)
def test_a_plan_under_its_new_name_follows_the_plan_under_the_old(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, PUBLISHER)
    fact = doc.fact("Carrowmore Parish Plan 2025-2030", "isSuccessorOf", "Community Plan")
    assert (fact.rule, fact.derivation) == ("succession-stated", "stated")
    assert_quoted(doc, fact, "Community Plan", "Parish Plan 2025-2030")


def test_a_building_formerly_called_something_else_says_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Assembly Rooms, no longer called the Corn Hall, will host the Parish Plan 2025-2030 exhibition.\n",
        PUBLISHER,
    )
    assert doc.relations() == []
