"""Wrong supersessions found by auditing extraction over many real council pages, one family a test: what the
wording misled a rule into, shown not to return, beside the right reading it must keep. Invented councils and
plans, in wordings other than the ones the rules were mended against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import read

# --- "incorporating": a part taken in, not a predecessor ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the bracket belongs to the budget just before it, not to the plan named further back
        "Members adopted the Fenwick Council Plan 2022-2026, the Capital Programme 2022/23 (incorporating the "
        "Asset Management Plan 2022-2026) and the Fenwick Leisure Strategy 2022-2026 on 3 March 2022.",
        # a plan that runs over the same years is carried inside it, not followed by it
        "The Fenwick Council Plan 2022-2026 incorporates the Fenwick Equality Plan 2022-2026 so that one "
        "document sets out both.",
    ],
)
def test_a_plan_incorporated_beside_another_is_no_predecessor(tmp_path: Path, sentence: str) -> None:
    doc = read(tmp_path, f"Our plans\n\n{sentence}\n", "Fenwick District Council")
    assert doc.relations() == []


def test_a_plan_incorporated_that_is_called_previous_is_still_succeeded(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Our plans\n\nThe Fenwick Council Plan 2022-2026 incorporates the previous Fenwick Improvement Plan "
        "2019-2022, so the Council has a single plan.\n",
        "Fenwick District Council",
    )
    assert doc.relations() == [
        ("Fenwick Council Plan 2022-2026", "isSuccessorOf", "Fenwick Improvement Plan 2019-2022")
    ]


# --- "the revised X" after "the draft X": the draft amended, not a new edition ------------------------------


def test_the_revised_plan_after_its_own_draft_is_that_draft_amended(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Decision details\n\nTourism Strategy 2025-2029\n\nCabinet noted that the draft Tourism Strategy 2025-2029 "
        "had been changed in the light of what businesses said in the autumn.\n\nRESOLVED: That the revised "
        "Tourism Strategy 2025-2029 be approved.\n",
        "Marlow Heath District Council",
    )
    assert doc.relations() == []
    assert not any("version" in s.lower() or "predecessor" in s.lower() for s in doc.strategies())


def test_a_revised_plan_the_text_never_calls_a_draft_is_still_a_new_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Decision details\n\nTourism Strategy 2025-2029\n\nRESOLVED: That the revised Tourism Strategy 2025-2029, "
        "updated for 2027/28, be approved.\n",
        "Marlow Heath District Council",
    )
    assert [relation for _, relation, _ in doc.relations()] == ["isRevisionOf"]


# --- a tail of a plan's name never takes an audience written as a possessive -------------------------------


@pytest.mark.parametrize("audience", ["Members’", "Members'", "Councillors’"])
def test_a_plan_for_members_consideration_is_the_plan_alone(tmp_path: Path, audience: str) -> None:
    doc = read(
        tmp_path,
        f"Issue - meetings\n\nLeisure Plan\n\nThe Director presented the refreshed Leisure Plan for {audience} "
        "consideration before it goes to Council.\n",
        "Ashby Vale Borough Council",
    )
    assert not any(audience.rstrip("'’") in s for s in doc.strategies())
    assert all(older != "Leisure Plan" or newer != older for newer, _, older in doc.relations())


# --- a news headline in sentence case: its verb is no word of a plan's name --------------------------------


@pytest.mark.parametrize("verb", ["adopts", "launches", "approves"])
def test_a_headline_verb_in_lower_case_ends_the_name(tmp_path: Path, verb: str) -> None:
    doc = read(
        tmp_path,
        f"Saltcombe Council {verb} first tourism strategy\n\nCouncillors agreed the Saltcombe Tourism Strategy "
        "2025-2030 at their meeting on 4 June 2025.\n",
        "Saltcombe Town Council",
    )
    assert not any(verb in s.lower() for s in doc.strategies())
    assert any("Tourism Strategy 2025-2030" in s for s in doc.strategies())
