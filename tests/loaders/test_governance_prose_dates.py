"""Outcomes told in news and web-page prose, with the date where the page puts it: the dateline ("today"), the
meeting's own words ("at the Monday, May 8 meeting of"), a sentence that opens with the sitting, a bare year in
brackets, a date after the body. Documents invented, in our own words, modelled on council news items and plan pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_governance import PROV, SL, Event, events, quote_at_offsets


def _about(found: list[Event], cls: str, key: str) -> Event:
    (event,) = [e for e in found if e.cls == cls and f"{key}/event/" in e.iri]
    return event


def _dates(event: Event) -> set[str]:
    return event.objects(SL + "date") | event.objects(SL + "monthDay")


TODAY = """Press office

Posted on: 22 November 2023

Allotments Strategy backed by councillors

The Brackwater Allotments Strategy 2024-2029 was approved at today's Full Council meeting, with cross-party support.
"""


def test_today_is_the_dateline_day(tmp_path: Path) -> None:
    found, facts = events(tmp_path, "brackwater_news.txt", TODAY)
    approval = _about(found, "Approval", "brackwater-allotments-strategy-2024-2029")
    assert approval.one(SL + "date") == "2023-11-22"
    assert approval.one(PROV + "wasAssociatedWith").endswith("/council")
    (evidence,) = [f for f in approval.facts if f.predicate.value == SL + "date"]
    quote_at_offsets(TODAY, evidence, "approved at today's Full Council meeting")


def test_today_without_a_dated_line_stays_undated(tmp_path: Path) -> None:
    text = TODAY.replace("Posted on: 22 November 2023", "Posted on: 22 November")
    found, _ = events(tmp_path, "brackwater_news.txt", text)
    approval = _about(found, "Approval", "brackwater-allotments-strategy-2024-2029")
    assert not approval.objects(SL + "date")  # a dateline without a year gives "today" no year
    assert approval.objects(SL + "undated")


@pytest.mark.parametrize(
    ("sentence", "cls", "key", "date"),
    [
        # the meeting's date inside "at the ... meeting of", in US order with no year: no year guessed
        (
            "The Cemeteries Strategy 2023-2028 was adopted at the Monday, May 8 meeting of the full council.",
            "Adoption",
            "cemeteries-strategy-2023-2028",
            "--05-08",
        ),
        # the sitting opens the sentence, the plan is the passive subject
        (
            "At the Cabinet meeting held on 14 February 2022, the Play Strategy for 2022-27 was endorsed.",
            "Endorsement",
            "play-strategy-2022-2027",
            "2022-02-14",
        ),
        # no body named, a date of its own
        (
            "Our Tree Strategy 2021-2031 was approved on 9th September 2021 after two rounds of consultation.",
            "Approval",
            "tree-strategy-2021-2031",
            "2021-09-09",
        ),
        # the sitting's date between the body and its act; "agreed to adopt" is the adoption
        (
            "The Planning Committee on the 3rd October 2019 agreed to adopt the Minerals Plan 2019-2034.",
            "Adoption",
            "minerals-plan-2019-2034",
            "2019-10-03",
        ),
        # a label line under the plan's title, the date right after the body
        (
            "Wetherby Moor Local Development Plan 2017-2032\nAdopted by resolution of the Park Board 21st June 2017",
            "Adoption",
            "wetherby-moor-local-development-plan-2017-2032",
            "2017-06-21",
        ),
        # a bare year in brackets after the plan's name
        (
            "The Waste Strategy 2015-2020 (adopted 2015) was the first of its kind.",
            "Adoption",
            "waste-strategy-2015-2020",
            "2015",
        ),
    ],
)
def test_outcomes_dated_where_the_page_puts_the_date(
    tmp_path: Path, sentence: str, cls: str, key: str, date: str
) -> None:
    found, _ = events(tmp_path, "lowbridge_web_page.txt", f"Lowbridge Council\n\n{sentence}\n")
    event = _about(found, cls, key)
    assert _dates(event) == {date}
    if date.startswith("--"):
        assert event.objects(SL + "undated")


def test_already_approved_and_now_the_adopted_plan_are_undated_outcomes(tmp_path: Path) -> None:
    text = (
        "Lowbridge Council\n\nThe Lowbridge Food Plan 2020-2025 is the work of many partners. It had already been "
        "endorsed by the Food Partnership before the Council saw it.\n\nThe Lowbridge Local Plan 2020-2035 now "
        "constitutes the adopted development plan for the district.\n"
    )
    found, _ = events(tmp_path, "lowbridge_web_page.txt", text)
    endorsement = _about(found, "Endorsement", "lowbridge-food-plan-2020-2025")
    assert endorsement.one(PROV + "wasAssociatedWith").endswith("/food-partnership")
    assert endorsement.objects(SL + "undated")
    adoption = _about(found, "Adoption", "lowbridge-local-plan-2020-2035")
    assert adoption.objects(SL + "undated")


def test_an_earlier_plan_of_another_topic_is_not_what_the_previous_plan_points_at(tmp_path: Path) -> None:
    text = (
        "Lowbridge Council\n\nOur Lowbridge Parking Strategy 2025-2030 follows the Lowbridge Parking Strategy "
        "2019-2024. The previous leisure strategy was adopted in 2018; a new Lowbridge Leisure Strategy 2026-2031 "
        "is being drafted.\n"
    )
    found, _ = events(tmp_path, "lowbridge_web_page.txt", text)
    assert not [e for e in found if e.cls == "Adoption" and "parking" in e.iri]


def test_the_authority_named_on_the_page_adopts_its_plan(tmp_path: Path) -> None:
    text = (
        "Fellside National Park Authority\n\nFellside Local Development Plan 2019-2034\n"
        "Adopted by resolution of the Authority 4th December 2019\n\nThe plan guides development in the park.\n"
    )
    found, _ = events(tmp_path, "fellside_web_page.txt", text)
    adoption = _about(found, "Adoption", "fellside-local-development-plan-2019-2034")
    assert adoption.one(PROV + "wasAssociatedWith").endswith("/fellside-national-park-authority")
    assert _dates(adoption) == {"2019-12-04"}
    (typed,) = [f for f in adoption.facts if f.predicate.value.endswith("#type")]
    assert typed.span.exact == "Adopted by resolution of the Authority 4th December 2019"  # its line, no more
