"""Versions of a plan described, not named ("the present Tree Strategy", "the next Cycling Plan"), and the newer
version near them: one follows the other only where the text puts them in a replacing relation (rule
version-succession, loaders/versions.py).

Every council and plan here is invented, in wordings other than the ones the rule was developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import Read, assert_quoted, read

COUNCIL = "Ravensmoor Borough Council"


IN_FORCE_THEN_NEWER = [
    (  # said to need updating, then a draft
        "Cabinet, 4 June\n\nThe present Tree Strategy, which dates from 2011, needs updating. Officers have produced "
        "a draft Tree Strategy 2026-2031 and Cabinet is invited to release it for comment.\n",
        "Tree Strategy 2026-2031",
        "2011",
        "DraftForConsultation",
    ),
    (  # dated, then said to be due, then a new one in the next paragraph
        "Our existing Allotments Plan was agreed in 2016 and is now due for renewal.\n\n"
        "A new Allotments Plan 2024-2029 has been written with plot holders.\n",
        "Allotments Plan 2024-2029",
        "2016",
        None,
    ),
]


@pytest.mark.parametrize(("text", "newer", "issued", "modality"), IN_FORCE_THEN_NEWER)
def test_a_version_in_force_said_to_end_then_a_newer_one(
    tmp_path: Path, text: str, newer: str, issued: str, modality: str | None
) -> None:
    doc = read(tmp_path, text, COUNCIL)
    predecessor = f"Predecessor of Ravensmoor {newer}"
    fact = doc.fact(f"Ravensmoor {newer}", "isSuccessorOf", predecessor)
    assert fact.rule in {"version-succession", "predecessor-said-of"}
    assert (fact.derivation, fact.modality) == ("inferred", modality)
    assert_quoted(doc, fact, issued)
    assert doc.said_of(predecessor) == {"issued": issued}


def _only_successor(doc: Read, relations: frozenset[str] | set[str] = frozenset({"isSuccessorOf"})) -> tuple[str, str]:
    """(newer, older) of the one succession (or other relation of ``relations``) the text gives."""
    successors = [r for r in doc.relations() if r[1] in relations]
    assert len(successors) == 1, doc.relations()
    return successors[0][0], successors[0][2]


def test_the_next_version_follows_the_one_in_force_unnamed_and_proposed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Members heard that the existing Cycling Plan had delivered most of its routes, and that preparation of "
        "the next Cycling Plan would begin in the spring.\n",
        COUNCIL,
    )
    newer, older = _only_successor(doc)
    assert newer.startswith("Successor of") and "Cycling Plan" in older
    fact = doc.fact(newer, "isSuccessorOf", older)
    assert (fact.rule, fact.modality) == ("version-succession", "Proposed")


def test_versions_merely_named_together_relate_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The committee looked at the current Events Strategy and at the new Events Strategy side by side, and "
        "asked how the current Markets Plan fits with the new Tourism Plan.\n",
        COUNCIL,
    )
    assert not [r for r in doc.relations() if r[1] == "isSuccessorOf"], doc.relations()


def test_another_plan_or_a_later_date_is_no_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The existing Play Strategy was adopted in 2015 and has run its course. A draft Parking Plan 2025-2030 is out "
        "for comment.\n\nThe current Museum Strategy was published in 2024. The draft Museum Strategy 2019-2023 "
        "is kept in the archive.\n",
        COUNCIL,
    )
    assert not [r for r in doc.relations() if "Parking" in r[0] or "Museum" in r[0]], doc.relations()


ENDING_THEN_PRESENTED = [
    (
        "Waste Strategy 2025-2030\n\nThe Council's existing waste strategy is due to end in March 2025. This document "
        "sets out what we will do over the following five years.\n",
        "Waste Strategy 2025-2030",
        None,
    ),
    (
        "Cabinet minutes\n\nThe Leader said that the Libraries Plan 2026-2029 was expected to be approved by "
        "Council in the spring, with the current plan running out this year.\n",
        "Libraries Plan 2026-2029",
        "Proposed",
    ),
]


@pytest.mark.parametrize(("text", "presented", "modality"), ENDING_THEN_PRESENTED)
def test_a_version_in_force_said_to_be_ending_is_followed_by_the_plan_presented(
    tmp_path: Path, text: str, presented: str, modality: str | None
) -> None:
    """Said to be ending, the current version is another plan than the one presented, though the text does not
    call that one new."""
    doc = read(tmp_path, text, COUNCIL)
    fact = doc.fact(f"Ravensmoor {presented}", "isSuccessorOf", f"Predecessor of Ravensmoor {presented}")
    assert (fact.rule, fact.modality) == ("predecessor-said-of", modality)


def test_the_previous_plan_is_never_the_plan_presented_written_another_way(tmp_path: Path) -> None:
    """Page furniture names the plan without its place, the title with it: "the previous management plan" is
    neither."""
    doc = read(
        tmp_path,
        "Saltmere Estuary Management Plan 2024-29\n\nPage 2: Estuary Management Plan 2024-2029\n\nThe management "
        "plan is written with fishers and walkers.\n\nMuch of the credit for the return of the avocets goes to "
        "the previous management plan, which first brought the harbour groups together.\n",
        COUNCIL,
    )
    newer, older = _only_successor(doc)
    assert "Estuary Management Plan 2024-2029" in newer and older == f"Predecessor of {newer}"


REVISED_IN_PLACE = [
    (  # a resolution on the plan called amended, its verb at the clause's end
        "Greenspace Strategy 2024-2029\n\nDecision:\n\n(1) That the Executive the amended Greenspace Strategy and its "
        "two annexes, which together set out how the borough's parks will be run, be adopted;\n",
        "Greenspace Strategy 2024-2029",
        "Predecessor of",
        "amended Greenspace Strategy",
    ),
    (  # the council says it revised the plan within its period
        "Our Transport Plan\n\nThe Transport Plan 2021-2031 sets ten-year goals, and the Cabinet updated it in 2025 "
        "to add bus priority schemes.\n",
        "Transport Plan 2021-2031",
        "Earlier version of",
        "updated it in 2025",
    ),
]


@pytest.mark.parametrize(("text", "plan", "older", "quoted"), REVISED_IN_PLACE)
def test_a_plan_revised_keeps_an_earlier_version(tmp_path: Path, text: str, plan: str, older: str, quoted: str) -> None:
    """An "amended" plan, or one the council "updated it in 2025": the plan revises its earlier version, and the
    version word is never part of the plan's name."""
    doc = read(tmp_path, text, COUNCIL)
    fact = doc.fact(f"Ravensmoor {plan}", "isRevisionOf", f"{older} Ravensmoor {plan}")
    assert (fact.rule, fact.derivation) == ("revision-updated", "inferred")
    assert_quoted(doc, fact, quoted)
    assert not [name for name in doc.strategies() if name.lower().startswith("amended")]


def test_renewing_the_previous_plan_written_without_an_article(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Youth Strategy 2025-2028\n\nWhat we will do next:\n\n  Renew existing strategy with young people and "
        "partners, keeping the three priorities.\n",
        COUNCIL,
    )
    newer, older = _only_successor(doc, {"isSuccessorOf", "isRevisionOf"})
    assert newer == "Ravensmoor Youth Strategy 2025-2028" and older == f"Predecessor of {newer}"
