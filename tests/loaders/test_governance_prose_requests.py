"""Requests in prose (acts still to come, recommendations to another body), timelines that date their lines, and what
a body did to a report about a plan rather than to the plan. Documents invented, in our own words, modelled on council
news items, partnership reports, plan timelines and minutes."""

from __future__ import annotations

from pathlib import Path

from tests.loaders.test_governance import PROV, SL, Event, events


def _about(found: list[Event], cls: str, key: str) -> list[Event]:
    return [e for e in found if e.cls == cls and f"{key}/event/" in e.iri]


def _asked(event: Event) -> str:
    return event.one(SL + "requestedOf").rsplit("/", 1)[-1]


def _dates(event: Event) -> set[str]:
    return event.objects(SL + "date") | event.objects(SL + "monthDay")


FUTURE = """Latest news

Members of the public can comment on the draft Ashvale Walking and Cycling Plan 2025-2035 until 30 June. After the
consultation the final Ashvale Walking and Cycling Plan 2025-2035 will go to Full Council for approval in October 2025.

If endorsed by the Cabinet, the draft Ashvale Museums Strategy 2025-2030 will then be published for comment.

The Ashvale Local Development Plan 2026-2041 and its supporting papers were sent on Friday 12th September to the
Welsh Government for examination and approval.
"""


def test_acts_still_to_come_are_requests_of_the_body_named(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "ashvale_news_release.txt", FUTURE)
    (walking,) = _about(found, "ApprovalRequest", "ashvale-walking-and-cycling-plan-2025-2035")
    assert _asked(walking) == "council"
    assert _dates(walking) == {"2025-10"}
    (museums,) = _about(found, "EndorsementRequest", "ashvale-museums-strategy-2025-2030")
    assert _asked(museums) == "cabinet"
    assert not [e for e in found if e.cls in {"Approval", "Endorsement", "Adoption", "Agreement"}]


def test_a_recommendation_to_council_named_by_its_noun(tmp_path: Path) -> None:
    text = (
        "Ashvale Community Safety Partnership\n\nReport to the Partnership, 2 February 2024\n\n"
        "1. This report seeks the Partnership's approval of the Ashvale Community Safety Plan 2024-2027.\n\n"
        "2. Officers recommend approval of the Plan to Full Council at its meeting on 14th March 2024.\n"
    )
    found, _ = events(tmp_path, "ashvale_committee_report.txt", text)
    (asked,) = _about(found, "ApprovalRequest", "ashvale-community-safety-plan-2024-2027")
    assert _asked(asked) == "ashvale-community-safety-partnership"
    (recommended,) = _about(found, "Recommendation", "ashvale-community-safety-plan-2024-2027")
    assert _dates(recommended) == {"2024-03-14"}
    assert not [e for e in found if e.cls in {"Approval", "Adoption"}]


def test_a_timeline_line_dates_what_it_says(tmp_path: Path) -> None:
    text = (
        "Ashvale Minerals Plan 2021-2036: how we got here\n\n"
        "9 June 2020 - The draft Minerals Plan was discussed by the Planning Committee\n"
        "17 February 2021 - The Plan was adopted by Council\n"
    )
    found, _ = events(tmp_path, "ashvale_web_page.txt", text)
    (considered,) = _about(found, "Consideration", "ashvale-minerals-plan-2021-2036")
    assert _dates(considered) == {"2020-06-09"}
    assert considered.one(PROV + "wasAssociatedWith").endswith("/planning-committee")
    (adopted,) = _about(found, "Adoption", "ashvale-minerals-plan-2021-2036")
    assert _dates(adopted) == {"2021-02-17"}
    assert adopted.one(PROV + "wasAssociatedWith").endswith("/council")


