"""A predecessor described ("the current plan", "the existing adopted LDP") where the text names it elsewhere is
that named plan, never a new "Predecessor of X"; a successor only described ("a draft new LOIP") is a draft.

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

from tests.loaders.test_lineage_cues import assert_quoted, read


def test_the_current_plan_is_the_one_earlier_edition_the_text_names(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Executive report, 11 September 2022\n\nIn April 2020 the Council adopted the Council Plan 2020-2024, "
        "'Stronger Together'. Officers now put forward the Council Plan 2023-2027, which would supersede the present "
        "plan from April.\n",
        "Wexcombe Borough Council",
    )
    fact = doc.fact("Wexcombe Council Plan 2023-2027", "supersedes", "Wexcombe Council Plan 2020-2024")
    assert fact.modality == "Proposed"  # "would supersede"
    assert_quoted(doc, fact, "would supersede the present plan")
    assert not any(title.startswith("Predecessor of") for title in doc.strategies())


def test_two_earlier_editions_named_leave_the_described_one_unnamed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Council Plan 2012-2016 and the Council Plan 2016-2020 are archived below. The Council Plan "
        "2020-2024 replaces the previous plan.\n",
        "Wexcombe Borough Council",
    )
    doc.fact("Wexcombe Council Plan 2020-2024", "supersedes", "Predecessor of Wexcombe Council Plan 2020-2024")


def test_a_description_of_another_subject_is_not_the_named_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Leisure Strategy 2016-2021 is archived below. The Leisure Strategy 2021-2026 replaces the existing "
        "sports pitch strategy.\n",
        "Wexcombe Borough Council",
    )
    replaced = {older for _, relation, older in doc.relations() if relation == "supersedes"}
    assert replaced == {"Predecessor of Wexcombe Leisure Strategy 2021-2026"}  # not the named Leisure Strategy


def test_the_current_adopted_acronym_plan_is_the_named_one_when_the_new_one_is_adopted(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Replacement Local Development Plan 2023-2038 (Deposit)\n\nOnce adopted, the Replacement LDP would take the "
        "place of the current adopted LDP. The Pennant Vale Local Development Plan 2013-2028 was adopted in 2014.\n",
        "Pennant Vale County Borough Council",
    )
    fact = doc.fact(
        "Pennant Vale Replacement Local Development Plan 2023-2038",
        "supersedes",
        "Pennant Vale Local Development Plan 2013-2028",
    )
    assert fact.modality in {"Proposed", "Conditional"}
    assert_quoted(doc, fact, "take the place of the current adopted LDP")


def test_a_draft_new_plan_known_by_its_acronym_is_a_draft_successor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Partnership Board, 2 February 2023\n\nThe Board reviewed the Local Outcomes Improvement Plan 2014-2024 over "
        "the autumn, and a draft new LOIP was then written with the locality groups.\n",
        "Strathmuir Community Planning Partnership",
    )
    [(newer, relation, older)] = [r for r in doc.relations() if r[0].startswith("Successor of")]
    assert older.endswith("Local Outcomes Improvement Plan 2014-2024")
    fact = doc.fact(newer, relation, older)
    assert fact.modality == "DraftForConsultation"
    assert_quoted(doc, fact, "a draft new LOIP")


def test_a_new_plan_under_another_acronym_is_no_successor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Board reviewed the Local Outcomes Improvement Plan 2014-2024 and noted that a new CCTV plan was "
        "being drafted by the police.\n",
        "Strathmuir Community Planning Partnership",
    )
    assert not any(r[0].startswith("Successor of") for r in doc.relations())


def test_a_new_edition_in_the_making_after_the_dated_one_ends_is_its_unnamed_successor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Youth Plan 2016-2024\n\nThe Youth Plan 2016-2024 gave every ward a youth worker. Late in 2024 a new Youth "
        "Plan was being written by the youth council.\n",
        "Castlebridge Council",
    )
    fact = doc.fact(
        "Successor of Castlebridge Youth Plan 2016-2024", "isSuccessorOf", "Castlebridge Youth Plan 2016-2024"
    )
    assert (fact.rule, fact.modality, fact.derivation) == ("new-edition-in-making", "Proposed", "inferred")
    assert_quoted(doc, fact, "a new Youth Plan")


def test_a_new_plan_made_before_the_dated_one_began_is_that_plan_itself(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Youth Plan 2024-2029\n\nIn 2023 a new Youth Plan was developed with the youth council. The Youth Plan "
        "2024-2029 sets four priorities.\n",
        "Castlebridge Council",
    )
    assert doc.relations() == []
