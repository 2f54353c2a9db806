"""A plan the text calls updated, revised or refreshed when a body decides on it, and a plan that takes the place of
"the existing" or "the current" one of its name: each is a new edition of an earlier plan the text does not name,
which becomes a predecessor node. A draft amended after consultation stays one plan.

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

PUBLISHER = "Kelderby District Council"


@pytest.mark.parametrize(
    ("text", "plan", "relation", "rule"),
    [
        (
            "The Joint Committee ratified the updated Active Travel Plan 2021-2026 when it met in May.\n",
            "Kelderby Active Travel Plan 2021-2026",
            "isRevisionOf",
            "revision-updated",
        ),
        (
            "Kelderby's revised Waste Strategy 2020-2030 was approved by the Council last week and is now online.\n",
            "Kelderby Waste Strategy 2020-2030",
            "isRevisionOf",
            "revision-updated",
        ),
        (
            "Trustees endorsed their refreshed Heritage Strategy 2022-2025 at the annual meeting.\n",
            "Kelderby Heritage Strategy 2022-2025",
            "isRefreshOf",
            "revision-refresh",
        ),
    ],
)
def test_a_body_deciding_on_a_plan_called_updated_gives_it_an_unnamed_predecessor(
    tmp_path: Path, text: str, plan: str, relation: str, rule: str
) -> None:
    doc = read(tmp_path, text, PUBLISHER)
    fact = doc.fact(plan, relation, f"Predecessor of {plan}")
    assert (fact.rule, fact.derivation, fact.modality) == (rule, "inferred", None)
    assert_quoted(doc, fact, plan.removeprefix("Kelderby "))


@pytest.mark.parametrize(
    "text",
    [
        "Members approved the revised draft Play Strategy 2024-2028 so that it can go out for consultation.\n",
        "Cabinet approved the revised Play Strategy 2024-2028, amended after comments from young people.\n",
        "The updated Play Strategy 2024-2028 will be presented to the Board in March.\n",
    ],
)
def test_a_draft_amended_or_a_plan_only_presented_gets_no_predecessor(tmp_path: Path, text: str) -> None:
    assert read(tmp_path, text, PUBLISHER).relations() == []


def test_a_refresh_to_fit_another_plan_hangs_on_the_refreshed_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Council endorsed the refreshed Tourism Strategy 2023-2026, brought into line with the Destination "
        "Management Plan 2022-2030.\n",
        PUBLISHER,
    )
    relations = doc.relations()
    assert relations == [
        ("Kelderby Tourism Strategy 2023-2026", "isRefreshOf", "Predecessor of Kelderby Tourism Strategy 2023-2026")
    ]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Cycling Plan 2025-2035 takes the place of the current Cycling Plan from April.\n", None),
        ("Council adopted the Cycling Plan 2025-2035 in place of the existing Cycling Plan.\n", None),
        (
            "The Executive recommended the Cycling Plan 2025-2035 to Council for adoption in place of the existing "
            "Cycling Plan.\n",
            "Proposed",
        ),
    ],
)
def test_the_existing_plan_of_the_same_name_that_a_plan_replaces_is_its_predecessor(
    tmp_path: Path, text: str, modality: str | None
) -> None:
    doc = read(tmp_path, text, PUBLISHER)
    fact = doc.fact("Kelderby Cycling Plan 2025-2035", "supersedes", "Predecessor of Kelderby Cycling Plan 2025-2035")
    assert (fact.rule, fact.modality) == ("supersession-replace", modality)
    assert_quoted(doc, fact, "Cycling Plan 2025-2035", "Cycling Plan")


@pytest.mark.parametrize(
    ("text", "newer", "older"),
    [
        (
            "The Harbour and Quayside Plan 2026-2036 is being drafted to replace the Harbour Plan 2010-2020.\n",
            "Kelderby Harbour and Quayside Plan 2026-2036",
            "Kelderby Harbour Plan 2010-2020",
        ),
        (
            "Most policies of the Harbour Plan 2010-2020 are being replaced by the emerging Quayside Plan 2025-2040.\n",
            "Kelderby Quayside Plan 2025-2040",
            "Kelderby Harbour Plan 2010-2020",
        ),
    ],
)
def test_a_plan_still_being_made_to_replace_another_is_proposed(
    tmp_path: Path, text: str, newer: str, older: str
) -> None:
    fact = read(tmp_path, text, PUBLISHER).fact(newer, "supersedes", older)
    assert (fact.rule, fact.modality) == ("supersession-replace", "Proposed")


def test_the_draft_revised_plan_is_a_new_edition_in_draft(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Wellbeing Strategy 2026-2031\n\nLast year the Board decided that a new strategy was required. The draft "
        "revised Wellbeing Strategy went out for consultation in March.\n",
        PUBLISHER,
    )
    plan = "Kelderby Wellbeing Strategy 2026-2031"
    fact = doc.fact(plan, "isRevisionOf", f"Predecessor of {plan}")
    assert fact.modality == "DraftForConsultation"


def test_the_revised_draft_is_the_same_draft_amended(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Wellbeing Strategy 2026-2031\n\nThe revised draft Wellbeing Strategy takes account of what residents said.\n",
        PUBLISHER,
    )
    assert doc.relations() == []


def test_the_refreshed_plan_written_by_its_bare_title_is_the_plan_presented(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Partnership Plan 2024-2028\n\nThe refreshed Partnership Plan keeps our four ambitions and adds a fifth on "
        "climate.\n",
        PUBLISHER,
    )
    plan = "Kelderby Partnership Plan 2024-2028"
    fact = doc.fact(plan, "isRefreshOf", f"Predecessor of {plan}")
    assert_quoted(doc, fact, "The refreshed Partnership Plan")


def test_a_bare_title_that_is_another_plan_of_the_text_is_not_the_plan_presented(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Corporate Plan 2024-2028\n\nThe updated Corporate Plan Delivery Programme will follow in June.\n",
        PUBLISHER,
    )
    assert doc.relations() == []
