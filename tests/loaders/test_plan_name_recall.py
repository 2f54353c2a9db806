"""Plans real council text names in ways the grammar missed: acronyms, lists inside a name, a strategy and its
action plan as one document, slogans without a head noun, and plans known by their period alone.

Every text here is invented (councils, plans and wordings), loaded alone with no metadata file as a
held-out real text is; what the loaders type as a strategy is read back with every name it is given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract
from strategy_lineage import vocab
from tests.loaders.test_names_in_passing import typed_strategies

ALTERNATIVE = vocab.DCTERMS + "alternative"


def strategies(tmp_path: Path, text: str) -> list[set[str]]:
    """Each plan typed as a strategy, with its titles, labels and alternative names."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract(path)
    found = typed_strategies(extraction)
    for fact in extraction.facts:
        if fact.subject.value in found and fact.predicate.value == ALTERNATIVE:
            found[fact.subject.value].add(fact.object.value)
    return sorted(found.values(), key=sorted)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a defined acronym is the plan wherever it recurs, with a period written after it
        (
            "The Visitor Economy Strategy (VES) was agreed in 2019. Officers will now draft a revised VES.",
            {"Visitor Economy Strategy", "VES"},
        ),
        # a conventional acronym with a period in words
        (
            "The budget updates the existing MTFS for the period 2024/25 to 2028/29.",
            {"Medium Term Financial Strategy 2024-2029"},
        ),
        # a numbered plan's acronym with its place names one plan
        (
            "The proposed plan will supersede the current Glenmoor LDP once it is adopted.",
            {"Glenmoor Local Development Plan"},
        ),
        # a name in sentence case that defines its own acronym
        ("Cabinet approved the street lighting asset management plan (SLAMP) this year.", None),
    ],
)
def test_acronym_names(tmp_path: Path, text: str, expected: set[str] | None) -> None:
    found = strategies(tmp_path, text)
    if expected is None:
        assert found == [{"Street Lighting Asset Management Plan"}]
    else:
        assert any(expected <= names for names in found), found


def test_an_acronym_defined_for_no_plan_the_text_names_is_no_plan(tmp_path: Path) -> None:
    text = "Spending follows our Budget/Medium Term Financial Plan (MTFP). The MTFP for 2025-2028 is online."
    assert strategies(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cabinet adopted the Arts, Heritage and Museums Strategy 2023-2028.", "Arts, Heritage and Museums Strategy"),
        (
            "Our Food, Farming, Fishing and Rural Plan 2024-2030 is out for comment.",
            "Food, Farming, Fishing and Rural Plan",
        ),
        ("The council's Work, Skills and Learning Strategy was refreshed.", "Work, Skills and Learning Strategy"),
    ],
)
def test_a_list_of_topics_inside_a_name_is_not_cut_at_its_commas(tmp_path: Path, text: str, expected: str) -> None:
    found = strategies(tmp_path, text)
    assert len(found) == 1 and any(name.startswith(expected) for name in found[0]), found


def test_a_listed_name_after_an_agenda_item_s_number(tmp_path: Path) -> None:
    text = "Issue - meetings\n\n17 Parks, Trees and Green Spaces Strategy pdf icon PDF 370 KB\n\nTo consider it.\n"
    assert strategies(tmp_path, text) == [{"Parks, Trees and Green Spaces Strategy"}]


def test_a_quoted_clause_after_a_name_is_no_slogan(tmp_path: Path) -> None:
    text = "This is set out in the Corporate Plan, 'We will listen to every village', as members know."
    assert strategies(tmp_path, text) == [{"Corporate Plan"}]


def test_a_list_after_a_place_and_a_comma_is_no_name(tmp_path: Path) -> None:
    assert strategies(tmp_path, "Across Glenmoor, Parks and Open Spaces Strategy work goes on.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The board endorsed the Clean Air Strategy and Action Plan 2025-2030.", "Clean Air Strategy and Action Plan"),
        ("We consulted on our Tree Strategy and Action Plan last spring.", "Tree Strategy and Action Plan"),
    ],
)
def test_a_strategy_and_its_action_plan_are_one_document(tmp_path: Path, text: str, expected: str) -> None:
    found = strategies(tmp_path, text)
    assert len(found) == 1 and any(name.startswith(expected) for name in found[0]), found


def test_a_year_s_action_plan_beside_a_strategy_stays_apart(tmp_path: Path) -> None:
    found = strategies(tmp_path, "Members noted the Tree Strategy and Action Plan for 2025/26.")
    assert found == [{"Tree Strategy"}]


@pytest.mark.parametrize(
    "text, slogan, plan",
    [
        ("Last week we published our new Council Plan, 'A Valley that works for everyone'.", None, "Council Plan"),
        ("The Corporate Plan: Growing Stronger Together was launched in May.", "Growing Stronger Together", None),
        ("Cabinet agreed the Council's 15-year Strategy: Thriving Ashcombe.", "Thriving Ashcombe", None),
    ],
)
def test_a_slogan_set_after_a_plan_s_head_names_the_plan(
    tmp_path: Path, text: str, slogan: str | None, plan: str | None
) -> None:
    found = strategies(tmp_path, text)
    assert len(found) == 1, found
    if plan:
        assert plan in found[0] and "A Valley that works for everyone" in found[0]
    if slogan:
        assert slogan in found[0]


def test_a_section_heading_after_a_colon_is_no_slogan(tmp_path: Path) -> None:
    assert strategies(tmp_path, "The Housing Strategy: Progress Report was noted.") == [{"Housing Strategy"}]


def test_a_title_under_a_banner_in_capitals(tmp_path: Path) -> None:
    found = strategies(tmp_path, "STRONGER TOGETHER\nHealth in our Hill Towns 2022 - 2027\n\nOur shared plan.")
    assert found == [{"Health in our Hill Towns 2022-2027"}]


def test_capitals_run_into_a_phrase_on_one_line_are_no_banner(tmp_path: Path) -> None:
    assert strategies(tmp_path, "KEY FACTS Population in our Hill Towns 2022 - 2027") == []


def test_a_plan_named_by_its_period_is_the_text_s_plan_of_that_period(tmp_path: Path) -> None:
    text = (
        "The Wellbeing Plan 2021-2024 was agreed in 2021. Three of its goals were first set out in the "
        "2018-21 Plan, which ran before it."
    )
    assert strategies(tmp_path, text) == [{"Wellbeing Plan 2021-2024"}]


def test_a_period_in_two_digit_years_after_a_name_and_its_quoted_slogan(tmp_path: Path) -> None:
    text = "The adopted Council Plan 19-24 'Proud of Pellow' will be replaced by the new Council Plan 2024-2028."
    found = strategies(tmp_path, text)
    assert {"Council Plan 2019-2024", "Proud of Pellow"} in found and {"Council Plan 2024-2028"} in found, found


def test_two_digit_numbers_elsewhere_are_no_period(tmp_path: Path) -> None:
    assert strategies(tmp_path, "See pages 12-19 of the Parks Strategy 2020-2025.") == [{"Parks Strategy 2020-2025"}]
