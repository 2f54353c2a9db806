"""What reads like a plan's name on unseen real text and is not one: generic words, actions on a plan,
longer nouns, page furniture, headlines, sub-headings and reviews.

Every text here is invented (councils, plans and wordings), loaded alone with no metadata file as a
held-out real text is; what the loaders type as a strategy is read back with its title and labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_names_in_passing import strategy_names


@pytest.mark.parametrize(
    "text",
    [
        # generic lower-case words: a name in lower case needs a topic word of its own
        "This report restates our goals and broader strategy for the coming year.",
        "Members discussed our priorities and overall plan before the budget.",
        "It explains our values and longer-term strategy to residents.",
        "The council will refresh its vision and key strategy over the summer.",
    ],
)
def test_lower_case_words_without_a_topic_are_no_name(tmp_path: Path, text: str) -> None:
    assert strategy_names(tmp_path, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # an action on a plan opens no name; the plan it acts on is still named
        ("Cabinet authorised the preparation of Rivermouth Cycling Plan 3 this autumn.", "Rivermouth Cycling Plan 3"),
        ("The board noted the implementation of Heathland Transport Plan 2.", "Heathland Transport Plan 2"),
        ("She welcomed the production of the Coastal Access Strategy.", "Coastal Access Strategy"),
        # an agenda sub-heading: what the item relates to is the plan, not the relation
        ("Links to Ridgeway Parks Strategy\n\nThe proposals deliver two of its aims.", "Ridgeway Parks Strategy"),
        ("Contribution to the Active Travel Plan\n\nThe route adds three miles.", "Active Travel Plan"),
    ],
)
def test_an_action_or_relation_before_a_name_is_not_part_of_it(tmp_path: Path, text: str, expected: str) -> None:
    found = strategy_names(tmp_path, text)
    assert found == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # a longer noun after the head: the head is a word of another thing's name
        "This is the eleventh Development Plan Scheme the authority has issued.",
        "The seventh Local Plan Statement sets the timetable for the examination.",
        # a framework for managing the council itself is no plan
        "Contents\nGovernance Framework\nRisk Management Framework\nBoard Assurance Framework",
        "The Continuous Improvement Framework was reported to the audit committee.",
        # a contents list's numbers are no edition of a plan
        "Contents 1 Foreword 2 Vision 3 Context 4 Delivery",
    ],
)
def test_longer_nouns_and_management_frameworks_are_not_plans(tmp_path: Path, text: str) -> None:
    assert strategy_names(tmp_path, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Open Word Document Eastbrook Play Strategy 2021-2026", "Eastbrook Play Strategy 2021-2026"),
        ("Download PDF Document Tidewater Council Plan 2020-2025", "Tidewater Council Plan 2020-2025"),
        ("Contents Housing Strategy 2019-2024 Foreword", "Housing Strategy 2019-2024"),
    ],
)
def test_page_furniture_before_a_name_is_not_part_of_it(tmp_path: Path, text: str, expected: str) -> None:
    assert strategy_names(tmp_path, text) == {expected}


def test_a_headline_describes_the_plan_its_story_names(tmp_path: Path) -> None:
    text = (
        "Brackenford Welcomes New Twenty Year Plan\n\n"
        "Councillors last night adopted the Brackenford Plan 2025-2045, which sets the town's direction.\n"
    )
    assert strategy_names(tmp_path, text) == {"Brackenford Plan 2025-2045"}


def test_a_headline_verb_is_not_a_word_of_the_plan_it_announces(tmp_path: Path) -> None:
    assert strategy_names(tmp_path, "Executive Adopts Allotments Strategy 2024-2034") == {
        "Allotments Strategy 2024-2034"
    }


def test_a_review_of_a_plan_is_not_a_plan(tmp_path: Path) -> None:
    text = "The Neighbourhood Plan 2020-2023 Review found that two of its five aims had been met."
    assert strategy_names(tmp_path, text) == {"Neighbourhood Plan 2020-2023"}


def test_a_dated_refresh_of_a_plan_is_still_an_edition(tmp_path: Path) -> None:
    text = "Cabinet approved the Open Spaces Strategy 2018-2028, 2023 Refresh."
    assert "Open Spaces Strategy 2018-2028, 2023 Refresh" in strategy_names(tmp_path, text)


def test_a_bare_page_heading_is_the_plan_the_page_titles_or_none(tmp_path: Path) -> None:
    other = "Leisure Strategy\n\nThe Leisure Facilities Plan 2024-2029 sets out where new pitches will go.\n"
    assert strategy_names(tmp_path, other) == {"Leisure Facilities Plan 2024-2029"}
    same = "Leisure Strategy\n\nOur Leisure Strategy 2023-2028 sets out where new pitches will go.\n"
    assert strategy_names(tmp_path, same) == {"Leisure Strategy 2023-2028"}


def test_a_heading_beside_a_dated_plan_of_another_topic_is_a_plan(tmp_path: Path) -> None:
    text = "Tenancy Strategy\n\nThe strategy sets out how we let homes, in line with the Local Plan 2011-2031.\n"
    assert strategy_names(tmp_path, text) == {"Tenancy Strategy", "Local Plan 2011-2031"}


def test_a_heading_that_is_all_a_page_names_is_its_plan(tmp_path: Path) -> None:
    text = "Leisure Strategy\n\nThe strategy was approved by the Executive last week.\n"
    assert strategy_names(tmp_path, text) == {"Leisure Strategy"}


def test_a_heading_that_names_a_plan_of_its_own_stays_one(tmp_path: Path) -> None:
    text = "Medium Term Financial Strategy\n\nMinutes:\n\nMembers noted the figures.\n"
    assert strategy_names(tmp_path, text) == {"Medium Term Financial Strategy"}


def test_the_pronoun_opening_the_next_line_is_not_a_word_of_the_title_above(tmp_path: Path) -> None:
    text = "Community Safety Plan for Brackwater\nI am glad to present this plan on behalf of the partnership.\n"
    assert strategy_names(tmp_path, text) == {"Community Safety Plan for Brackwater"}


@pytest.mark.parametrize(
    "text",
    [
        "Since 2021 the Council has used the term Local Plan for this document.",
        "The initial Growth and Skills Plan was agreed by the Board in 2020.",
        "We replaced the numerous Area Action Plans with one document.",
    ],
)
def test_a_word_about_the_name_or_how_many_is_not_part_of_it(tmp_path: Path, text: str) -> None:
    names = strategy_names(tmp_path, text)
    assert not any(n.split()[0] in ("term", "initial", "numerous") for n in names), names
