"""Acts still to come, told in prose: a body that will discuss, approve or be asked to endorse a plan, a plan due to
be adopted or sent to ministers, a plan referred to the meeting of another body. Each is a request of that body, never
its outcome, dated only as the text dates it. Documents invented, in our own words, modelled on council news items,
plan pages and reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_governance import OUTCOMES, PROV, SL, Event, events


def _dates(event: Event) -> set[str]:
    return event.objects(SL + "date") | event.objects(SL + "monthDay")


def _requests(found: list[Event], key: str) -> list[Event]:
    return [e for e in found if f"/{key}/event/" in e.iri and e.objects(SL + "requestedOf")]


def _asked(event: Event) -> str:
    return event.one(SL + "requestedOf").rsplit("/", 1)[-1]


HEAD = "Penrose District Council\n\nNews, 14 February 2022\n\n"


@pytest.mark.parametrize(
    ("sentence", "cls", "asked", "dates"),
    [
        # a meeting announced with its day and month: no year is given it
        (
            "Cabinet members will debate the Penrose Markets Strategy 2022-2027 at their meeting on Monday 7 March.",
            "ConsiderationRequest",
            "cabinet",
            {"--03-07"},
        ),
        (
            "The Executive is due to consider the draft Penrose Markets Strategy 2022-2027 next week.",
            "ConsiderationRequest",
            "executive",
            set(),
        ),
        (
            "Councillors will then be asked to approve the Penrose Markets Strategy 2022-2027 when they meet in March.",
            "ApprovalRequest",
            "penrose-district-council",  # a news item's councillors are its council's
            set(),
        ),
        (
            "The Penrose Markets Strategy 2022-2027 is expected to be adopted by the Council in April 2022.",
            "AdoptionRequest",
            "penrose-district-council",
            {"2022-04"},
        ),
        (
            "Once the consultation closes, the Penrose Markets Strategy 2022-2027 will be signed off by a Portfolio "
            "Holder decision.",
            "ApprovalRequest",
            "portfolio-holder",
            set(),
        ),
        (
            "The Council will formally adopt the Penrose Markets Strategy 2022-2027 in the summer of 2022.",
            "AdoptionRequest",
            "penrose-district-council",
            set(),
        ),
    ],
)
def test_an_act_still_to_come_is_a_request(
    tmp_path: Path, sentence: str, cls: str, asked: str, dates: set[str]
) -> None:
    found, _ = events(tmp_path, "penrose_news.txt", HEAD + sentence + "\n")
    assert not [e for e in found if e.cls in OUTCOMES]
    requests = [e for e in _requests(found, "penrose-markets-strategy-2022-2027") if e.cls == cls]
    assert requests, [(e.cls, e.iri) for e in found]
    (request,) = requests
    assert _asked(request) == asked and _dates(request) == dates


def test_a_plan_sent_to_ministers_is_put_to_them_for_approval(tmp_path: Path) -> None:
    text = (
        "Lochardil Council\n\nThe Proposed Lochardil Local Development Plan 3 was sent to the Scottish Ministers "
        "in November 2024, and an examination is expected to start next year.\n"
    )
    found, _ = events(tmp_path, "lochardil_ldp.txt", text)
    (request,) = _requests(found, "lochardil-local-development-plan-3")
    assert request.cls == "ApprovalRequest" and _asked(request) == "scottish-ministers"
    assert _dates(request) == {"2024-11"}


def test_a_plan_sent_to_a_government_for_information_is_no_request(tmp_path: Path) -> None:
    text = (
        "Lochardil Council\n\nThe Lochardil Children's Services Plan 2023-2026 was submitted to the Scottish "
        "Government in June 2023.\n"
    )
    found, _ = events(tmp_path, "lochardil_csp.txt", text)
    assert not _requests(found, "lochardil-children-s-services-plan-2023-2026")


def test_agreeing_to_refer_a_plan_to_council_is_not_agreeing_the_plan(tmp_path: Path) -> None:
    text = (
        "Minutes of the Cabinet, 2 September 2024\n\nThe Cabinet agreed to refer the Ossington Tourism Strategy "
        "2024-2029 to the next meeting of the Council on 25 September 2024.\n"
    )
    found, _ = events(tmp_path, "ossington_minutes.txt", text)
    assert not [e for e in found if e.cls in OUTCOMES]  # the Cabinet recommended it; nothing was agreed of it
    (request,) = _requests(found, "ossington-tourism-strategy-2024-2029")
    assert request.cls == "Recommendation" and _dates(request) == {"2024-09-25"}


def test_a_request_is_not_dated_by_another_plan_s_adoption(tmp_path: Path) -> None:
    text = (
        "Forward plan\n\nThe Cabinet will be asked to approve the Ossington Parking Strategy 2025-2030, which "
        "replaces the interim parking statement adopted in 2019.\n"
    )
    found, _ = events(tmp_path, "ossington_forward_plan.txt", text)
    (request,) = _requests(found, "ossington-parking-strategy-2025-2030")
    assert request.cls == "ApprovalRequest" and not _dates(request)


def test_two_bodies_asked_together_are_each_asked_once(tmp_path: Path) -> None:
    text = (
        "Forward plan\n\nThe Cabinet and the County Council will be asked to agree the Ossington Corporate Plan "
        "2025-2029. The plan will be considered by the County Council on 12 March 2025.\n"
    )
    found, _ = events(tmp_path, "ossington_forward_plan.txt", text)
    requests = _requests(found, "ossington-corporate-plan-2025-2029")
    by_body: dict[str, list[Event]] = {}
    for request in requests:
        by_body.setdefault(_asked(request), []).append(request)
    assert set(by_body) == {"cabinet", "county-council"}
    (council,) = by_body["county-council"]  # the undated request told first is the dated one told after
    assert _dates(council) == {"2025-03-12"}


def test_a_plan_that_will_be_reviewed_is_no_request(tmp_path: Path) -> None:
    text = (
        "Penrose District Council\n\nThe Penrose Markets Strategy 2022-2027 will be reviewed by officers every year.\n"
    )
    found, _ = events(tmp_path, "penrose_page.txt", text)
    assert not _requests(found, "penrose-markets-strategy-2022-2027")
    assert not [e for e in found if PROV + "wasAssociatedWith" in {f.predicate.value for f in e.facts}]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 10 June 2025 the Executive endorsed the Ossington Arts Strategy 2025-2030 for recommendation to Council.",
        "The Executive agreed a recommendation to Council that the Ossington Arts Strategy 2025-2030 be adopted.",
    ],
)
def test_a_recommendation_to_council_is_no_approval(tmp_path: Path, sentence: str) -> None:
    found, _ = events(tmp_path, "ossington_news.txt", f"Ossington Borough Council\n\n{sentence}\n")
    assert not [e for e in found if e.cls in OUTCOMES]
    (request,) = _requests(found, "ossington-arts-strategy-2025-2030")
    assert request.cls == "Recommendation" and _asked(request) == "ossington-borough-council"


FORWARD_PLAN = """Forward plan of key decisions

