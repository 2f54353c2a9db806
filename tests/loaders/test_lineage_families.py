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
