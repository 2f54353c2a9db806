"""Supersession between NAMED plans, in wording families missed on unseen real council texts: numbered series
by acronym, a plan followed by one of another head noun, ordinal editions, partial supersession by two plans, a
predecessor known by a quoted slogan, coordinated plural predecessors, and two inventions that must not return
(grants a plan incorporates; "it" read as the document's own plan). Invented councils and plans, in wordings
other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import ALT_LABEL, Read, assert_quoted, read


def alternative_labels(doc: Read) -> set[str]:
    return {f.object.value for f in doc.extraction.facts if f.predicate.value == ALT_LABEL}


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


def test_an_action_plan_that_followed_a_strategy_delivers_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Dementia Strategy 2024-2029\n\nCabinet agreed the Dementia Strategy 2024-2029 in May. A Memory Cafe Action "
        "Plan 2024-25 followed it in July.\n",
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


# --- numbered series and ordinal editions ------------------------------------------------------------------


def test_plans_numbered_one_after_the_other_follow_each_other(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Rail and bus planning\n\nThe county's first Local Transport Plan (LTP1) ran from 2001. LTP2 took over in "
        "2006, and LTP3 is the plan in force today; it must be updated for the climate emergency.\n",
        "Westerleigh County Council",
    )
    relations = sorted(doc.relations())
    assert relations == [
        ("Local Transport Plan 2", "isSuccessorOf", "Local Transport Plan 1"),
        ("Local Transport Plan 3", "isSuccessorOf", "Local Transport Plan 2"),
    ]
    fact = doc.fact("Local Transport Plan 3", "isSuccessorOf", "Local Transport Plan 2")
    assert (fact.rule, fact.derivation) == ("ordinal-edition", "inferred")
    assert_quoted(doc, fact, "LTP2 took over", "LTP3")


def test_a_numbered_acronym_is_an_alternative_label_of_its_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Local Transport Plan (LTP5) 2027-2042\n\nThe draft LTP5 follows LTP4, adopted in 2015.\n",
        "Westerleigh County Council",
    )
    assert {"LTP5", "LTP4"} <= alternative_labels(doc)
    assert "Local Transport Plan 4" in doc.strategies()
    send = read(
        tmp_path,
        "Special Educational Needs and Disabilities (SEND) Strategy 2024-2027 was agreed in May.\n",
        "Westerleigh County Council",
        "send",
    )
    assert "SEND" not in alternative_labels(send)


def test_numbered_plans_of_two_series_are_not_one_series(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Our Local Transport Plan 3 sets the schemes; the Local Development Plan 4 sets where homes go.\n",
        "Westerleigh County Council",
    )
    assert doc.relations() == []


def test_a_numbered_plan_whose_name_holds_another_series_words_is_not_its_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Neighbourhood travel\n\nEach District Transport Plan 2 set out local schemes under the county's plan. "
        "Work on the Transport Plan 3 for the whole county began this spring.\n",
        "Westerleigh County Council",
    )
    assert doc.relations() == []


@pytest.mark.parametrize(
    ("first", "older"),
    [
        # the names read "our first Wellbeing Plan" as a plan named with its ordinal
        ("Our first Wellbeing Plan was published in 2017 and set four objectives.", "first Wellbeing Plan"),
        ("A first wellbeing plan covered five years.", "Predecessor of Wellbeing Plan 2023-2028"),
    ],
)
def test_our_second_plan_follows_the_first(tmp_path: Path, first: str, older: str) -> None:
    doc = read(
        tmp_path,
        f"Dyffryn Public Services Board\n\n{first} After a new assessment of local well-being the Board has "
        "agreed our second Wellbeing Plan for 2023-28.\n",
        "Dyffryn Public Services Board",
    )
    assert doc.relations() == [("Wellbeing Plan 2023-2028", "isSuccessorOf", older)]
    fact = doc.fact("Wellbeing Plan 2023-2028", "isSuccessorOf", older)
    assert fact.rule == "ordinal-edition"
    assert_quoted(doc, fact, "our second Wellbeing Plan")


def test_a_second_plan_of_another_kind_says_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Dyffryn Wellbeing Plan 2023-2028\n\nThe Wellbeing Plan 2023-2028 was agreed in May. Schools are writing "
        "their second Travel Plan for 2024-26.\n",
        "Dyffryn Public Services Board",
    )
    assert doc.relations() == []


# --- one plan replaced by two ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Carrow Valley Structure Plan 2008-2028 will be replaced by two strategic development plans, "
        "HILLplan and COASTplan.",
        "The Carrow Valley Structure Plan 2008-2028 will be replaced by the HILLplan and the COASTplan, once "
        "Ministers approve them.",
    ],
)
def test_a_plan_replaced_by_two_is_partially_superseded_by_each(tmp_path: Path, sentence: str) -> None:
    doc = read(tmp_path, f"Strategic planning\n\n{sentence}\n", "Carrow Valley Council")
    assert sorted(doc.relations()) == [
        ("COASTplan", "partiallySupersedes", "Carrow Valley Structure Plan 2008-2028"),
        ("HILLplan", "partiallySupersedes", "Carrow Valley Structure Plan 2008-2028"),
    ]
    fact = doc.fact("HILLplan", "partiallySupersedes", "Carrow Valley Structure Plan 2008-2028")
    assert fact.rule == "partial-supersession-split"
    assert_quoted(doc, fact, "will be replaced by")


def test_a_plan_replaced_by_one_is_superseded_whole(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Carrow Valley Structure Plan 2008-2028 will be replaced by the Carrow Valley Local Plan 2025-2040, "
        "and the Minerals Plan 2020-2035 stays in force.\n",
        "Carrow Valley Council",
    )
    assert doc.relations() == [
        ("Carrow Valley Local Plan 2025-2040", "supersedes", "Carrow Valley Structure Plan 2008-2028")
    ]


# --- a predecessor known by a quoted slogan -----------------------------------------------------------------


@pytest.mark.parametrize("quote", ["'", "“"])
def test_a_predecessor_named_by_its_quoted_slogan(tmp_path: Path, quote: str) -> None:
    close = {"'": "'", "“": "”"}[quote]
    doc = read(
        tmp_path,
        f"Sustainable Community Strategy 2025-2035\n\nThis strategy refreshes the current Sustainable Community "
        f"Strategy, {quote}Brightwell Together 2025{close}, so that it reflects the cost of living.\n\n"
        "The refreshed Sustainable Community Strategy 2025-2035 was adopted in June.\n",
        "Brightwell Borough Council",
    )
    assert "Brightwell Together 2025" in doc.strategies()
    assert not any(s.startswith("Predecessor of") for s in doc.strategies())
    (newer, relation, older), *more = doc.relations()
    assert not more
    assert (newer, older) == ("Brightwell Sustainable Community Strategy 2025-2035", "Brightwell Together 2025")


def test_a_new_plan_named_after_one_that_was_expiring_follows_it_where_they_share_a_subject(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet - 2 October 2024\n\nThe current Tourism Development Strategy was expiring in 2024. Members agreed "
        "that officers prepare a new Tourism and Visitor Economy Plan 2025-2030 for approval next year.\n",
        "Brenmoor District Council",
    )
    fact = doc.fact(
        "Brenmoor Tourism and Visitor Economy Plan 2025-2030", "isSuccessorOf", "Tourism Development Strategy"
    )
    assert (fact.rule, fact.modality) == ("succession-after-expiry", "Proposed")
    assert_quoted(doc, fact, "was expiring", "prepare a new Tourism")


def test_a_plan_that_comes_to_an_end_is_followed_by_its_next_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Health and Wellbeing Board\n\nThe Joint Health and Wellbeing Strategy 2020-2025 comes to an end in March. "
        "The Board agreed the Joint Local Health and Wellbeing Strategy 2025-2030 on 3 April 2025.\n",
        "Brenmoor District Council",
    )
    assert doc.relations() == [
        (
            "Brenmoor Joint Local Health and Wellbeing Strategy 2025-2030",
            "isSuccessorOf",
            "Brenmoor Joint Health and Wellbeing Strategy 2020-2025",
        )
    ]


def test_a_new_policy_or_programme_does_not_follow_the_plan_that_expired(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Housing Strategy 2016-2021 expired in 2021. The Council is preparing a new Housing Allocations Policy "
        "2024-2029 and a new Housing Delivery Programme 2024-2026.\n",
        "Brenmoor District Council",
    )
    assert doc.relations() == []


def test_it_that_draws_to_a_close_is_the_plan_its_sentence_names(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "CLA Strategy 2025-2028\n\nOur current Children Looked After (CLA) 2020-23 Strategy has shaped how we work "
        "with foster carers and schools across the county, and as it draws to a close we are writing our new "
        "strategy with young people.\n\nThe CLA Strategy 2025-2028 will be published in the spring.\n",
        "Brackwater County Council",
    )
    fact = doc.fact(
        "Brackwater CLA Strategy 2025-2028", "isSuccessorOf", "Brackwater Children Looked After Strategy 2020-2023"
    )
    assert fact.rule == "succession-after-expiry"
    assert_quoted(doc, fact, "as it draws to a close")


def test_a_predecessor_named_by_its_slogan_in_brackets(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        'Community Plan 2025-2035\n\nThis plan replaces the existing Community Plan ("Stronger Felbridge 2025"), '
        "which the partnership agreed in 2015.\n",
        "Felbridge Borough Council",
    )
    assert doc.relations() == [("Felbridge Community Plan 2025-2035", "supersedes", "Stronger Felbridge 2025")]
