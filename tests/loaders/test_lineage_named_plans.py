"""Supersession between NAMED plans, in wording families missed on unseen real council texts: numbered series
by acronym, a plan followed by one of another head noun, ordinal editions, partial supersession by two plans, a
predecessor known by a quoted slogan, coordinated plural predecessors, and two inventions that must not return
(grants a plan incorporates; "it" read as the document's own plan). Invented councils and plans, in wordings
other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import read

# --- inventions: funding is no predecessor; "it" is what the text points at ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It brings together the former Tenancy Support Programme Grant and the Homeless Prevention Fund.",
        "The strategy incorporates the Tenancy Support Programme, the Homeless Prevention Grant and the "
        "Refuge Fund, which were previously paid separately.",
        "It incorporates the previous grant programmes for floating support and refuges.",
        "The plan succeeds the earlier funding streams for supported lodgings.",
    ],
)
def test_grants_and_funds_a_plan_takes_in_are_not_its_predecessors(tmp_path: Path, sentence: str) -> None:
    doc = read(
        tmp_path,
        f"Housing Support Programme Strategy 2023-2027\n\nOrchard Vale's Housing Support Programme Strategy "
        f"2023-2027 sets out how homelessness will be prevented. {sentence}\n",
        "Orchard Vale County Council",
    )
    assert doc.relations() == []
    assert not any("Predecessor" in s or "Grant" in s for s in doc.strategies())


def test_it_after_followed_is_the_plan_of_the_sentence_before_not_the_documents(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Dementia Strategy 2024-2029\n\nCabinet agreed the Dementia Strategy 2024-2029 in May. The Memory "
        "Friendly Pledge was signed by local shops in 2022; a Memory Cafe Action Plan 2024-25 followed it.\n",
        "Saltmarsh Borough Council",
    )
    assert doc.relations() == []


def test_it_after_followed_is_the_plan_the_sentence_before_names(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Dementia Strategy 2024-2029\n\nCabinet agreed the Dementia Strategy 2024-2029 in May. The Dementia "
        "Strategy 2018-2023 had run its five years. The Dementia Strategy 2024-2029 succeeds it.\n",
        "Saltmarsh Borough Council",
    )
    assert doc.relations() == [
        ("Saltmarsh Dementia Strategy 2024-2029", "isSuccessorOf", "Saltmarsh Dementia Strategy 2018-2023")
    ]


# --- coordinated plural predecessors -------------------------------------------------------------------


def test_a_plural_name_whose_first_half_is_an_adjective_shares_the_tail(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Learning Support Strategy 2025-2028\n\nThe Learning Support Strategy 2025-2028 continues the work of "
        "our Special and Complex Needs Plans, which ran until 2024.\n",
        "Hollins Bay Council",
    )
    assert {"Special Needs Plan", "Complex Needs Plan"} <= doc.strategies()
    assert not any(s.startswith("Special Plan") for s in doc.strategies())
    assert sorted(doc.relations()) == [
        ("Hollins Bay Learning Support Strategy 2025-2028", "isSuccessorOf", "Complex Needs Plan"),
        ("Hollins Bay Learning Support Strategy 2025-2028", "isSuccessorOf", "Special Needs Plan"),
    ]


def test_a_shared_opening_word_goes_to_both_halves(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Inclusion Strategy 2024-2027\n\nThe Inclusion Strategy 2024-2027 builds on the progress delivered under "
        "the Joint Additional and High Needs Strategies.\n",
        "Ferrow County Council",
    )
    assert {"Joint Additional Needs Strategy", "Joint High Needs Strategy"} <= doc.strategies()
    assert "Joint Additional Strategy" not in doc.strategies()


def test_halves_that_each_name_a_topic_stay_two_plans(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Board reviewed our Digital and Libraries Strategies 2021-2025 before agreeing the new ones.\n",
        "Ferrow County Council",
    )
    assert {"Digital Strategy 2021-2025", "Libraries Strategy 2021-2025"} <= {
        s.removeprefix("Ferrow ") for s in doc.strategies()
    }


# --- a plan that ended or needs renewing, and the new plan of the same subject ----------------------------


def test_a_plan_in_need_of_refresh_is_followed_by_the_new_plan_of_another_head_noun(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Older People's Strategy 2022-2027\n\nThe Older People's Plan ran from 2017 to 2021 and needed "
        "refreshing. With residents we have written the new Older People's Strategy 2022-2027. The Libraries "
        "Plan 2019-2024 is unaffected.\n",
        "Grayling District Council",
    )
    fact = doc.fact("Grayling Older People's Strategy 2022-2027", "isSuccessorOf", "Older People's Plan")
    assert fact.rule == "succession-after-expiry"
    assert len(doc.relations()) == 1  # no edge to the Libraries Plan of the same council


def test_a_plan_of_another_subject_does_not_follow_one_that_expired(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Leisure Strategy 2024-2029\n\nThe Parks Plan was expiring in 2023. The new Leisure Strategy 2024-2029 "
        "sets out how the leisure centres will be run.\n",
        "Grayling District Council",
    )
    assert doc.relations() == []


def test_it_be_succeeded_by_a_new_plan_is_a_proposed_succession(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The current Town Centre Strategy was adopted in 2015 and is drawing to an end. We propose that it be "
        "succeeded by a new Town Centres Investment Plan 2025-2030.\n",
        "Grayling District Council",
    )
    fact = doc.fact("Grayling Town Centres Investment Plan 2025-2030", "isSuccessorOf", "Town Centre Strategy")
    assert fact.modality == "Proposed"


@pytest.mark.parametrize(
    "second",
    [
        "The new CLA Strategy 2025-2028 will replace it.",
        "Our new CLA Strategy 2025-2028 has been written with young people in care.",
    ],
)
def test_an_acronym_names_the_same_series_as_its_words(tmp_path: Path, second: str) -> None:
    doc = read(
        tmp_path,
        f"CLA Strategy 2025-2028\n\nThe current Children Looked After (CLA) 2021-24 Strategy is "
        f"coming to an end. {second}\n",
        "Brackwater County Council",
    )
    newer, _, older = doc.relations()[0]
    assert (newer, older) == (
        "Brackwater CLA Strategy 2025-2028",
        "Brackwater Children Looked After Strategy 2021-2024",
    )
    assert len(doc.relations()) == 1  # one relation: a stated replacement leaves the inferred one unsaid