def test_a_report_about_a_plan_is_not_the_plan(tmp_path: Path) -> None:
    text = (
        "Minutes of the Ashvale Health and Wellbeing Board held on 5 December 2023\n\n"
        "4. The Board noted the year-end performance report on the Ashvale Ageing Well Strategy 2021-2026.\n"
        "5. The Board approved the annual progress statement on the Ashvale Mental Health Strategy 2022-2027.\n"
        "6. Members discussed the themes which the Board has agreed to focus on under the Ashvale Health Plan "
        "2023-2028.\n"
        "7. The Board endorsed the Ashvale Dementia Strategy 2024-2029.\n"
    )
    found, _ = events(tmp_path, "ashvale_minutes.txt", text)
    decided = {e.iri.split("/event/")[0].rsplit("/", 1)[-1] for e in found if e.cls not in {"Noting", "Consideration"}}
    assert decided == {"ashvale-dementia-strategy-2024-2029"}
    # noting a report on a plan notes the plan's progress (a noting, never an approval or agreement)
    assert _about(found, "Noting", "ashvale-ageing-well-strategy-2021-2026")


def test_a_resolution_on_a_report_about_a_plan_is_not_on_the_plan(tmp_path: Path) -> None:
    text = (
        "Minutes of a meeting of the Ashvale Health and Wellbeing Board held on 3 December 2024\n\n"
        "6. RESOLVED that the annual progress report on the Ashvale Obesity Strategy 2022-2027 be approved.\n\n"
        "7. RESOLVED that the Ashvale Oral Health Plan 2025-2030 be approved.\n"
    )
    found, _ = events(tmp_path, "ashvale_minutes.txt", text)
    assert not _about(found, "Approval", "ashvale-obesity-strategy-2022-2027")
    assert _about(found, "Approval", "ashvale-oral-health-plan-2025-2030")


MINUTES = """Minutes of the Cabinet held on 11 January 2024

7. Libraries
The Head of Culture introduced a report presenting the new draft Ashvale Libraries Strategy 2024-2029 for comment.

8. Sport
The Cabinet received a report on the refreshed Ashvale Sport and Physical Activity Strategy 2024-2030.

9. Allotments
The Executive considered the report, which recommended adoption of the Ashvale Allotments Plan 2024-2029.

10. Parks
The Cabinet received a report on progress with the Ashvale Parks Strategy 2020-2025.
"""


def test_a_report_presenting_a_plan_is_the_meetings_consideration_of_it(tmp_path: Path) -> None:
    found, facts = events(tmp_path, "ashvale_minutes.txt", MINUTES)
    (libraries,) = _about(found, "Consideration", "ashvale-libraries-strategy-2024-2029")
    assert libraries.one(PROV + "wasAssociatedWith").endswith("/cabinet")  # the meeting's, not the officer's
    assert _dates(libraries) == {"2024-01-11"}
    (typed,) = [f for f in libraries.facts if f.predicate.value.endswith("#type")]
    assert MINUTES[typed.span.start : typed.span.end] == typed.span.exact
    assert typed.span.exact.endswith("Ashvale Libraries Strategy 2024-2029")
    (sport,) = _about(found, "Consideration", "ashvale-sport-and-physical-activity-strategy-2024-2030")
    assert _dates(sport) == {"2024-01-11"}
    (allotments,) = _about(found, "Consideration", "ashvale-allotments-plan-2024-2029")
    assert allotments.one(PROV + "wasAssociatedWith").endswith("/executive")
    assert not _about(found, "Consideration", "ashvale-parks-strategy-2020-2025")  # a progress report on a plan
    (quoted,) = [f for f in sport.facts if f.predicate.value.endswith("#type")]
    assert quoted.span.exact.startswith("The Cabinet received a report")  # not the heading above it


ENTRIES = """Decisions

Meeting: 05/02/2025 - Cabinet (Item 12)

The Cabinet received a report on the new Ashvale Markets Strategy 2025-2030.
RESOLVED that the Ashvale Markets Strategy 2025-2030 be approved.

Decisions taken by members

20/02/2025 - Ashvale Bus Strategy 2025-2035
That the Cabinet Member for Transport:
(a) Approves the Ashvale Bus Strategy 2025-2035;
(b) Notes the timetable for the first bus priority schemes.
"""


