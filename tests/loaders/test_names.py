"""One IRI per real-world thing, however a document writes its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import names
from loaders.extract import extract
from loaders.periods import Period


@pytest.mark.parametrize(
    "text, key, title",
    [
        (
            "Subject: KENT JOINT HEALTH AND WELLBEING STRATEGY 2014-2017 Classification",
            "Kent Joint Health and Wellbeing Strategy 2014-2017",
            "Kent Joint Health and Wellbeing Strategy 2014-2017",
        ),
        (
            "The Kent Strategy for Children and Young People 2015-2020 was agreed",
            "Kent Strategy for Children and Young People 2015-2020",
            "Kent Strategy for Children and Young People 2015-2020",
        ),
        (  # the key names the place for identity; the title is what the text writes
            "The Children and Young People's Plan 2008-2011 is part of",
            "Kent Children and Young People's Plan 2008-2011",
            "Children and Young People's Plan 2008-2011",
        ),
        (
            "presents Kent's Children and Young People's Plan 2008-2011 - Positive about our Future - to",
            "Kent Children and Young People's Plan 2008-2011",
            "Kent Children and Young People's Plan 2008-2011",
        ),
    ],
)
def test_period_titles(text: str, key: str, title: str) -> None:
    name = names.from_period_title(names.PERIOD_TITLE.search(text), "Kent")
    assert (name.key, name.title) == (key, title)


def test_colon_titles_in_capitals_and_with_stray_list_markers() -> None:
    caps = names.from_colon_title(
        names.COLON_TITLE.search(
            "Subject: EVERY DAY MATTERS: KENT'S MULTIAGENCY STRATEGIC PLAN FOR CHILDREN AND YOUNG PEOPLE 2013-2016"
        )
    )
    broken = names.from_colon_title(
        names.COLON_TITLE.search(
            "present the final draft Every Day (1) Matters: Kent's Multiagency Strategic Plan for Children and "
            "Young People 2013-2016"
        )
    )
    assert caps.iri == broken.iri
    assert (
        caps.title
        == broken.title
        == "Every Day Matters: Kent's Multiagency Strategic Plan for Children and Young People 2013-2016"
    )


def test_header_labels_are_not_names() -> None:
    assert (
        names.from_colon_title(
            names.COLON_TITLE.search("Classification: Unrestricted Summary: This paper presents the Plan 2008-2011")
        )
        is None
    )


def test_abbreviations_a_document_defines() -> None:
    text = (
        "The multi-agency 0-25 Health and Wellbeing Board (HWBB) is the key group. Each Local Children's "
        "Partnership Group (LCPG) had selected. The Children and Young People's Plan (CYPP) is"
    )
    assert names.find_aliases(text) == {
        "HWBB": "Health and Wellbeing Board",
        "LCPG": "Local Children's Partnership Group",
        "CYPP": "Children and Young People's Plan",
    }


def test_organisation_names() -> None:
    aliases = {"HWBB": "Health and Wellbeing Board"}
    assert (
        names.organisation_name("the 0-25 HWBB", "Kent", "Kent County Council", aliases)
        == "0-25 Health and Wellbeing Board"
    )
    assert names.organisation_name("County Council", "Kent", "Kent County Council", {}) == "Kent County Council"
    assert names.organisation_name("the Kent Children's Trust board", "Kent", None, {}) == "Kent Children's Trust Board"
    assert (
        names.organisation_name(
            "The Health and Wellbeing Board", "Kent", None, {}, addressee="Kent Health and Wellbeing Board"
        )
        == "Kent Health and Wellbeing Board"
    )


@pytest.mark.parametrize(
    "text",
    [
        # A heading and dateline run into the first sentence once lines are joined.
        "Parks plan heads to Cabinet Issued: 3 May 2022 Northvale Council's Cabinet is expected to agree "
        "the Parks and Green Spaces Strategy 2022-2032",
        "Housing update Summary Note: this item was deferred and the Cabinet will now consider the Housing "
        "Strategy 2024-2029",
    ],
)
def test_a_clause_after_a_colon_is_not_a_title(text: str) -> None:
    match = names.COLON_TITLE.search(text)
    assert match is not None and names.from_colon_title(match) is None


def test_a_title_after_a_colon_keeps_its_small_words() -> None:
    match = names.COLON_TITLE.search("Growing Together: Our Plan for the Young People of Northvale 2024-2027")
    name = names.from_colon_title(match)
    assert name is not None
    assert name.title == "Growing Together: Our Plan for the Young People of Northvale 2024-2027"  # as written


@pytest.mark.parametrize(
    "written, place, key, title, added",
    [
        # The text never writes the place: the key adds it (one plan per place), the title does not.
        ("Leisure Strategy", "Marshfield", "Marshfield Leisure Strategy 2023-2028", "Leisure Strategy 2023-2028", True),
        # The place as a tail, "&" for "and": the same plan as "Marshfield and Dene Leisure Strategy".
        (
            "Leisure Strategy for Marshfield & Dene",
            "Marshfield and Dene",
            "Marshfield and Dene Leisure Strategy 2023-2028",
            "Leisure Strategy for Marshfield & Dene 2023-2028",
            False,
        ),
        # The council's possessive is kept in the title; the key is the place's.
        (
            "Rowan City's Older People's Plan",
            "Rowan",
            "Rowan Older People's Plan 2023-2028",
            "Rowan City's Older People's Plan 2023-2028",
            False,
        ),
        # No publisher known: nothing to add.
        ("Leisure Strategy", None, "Leisure Strategy 2023-2028", "Leisure Strategy 2023-2028", False),
    ],
)
def test_a_title_is_what_the_text_writes_and_the_key_names_the_place(
    written: str, place: str | None, key: str, title: str, added: bool
) -> None:
    name = names.named_with_period(written, Period(2023, 2028, "2023-2028"), place)
    assert (name.key, name.title, name.place_added) == (key, title, added)


# Written for this test: a council page that titles its plan once with the place and once without.
TWO_WAYS = """Ashcombe Borough Council

