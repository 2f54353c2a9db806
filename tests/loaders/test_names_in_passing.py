"""Plans named once in passing, and what only looks like a plan's name in real council text.

Every text here is invented (councils and plans alike) and loaded alone, with no metadata file, as a
held-out real text is: what the loaders type as a strategy is read back with the name it is labelled by.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.facts import SourceExtraction
from strategy_lineage import vocab

NAMES = {vocab.DCTERMS + "title", vocab.RDFS + "label"}


def typed_strategies(extraction: SourceExtraction) -> dict[str, set[str]]:
    """Each plan typed as a strategy, with every title and label it is given."""
    typed = {
        f.subject.value
        for f in extraction.facts
        if f.predicate.value.endswith("#type") and f.object.value == vocab.SL + "Strategy"
    }
    found: dict[str, set[str]] = {iri: set() for iri in typed}
    for fact in extraction.facts:
        if fact.subject.value in found and fact.predicate.value in NAMES:
            found[fact.subject.value].add(fact.object.value)
    return found


def strategy_names(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return {name for labels in typed_strategies(extract(path)).values() for name in labels}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Members noted that the Medium Term Financial Plan assumes a rise in council tax.",
            "Medium Term Financial Plan",
        ),
        ("Officers will draw up a Town Centre Recovery Plan over the autumn.", "Town Centre Recovery Plan"),
        (
            "Our Sustainability and Transformation Plan was agreed with health partners.",
            "Sustainability and Transformation Plan",
        ),
        ("The Economic Recovery Strategy was agreed by the Executive last spring.", "Economic Recovery Strategy"),
        ("It also supports the knife Crime Strategy agreed with the police.", "knife Crime Strategy"),
        ("Work continues on the council's procurement strategy, which is due this year.", "Procurement Strategy"),
        ("We have published our parks strategy and want your views.", "Parks Strategy"),
        ("The Tree Planting Action Plan sets out where new trees will go.", "Tree Planting Action Plan"),
        ("Cabinet welcomed the Carbon Neutral Action Plan and its targets.", "Carbon Neutral Action Plan"),
    ],
)
def test_a_plan_named_once_in_passing_is_a_strategy(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in strategy_names(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        # a duty or an example names a kind of plan
        "Each local housing authority must publish a Local Housing Strategy every five years.",
        "The board is required to have a Joint Health and Wellbeing Strategy in place.",
        "Every council must have a homelessness strategy.",
        "Plans such as a Local Cycling Strategy can help.",
        # "a strategy" in lower case with no name, and descriptions of a plan
        "We will write a strategy for the coast next year.",
        "This is our high level plan and our comprehensive plan for growth.",
        # an action plan that delivers a strategy, names no topic, or is only a kind of plan
        "The strategy is delivered through an Early Years Action Plan.",
        "The Action Plan for 2023-24 is attached.",
        # agreements with central government on national outcomes
        "The Single Outcome Agreement sets the outcomes agreed with ministers.",
        # guidance, boards and assessments stay what they are
        "The Joint Strategic Needs Assessment and the Health and Wellbeing Board informed it.",
    ],
)
def test_what_is_not_a_plan_of_its_own(tmp_path: Path, text: str) -> None:
    assert strategy_names(tmp_path, text) == set()


def test_an_action_plan_that_delivers_a_strategy_is_not_one_of_its_own(tmp_path: Path) -> None:
    text = "The Carers Strategy 2024-2027 was agreed. The Carers Strategy Action Plan lists the actions."
    names = strategy_names(tmp_path, text)
    assert "Carers Strategy 2024-2027" in names
    assert not any("Action Plan" in name for name in names)


@pytest.mark.parametrize(
    "text, expected, not_expected",
    [
        # navigation words before a page's title
        ("Link to Parks Strategy\n\nThe parks team mows the grass.", set(), {"Link to Parks Strategy"}),
        (
            "Further Information Coastal Management Plan 2020-2025\n\nThe plan protects the shore.",
            {"Coastal Management Plan 2020-2025"},
            {"Further Information Coastal Management Plan 2020-2025"},
        ),
        # a word doubled by a PDF's columns is written once
        (
            "Cabinet agreed the Draft Corporate Corporate Plan 2024-28 for consultation.",
            {"Corporate Plan 2024-2028"},
            {"Corporate Corporate Plan 2024-2028"},
        ),
        # a council's name run into a title that begins with its place
        (
            "North Ashby and Kestrel North Ashby Borough Plan 2023-2027 sets our aims.",
            {"North Ashby Borough Plan 2023-2027"},
            {"North Ashby and Kestrel North Ashby Borough Plan 2023-2027"},
        ),
        # a list's or footnote's number after "Strategy" is not an edition
        (
            "RESOLVED that the Air Quality Strategy 2 be noted.",
            {"Air Quality Strategy"},
            {"Air Quality Strategy 2"},
        ),
    ],
)
def test_navigation_and_layout_are_not_part_of_a_name(
    tmp_path: Path, text: str, expected: set[str], not_expected: set[str]
) -> None:
    names = strategy_names(tmp_path, text)
    assert expected <= names
    assert not names & not_expected


def test_a_plan_known_only_by_its_period_is_a_plan_only_when_a_relation_involves_it(tmp_path: Path) -> None:
    assert strategy_names(tmp_path, "The 2016-2019 strategy ended with most targets met.") == set()


def test_a_title_with_a_slogan_of_two_phrases_is_one_plan(tmp_path: Path) -> None:
    text = (
        "Eastbury Borough Council\n\n"
        "Growing Up, Growing Strong: Eastbury's Children and Young People's Plan 2022-2025\n\n"
        "Eastbury's Children and Young People's Plan was written with young people. The plan runs for three years."
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    plans = typed_strategies(extract(path))
    assert len(plans) == 1
    (labels,) = plans.values()
    assert "Growing Up, Growing Strong: Eastbury's Children and Young People's Plan 2022-2025" in labels


def test_a_slogan_of_two_phrases_before_a_name_without_a_period(tmp_path: Path) -> None:
    text = "Home Safe, Home Soon: the Temporary Accommodation Strategy\n\nThis strategy sets out our approach."
    path = tmp_path / "strategy.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract(path)
    plans = typed_strategies(extraction)
    assert len(plans) == 1
    slogans = {f.object.value for f in extraction.facts if f.predicate.value == vocab.DCTERMS + "alternative"}
    assert "Home Safe, Home Soon" in slogans


def test_a_name_alone_on_its_line_is_a_heading(tmp_path: Path) -> None:
    text = "Contents\n1. Foreword\n2. Youth Justice Partnership Plan\n3. Our priorities\nWe met in May."
    assert strategy_names(tmp_path, text) == {"Youth Justice Partnership Plan"}


def test_an_action_plan_dated_only_in_a_list_title(tmp_path: Path) -> None:
    text = "Appendices\nAppendix 3: Dementia Action Plan for 2019/20\nAppendix 4: Equality Impact Assessment"
    assert "Dementia Action Plan 2019-2020" in strategy_names(tmp_path, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The board will be asked to endorse a new youth plan to cover the period 2025 to 2028.",
            "Youth Plan 2025-2028",
        ),
        ("The Allotments Strategy which covers 2021 to 2026 is popular.", "Allotments Strategy 2021-2026"),
        (
            "After consultation, the Libraries Strategy will now cover the period 2024-2029.",
            "Libraries Strategy 2024-2029",
        ),
    ],
)
def test_a_period_said_in_the_words_after_a_name(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in strategy_names(tmp_path, text)


def test_an_edition_known_by_its_ordinal(tmp_path: Path) -> None:
    text = (
        "Our first Community Safety Strategy set three aims. Our second Community Safety Strategy for 2025-28 adds one."
    )
    names = strategy_names(tmp_path, text)
    assert {"first Community Safety Strategy", "Community Safety Strategy 2025-2028"} <= names


def test_the_text_s_own_plan_called_its_first_is_one_plan_known_with_and_without_its_ordinal(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("This is our first Loneliness Strategy. It runs for three years.", encoding="utf-8")
    extraction = extract(path)
    plans = typed_strategies(extraction)
    assert list(plans.values()) == [{"first Loneliness Strategy"}]
    alternatives = {f.object.value for f in extraction.facts if f.predicate.value == vocab.DCTERMS + "alternative"}
    assert "Loneliness Strategy" in alternatives


def test_a_slogan_title_and_its_name_without_the_slogan_are_one_plan(tmp_path: Path) -> None:
    text = (
        "Report on Greener Streets, Cleaner Air: Eastmoor's Air Quality Strategy, 2025-30, attached.\n\n"
        "The Air Quality Strategy 2025-30 replaces no earlier plan. The AQS was written with residents."
    )
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    plans = typed_strategies(extract(path))
    assert len(plans) == 1


def test_one_determiner_points_at_two_names_joined_by_and(tmp_path: Path) -> None:
    names = strategy_names(tmp_path, "Members discussed the borough's Resilience Strategy and Renewal Plan at length.")
    assert {"Resilience Strategy", "Renewal Plan"} <= names
    assert strategy_names(tmp_path, "priorities set in Resilience Strategy and Renewal Plan apply") == set()