def test_a_dated_entry_heads_what_the_body_below_it_resolved(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "ashvale_issue_decisions.txt", ENTRIES)
    (bus,) = _about(found, "Approval", "ashvale-bus-strategy-2025-2035")
    assert bus.one(PROV + "wasAssociatedWith").endswith("/cabinet-member-for-transport")
    assert _dates(bus) == {"2025-02-20"}
    # the report received before the resolution on it is the resolution's preamble, not an event of its own
    assert not _about(found, "Consideration", "ashvale-markets-strategy-2025-2030")
    (markets,) = _about(found, "Approval", "ashvale-markets-strategy-2025-2030")
    assert _dates(markets) == {"2025-02-05"}


def test_a_news_item_dates_an_outcome_by_the_one_meeting_it_names(tmp_path: Path) -> None:
    text = (
        "Ashvale Borough Council has adopted a new Ashvale Youth Plan 2025-2028 that sets out how young people will be "
        "heard.\n\nThe plan, which was welcomed by all groups at a full council meeting held on March 4, replaces "
        "a shorter action plan.\n"
    )
    found, _ = events(tmp_path, "ashvale_news.txt", text)
    (adopted,) = _about(found, "Adoption", "ashvale-youth-plan-2025-2028")
    assert _dates(adopted) == {"--03-04"}  # no year guessed
    two = text.replace("replaces", "and at a full council meeting held on March 25, replaces")
    found, _ = events(tmp_path, "ashvale_news.txt", two)
    (adopted,) = _about(found, "Adoption", "ashvale-youth-plan-2025-2028")
    assert not _dates(adopted)  # two meetings: which one adopted it is not said


def test_a_recommendation_heading_whose_colon_was_lost(tmp_path: Path) -> None:
    text = (
        "Ashvale Borough Council\n\nReport to Council\n\nAshvale Skills Plan 2025-2030\n\n"
        "This report makes the following recommendation to Council\n\n"
        "That the Ashvale Skills Plan 2025-2030 is adopted.\n\n"
        "Council is aksed to approve the Ashvale Play Plan 2025-2030 as well.\n"
    )
    found, _ = events(tmp_path, "ashvale_committee_report.txt", text)
    (skills,) = _about(found, "AdoptionRequest", "ashvale-skills-plan-2025-2030")
    assert _asked(skills) == "ashvale-borough-council"
    (play,) = _about(found, "ApprovalRequest", "ashvale-play-plan-2025-2030")  # a misspelt "asked" still asks
    assert _asked(play) == "ashvale-borough-council"


def test_a_resolution_that_requests_council_to_adopt_is_no_adoption(tmp_path: Path) -> None:
    text = (
        "Issue - decisions\n\nAshvale Waste Plan 2025-2035\n\n09/04/2025 - Ashvale Waste Plan 2025-2035\n\n"
        "Decision: That the Cabinet:\n(1) Endorses the Ashvale Waste Plan 2025-2035;\n"
        "(2) Asks Full Council to formally adopt the Ashvale Waste Plan 2025-2035.\n"
    )
    found, _ = events(tmp_path, "ashvale_issue_decisions.txt", text)
    assert not _about(found, "Adoption", "ashvale-waste-plan-2025-2035")
    (asked,) = _about(found, "Recommendation", "ashvale-waste-plan-2025-2035")
    assert _asked(asked) == "council"
    (endorsed,) = _about(found, "Endorsement", "ashvale-waste-plan-2025-2035")
    assert endorsed.one(PROV + "wasAssociatedWith").endswith("/cabinet")