Ashcombe City's Play Strategy 2024-2029 sets out where play areas will go. The Play Strategy 2024-2029
was agreed in May. The Allotments Strategy 2022-2027 is reviewed each year.
"""


def test_one_title_per_plan_and_no_title_the_text_does_not_write(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(TWO_WAYS, encoding="utf-8")
    facts = extract(path).facts
    said = {
        (f.subject.value.rsplit("/", 1)[-1], f.predicate.value.rsplit("/", 1)[-1].split("#")[-1], f.object.value)
        for f in facts
    }
    play = "ashcombe-play-strategy-2024-2029"
    assert (play, "title", "Ashcombe City's Play Strategy 2024-2029") in said
    assert (play, "label", "Play Strategy 2024-2029") in said
    assert [o for s, p, o in said if s == play and p == "title"] == ["Ashcombe City's Play Strategy 2024-2029"]
    allotments = "ashcombe-allotments-strategy-2022-2027"
    assert (allotments, "label", "Allotments Strategy 2022-2027") in said
    assert (allotments, "altLabel", "Ashcombe Allotments Strategy 2022-2027") in said
    assert not any(s == allotments and p == "title" for s, p, o in said)
    # Still the publisher's plan (inferred: the source is the council's and names no other owner).
    assert any(s == allotments and p == "publisher" for s, p, o in said)


def test_an_acronym_defined_after_a_plan_s_head_is_its_alternative_name(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Ashcombe Borough Council\n\nOur Local Outcome Improvement Plan (LOIP) 2024-2034 sets ten-year aims. "
        "The Special Educational Needs (SEND) Strategy 2023-2026 is separate.\n",
        encoding="utf-8",
    )
    alternatives = {
        f.object.value for f in extract(path).facts if f.predicate.value == "http://purl.org/dc/terms/alternative"
    }
    assert "LOIP" in alternatives and "SEND" not in alternatives


def test_one_title_for_a_plan_written_with_and_and_with_an_ampersand(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "The Homelessness & Rough Sleeping Strategy was noted. The Homelessness and Rough Sleeping Strategy "
        "has five aims.\n",
        encoding="utf-8",
    )
    titles = [f.object.value for f in extract(path).facts if f.predicate.value == "http://purl.org/dc/terms/title"]
    assert titles == ["Homelessness and Rough Sleeping Strategy"]
