"""Supersessions stated in forms the cue rules used to miss or misread: "It replaces" after a sentence whose subject
is read with another plan, an earlier plan named by a quoted slogan under a past-plans heading, a plan extended and
then followed by the new one, a plan whose own name ends in "Review".

Every council, plan and wording here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

# --- "It replaces": the subject of the sentence before, not the plan it is read with -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "When read with the Severn Vale Strategic Development Plan, the plan forms the statutory development plan.",
        "The plan, together with the Severn Vale Strategic Development Plan, makes up the development plan.",
        "The LDP, read alongside the Severn Vale Strategic Development Plan, is the development plan for the county.",
    ],
)
def test_it_is_the_subject_not_the_plan_it_is_read_with(tmp_path: Path, sentence: str) -> None:
    doc = read(
        tmp_path,
        f"Development plan\n\nThe Llanfair Local Development Plan 2020-2035 was adopted in June 2020. {sentence} "
        "It replaces the Llanfair Unitary Development Plan 2001-2016.\n",
        "Llanfair County Council",
    )
    fact = doc.fact(
        "Llanfair Local Development Plan 2020-2035", "supersedes", "Llanfair Unitary Development Plan 2001-2016"
    )
    assert_quoted(doc, fact, "It replaces")
    replacing = {newer for newer, relation, _ in doc.relations() if relation == "supersedes"}
    assert replacing == {"Llanfair Local Development Plan 2020-2035"}


def test_it_after_a_sentence_opening_with_the_other_plan_is_still_that_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Development plan\n\nThe Llanfair Local Development Plan 2020-2035 sets out land use. The Severn Vale "
        "Minerals Plan 2018-2033 was adopted in 2018. It replaces the Severn Vale Minerals Plan 2005-2018.\n",
        "Llanfair County Council",
    )
    replacing = {(newer, older) for newer, relation, older in doc.relations() if relation == "supersedes"}
    assert replacing == {
        ("Llanfair Severn Vale Minerals Plan 2018-2033", "Llanfair Severn Vale Minerals Plan 2005-2018")
    }


# --- an earlier plan named by its slogan, said of in a sentence of its own --------------------------------------


def test_the_previous_plan_named_by_a_quoted_slogan_under_a_past_plans_heading(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Moorland Access Plan 2021-2031\n\nThis plan guides how walkers and riders use the open moor.\n\n"
        "Earlier plans\n\nThe previous plan, 'Open Hills for All', was launched in 2011 and ran for ten years.\n",
        "Hawkridge National Park Authority",
    )
    fact = doc.fact("Moorland Access Plan 2021-2031", "isSuccessorOf", "Open Hills for All")
    assert (fact.rule, fact.derivation) == ("predecessor-said-of", "inferred")
    assert_quoted(doc, fact, "'Open Hills for All', was launched in 2011")
    assert "Earlier plans" not in fact.span.exact  # type: ignore[union-attr]
    assert "Open Hills for All" in doc.strategies()


def test_a_slogan_plan_launched_after_the_plan_began_is_not_its_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Moorland Access Plan 2021-2031\n\nThe previous plan, 'Open Hills for All', was launched in 2024.\n",
        "Hawkridge National Park Authority",
    )
    assert doc.relations() == []


# --- a plan extended, then the new one ----------------------------------------------------------------------------


def test_the_new_plan_after_an_extension_follows_the_extended_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Community planning\n\nThe Kilbride Single Outcome Plan covered 2017 to 2022 and was extended to 2023 "
        "while partners agreed new priorities. The new Community Plan 2023-2033 is built around three of them.\n",
        "Kilbride Council",
    )
    fact = doc.fact("Kilbride Community Plan 2023-2033", "isSuccessorOf", "Kilbride Single Outcome Plan")
    assert (fact.rule, fact.derivation) == ("succession-after-expiry", "inferred")
    assert_quoted(doc, fact, "was extended to 2023", "The new Community Plan 2023-2033")


def test_another_new_plan_beginning_as_an_extension_ends_follows_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Carers Strategy 2019-2022\n\nThe Carers Strategy 2019-2022 has been extended until 2024 while carers are "
        "asked what matters. A new Parking Plan 2024-2027 was also agreed by the Executive.\n",
        "Kilbride Council",
    )
    assert [relation for _, relation, _ in doc.relations()] == ["extendedUntil"]


# --- a plan whose own name ends in "Review" ---------------------------------------------------------------------


def test_an_adopted_plan_named_review_is_superseded_under_its_whole_name(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Planning policy\n\nThe Ashwell Borough Local Plan Review (adopted 2001) was superseded by our Core Strategy "
        "in 2011, except for a few saved policies.\n",
        "Ashwell Borough Council",
    )
    fact = doc.fact("Core Strategy", "supersedes", "Ashwell Borough Local Plan Review")
    assert_quoted(doc, fact, "was superseded by our Core Strategy")


def test_a_review_of_a_plan_is_still_no_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Local Plan\n\nThe Ashwell Local Plan 2015-2030 Review was carried out in 2022 and found the policies sound.\n",
        "Ashwell Borough Council",
    )
    assert doc.strategies() == {"Ashwell Local Plan 2015-2030"}


# --- a predecessor in brackets, keeping its place; a plan called a revision ---------------------------------------


def test_a_bracketed_predecessor_keeps_its_place_and_a_short_form_revision_revises_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Foreword\n\nThe Glasbury Local Development Plan 2022-2037 guides where homes and jobs will go. The plan "
        "that came before it (Glasbury LDP 2007-2022) served the county well. This is a focused revision: most of "
        "its policies are carried over from the previous LDP.\n",
        "Glasbury County Council",
    )
    older = "Glasbury Local Development Plan 2007-2022"
    assert older in doc.strategies() and "Local Development Plan 2007-2022" not in doc.strategies()
    fact = doc.fact("Glasbury Local Development Plan 2022-2037", "isRevisionOf", older)
    assert fact.derivation == "inferred"
    assert {relation for _, relation, _ in doc.relations()} == {"isRevisionOf"}  # one edge, the specific one
    assert any("focused revision" in f.span.exact for f in doc._lineage() if f.span is not None)


@pytest.mark.parametrize(
    "text",
    [
        # a bracketed word the text writes nowhere else is no place
        "The Glasbury Local Development Plan 2022-2037 replaces the earlier plan (Deposit LDP 2007-2022).\n",
        # a revision still to come, and an update report, revise nothing
        "The Glasbury Local Development Plan 2022-2037 follows the Glasbury Local Development Plan 2007-2022. The "
        "next one will be a full revision. This is an update on progress.\n",
    ],
)
def test_no_place_nor_revision_where_the_text_gives_none(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, "Glasbury County Council")
    assert "Deposit Local Development Plan 2007-2022" not in doc.strategies()
    assert "isRevisionOf" not in {relation for _, relation, _ in doc.relations()}


# --- the next edition, described by its order, still to be made -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "older"),
    [
        (
            "Planning policy\n\nThe Carnedd Local Development Plan 2016-2031 was adopted in 2017. Officers have now "
            "begun preparing the second Local Development Plan for Carnedd.\n",
            "Carnedd Local Development Plan 2016-2031",
        ),
        (
            "Local Development Plan\n\nThe Carnedd Local Development Plan 2016-2031 sets land-use policy. Work is "
            "under way on the next LDP for Carnedd (RLDP2). The current plan was adopted on 9 March 2017.\n",
            "Carnedd Local Development Plan 2016-2031",
        ),
        (
            "Annual report\n\nThis is the last progress report on the Council Plan 2021-2025. Members will be involved "
            "in developing the next council plan 2025 and beyond over the summer.\n",
            "Carnedd Council Plan 2021-2025",
        ),
    ],
)
def test_the_next_edition_in_the_making_follows_the_dated_plan_as_a_proposal(
    tmp_path: Path, text: str, older: str
) -> None:
    doc = read(tmp_path, text, "Carnedd County Council")
    successor = f"Successor of {older}"
    fact = doc.fact(successor, "isSuccessorOf", older)
    assert (fact.rule, fact.derivation, fact.modality) == ("next-edition-proposed", "inferred", "Proposed")
    assert successor in doc.strategies()


def test_the_next_edition_is_dated_from_the_year_the_text_gives(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Council Plan 2021-2025 ends in March. Work has started on the next council plan 2025 and beyond.\n",
        "Carnedd County Council",
    )
    assert doc.said_of("Successor of Carnedd Council Plan 2021-2025") == {"validFrom": "2025"}


@pytest.mark.parametrize(
    "text",
    [
        # the second plan already made is the dated one itself
        "The Carnedd Local Development Plan 2016-2031 is the second Local Development Plan for Carnedd.\n",
        # the next plan of another kind
        "The Carnedd Local Development Plan 2016-2031 was adopted in 2017. Officers are preparing the next "
        "transport strategy.\n",
    ],
)
def test_no_next_edition_where_none_is_being_made(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, "Carnedd County Council")
    assert doc.relations() == []


def test_a_heading_naming_a_replacement_plan_replaces_no_plan_of_its_own_words(tmp_path: Path) -> None:
    """ "Replacement Local Development Plan" as a heading is the name of a plan, not "replacement" as a cue."""
    doc = read(
        tmp_path,
        "Replacement Local Development Plan\n\nThe Carnedd Local Development Plan 2016-2031 sets land-use policy "
        "until the replacement plan is adopted.\n",
        "Carnedd County Council",
    )
    assert doc.relations() == []
    assert "Local Development Plan" not in doc.strategies()