def test_a_forward_plan_entry_says_what_its_decision_maker_will_consider(tmp_path: Path) -> None:
    text = (
        "Forward plan\n\nAshvale Borough Council - key decisions\n\nDraft Ashvale Arts Strategy 2026-2031\n\n"
        "Cabinet considers the draft Ashvale Arts Strategy 2026-2031 before public consultation.\n\n"
        "Decision maker: Cabinet\n\nDecision due: 22 Jan 2026 by Cabinet\n"
    )
    found, _ = events(tmp_path, "ashvale_forward_plan.txt", text)
    (asked,) = _about(found, "ConsiderationRequest", "ashvale-arts-strategy-2026-2031")
    assert _asked(asked) == "cabinet"
    assert _dates(asked) == {"2026-01-22"}
    (typed,) = [f for f in asked.facts if f.predicate.value.endswith("#type")]
    assert typed.span.exact == "Cabinet considers the draft Ashvale Arts Strategy 2026-2031"
    assert not [e for e in found if e.cls in {"Consideration", "Approval"}]  # planned, not done


def test_the_recommendations_approved_by_council_on_a_date_are_a_request_of_council(tmp_path: Path) -> None:
    text = (
        "Issue - meetings\n\nMeeting: 02/09/2025 - Cabinet (Item 5)\n\n5. Ashvale Events Strategy 2025-2030\n\n"
        "The Cabinet considered a report seeking approval of the Ashvale Events Strategy 2025-2030.\n\n"
        "RESOLVED:\nThat the recommendations be approved by Council (23 September 2025).\n"
    )
    found, _ = events(tmp_path, "ashvale_issue_meetings.txt", text)
    of_council = [
        e for e in _about(found, "ApprovalRequest", "ashvale-events-strategy-2025-2030") if _asked(e) == "council"
    ]
    (asked,) = of_council
    assert _dates(asked) == {"2025-09-23"}  # the Council's meeting, not the Cabinet's
    assert not _about(found, "Approval", "ashvale-events-strategy-2025-2030")


def test_a_request_of_council_is_dated_by_the_one_council_meeting_the_text_names(tmp_path: Path) -> None:
    text = (
        "Ashvale Borough Council\n\nReport to Cabinet\n\nAshvale Corporate Plan 2026-2031\n\n"
        "1. That the Ashvale Corporate Plan 2026-2031 be commended to Council for adoption.\n\n"
        "2. The plan will take effect after consideration at Council which takes place on the 4th March 2026.\n"
    )
    found, _ = events(tmp_path, "ashvale_agenda_item.txt", text)
    (asked,) = _about(found, "Recommendation", "ashvale-corporate-plan-2026-2031")
    assert _dates(asked) == {"2026-03-04"}
    other = text.replace("2. The plan", "2. The budget was set at Council on 2 February 2026. The plan")
    found, _ = events(tmp_path, "ashvale_agenda_item.txt", other)
    (asked,) = _about(found, "Recommendation", "ashvale-corporate-plan-2026-2031")
    assert not _dates(asked)  # two Council meetings named: which one is not said


def test_a_past_act_told_with_when_is_no_request(tmp_path: Path) -> None:
    text = (
        "Ashvale Borough Council\n\nWhen adopted by the Council in 2016, the Ashvale Green Spaces Plan 2016-2026 was "
        "the first of its kind in the county.\n"
    )
    found, _ = events(tmp_path, "ashvale_web_page.txt", text)
    assert not [e for e in found if e.cls.endswith("Request")]


def test_the_committee_named_only_in_prose_is_the_one_that_agreed(tmp_path: Path) -> None:
    text = (
        "Ashvale Council\n\nItem 4: Ashvale Gaelic Language Plan 2024-2029\n\n"
        "There was submitted a report by the Chief Officer to the Education and Culture Committee seeking approval of "
        "the Ashvale Gaelic Language Plan 2024-2029.\n\nThe Committee agreed:-\n"
        "(a) to approve the Ashvale Gaelic Language Plan 2024-2029; and\n(b) to note the monitoring arrangements.\n"
    )
    found, _ = events(tmp_path, "ashvale_minutes.txt", text)
    (approved,) = _about(found, "Approval", "ashvale-gaelic-language-plan-2024-2029")
    assert approved.one(PROV + "wasAssociatedWith").endswith("/education-and-culture-committee")
