"""A plan's next edition in the making or numbered by the text: "the second iteration of our Place Plan", "LDP 3 will
follow LDP 2", "a refresh of X is under way", "a new, single Local Plan to replace X", the 'refreshed' plan approved,
"the original X" in the text presenting its later edition; and what stays unsaid ("an update on" a plan, "will follow
the guidance").

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

PUBLISHER = "Dunmere Borough Council"


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (
            "Market Towns Plan 2025-2030\n\nThis is the fourth edition of the Market Towns Plan, and the first to "
            "include the new bus station.\n",
            "Dunmere Market Towns Plan 2025-2030",
        ),
        (
            "Rural Services Framework 2024-2029\n\nThe third iteration of our Rural Services Framework takes a longer "
            "view.\n",
            "Dunmere Rural Services Framework 2024-2029",
        ),
    ],
)
def test_an_edition_or_iteration_by_number_follows_an_unnamed_one(tmp_path: Path, text: str, plan: str) -> None:
    doc = read(tmp_path, text, PUBLISHER)
    fact = doc.fact(plan, "isSuccessorOf", f"Predecessor of {plan}")
    assert (fact.rule, fact.derivation) == ("ordinal-edition", "inferred")


def test_an_iteration_of_another_kind_says_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Rural Services Framework 2024-2029\n\nThe second iteration of our Parking Strategy is due next year.\n",
        PUBLISHER,
    )
    assert doc.relations() == []


def test_a_plan_that_will_follow_another_is_its_proposed_successor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Minerals Plan 2026-2041 will follow the Minerals Plan 2011-2026 when the inspector's report is in.\n",
        PUBLISHER,
    )
    fact = doc.fact("Dunmere Minerals Plan 2026-2041", "isSuccessorOf", "Dunmere Minerals Plan 2011-2026")
    assert (fact.rule, fact.modality) == ("succession-stated", "Proposed")
    assert_quoted(doc, fact, "will follow the Minerals Plan 2011-2026")


def test_a_plan_that_will_follow_guidance_has_no_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Minerals Plan 2026-2041 will follow the approach set out in the national policy statement.\n",
        PUBLISHER,
    )
    assert doc.relations() == []


@pytest.mark.parametrize(
    ("text", "older", "relation"),
    [
        (
            "A full revision of the Cultural Strategy 2018-2028 is under way and will finish in the spring.\n",
            "Dunmere Cultural Strategy 2018-2028",
            "isRevisionOf",
        ),
        ("This year officers are undertaking a refresh of the Tourism Strategy.\n", "Tourism Strategy", "isRefreshOf"),
        (
            "The Council has begun a new, single Local Plan to replace the Core Strategy 2011 and the Town Centre "
            "Plan 2014.\n",
            "Dunmere Core Strategy 2011",
            "supersedes",
        ),
    ],
)
def test_a_new_edition_being_made_is_a_proposed_successor(tmp_path: Path, text: str, older: str, relation: str) -> None:
    doc = read(tmp_path, text, PUBLISHER)
    newer = f"Successor of {older}"
    fact = doc.fact(newer, relation, older)
    assert (fact.derivation, fact.modality) == ("inferred", "Proposed")


def test_an_update_on_a_plan_is_a_progress_report(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "An update on the Cultural Strategy 2018-2028 is under way and will be reported to the Committee in June.\n",
        PUBLISHER,
    )
    assert doc.relations() == []


@pytest.mark.parametrize("quoted", ["'refreshed'", "“updated”"])
def test_a_plan_approved_as_refreshed_in_quotes_has_an_earlier_edition(tmp_path: Path, quoted: str) -> None:
    doc = read(tmp_path, f"The Board approved the {quoted} Sports Facilities Plan 2023-2033 in March.\n", PUBLISHER)
    relation = "isRefreshOf" if "refresh" in quoted else "isRevisionOf"
    fact = doc.fact(
        "Dunmere Sports Facilities Plan 2023-2033", relation, "Predecessor of Dunmere Sports Facilities Plan 2023-2033"
    )
    assert fact.derivation == "inferred"


def test_the_original_plan_in_the_text_of_its_later_edition_is_its_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Waste Strategy 2022-2032\n\nThis chapter compares what was recycled with the targets of the original Waste "
        "Strategy.\n",
        PUBLISHER,
    )
    fact = doc.fact(
        "Dunmere Waste Strategy 2022-2032", "isSuccessorOf", "Predecessor of Dunmere Waste Strategy 2022-2032"
    )
    assert fact.rule == "previous-edition"


def test_a_replacement_that_the_council_will_consider_is_proposed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet will consider the Allotments Plan 2025-2030, which replaces the Allotments Plan 2019-2024, in July.\n",
        PUBLISHER,
    )
    fact = doc.fact("Dunmere Allotments Plan 2025-2030", "supersedes", "Dunmere Allotments Plan 2019-2024")
    assert fact.modality == "Proposed"


def test_a_replacement_plan_named_by_that_word_supersedes_only_the_plan_in_force(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Replacement Minerals Plan, when adopted, will supersede the current adopted Minerals Plan.\n",
        PUBLISHER,
    )
    assert doc.relations() == [("Replacement Minerals Plan", "supersedes", "Predecessor of Replacement Minerals Plan")]
    assert doc.fact("Replacement Minerals Plan", "supersedes", "Predecessor of Replacement Minerals Plan").modality == (
        "Conditional"
    )


@pytest.mark.parametrize(
    ("text", "newer", "older", "modality"),
    [
        (
            "The Local Development Plan is under review. Work on the replacement LDP (LDP3) began in 2024.\n",
            "Local Development Plan 3",
            "Local Development Plan",
            "Proposed",
        ),
        (
            "A replacement Waste Local Plan 2025-2040 is being prepared with the neighbouring authorities.\n",
            "Dunmere Waste Local Plan 2025-2040",
            "Predecessor of Dunmere Waste Local Plan 2025-2040",
            "Proposed",
        ),
        (
            "A replacement Waste Local Plan 2025-2040 was adopted by the Council in May.\n",
            "Dunmere Waste Local Plan 2025-2040",
            "Predecessor of Dunmere Waste Local Plan 2025-2040",
            None,
        ),
    ],
)
def test_the_replacement_plan_named_after_that_word_replaces_the_edition_in_force(
    tmp_path: Path, text: str, newer: str, older: str, modality: str | None
) -> None:
    fact = read(tmp_path, text, PUBLISHER).fact(newer, "supersedes", older)
    assert (fact.rule, fact.modality) == ("supersession-replace", modality)


def test_plans_that_will_follow_another_kind_of_plan_are_kept_in_line_with_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Housing Delivery Plan 2025-2027 will follow the Local Plan 2020-2035 closely, as will the Economic "
        "Strategy 2025-2030.\n",
        PUBLISHER,
    )
    assert doc.relations() == []