Ossington Local Transport Strategy 2025-2035

Decision due: {due}
Proposed decision: To adopt the Ossington Local Transport Strategy 2025-2035.
"""


@pytest.mark.parametrize(
    ("due", "asked", "date"),
    [
        ("County Council, 4 Dec 2025", "county-council", "2025-12-04"),
        ("Cabinet - Tuesday 18 November 2025", "cabinet", "2025-11-18"),
        ("2 Oct 2025 by Cabinet", "cabinet", "2025-10-02"),
    ],
)
def test_a_decision_due_names_its_body_first_or_last(tmp_path: Path, due: str, asked: str, date: str) -> None:
    found, _ = events(tmp_path, "ossington_forward_plan.txt", FORWARD_PLAN.format(due=due))
    (request,) = _requests(found, "ossington-local-transport-strategy-2025-2035")
    assert request.cls == "AdoptionRequest" and _asked(request) == asked and _dates(request) == {date}


def test_an_act_reported_as_still_to_come_is_a_request(tmp_path: Path) -> None:
    text = (
        "Minutes of the Cabinet held on 5 March 2024\n\nThe Cabinet noted that the Ossington Food Strategy "
        "2024-2029 would be adopted by the Council in April.\n"
    )
    found, _ = events(tmp_path, "ossington_minutes.txt", text)
    assert not [e for e in found if e.cls == "Adoption"]
    (request,) = _requests(found, "ossington-food-strategy-2024-2029")
    assert request.cls == "AdoptionRequest" and _asked(request) == "council" and not _dates(request)
