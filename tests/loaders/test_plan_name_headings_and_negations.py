"""Headings fused with the name on the next line, and plans a council says it does not have or will not write.

Every text here is invented (councils, plans and wordings) and loaded alone with no metadata file, as a held-out
real text is; what the loaders type as a strategy is read back with its title and labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_names_in_passing import strategy_names


@pytest.mark.parametrize(
    "text, expected",
    [
        # a heading in sentence case: its lower-case words end with its line
        ("Our footpaths\nBridleway Plan 2 opens four new links this year.", "Bridleway Plan 2"),
        ("Moving around the district\nCycleway Strategy 2024-2029 was agreed in June.", "Cycleway Strategy 2024-2029"),
        ("Looking after our woodlands\nTree Strategy 2023-2033 guides new planting.", "Tree Strategy 2023-2033"),
        # a heading closing with a plural head noun lists plans, it opens none
        ("View All Strategies\nErosion Plan 2022-2032", "Erosion Plan 2022-2032"),
        ("Read our Plans\nAllotments Strategy 2021-2031", "Allotments Strategy 2021-2031"),
        # a heading of a possessive opener and a plural noun
        ("Your Libraries\nReading Plan 2 sets the opening hours of each branch.", "Reading Plan 2"),
    ],
)
def test_a_heading_line_ends_before_the_name_below_it(tmp_path: Path, text: str, expected: str) -> None:
    assert strategy_names(tmp_path, text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title wrapped over two lines stays one name
        ("Our Children and Young\nPeople's Plan 2022-2025", "Children and Young People's Plan 2022-2025"),
        # a topic word closing a line of wrapped prose is still the name's
        (
            "Partners told the board they would help to publish the fraud\nPrevention Strategy in the new year.",
            "fraud Prevention Strategy",
        ),
    ],
)
def test_a_wrapped_title_or_wrapped_prose_keeps_its_name_whole(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in strategy_names(tmp_path, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plan the council says it does not have, or will not write
        ("Thornleigh has no Tourism Strategy of its own and follows the regional one.", set()),
        ("At present the parish has no Footpaths Strategy for its villages.", set()),
        ("Option B: prepare our own homelessness strategy for the borough (not recommended).", set()),
        ("Officers would rather write our own parking strategy than share the county's.", set()),
        # a section of a bigger plan: its chapter's label, an "of" tail naming the plan, a section word in prose
        (
            "Chapter 4: Homes and Strategy\nThe Borough Plan 2021-2036 sets how many homes are needed.",
            {"Borough Plan 2021-2036"},
        ),
        ("Part Three - Delivery Strategy\nThis part lists the schemes and who pays.", set()),
        ("The Growth Strategy of the Marlowe Local Plan puts new homes near the stations.", {"Marlowe Local Plan"}),
        ("New homes go where the Settlement Strategy allows them.", set()),
        # how far a plan reaches is no topic of its name
        ("Members backed the countywide Leisure Strategy 2024-2028 on Tuesday.", {"Leisure Strategy 2024-2028"}),
    ],
)
def test_a_plan_not_had_or_a_part_of_a_bigger_plan_is_no_strategy(
    tmp_path: Path, text: str, expected: set[str]
) -> None:
    assert strategy_names(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dated plan is had, whatever is said around it; "not only" refuses nothing
        (
            "The council will not renew the Parking Strategy 2018-2023 in its present form.",
            "Parking Strategy 2018-2023",
        ),
        ("It is not only a Rural Broadband Plan but a plan for jobs.", "Rural Broadband Plan"),
        ("Appendix 2: Play Strategy 2024-2029", "Play Strategy 2024-2029"),
        ("We launched our own housing strategy 2023-2028 in March.", "Housing Strategy 2023-2028"),
    ],
)
def test_a_plan_named_with_its_period_or_not_refused_stays_a_strategy(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in strategy_names(tmp_path, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day of the week ends a name's tail
        ("Councillors agreed the Harbour Plan for Kelvedge on Thursday evening.", {"Harbour Plan for Kelvedge"}),
        # a stage of a local plan's making is no word of its name
        ("Pre-Submission Local Plan 2024-2041\n\nComments close in June.", {"Local Plan 2024-2041"}),
        # each body's own plan, said of several, is no one plan
        ("Every council in the region will review its respective Local Cycling Strategy.", set()),
        # the plan in force, between a pointing word and a lower-case head
        (
            "The new Cloud Strategy replaced the council's existing ICT strategy last year.",
            {"Cloud Strategy", "ICT Strategy"},
        ),
    ],
)
def test_tails_stages_and_plans_in_force(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert strategy_names(tmp_path, text) == expected


def test_an_earlier_edition_in_lower_case_is_not_the_plan_of_that_name(tmp_path: Path) -> None:
    # "previous" names an edition before the plan of that name: never the plan itself
    assert "Libraries Strategy" not in strategy_names(tmp_path, "Our previous libraries strategy was written in 2016.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a slogan set between commas after a plan's kind names the plan
        ("Our corporate plan, Shaping Fenbury Together, sets four aims for the decade.", "Shaping Fenbury Together"),
        (
            "The borough's council plan, Towards a Kinder Kelvedge, was agreed in June 2023.",
            "Towards a Kinder Kelvedge",
        ),
    ],
)
def test_a_slogan_between_commas_names_the_plan(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in strategy_names(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        # a list goes on after the second comma; a person's title is no slogan
        "We read the Parks Plan, Walking Fenbury, and the Play Strategy together.",
        "The new Leisure Strategy, Councillor Ann Hart said, opens the pools to schools.",
    ],
)
def test_what_stands_between_commas_and_is_no_slogan(tmp_path: Path, text: str) -> None:
    found = strategy_names(tmp_path, text)
    assert "Walking Fenbury" not in found and "Councillor Ann Hart" not in found


def test_plans_listed_after_namely_are_each_a_plan(tmp_path: Path) -> None:
    text = (
        "The transport board agreed three companion plans, namely a Footway Action Plan, "
        "a Haulage Action Plan and a Ferry Action Plan, before the delivery plan was priced."
    )
    assert strategy_names(tmp_path, text) == {"Footway Action Plan", "Haulage Action Plan", "Ferry Action Plan"}


def test_a_plan_after_a_without_a_list_stays_a_kind_of_plan(tmp_path: Path) -> None:
    # no "namely": an action plan after "a" is a kind of plan, as before
    assert strategy_names(tmp_path, "The strategy is supported by a Footway Action Plan.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a plan with its subtitle in brackets after a comma is one plan
        (
            "The Fenbury Waste Plan, Part 1 (Core Policies) was adopted in 2012.",
            {"Fenbury Waste Plan, Part 1 (Core Policies)"},
        ),
        # what a strategy is, said after a comma, is no part of its name
        ("The Core Strategy, Part 1 of the Local Plan, was adopted in 2011.", {"Core Strategy", "Local Plan"}),
    ],
)
def test_a_part_and_its_bracketed_subtitle(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert strategy_names(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number of two digits after a name is a page's or a list's, never an edition's
        ("The Riverside Plan 14 sets out the projects for the quay.", {"Riverside Plan"}),
        ("Index: Foreword 2, Parks Strategy 2020-2025 11, Riverside Plan 16, Annex 30", {"Parks Strategy 2020-2025"}),
    ],
)
def test_a_two_digit_number_after_a_name_is_no_edition(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert strategy_names(tmp_path, text) == expected
