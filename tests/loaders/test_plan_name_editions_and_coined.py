"""Plans named by their place in a series ("its third ... Plan"), by an edition's title ("... Refresh"), by a part
of a plan, and by coined or run-together names; and the words that look like such names but are not plans.

Every text is invented and loaded alone with no metadata file, as a held-out real text is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_plan_name_recall import strategies


def all_names(tmp_path: Path, text: str) -> set[str]:
    return {name for names in strategies(tmp_path, text) for name in names}


@pytest.mark.parametrize(
    "text, ordinal, name",
    [
        ("Thornbury's second Digital Inclusion Strategy sets out six aims.", "second", "Digital Inclusion Strategy"),
        ("The partnership has agreed its third Rural Economy Plan.", "third", "Rural Economy Plan"),
        ("Members welcomed our fifth Play Strategy at the meeting.", "fifth", "Play Strategy"),
    ],
)
def test_an_ordinal_before_a_name_the_text_gives_no_other_edition_names_one_plan(
    tmp_path: Path, text: str, ordinal: str, name: str
) -> None:
    found = strategies(tmp_path, text)
    assert any({f"{ordinal} {name}", name} <= names for names in found), found


def test_an_ordinal_before_the_name_of_the_plan_the_text_titles_is_that_plan(tmp_path: Path) -> None:
    text = "Active Travel Plan 2025-2030\n\nThis is the county's third Active Travel Plan and the first with targets."
    found = strategies(tmp_path, text)
    assert [names for names in found if any("Active Travel Plan" in n for n in names)] == [
        {"Active Travel Plan 2025-2030"}
    ], found


@pytest.mark.parametrize(
    "sentence",
    [
        "The second Active Travel Plan, which ran from 2018, was reviewed in 2023.",  # an edition before
        "Officers will soon start work on the fourth Active Travel Plan.",  # an edition still to be made
    ],
)
def test_an_ordinal_edition_before_or_after_the_titled_plan_is_never_that_plan(tmp_path: Path, sentence: str) -> None:
    found = strategies(tmp_path, f"Active Travel Plan 2025-2030\n\n{sentence}")
    titled = [names for names in found if "Active Travel Plan 2025-2030" in names]
    assert titled == [{"Active Travel Plan 2025-2030"}], found
    assert not any(name.startswith(("second", "fourth")) for names in found for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        "The county published the second Local Plan Inspector's Report.",  # a report on the plan
        "Officers will start the third Local Plan review next spring.",  # a review of it
        "The second Transport Strategy Board meets on Monday.",  # a board
        "The panel agreed the first Action Plan for the year.",  # a year's action plan, no topic of its own
        "The authority consulted on the second Development Plan Scheme.",  # a timetable for plans
    ],
)
def test_an_ordinal_before_words_that_name_no_plan_gives_none(tmp_path: Path, text: str) -> None:
    assert all_names(tmp_path, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ministers approved the RTS Refresh in 2016.", "Regional Transport Strategy Refresh"),
        ("Northlink Regional Transport Strategy Refresh 2021", "Northlink Regional Transport Strategy Refresh 2021"),
        ("The Cabinet agreed the Leisure Strategy Refresh last night.", "Leisure Strategy Refresh"),
    ],
)
def test_a_refresh_named_after_a_plan_is_an_edition_of_its_own(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in all_names(tmp_path, text)


def test_a_plan_update_is_a_report_not_an_edition(tmp_path: Path) -> None:
    assert not any("Update" in name for name in all_names(tmp_path, "Cabinet noted the Council Plan Update."))


def test_the_regional_transport_strategy_acronym_alone_names_no_plan(tmp_path: Path) -> None:
    assert all_names(tmp_path, "Every partnership must keep its RTS under review.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Waste DPD (2011) remains part of the development plan.", "Waste DPD 2011"),
        (
            "Local Plan Part 2: Development Management Policies was adopted in 2020.",
            "Local Plan Part 2: Development Management Policies",
        ),
        ("Parish Plan: A 2035 Vision\n\nThe plan was drawn up by residents.", "Parish Plan: A 2035 Vision"),
        ("Plan:Westmere guides development in the borough to 2036.", "Plan:Westmere"),
        ("Residents helped write Vision2045 over two summers.", "Vision2045"),
        ("Partners signed up to Plan4Westmere, the area's outcomes plan.", "Plan4Westmere"),
        ("Marsh 2035: A Plan for the Valley was agreed by partners.", "Marsh 2035: A Plan for the Valley"),
        ("The Business Recovery Plan for Covid-19 was approved.", "Business Recovery Plan"),
        ("Priorities are set out in its latest Leisure Plan.", "Leisure Plan"),
        ("Our Strategy for 2045 explains how the valley will adapt to a hotter climate.", "Strategy for 2045"),
        (
            "The Homelessness Review and Strategy 2023-2028 was adopted in June.",
            "Homelessness Review and Strategy 2023-2028",
        ),
    ],
)
def test_coined_part_and_run_together_names(tmp_path: Path, text: str, expected: str) -> None:
    names = all_names(tmp_path, text)
    assert expected in names, names


@pytest.mark.parametrize(
    "text",
    [
        "The Plan for 2024 sets out this year's budget.",  # one year's plan, not a horizon
        "Budget 2026: A Plan for Savings was debated.",  # a budget, whatever it is called
        "The Strategy for 2025/26 was noted.",  # a financial year
        "The Strategic Review and Plan was noted.",  # a describing word before the review
        "Review of Local Planning Policy Documents",  # documents of a kind
        "The Adoption Plan for the child was agreed by the panel.",  # one child's plan
        "The Draft Plan 2 is out for consultation.",  # a number after a bare head
    ],
)
def test_words_that_look_like_coined_or_numbered_names_are_no_plans(tmp_path: Path, text: str) -> None:
    assert all_names(tmp_path, text) == set()
