"""Families of plan names read from real council texts: each test uses wordings of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.names import find_aliases
from loaders.plan_names import coined_plan_names, coordinated_names, plan_names
from loaders.reading import read
from loaders.sources import open_document
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


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Members agreed the Children and Young People's Emotional Health (CYPEH) 2024-27 Strategy in June.",
            [("Children and Young People's Emotional Health Strategy", "2024-2027")],
        ),
        ("The Autism (ASC) 2019 - 2022 Plan was", [("Autism Plan", "2019-2022")]),
    ],
)
def test_a_period_written_before_the_head_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cabinet adopted the 2019 Air Quality Action Plan and", [("Air Quality Action Plan", "2019")]),
        (
            "which replaces the Borough's 2012-2017 Tree and Woodland Strategy.",
            [("Tree and Woodland Strategy", "2012-2017")],
        ),
        ("our 2020 Cycling Strategy sets", [("Cycling Strategy", "2020")]),
    ],
)
def test_a_year_before_a_pointed_name_is_its_period(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names_in(text) == expected


def test_a_year_not_pointed_at_is_not_a_period_of_the_name() -> None:
    assert names_in("Since 2019 Cycling Strategy meetings have moved online.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Westvale's first Local Development Plan (LDP1) was adopted", [("Local Development Plan 1", None)]),
        ("the Strategic Development Plan ('SDP2') 2016-2036 covers", [("Strategic Development Plan 2", "2016-2036")]),
    ],
)
def test_a_numbered_acronym_after_a_name_numbers_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names_in(text) == expected


def mentions(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    doc = open_document(path)
    doc.aliases = find_aliases(doc.text)
    return [(doc.text[m.start : m.end], m.name.key) for m in read(doc).mentions]


def test_numbered_acronyms_name_the_plans_of_their_series(tmp_path: Path) -> None:
    text = (
        "The Community Safety Plan (CSP3) runs to 2027. CSP2 set four priorities, and LDP2 allocates land. "
        "The LTP is reviewed every year, and LTP5 is being drafted; LTP3 until 2026 stays in force."
    )
    assert mentions(tmp_path, text) == [
        ("Community Safety Plan (CSP3)", "Community Safety Plan 3"),
        ("CSP2", "Community Safety Plan 2"),
        ("LDP2", "Local Development Plan 2"),
        ("LTP5", "Local Transport Plan 5"),
        ("LTP3", "Local Transport Plan 3"),
    ]


def coined(text: str) -> list[tuple[str, str | None]]:
    cleaned = clean(text).text
    return [(p.name, p.period.text if p.period else None) for p in coined_plan_names(cleaned)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two city-region plans, ABDplan and NORTHplan, will follow.", [("ABDplan", None), ("NORTHplan", None)]),
        ("Consultation on the proposed WESTplan closes in May.", [("WESTplan", None)]),
        ("Riverplan 2019-2039 allocates the housing land.", [("Riverplan", "2019-2039")]),
        ("MORAYplan was the strategic plan for the area until 2020.", [("MORAYplan", None)]),
    ],
)
def test_a_coined_one_word_name_that_the_text_treats_as_a_plan(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert coined(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NORTHplan has published its annual report.",
        "The ABDplan Joint Committee met in June.",
        "the NORTHplan area includes four councils",
        "the Riverplan team and our Workplan for the year",
        "A new Masterplan 2020-2030 for the town centre",
    ],
)
def test_a_coined_word_for_a_body_a_modifier_or_an_ordinary_word_is_no_plan(text: str) -> None:
    assert coined(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cabinet noted the Early Years and Childcare Sufficiency strategies.",
            [("Early Years Strategy", None), ("Childcare Sufficiency Strategy", None)],
        ),
        (
            "our Libraries and Museums Plans 2022-2026 were agreed",
            [("Libraries Plan", "2022-2026"), ("Museums Plan", "2022-2026")],
        ),
    ],
)
def test_two_plans_named_with_one_plural_head(text: str, expected: list[tuple[str, str | None]]) -> None:
    cleaned = clean(text).text
    assert [(p.name, p.period.text if p.period else None) for p in coordinated_names(cleaned)] == expected


@pytest.mark.parametrize(
    "text",
    ["the Council's Business and Financial Plans", "Housing and Planning strategies are national", "the Local Plans"],
)
def test_plural_heads_that_name_no_two_plans(text: str) -> None:
    assert list(coordinated_names(clean(text).text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "the Board signed off the Mental Health and Wellbeing strategy, 2022-25, in",
            ("Mental Health and Wellbeing Strategy", "2022-2025"),
        ),
        ("our Children and Young People's plan for 2021-2024 sets", ("Children and Young People's Plan", "2021-2024")),
        (
            "the Special Educational Needs and Disability (SEND) strategy 2023-2026 went to",
            ("Special Educational Needs and Disability Strategy", "2023-2026"),
        ),
    ],
)
def test_a_title_case_name_before_a_lower_case_head(text: str, expected: tuple[str, str]) -> None:
    assert expected in names_in(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Cumbria Community Safety Agreement 2024-27 sets", ("Cumbria Community Safety Agreement", "2024-2027")),
    ],
)
def test_agreements_that_are_plans(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in names_in(text)


def test_agreements_that_are_contracts_are_not_plans() -> None:
    assert names_in("The Section 106 Agreement and the Data Sharing Agreement were signed.") == []


@pytest.mark.parametrize(
    "text",
    [  # agreements with central government on national outcomes, not the council's own plans
        "the Glenmuir Single Outcome Agreement 2013-2023 was replaced by the new arrangements",
        "Progress under the Council's Local Area Agreement was reported.",
        "The partnership's Single Outcome Agreement sets targets agreed with ministers.",
    ],
)
def test_national_framework_agreements_are_not_plans(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "That Cabinet approves the Joint Waste Strategy\n1. as drafted; and\n2. for publication",
            "Joint Waste Strategy",
        ),
        ("RESOLVED: to adopt the Tree Strategy 2) and to note the report", "Tree Strategy"),
        ("Members adopted the Local Transport Plan 4. The plan runs to 2040.", "Local Transport Plan 4"),
    ],
)
def test_a_resolution_s_list_number_is_not_an_edition_number(text: str, expected: str) -> None:
    assert [name for name, _ in names_in(text)] == [expected]
