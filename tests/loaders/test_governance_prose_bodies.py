"""Outcomes told in prose by bodies that are not a council's committees (ministers, authorities, partnership
boards), with the date the sentence gives it: a dateline's week, a month opening the sentence, a list of two bodies
and two dates read with "respectively". Documents invented, in our own words, modelled on council news and plan pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_governance import PROV, SL, Event, events


def _dates(event: Event) -> set[str]:
    return event.objects(SL + "date") | event.objects(SL + "monthDay")


def _outcomes(found: list[Event], key: str) -> dict[str, Event]:
    """The outcomes on the plan of ``key``, by the body that acted (its IRI's last part)."""
    return {
        e.one(PROV + "wasAssociatedWith").rsplit("/", 1)[-1]: e
        for e in found
        if f"/{key}/event/" in e.iri and not e.objects(SL + "requestedOf") and e.objects(PROV + "wasAssociatedWith")
    }


@pytest.mark.parametrize(
    ("sentence", "cls", "body", "date"),
    [
        # a government minister's approval, named by the post
        (
            "The Dunmore Freight Strategy 2018-2033 was approved by the Minister for Transport and Islands in "
            "April 2019.",
            "Approval",
            "minister-for-transport-and-islands",
            "2019-04",
        ),
        (
            "In 2021 the Dunmore Freight Strategy 2018-2033 was endorsed by the Cabinet Secretary for Rural "
            "Affairs on 2 June 2021.",
            "Endorsement",
            "cabinet-secretary-for-rural-affairs",
            "2021-06-02",
        ),
        # the adverb after the verb
        (
            "The Dunmore Freight Strategy 2018-2033 was adopted unanimously by the Dunmore Transport Partnership "
            "on 5 March 2018.",
            "Adoption",
            "dunmore-transport-partnership",
            "2018-03-05",
        ),
    ],
)
def test_an_outcome_by_a_minister_or_partnership(tmp_path: Path, sentence: str, cls: str, body: str, date: str) -> None:
    found, _ = events(tmp_path, "dunmore_page.txt", f"Freight\n\n{sentence}\n")
    outcome = _outcomes(found, "dunmore-freight-strategy-2018-2033")[body]
    assert outcome.cls == cls and _dates(outcome) == {date}


def test_a_month_opening_the_sentence_dates_the_outcome_after_a_heading(tmp_path: Path) -> None:
    text = "Kelsey Borough Council\n\nDuring May 2023 the Kelsey Tree Strategy 2023-2033 was approved by Cabinet.\n"
    found, _ = events(tmp_path, "kelsey_page.txt", text)
    (approval,) = [e for e in found if e.cls == "Approval"]
    assert _dates(approval) == {"2023-05"}  # the month the text gives, never a day


def test_an_article_after_the_opening_month(tmp_path: Path) -> None:
    text = (
        "Kelsey Borough Council\n\nIn October 2022 a refreshed Kelsey Tree Strategy 2022-2032 was adopted at Council.\n"
    )
    found, _ = events(tmp_path, "kelsey_page.txt", text)
    (adoption,) = [e for e in found if e.cls == "Adoption"]
    assert _dates(adoption) == {"2022-10"}


NEWS = """Kelsey Borough Council

News release, {dateline}

Play parks plan gets the go-ahead

The Kelsey Play Strategy 2024-2034 was backed unanimously at a meeting of the full council this week, after a
summer of consultation with families.
"""


def test_this_week_under_a_dateline_gives_the_month_only(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "kelsey_news.txt", NEWS.format(dateline="21 November 2024"))
    (agreement,) = [e for e in found if e.cls == "Agreement"]
    assert _dates(agreement) == {"2024-11"}  # the week of the 21st lies in November; its day is not known


def test_this_week_early_in_a_month_is_left_undated(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "kelsey_news.txt", NEWS.format(dateline="3 December 2024"))
    (agreement,) = [e for e in found if e.cls == "Agreement"]
    assert not _dates(agreement) and agreement.objects(SL + "undated")  # the week may have begun in November


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "On 4 and 18 July 2023 the Cabinet and the Council respectively approved the Kelsey Sports Strategy "
            "2023-2028.",
            "2023-07-04",
            "2023-07-18",
        ),
        (
            "The Kelsey Sports Strategy 2023-2028 was agreed by the Cabinet and the Council in June and September "
            "2023 respectively.",
            "2023-06",
            "2023-09",
        ),
        (
            "The Kelsey Sports Strategy 2023-2028 was endorsed by the Cabinet and adopted by the Council on 2nd "
            "May and 9th May respectively.",
            "--05-02",
            "--05-09",
        ),
    ],
)
def test_two_bodies_and_two_dates_read_respectively(tmp_path: Path, sentence: str, first: str, second: str) -> None:
    text = f"Kelsey Borough Council\n\nSports\n\n{sentence}\n"
    found, _ = events(tmp_path, "kelsey_sports.txt", text)
    outcomes = _outcomes(found, "kelsey-sports-strategy-2023-2028")
    assert _dates(outcomes["cabinet"]) == {first}
    (council,) = [e for body, e in outcomes.items() if body != "cabinet"]
    assert _dates(council) == {second}  # each body on the date in its own place of the list, no year guessed


