"""Versions of a plan described, not named ("the present Tree Strategy", "the next Cycling Plan"), and the newer
version near them: one follows the other only where the text puts them in a replacing relation (rule
version-succession, loaders/versions.py).

Every council and plan here is invented, in wordings other than the ones the rule was developed against.
"""

from __future__ import annotations

from pathlib import Path

from tests.loaders.test_lineage_cues import assert_quoted, read

COUNCIL = "Ravensmoor Borough Council"


def test_an_in_force_version_that_needs_updating_and_a_draft(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet, 4 June\n\nThe present Tree Strategy, which dates from 2011, needs updating. Officers have produced "
        "a draft Tree Strategy 2026-2031 and Cabinet is invited to release it for comment.\n",
        COUNCIL,
    )
    fact = doc.fact(
        "Ravensmoor Tree Strategy 2026-2031", "isSuccessorOf", "Predecessor of Ravensmoor Tree Strategy 2026-2031"
    )
    assert fact.rule in {"version-succession", "predecessor-said-of"}
    assert (fact.derivation, fact.modality) == ("inferred", "DraftForConsultation")
    assert_quoted(doc, fact, "present Tree Strategy")
    assert doc.said_of("Predecessor of Ravensmoor Tree Strategy 2026-2031") == {"issued": "2011"}


def test_the_existing_version_published_then_due_and_a_new_one(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Our existing Allotments Plan was agreed in 2016 and is now due for renewal.\n\n"
        "A new Allotments Plan 2024-2029 has been written with plot holders.\n",
        COUNCIL,
    )
    fact = doc.fact(
        "Ravensmoor Allotments Plan 2024-2029", "isSuccessorOf", "Predecessor of Ravensmoor Allotments Plan 2024-2029"
    )
    assert fact.rule in {"version-succession", "predecessor-said-of"}
    assert doc.said_of("Predecessor of Ravensmoor Allotments Plan 2024-2029") == {"issued": "2016"}


def test_the_next_version_follows_the_one_in_force_unnamed_and_proposed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Members heard that the existing Cycling Plan had delivered most of its routes, and that preparation of "
        "the next Cycling Plan would begin in the spring.\n",
        COUNCIL,
    )
    successors = [r for r in doc.relations() if r[1] == "isSuccessorOf"]
    assert len(successors) == 1, doc.relations()
    newer, _, older = successors[0]
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
