"""Plan names as councils write them on real pages: hyphens of other code points inside a period, another name for
the plan set beside it (an apposition), joint titles, names cut at a bracket or an opening word; and what is not a
council's strategy (a national plan, a chapter heading, a form label, a contents line).

Every text here is invented, loaded alone with no metadata file; what the loaders type as a strategy is read back
with every name it is given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract
from strategy_lineage import vocab
from strategy_lineage.vocab import SKOS_ALT_LABEL
from tests.loaders.test_names_in_passing import typed_strategies
from tests.loaders.test_plan_name_recall import strategies


@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011", "\u2012", "\u2212"])
def test_a_period_written_with_another_hyphen_is_whole(tmp_path: Path, hyphen: str) -> None:
    text = f"The Cabinet approved the Digital Strategy 2021{hyphen}2025 at its meeting in March.\n"
    assert strategies(tmp_path, text) == [{"Digital Strategy 2021-2025"}]


def _supersessions(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(newer, older) for every supersession read, each end by the set of its names."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract(path)
    found = typed_strategies(extraction)
    for fact in extraction.facts:
        if fact.subject.value in found and fact.predicate == SKOS_ALT_LABEL:
            found[fact.subject.value].add(fact.object.value)
    return {
        (" | ".join(sorted(found[f.subject.value])), " | ".join(sorted(found[f.object.value])))
        for f in extraction.facts
        if f.predicate.value == vocab.SL + "supersedes" and f.subject.value in found and f.object.value in found
    }


@pytest.mark.parametrize(
    "text, plan, other",
    [
        # a conventional acronym between dashes, the plan then replacing an older one
        (
            "The Community Plan for Dunmore 2018-2028 - our LOIP - replaces the Dunmore Community Plan 2013-2018.\n",
            "Community Plan for Dunmore 2018-2028",
            "LOIP",
        ),
        # a description in brackets; the older plan of that description keeps its own period
        (
            "Cabinet noted that the Ambition Eastmoor Strategy 2024-2029 (our Corporate Strategy) replaces the "
            "Corporate Strategy 2019-2024.\n",
            "Ambition Eastmoor Strategy 2024-2029",
            "Corporate Strategy",
        ),
        # after a comma and "our", and used again later by the other name alone
        (
            "The Plan for Kilbride 2020-2030, our Local Outcomes Improvement Plan, was agreed in June. The Local "
            "Outcomes Improvement Plan replaces the Kilbride Community Plan 2010-2020.\n",
            "Plan for Kilbride 2020-2030",
            "Local Outcomes Improvement Plan",
        ),
    ],
)
def test_another_name_set_beside_a_plan_is_one_plan(tmp_path: Path, text: str, plan: str, other: str) -> None:
    found = _supersessions(tmp_path, text)
    assert len(found) == 1, found
    ((newer, _older),) = found
    assert plan in newer.split(" | ") and other in newer.split(" | ")
    typed = strategies(tmp_path, text)
    assert len(typed) == 2, typed  # the plan (with its other name) and the one it replaces: no third node


@pytest.mark.parametrize(
    "text",
    [
        # a list of plans after a comma and "the" is a list, not a second name
        "The Housing Strategy 2020-2025, the Homelessness Strategy 2020-2025 and the Tenancy Strategy were agreed.\n",
        # another name with another period is another plan
        "The Council Plan 2024-2028 - the Corporate Plan 2019-2023 - was reviewed.\n",
    ],
)
def test_plans_side_by_side_stay_apart(tmp_path: Path, text: str) -> None:
    assert len(strategies(tmp_path, text)) >= 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # two plans joined by a bare "and" that share one place tail and one period: one joint plan
        (
            "The Making Places Core Strategy and Town Centre Plan for Ashby and Holt 2014 - 2034 was adopted.\n",
            [{"Making Places Core Strategy and Town Centre Plan for Ashby and Holt 2014-2034"}],
        ),
        # a delivery plan named after its strategy, with a period of its own: one document, not the strategy
        (
            "The Economic Strategy Delivery Plan 2016 - 2019 was noted by the committee.\n",
            [{"Economic Strategy Delivery Plan 2016-2019"}],
        ),
        # an authority's plan named after its National Park, the period in brackets after the place
        (
            "Management Plan for the Fellside National Park (2019-2024)\n\nThe plan sets out how the park is cared "
            "for.\n",
            [{"Management Plan for the Fellside National Park 2019-2024"}],
        ),
        # "New" inside a name that opens with its place
        (
            "Work has begun on the Ashvale New Local Plan, which will cover the years to 2040.\n",
            [{"Ashvale New Local Plan"}],
        ),
        # a meeting's webcast named after its item: the plan itself
        ("Webcast for Open Spaces Strategy 2025-2030\n", [{"Open Spaces Strategy 2025-2030"}]),
    ],
)
def test_names_kept_whole(tmp_path: Path, text: str, expected: list[set[str]]) -> None:
    assert strategies(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # plans of a nation's government
        "The plan takes account of the Wales Spatial Plan and the Wales Transport Strategy.\n",
        "Our approach mirrors the UK Food Strategy and Scotland's Digital Strategy.\n",
        "It draws on the Scottish Government's National Strategy for Economic Transformation.\n",
        # a department named in a form's field
        "Department: Corporate Strategy\nContact officer: J Bloggs\n",
        # contents lines with their page numbers
        "Contents\nForeword ........ 3\nSpatial Strategy ........ 14\nHousing Strategy 22\nAppendix 40\n",
        # an objective in quotes
        "The plan has three priorities: 'Healthy Lives Everywhere', 'Thriving Local Economy' and 'Cleaner Air'.\n",
        # a stage of a development plan as a chapter heading
        "4. Preferred Strategy\n\nThis chapter sets out the level of growth proposed.\n",
        # a lower-case strategy of a council with no topic
        "The County Council's joint strategy with health partners is being drafted.\n",
    ],
)
def test_not_a_councils_strategy(tmp_path: Path, text: str) -> None:
    assert strategies(tmp_path, text) == []


def test_a_council_place_that_opens_with_a_nation_keeps_its_plan(tmp_path: Path) -> None:
    text = "The Scottish Borders Local Development Plan 2016 was adopted by the council.\n"
    assert strategies(tmp_path, text) == [{"Scottish Borders Local Development Plan 2016"}]


def test_a_progress_report_year_is_no_period_of_the_plan(tmp_path: Path) -> None:
    text = (
        "The Library Strategy 2022-2027 was adopted in 2022. This report sets out progress made against the "
        "Library Strategy for 2024-25.\n"
    )
    assert strategies(tmp_path, text) == [{"Library Strategy 2022-2027"}]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a section heading over a title on the next line
        (
            "Climate Emergency\nClimate Change Strategy 2021-2030\nThis strategy was approved by Cabinet.\n",
            "Climate Change Strategy 2021-2030",
        ),
        (
            "Strategies and Plans\nParks Strategy 2020-2025\nThe council adopted it in 2020.\n",
            "Parks Strategy 2020-2025",
        ),
        # a heading ending in a head noun over a one-word title
        ("Our Vision\nLeisure Strategy 2024-2029\nIt was agreed in May.\n", "Leisure Strategy 2024-2029"),
        # a title wrapped over two lines stays whole
        (
            "The Cabinet agreed the Children and Young\nPeople's Plan 2015-2018 at its meeting.\n",
            "Children and Young People's Plan 2015-2018",
        ),
        ("Kent Joint Health and\nWellbeing Strategy 2014-2017\n", "Kent Joint Health and Wellbeing Strategy 2014-2017"),
    ],
)
def test_a_heading_line_is_no_part_of_the_name_below(tmp_path: Path, text: str, expected: str) -> None:
    assert strategies(tmp_path, text) == [{expected}]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted slogan followed by a head noun in lower case
        ("The council's 'Greener Together in Eastmoor' strategy was agreed in 2021.\n", "Greener Together in Eastmoor"),
        # a slogan said to be the body's plan
        ("Ambition 2040 is our long-term blueprint for the district. It was adopted in 2021.\n", "Ambition 2040"),
    ],
)
def test_a_plan_named_by_its_slogan(tmp_path: Path, text: str, expected: str) -> None:
    assert strategies(tmp_path, text) == [{expected}]


@pytest.mark.parametrize(
    "text, older",
    [
        (
            "The Marston Borough Local Plan Review (adopted 2003) has now been superseded by our Core Strategy.\n",
            "Marston Borough Local Plan Review",
        ),
        (
            "The Tenby Unitary Development Plan Review was adopted in 2005 and is replaced by the Tenby Local "
            "Development Plan 2018-2033.\n",
            "Tenby Unitary Development Plan Review",
        ),
    ],
)
def test_a_plan_whose_name_ends_in_review(tmp_path: Path, text: str, older: str) -> None:
    found = _supersessions(tmp_path, text)
    assert [o for _, o in found] == [older]


def test_a_review_of_a_plan_is_no_plan(tmp_path: Path) -> None:
    text = "A Review of the Marston Local Plan 2011-2031 began in 2023 and the Review was reported to Cabinet.\n"
    assert strategies(tmp_path, text) == [{"Marston Local Plan 2011-2031"}]


def test_an_agreement_with_government_replaced_is_no_plan(tmp_path: Path) -> None:
    text = "The Glenbay Community Plan 2018-2028 replaces the Glenbay Single Outcome Agreement 2013-2018.\n"
    assert strategies(tmp_path, text) == [{"Glenbay Community Plan 2018-2028"}]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Share Your Views On Brackenvale's Active Travel Plan\n\nThe draft is open for comment.\n",
            "Active Travel Plan",
        ),
        ("Have Your Say About The Eastmoor Local Plan 2024-2040\n", "Eastmoor Local Plan 2024-2040"),
    ],
)
def test_a_title_case_heading_before_a_name_is_no_part_of_it(tmp_path: Path, text: str, expected: str) -> None:
    (found,) = strategies(tmp_path, text)
    assert any(name.endswith(expected) and " On " not in name and "About" not in name for name in found), found
