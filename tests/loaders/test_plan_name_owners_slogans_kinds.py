"""Plans named after the board that makes them, plans with a slogan after a dash or a description in brackets, delivery
plans with a topic of their own; and names that are a kind of document, a stage of a plan or a length of time only.

Every text is invented and loaded alone with no metadata file, as a held-out real text is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_plan_name_recall import strategies


def all_names(tmp_path: Path, text: str) -> set[str]:
    return {name for names in strategies(tmp_path, text) for name in names}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Mental Health Recovery Delivery Plan was endorsed.", "Mental Health Recovery Delivery Plan"),
        (
            "The Valleys Regional Partnership Board Area Plan was agreed.",
            "Valleys Regional Partnership Board Area Plan",
        ),
        ("Adult Safeguarding Board Strategic Plan 2024-2027", "Adult Safeguarding Board Strategic Plan 2024-2027"),
    ],
)
def test_a_delivery_plan_of_its_own_topic_and_a_board_s_own_plan_are_plans(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert expected in all_names(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Tenancy Strategy Delivery Plan was noted.",  # delivers a strategy
        "The Service Delivery Plan was noted.",  # who delivers it, no topic
        "The Year Ahead Delivery Plan was noted.",  # when, no topic
        "The Road Safety Delivery Plan 2024-2025 lists this year's actions.",  # a year's actions
    ],
)
def test_a_delivery_plan_with_no_topic_of_its_own_is_no_plan(tmp_path: Path, text: str) -> None:
    assert not any(name.endswith("Delivery Plan") for name in all_names(tmp_path, text))


def test_a_board_s_group_is_no_plan(tmp_path: Path) -> None:
    assert all_names(tmp_path, "The Health Board Strategy Group met in June.") == set()


def test_a_slogan_after_a_dash_on_a_plan_s_heading_is_another_name_of_it(tmp_path: Path) -> None:
    found = strategies(tmp_path, "Play Strategy - Room to Roam\n\nThe strategy sets out where children can play.")
    assert any({"Play Strategy", "Play Strategy - Room to Roam"} <= names for names in found), found


@pytest.mark.parametrize("heading", ["Parks Plan - Cabinet Report", "Housing Strategy - Consultation Draft"])
def test_a_report_or_a_stage_after_the_dash_is_no_slogan(tmp_path: Path, heading: str) -> None:
    assert not any(" - " in name for name in all_names(tmp_path, heading + "\n\nMembers are asked to comment."))


def test_a_quoted_slogan_described_in_brackets_as_a_plan_names_that_plan(tmp_path: Path) -> None:
    found = strategies(tmp_path, "'Stronger Valleys' (our Corporate Plan) was agreed by Council in May.")
    assert found == [{"Stronger Valleys", "Corporate Plan"}], found


def test_a_quoted_phrase_described_in_brackets_as_no_plan_is_none(tmp_path: Path) -> None:
    assert all_names(tmp_path, "Staff heard 'Well Done' (the panel's words) at the awards.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Officers drew up a Five Year Plan for the depot.",  # a length of time, no topic
        "Applications are decided against the Development Plan.",  # the plans in force together
        "The Local Development Framework holds several documents.",  # a folder of documents
        "The LDP3 Modified Plan went to Ministers in May.",  # a stage of a plan
        "Comments on the Deposit Plan closed in March.",  # a stage of a plan
    ],
)
def test_a_kind_a_stage_or_a_length_of_time_is_no_plan(tmp_path: Path, text: str) -> None:
    names = all_names(tmp_path, text)
    assert not any(
        name.endswith(("Year Plan", "Development Plan", "Framework", "Modified Plan", "Deposit Plan")) for name in names
    ), names


def test_a_plan_named_by_its_length_is_a_plan_when_dated(tmp_path: Path) -> None:
    assert "Five Year Plan 2024-2029" in all_names(tmp_path, "Our Five Year Plan 2024-2029 is online.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Recovery Plan for the period 2021/2022 to 2025/2026 was agreed.", "Recovery Plan 2021-2026"),
        ("The Parks Strategy 2019/2020 - 2024/2025 was adopted.", "Parks Strategy 2019-2025"),
    ],
)
def test_financial_years_written_in_full_give_the_whole_period(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in all_names(tmp_path, text)


def test_a_logo_s_words_before_a_title_are_no_part_of_it(tmp_path: Path) -> None:
    names = all_names(tmp_path, "Harrowdale District Council Logo Climate Plan 2024-2030\n\nOur plan for net zero.")
    assert not any("Logo" in name for name in names), names
    assert "Climate Plan 2024-2030" in names, names


@pytest.mark.parametrize("heading", ["Overall Strategy", "Headline Strategy", "Spatial Strategy"])
def test_a_heading_that_names_a_section_of_a_document_is_no_plan(tmp_path: Path, heading: str) -> None:
    assert all_names(tmp_path, f"{heading}\n\nGrowth will be focused on the two market towns.") == set()