def test_two_bodies_that_will_act_respectively_have_no_outcome(tmp_path: Path) -> None:
    text = (
        "Kelsey Borough Council\n\nThe Kelsey Sports Strategy 2023-2028 will be agreed by the Cabinet and the "
        "Council in June and July 2023 respectively.\n"
    )
    found, _ = events(tmp_path, "kelsey_sports.txt", text)
    assert not _outcomes(found, "kelsey-sports-strategy-2023-2028")


def test_a_plan_adopted_in_a_year_with_no_body_named(tmp_path: Path) -> None:
    text = "Kelsey Borough Council\n\nThe Kelsey Heritage Strategy 2018-2028 adopted in 2018 still guides our work.\n"
    found, _ = events(tmp_path, "kelsey_page.txt", text)
    (adoption,) = [e for e in found if e.cls == "Adoption"]
    assert _dates(adoption) == {"2018"} and not adoption.objects(PROV + "wasAssociatedWith")


def test_a_plan_adopted_in_principle_is_not_dated(tmp_path: Path) -> None:
    text = (
        "Kelsey Borough Council\n\nThe Kelsey Heritage Strategy 2018-2028 approved in principle is out for comment.\n"
    )
    found, _ = events(tmp_path, "kelsey_page.txt", text)
    assert not [e for e in found if e.cls == "Approval" and _dates(e)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The draft Kelsey Homes Strategy 2025-2030 was scrutinised by the Place Scrutiny Panel on 9 April 2025.",
        "The Place Scrutiny Panel debated the draft Kelsey Homes Strategy 2025-2030 on 9 April 2025.",
    ],
)
def test_a_scrutiny_body_that_examined_a_presented_plan_considered_it(tmp_path: Path, sentence: str) -> None:
    found, _ = events(tmp_path, "kelsey_page.txt", f"Kelsey Borough Council\n\n{sentence}\n")
    outcome = _outcomes(found, "kelsey-homes-strategy-2025-2030")["place-scrutiny-panel"]
    assert outcome.cls == "Consideration" and _dates(outcome) == {"2025-04-09"}


def test_a_plan_to_be_debated_is_a_request_not_a_consideration(tmp_path: Path) -> None:
    text = (
        "Kelsey Borough Council\n\nThe Place Scrutiny Panel will debate the draft Kelsey Homes Strategy 2025-2030 on "
        "9 April.\n"
    )
    found, _ = events(tmp_path, "kelsey_page.txt", text)
    assert not _outcomes(found, "kelsey-homes-strategy-2025-2030")
    (request,) = [e for e in found if e.objects(SL + "requestedOf")]
    assert request.cls == "ConsiderationRequest" and _dates(request) == {"--04-09"}


def test_a_plan_that_had_also_been_endorsed_by_another_body(tmp_path: Path) -> None:
    text = (
        "Kelsey Borough Council\n\nThe Kelsey Homes Strategy 2025-2030 had also been endorsed by the Kelsey Housing "
        "Partnership on 2 May 2025.\n"
    )
    found, _ = events(tmp_path, "kelsey_page.txt", text)
    outcome = _outcomes(found, "kelsey-homes-strategy-2025-2030")["kelsey-housing-partnership"]
    assert outcome.cls == "Endorsement" and _dates(outcome) == {"2025-05-02"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelsey Local Plan, approved in 2012, allocates the housing sites.",
        "Approved in 2012, the Kelsey Local Plan allocates the housing sites.",
        "Originally approved in 2012, the Kelsey Local Plan allocates the housing sites.",
    ],
)
def test_an_approval_told_with_its_year_alone_has_no_body(tmp_path: Path, sentence: str) -> None:
    found, _ = events(tmp_path, "kelsey_page.txt", f"Planning policy\n\n{sentence}\n")
    (approval,) = [e for e in found if e.cls == "Approval"]
    assert _dates(approval) == {"2012"} and not approval.objects(PROV + "wasAssociatedWith")


def test_a_dated_aside_after_another_noun_is_not_the_plan_s(tmp_path: Path) -> None:
    text = (
        "Planning policy\n\nThe Kelsey Local Plan replaces the three town maps, approved in 1998, for the district.\n"
    )
    found, _ = events(tmp_path, "kelsey_page.txt", text)
    assert not [e for e in found if e.cls == "Approval"]


def test_a_council_on_the_line_above_a_participle_did_not_act(tmp_path: Path) -> None:
    text = "Kelsey Borough Council\nApproved in 2012, the Kelsey Local Plan allocates the housing sites.\n"
    found, _ = events(tmp_path, "kelsey_page.txt", text)
    (approval,) = [e for e in found if e.cls == "Approval"]
    assert not approval.objects(PROV + "wasAssociatedWith")  # the heading's council is not the subject of the line


@pytest.mark.parametrize(
    ("written", "body"),
    [
        ("the CJC", "corporate-joint-committee"),
        ("the HSCP", "health-and-social-care-partnership"),
        ("the NPA", "national-park-authority"),
    ],
)
def test_a_partnership_or_authority_named_by_its_conventional_short_form(
    tmp_path: Path, written: str, body: str
) -> None:
    text = (
        f"Kelsey Borough Council\n\nThe Kelsey Green Spaces Strategy 2025-2035 was approved by {written} on 1 July "
        "2025.\n"
    )
    found, _ = events(tmp_path, "kelsey_page.txt", text)
    outcome = _outcomes(found, "kelsey-green-spaces-strategy-2025-2035")[body]
    assert outcome.cls == "Approval" and _dates(outcome) == {"2025-07-01"}
