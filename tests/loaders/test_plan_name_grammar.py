"""Families of plan names read from real council texts: each test uses wordings of its own."""

from __future__ import annotations

import pytest

from loaders.plan_names import plan_names
from loaders.text import clean


def names_in(text: str) -> list[tuple[str, str | None]]:
    cleaned = clean(text).text
    return [(plan.name, plan.period.text if plan.period else None) for plan in plan_names(cleaned)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cabinet noted the Supporting People Programme Strategy 2010 - 2015 and its review.",
            [("Supporting People Programme Strategy", "2010-2015")],
        ),
        (
            "the Town Centres Programme Investment Plan 2024-2027 sets out the schemes",
            [("Town Centres Programme Investment Plan", "2024-2027")],
        ),
        (
            "Our Local Plan Engagement Strategy was adopted alongside the Greenvale Local Plan 2020-2035.",
            [("Local Plan Engagement Strategy", None), ("Greenvale Local Plan", "2020-2035")],
        ),
    ],
)
def test_a_title_runs_to_its_last_head_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names_in(text) == expected


def test_an_action_plan_of_a_strategy_leaves_the_strategy_its_own_name() -> None:
    found = names_in("The Greenvale Carers Strategy Action Plan 2023 lists what the Carers Strategy will do.")
    assert found[0] == ("Greenvale Carers Strategy", None)


def test_two_things_joined_by_and_keep_the_first_name() -> None:
    found = names_in("Item 4: Ashbury Carers Strategy Review and Consultation Plan")
    assert found[0] == ("Ashbury Carers Strategy", None)
