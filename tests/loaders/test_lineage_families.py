"""Lineage wording families found on real council texts, each tested with invented councils and plans in
wordings other than the ones the rules were developed against: how firmly a relation is stated, unnamed
predecessors said of in another sentence, a refresh or update named by a noun, lists of past plans.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

# --- status: stated, proposed, draft ----------------------------------------------------------------


def test_what_a_plan_builds_on_is_stated_even_where_its_approval_is_only_asked(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Proposed decision:\nThe Cabinet Member is asked to approve the Fenwick Carers Strategy 2025-2028.\n\n"
        "Background:\nThe Carers Strategy 2025-2028 builds on the Carers Strategy 2021-2024 and keeps its "
        "four priorities.\n",
        "Fenwick Borough Council",
    )
    fact = doc.fact("Fenwick Carers Strategy 2025-2028", "isSuccessorOf", "Fenwick Carers Strategy 2021-2024")
    assert fact.modality is None
    assert_quoted(doc, fact, "builds on the Carers Strategy 2021-2024")


def test_a_replacement_asked_for_is_proposed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Proposed decision:\nTo adopt the Fenwick Libraries Strategy 2025-2030.\n\n"
        "Background:\nThe Libraries Strategy 2025-2030 replaces the Libraries Strategy 2019-2024.\n",
        "Fenwick Borough Council",
    )
    fact = doc.fact("Fenwick Libraries Strategy 2025-2030", "supersedes", "Fenwick Libraries Strategy 2019-2024")
    assert fact.modality == "Proposed"


def test_a_replacement_whose_decision_was_taken_is_stated(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Issue details\n\nParks Strategy 2026-2031 - 25/00412\n\n"
        "Approval of the Parks Strategy 2026-2031, the replacement for the Parks Strategy 2020-2025.\n\n"
        "Decision status: Recommendations Approved\n\nDecision due: 3 Mar 2026 by Cabinet\n",
        "Fenwick Borough Council",
    )
    fact = doc.fact("Fenwick Parks Strategy 2026-2031", "supersedes", "Fenwick Parks Strategy 2020-2025")
    assert fact.modality is None


def test_a_newer_plan_known_only_as_a_draft_is_a_draft(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Residents will be asked what they think of the draft Corporate Plan 2026-2030, which follows on "
        "from the Corporate Plan 2022-2026.\n",
        "Marlow Vale District Council",
    )
    fact = doc.fact("Marlow Vale Corporate Plan 2026-2030", "isSuccessorOf", "Marlow Vale Corporate Plan 2022-2026")
    assert fact.modality == "DraftForConsultation"


@pytest.mark.parametrize(
    "approval",
    [
        "The draft Corporate Plan 2026-2030 was adopted by full Council in March 2026.",
        "Cabinet approved the draft Corporate Plan 2026-2030 at its meeting in March 2026.",
    ],
)
def test_a_draft_that_was_approved_is_no_longer_only_a_draft(tmp_path: Path, approval: str) -> None:
    doc = read(
        tmp_path,
        f"{approval}\n\nThe Corporate Plan 2026-2030 follows on from the Corporate Plan 2022-2026.\n",
        "Marlow Vale District Council",
    )
    fact = doc.fact("Marlow Vale Corporate Plan 2026-2030", "isSuccessorOf", "Marlow Vale Corporate Plan 2022-2026")
    assert fact.modality is None


# --- an earlier plan described, and said of in a sentence of its own ------------------------------------


def test_the_current_plan_that_came_to_an_end_is_followed_by_the_new_one(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet adopted a new Carers Strategy 2024-2029 for Holmbridge on 12 June 2024.\n\n"
        "The current carers strategy came to an end in March 2024, and carers asked for more respite.\n",
        "Holmbridge Metropolitan Borough Council",
    )
    fact = doc.fact(
        "Holmbridge Carers Strategy 2024-2029", "isSuccessorOf", "Predecessor of Holmbridge Carers Strategy 2024-2029"
    )
    assert (fact.rule, fact.derivation, fact.modality) == ("predecessor-said-of", "inferred", None)
    assert_quoted(doc, fact, "The current carers strategy came to an end")


def test_a_period_said_of_the_last_plan_dates_the_unnamed_earlier_edition(tmp_path: Path) -> None:
    """ "Our last plan" names no plan: the predecessor stays unnamed, with the period the text gives it."""
    doc = read(
        tmp_path,
        "Youth Justice Plan 2023-2026\n\nThis plan sets out how the partnership will keep young people out of "
        "court. Our last plan covered the period 2019 to 2022.\n",
        "Holmbridge Metropolitan Borough Council",
    )
    earlier = "Predecessor of Holmbridge Youth Justice Plan 2023-2026"
    fact = doc.fact("Holmbridge Youth Justice Plan 2023-2026", "isSuccessorOf", earlier)
    assert (fact.rule, fact.derivation) == ("previous-edition", "inferred")  # "our last plan" with what is said of it
    assert_quoted(doc, fact, "Our last plan covered the period 2019 to 2022")
    assert doc.said_of(earlier) == {"validFrom": "2019", "validUntil": "2022"}
    assert "Holmbridge Youth Justice Plan 2019-2022" not in doc.strategies()


@pytest.mark.parametrize(
    "text",
    [
        # the plan in force, not called new: "current" is the presented plan itself
        "Corporate Plan 2022-2026\n\nThe current corporate plan was adopted by the Council in 2022 and is reviewed "
        "every year.\n",
        # an earlier plan of another kind
        "The new Housing Strategy 2025-2030 was agreed by Cabinet. The previous Local Plan was adopted in 2011.\n",
        # the first of the series: perhaps the plan presented itself, or one long before it
        "Carers Strategy 2012-2017\n\nThe new strategy is the district's first. The first carers strategy was "
        "published in 2012 after a year of listening to carers.\n",
        # said to be published after the presented plan began
        "The new Housing Strategy 2025-2030 was agreed by Cabinet. The previous strategy was published in 2027.\n",
    ],
)
def test_what_is_said_of_a_plan_that_is_not_an_earlier_one_says_nothing(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, "Holmbridge Metropolitan Borough Council")
    assert doc.relations() == []


# --- an edition named by a noun: "the refresh", "this update"; a version for a period ------------------


def test_the_refresh_named_by_a_noun_is_the_presented_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Item 7: Kinross Vale Active Lives Strategy 2025-2030\n\nThe Board is asked to endorse the strategy. "
        "This refresh draws on what residents told us during the leisure review.\n",
        "Kinross Vale Council",
    )
    fact = doc.fact(
        "Kinross Vale Active Lives Strategy 2025-2030",
        "isRefreshOf",
        "Predecessor of Kinross Vale Active Lives Strategy 2025-2030",
    )
    assert (fact.rule, fact.derivation, fact.modality) == ("revision-refresh", "inferred", None)
    assert_quoted(doc, fact, "This refresh draws on")


def test_the_latest_draft_of_the_refresh_is_a_draft(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Kinross Vale Active Lives Strategy 2025-2030\n\nMembers commented on the latest draft of the refresh, "
        "which adds a priority on older people.\n",
        "Kinross Vale Council",
    )
    fact = doc.fact(
        "Kinross Vale Active Lives Strategy 2025-2030",
        "isRefreshOf",
        "Predecessor of Kinross Vale Active Lives Strategy 2025-2030",
    )
    assert fact.modality == "DraftForConsultation"


def test_this_update_of_a_plan_called_revised_revises_an_earlier_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Sustainable Community Plan 2023-2026\n\nFull Council approved the updated Sustainable Community Plan in "
        "May 2023. This update puts climate action first among the plan's five aims.\n",
        "Kinross Vale Council",
    )
    fact = doc.fact(
        "Kinross Vale Sustainable Community Plan 2023-2026",
        "isRevisionOf",
        "Predecessor of Kinross Vale Sustainable Community Plan 2023-2026",
    )
    assert fact.rule == "revision-updated"
    assert_quoted(doc, fact, "This update puts")


@pytest.mark.parametrize(
    "text",
    [
        # a refresh still to come
        "Active Lives Strategy 2025-2030\n\nThe refresh will start once the leisure review reports next spring.\n",
        # the plan in force; the refreshed one is its successor, not yet written
        "The current Active Lives Strategy 2020-2025 was agreed in 2020. Officers outlined the main points of the "
        "refreshed strategy for members.\n",
        # a progress update, not an edition
        "Active Lives Strategy 2025-2030\n\nThis update report sets out progress against the strategy's actions.\n",
        # an update of a plan never called revised or updated
        "Active Lives Strategy 2025-2030\n\nThis update covers the first year of delivery.\n",
    ],
)
def test_refreshes_and_updates_that_are_no_earlier_edition(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, "Kinross Vale Council")
    assert [r for r in doc.relations() if "Predecessor" in r[2]] == []


def test_an_amended_version_for_a_period_revises_the_plan_reviewed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Council Plan\n\nThe Council Plan 2021-2024 has now been looked at again and updated in the light of the "
        "budget. A revised version of the Council Plan for the period 2022-2025 is set out in the appendix.\n",
        "Kinross Vale Council",
    )
    fact = doc.fact("Kinross Vale Council Plan 2022-2025", "isRevisionOf", "Kinross Vale Council Plan 2021-2024")
    assert fact.rule == "revision-updated"
    assert_quoted(doc, fact, "has now been looked at again and updated", "for the period 2022-2025")


# --- a list of past plans under a heading; a name written in lower case beside its capitalised form ------


def test_the_latest_earlier_edition_listed_under_past_plans_is_the_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Parks and Play Strategy 2023-2028\n\nThe strategy sets out where we will invest in play areas.\n\n"
        "Past plans:\n\nParks and Play Strategy 2013-2018\n\nParks and Play Strategy 2018-2023\n\n"
        "Allotments Policy 2015-2020\n\nFor more information contact the parks team.\n",
        "Ormsby District Council",
    )
    fact = doc.fact(
        "Ormsby Parks and Play Strategy 2023-2028", "isSuccessorOf", "Ormsby Parks and Play Strategy 2018-2023"
    )
    assert (fact.rule, fact.derivation) == ("previous-editions-listed", "inferred")
    assert_quoted(doc, fact, "Past plans", "Parks and Play Strategy 2018-2023")
    assert [r for r in doc.relations() if "Allotments" in r[2] or "2013-2018" in r[2]] == []


def test_plans_listed_under_another_heading_are_not_predecessors(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Parks and Play Strategy 2023-2028\n\nThe strategy sets out where we will invest in play areas.\n\n"
        "Related documents:\n\nParks and Play Strategy 2012-2017 annual report\n\nTree Strategy 2020-2030\n",
        "Ormsby District Council",
    )
    assert doc.relations() == []


def test_a_plan_without_a_head_noun_written_in_lower_case_is_its_capitalised_name(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Adoption of Ormsby Forward - The Council Plan to 2030, the replacement for ormsby rising 2020 which ends "
        "in March.\n\nOrmsby Rising 2020 was adopted by the Council in 2016.\n",
        "Ormsby District Council",
    )
    fact = doc.fact("Ormsby Council Plan to 2030", "supersedes", "Ormsby Rising 2020")
    assert fact.rule == "supersession-replace"
    assert_quoted(doc, fact, "the replacement for ormsby rising 2020")


# --- a plan called by its number: "the second ...", "our third ..." ------------------------------------


def test_a_plan_called_the_third_of_its_kind_succeeds_the_edition_before(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Ormsby Carers Strategy 2025-2030\n\nIt is the council's third carers strategy and the first written "
        "with young carers.\n",
        "Ormsby District Council",
    )
    fact = doc.fact(
        "Ormsby Carers Strategy 2025-2030", "isSuccessorOf", "Predecessor of Ormsby Carers Strategy 2025-2030"
    )
    assert (fact.rule, fact.derivation) == ("ordinal-edition", "inferred")
    assert_quoted(doc, fact, "third carers strategy")


def test_a_numbered_plan_of_another_kind_says_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Ormsby Carers Strategy 2025-2030\n\nThis is the second housing plan the district has shared with carers.\n",
        "Ormsby District Council",
    )
    assert doc.relations() == []


@pytest.mark.parametrize(
    "wording",
    [
        "builds on the successes and lessons of the Carer Support Plan 2019-2024",
        "was built on the progress delivered through the Carer Support Plan 2019-2024",
    ],
)
def test_building_on_what_an_earlier_plan_achieved_is_succession(tmp_path: Path, wording: str) -> None:
    doc = read(
        tmp_path,
        f"Members agreed the Carers Strategy 2025-2029. The new strategy {wording} and sets four priorities.\n",
        "Holmbury District Council",
    )
    fact = doc.fact("Holmbury Carers Strategy 2025-2029", "isSuccessorOf", "Holmbury Carer Support Plan 2019-2024")
    assert_quoted(doc, fact, wording.split(" the ")[0], "Carer Support Plan 2019-2024")
