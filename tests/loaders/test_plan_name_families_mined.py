"""Families of plan names mined from some two hundred real council pages at once (test wordings are our own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.plan_names import plan_names
from loaders.text import clean
from tests.loaders.test_plan_name_recall import strategies


def names_in(text: str) -> list[tuple[str, str | None]]:
    cleaned = clean(text).text
    return [(plan.name, plan.period.text if plan.period else None) for plan in plan_names(cleaned)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Members endorsed the Landlords' Charter at their June meeting.", [("Landlords' Charter", None)]),
        ("That the Customer Charter be adopted with immediate effect.", [("Customer Charter", None)]),
        ("The Local Compact between the council and the voluntary sector was renewed.", [("Local Compact", None)]),
        ("Cabinet welcomed the new Skills Prospectus for the district.", [("Skills Prospectus", None)]),
        ("Our Decarbonisation Roadmap sets the order of the works.", [("Decarbonisation Roadmap", None)]),
    ],
)
def test_a_charter_compact_or_roadmap_needs_one_topic_word(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Institute received its Royal Charter in 1962.",
        "Members asked whether the Council Policy had been followed.",  # a generic word, capitalised in passing
        "The charter gives tenants a say.",
    ],
)
def test_a_weak_head_alone_or_after_a_body_names_no_plan(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Borough Vision 2040 was agreed by Council.", [("Borough Vision", "2040")]),
        ("Cabinet approved the Allocations Policy 2025 in March.", [("Allocations Policy", "2025")]),
    ],
)
def test_a_target_year_after_a_weak_head_is_part_of_its_title(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plan supports the joint Carers and Young Carers Strategy.", "joint Carers and Young Carers Strategy"),
        ("Partners revised their joint Mental Health Strategy in 2022.", "joint Mental Health Strategy"),
    ],
)
def test_joint_in_lower_case_opens_the_title_it_points_at(text: str, expected: str) -> None:
    assert [name for name, _ in names_in(text)] == [expected]


def test_joint_alone_names_no_topic() -> None:
    assert names_in("The county council's joint strategy was noted.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The licensing policy for 2025 to 2030 was adopted in May.", [("Licensing Policy", "2025-2030")]),
        ("Our street trading policy 2024-27 took effect in April.", [("Street Trading Policy", "2024-2027")]),
    ],
)
def test_a_policy_in_lower_case_with_a_period_of_years_is_one_plan(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Our charging policy for 2024/25 is unchanged.", "The council's investment policy was reviewed."],
)
def test_a_policy_in_lower_case_for_one_year_or_none_is_a_kind(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Council reviews the Licensing Act Policy every five years.", "Licensing Act Policy"),
        (
            "The Gambling Act Statement of Principles Policy was republished in January.",
            "Gambling Act Statement of Principles Policy",
        ),
    ],
)
def test_a_licensing_policy_named_after_its_act_is_the_councils(text: str, expected: str) -> None:
    assert [name for name, _ in names_in(text)] == [expected]


def test_the_licensing_act_alone_is_no_plan() -> None:
    assert names_in("Under the Licensing Act 2003 each authority must publish a statement.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Asset Strategy, People Strategy and ICT Strategy underpin the plan.",
            ["Asset Strategy", "People Strategy", "ICT Strategy"],
        ),
        (
            "Members noted our Parking Strategy, Cycling Strategy, Walking Plan and Bus Strategy.",
            ["Parking Strategy", "Cycling Strategy", "Walking Plan", "Bus Strategy"],
        ),
    ],
)
def test_one_determiner_points_at_every_name_of_a_list(text: str, expected: list[str]) -> None:
    assert [name for name, _ in names_in(text)] == expected


def test_a_list_with_no_determiner_inside_a_sentence_names_no_plan() -> None:
    assert names_in("They discussed funding, Parking Strategy, Cycling Strategy and more.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The projects serve the Authority's Strategic Plan.", [("Strategic Plan", None)]),
        ("Each service plan follows our Strategic Framework closely.", [("Strategic Framework", None)]),
    ],
)
def test_a_two_word_head_owned_by_the_council_is_its_plan(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Each school writes its own Strategic Plan.", "A Strategic Plan must be written by every partnership."],
)
def test_a_two_word_head_of_another_body_or_a_kind_is_no_plan(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Schemes must fit the Authority's Walking and Cycling Strategy.", [("Walking and Cycling Strategy", None)]),
        ("The Combined Authority's Local Growth Plan 2024-2029 was adopted.", []),
    ],
)
def test_the_authority_alone_is_the_publisher_speaking_of_itself(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The council has published Riverside 2035, its new Council Plan, after a summer of consultation.\n",
            [{"Riverside 2035"}],
        ),
        ("Borough unveils Greenfield 2040 \u2013 a new Corporate Plan for the next decade\n", [{"Greenfield 2040"}]),
    ],
)
def test_a_slogan_ending_in_its_target_year_is_the_plan_described_beside_it(
    tmp_path: Path, text: str, expected: list[set[str]]
) -> None:
    assert strategies(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text", ["Since 2019, our Parks Strategy has guided the work.\n", "By 2035, the Corporate Plan will be replaced.\n"]
)
def test_a_year_opening_a_sentence_is_no_slogan(tmp_path: Path, text: str) -> None:
    found = [name for names in strategies(tmp_path, text) for name in names]
    assert found and not any(name.startswith(("Since", "By")) for name in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The scheme list draws on the Air Quality Action Plan and the Local Cycling and Walking Infrastr",
            {"Local Cycling and Walking Infrastructure Plan", "Air Quality Action Plan"},
        ),
        ("Partners signed up to the Joint Health and Wellbeing Str", {"Joint Health and Wellbeing Strategy"}),
    ],
)
def test_a_conventional_name_cut_where_the_excerpt_ends_is_that_plan(
    tmp_path: Path, text: str, expected: set[str]
) -> None:
    assert {name for names in strategies(tmp_path, text) for name in names} == expected


def test_a_sentence_that_ends_cuts_no_name(tmp_path: Path) -> None:
    assert strategies(tmp_path, "Officers will report on Local Cycling and Walking.\n") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Download the full Waste Strategy 2023-2033 (PDF).", [("Waste Strategy", "2023-2033")]),
        ("The county-wide Armed Forces Covenant Plan was signed in 2019.", [("Armed Forces Covenant Plan", None)]),
        ("Partners follow the local Suicide Prevention Strategy closely.", [("Suicide Prevention Strategy", None)]),
    ],
)
def test_a_word_of_extent_points_at_the_name_and_is_no_part_of_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3. Agree the Safer Borough Plan & Priorities 2025-2028", [("Safer Borough Plan & Priorities", "2025-2028")]),
        (
            "The Corporate Plan and Objectives (2024-2029) were agreed.",
            [("Corporate Plan and Objectives", "2024-2029")],
        ),
    ],
)
def test_a_plan_titled_with_its_priorities_and_a_period_is_one_plan(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert names_in(text) == expected


def test_priorities_without_a_period_are_the_plans_contents() -> None:
    assert names_in("Members noted the Corporate Plan and Priorities for the year.") == [("Corporate Plan", None)]


def test_the_closing_quote_of_a_quoted_title_is_no_part_of_its_name() -> None:
    found = names_in("Members noted the new compact, \u2018The Eastmoor Tenant Compact for Housing\u2019, in June.")
    assert found == [("Eastmoor Tenant Compact for Housing", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Decision\n\nKD4417 Allotments Strategy\n\nDecision Maker: Cabinet\n", [{"Allotments Strategy"}]),
        ("Cabinet approved the A1079 Corridor Strategy in May.\n", [{"A1079 Corridor Strategy"}]),
    ],
)
def test_a_reference_run_into_a_decision_title_is_no_part_of_the_name(
    tmp_path: Path, text: str, expected: list[set[str]]
) -> None:
    assert strategies(tmp_path, text) == expected


def test_a_plans_map_is_no_plan() -> None:
    assert names_in("The interactive Adopted Eastvale Local Plan Map shows every allocated site.") == []


def test_a_policy_in_a_text_about_a_development_plan_is_one_of_its_policies(tmp_path: Path) -> None:
    text = "The Reporter asked the Council to change its Onshore Wind Policy before it adopts the Local Plan.\n"
    assert strategies(tmp_path, text) == [{"Local Plan"}]


def test_a_dated_policy_beside_a_development_plan_is_still_a_plan() -> None:
    found = names_in("Beside the Local Plan, Council adopted the Houses in Multiple Occupation Policy 2024-2029.")
    assert ("Houses in Multiple Occupation Policy", "2024-2029") in found


@pytest.mark.parametrize(
    "text",
    [
        "\u2018Brighter Futures\u2019 \u2013 our Children's Plan 2021-2024 \u2013 was agreed in May.\n",
        "'Brighter Futures', our Children's Plan 2021-2024, was agreed in May.\n",
    ],
)
def test_a_quoted_slogan_beside_its_description_loses_its_quotes(tmp_path: Path, text: str) -> None:
    found = {name for names in strategies(tmp_path, text) for name in names}
    assert "Brighter Futures 2021-2024" in found
    assert not any("'" in name.replace("Children's", "") for name in found)


def test_a_quoted_body_beside_a_plan_is_no_slogan(tmp_path: Path) -> None:
    text = "4. That an action plan be drawn up by the new \u2018Healthy Towns Partnership Group\u2019 be noted.\n"
    assert strategies(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "As Neighbouring Councils, this shared framework sets out our common aims.\n",
        "Officers set out the plan to tackle the \u2018Nature Emergency\u2019 declared in 2021.\n",
    ],
)
def test_a_sentence_opening_or_a_declared_emergency_is_no_slogan(tmp_path: Path, text: str) -> None:
    assert strategies(tmp_path, text) == []


def test_a_file_name_run_into_a_title_is_no_part_of_a_name() -> None:
    assert names_in("- Annex B_Draft Parking Policy, item 4. PDF 300 KB") == []
