"""What a meeting's minutes say in short: a bare line "Approved the X" under the heading of a meeting whose body and
date the heading gives ("Minutes of the X Board, 6 June 2023"), a recommendation that another body adopt a plan, and
a plan to go to a body in a month with no year. Documents invented, in our own words, modelled on council minutes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_governance import OUTCOMES, PROV, SL, Event, events


def _dates(event: Event) -> set[str]:
    return event.objects(SL + "date") | event.objects(SL + "monthDay")


def _last(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


@pytest.mark.parametrize(
    ("heading", "body", "date"),
    [
        (
            "Minutes of the Community Safety Partnership Board, 11 October 2023",
            "community-safety-partnership-board",
            "2023-10-11",
        ),
        ("MINUTES OF THE EXECUTIVE - Tuesday 3 September 2024", "executive", "2024-09-03"),
        ("Minutes of a meeting of the Cabinet held on 16 January 2025", "cabinet", "2025-01-16"),
    ],
)
def test_a_bare_line_in_minutes_is_the_meeting_s_outcome(tmp_path: Path, heading: str, body: str, date: str) -> None:
    text = f"{heading}\n\nPresent: five members\n\n4. Food Strategy\n\nEndorsed the Larkhill Food Strategy 2024-2029.\n"
    found, _ = events(tmp_path, "larkhill_minutes.txt", text)
    (outcome,) = [e for e in found if e.cls in OUTCOMES]
    assert outcome.cls == "Endorsement"
    assert _last(outcome.one(PROV + "wasAssociatedWith")) == body and _dates(outcome) == {date}


def test_a_bare_line_outside_any_meeting_names_no_one(tmp_path: Path) -> None:
    text = "Larkhill Borough Council\n\nWhat we did in 2024\n\nApproved the Larkhill Food Strategy 2024-2029.\n"
    found, _ = events(tmp_path, "larkhill_page.txt", text)
    assert not [e for e in found if e.cls in OUTCOMES]  # whose approval it was is not said


def test_a_bare_line_on_an_update_report_notes_it_only(tmp_path: Path) -> None:
    text = (
        "Minutes of the Cabinet held on 16 January 2025\n\n5. Food Strategy\n\n"
        "Noted the annual progress report on the Larkhill Food Strategy 2024-2029.\n"
    )
    found, _ = events(tmp_path, "larkhill_minutes.txt", text)
    assert {e.cls for e in found if e.cls in OUTCOMES} <= {"Noting", "Consideration"}


def test_a_body_recommending_that_another_adopt_a_plan_asks_that_body(tmp_path: Path) -> None:
    text = (
        "Minutes of the Cabinet held on 16 January 2025\n\n6. Waste Strategy\n\nThe Cabinet recommended that the "
        "Council should adopt the Larkhill Waste Strategy 2025-2035.\n"
    )
    found, _ = events(tmp_path, "larkhill_minutes.txt", text)
    assert not [e for e in found if e.cls == "Adoption"]
    (request,) = [e for e in found if e.objects(SL + "requestedOf")]
    assert request.cls == "Recommendation" and _last(request.one(SL + "requestedOf")) == "council"


def test_a_month_with_no_year_gives_the_request_no_date(tmp_path: Path) -> None:
    text = (
        "Larkhill Borough Council\n\nThe draft Larkhill Waste Strategy 2025-2035 will be taken to Cabinet in "
        "November for approval, after the consultation closes.\n"
    )
    found, _ = events(tmp_path, "larkhill_page.txt", text)
    (request,) = [e for e in found if e.objects(SL + "requestedOf")]
    assert request.cls == "ApprovalRequest" and _last(request.one(SL + "requestedOf")) == "cabinet"
    assert not _dates(request)
