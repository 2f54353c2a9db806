"""Records whose labels carry who decided and when, however the page was flattened: a value on the line below its
label, several labels run together on one line, labels in lower case. Documents invented, modelled on ModernGov, CMIS
and register pages of English and Welsh councils."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.facts import Fact
from strategy_lineage import vocab
from tests.loaders.test_governance_systems import Event, events, only

SL = vocab.SL

VALUES_BELOW = """Decision details

        Title:

                Allotments Strategy 2024-2029

        Decision Maker:


                Cabinet Member for Parks and Leisure

        Decision status:

                Recommendations Approved

        Decision:

                I agree to approve the Allotments Strategy 2024-2029.

        Date of decision:

                19/03/2024
"""


def test_a_value_on_the_line_below_its_label_names_the_maker_and_the_date(tmp_path: Path) -> None:
    approval = only(events(tmp_path, VALUES_BELOW), "Approval")
    assert approval.by == {"Cabinet Member for Parks and Leisure"}
    assert approval.dates == {"2024-03-19"}


def test_labels_run_together_on_one_line_each_keep_their_own_value(tmp_path: Path) -> None:
    text = (
        "Decision details Harbour Regeneration Strategy 2023-2033 Decision Maker: Executive Decision status: For "
        "Determination Is Key decision?: Yes Decision: That the Harbour Regeneration Strategy 2023-2033 be adopted. "
        "Reasons for the decision: The strategy guides investment. Date of decision: 04/07/2023\n"
    )
    adoption = only(events(tmp_path, text), "Adoption")
    assert adoption.by == {"Executive"}  # not "Executive Decision status: For Determination ..."
    assert adoption.dates == {"2023-07-04"}


def test_lower_case_labels_and_a_status_after_the_maker(tmp_path: Path) -> None:
    text = (
        "Play Sufficiency Action Plan 2024-2027\n"
        "Decision maker: Cabinet Member for Children and Families Decision status: Implemented\n"
        "Decision date: 6 February 2024\n"
        "Decision: The Cabinet Member approved the Play Sufficiency Action Plan 2024-2027.\n"
    )
    approval = only(events(tmp_path, text), "Approval")
    assert approval.by == {"Cabinet Member for Children and Families"}
    assert approval.dates == {"2024-02-06"}


def test_a_capitalised_label_inside_prose_is_not_a_field(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nThe Chair said the Decision: to defer was wrong. RESOLVED that the Greenway Cycling "
        "Strategy 2022-2032 be approved.\n"
    )
    approval = only(events(tmp_path, text), "Approval")
    assert approval.by == set()  # no "Decision Maker" read out of a sentence


ENTRIES = """Issue - decisions

Library Strategy

14/11/2022 - Library Strategy

Resolved:

That the Library Strategy 2022-2027 be adopted.

18/10/2022 - Cabinet

(Key decision):

(a) To approve the draft Library Strategy 2022-2027 for adoption.

Recommended to Council:

(b) That Council be recommended to adopt the Library Strategy 2022-2027.
"""


def test_each_decision_is_dated_by_the_entry_line_above_it(tmp_path: Path) -> None:
    found = events(tmp_path, ENTRIES)
    assert only(found, "Adoption").dates == {"2022-11-14"}
    approval = only(found, "Approval")  # the second entry's items lost their marker
    assert approval.dates == {"2022-10-18"}
    assert approval.by == {"Cabinet"}  # an entry line that names a body, not the title
    recommendation = only(found, "Recommendation")
    assert recommendation.asked == {"Council"}
    assert recommendation.dates == {"2022-10-18"}


def test_a_report_on_a_plan_in_force_is_no_consideration_of_it(tmp_path: Path) -> None:
    for text in (
        "View Cabinet Decision Record\n\nCabinet Decision: 3rd March 2022\n\nRecord of the Decision\n"
        "Consideration was given to a report on the progress of the Thornvale Early Help Strategy 2020-2023.\n",
        "Agenda item\n\nMinutes:\n\nThe Panel considered the annual monitoring report on the Thornvale Carers "
        "Strategy 2021-2024, now in its second year.\n",
        "Agenda item\n\nMinutes:\n\nMembers considered a note on the timetable for refreshing the existing "
        "Thornvale Carers Strategy 2021-2024 over the coming winter.\n",
        # the preamble of a resolution at the same meeting: the resolution is what was decided
        "Agenda item\n\nMinutes:\n\nThe Panel considered a report on the draft Thornvale Carers Strategy 2025-2028.\n\n"
        "RESOLVED: That the draft Thornvale Carers Strategy 2025-2028 be endorsed.\n",
    ):
        assert not [e for e in events(tmp_path, text) if e.cls in {"Consideration", "Noting"}], text


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "Agenda item\n\nMinutes:\n\nThe Board considered a paper from the Director of Public Health presenting "
            "the Thornvale Joint Health and Wellbeing Strategy 2026-2031 for comment.\n",
            "Board",
            None,
        ),
        (
            "Agenda item\n\nIn May 2021 the Scrutiny Panel considered the draft Thornvale Carers Strategy 2021-2024 "
            "and made several comments.\n",
            "Scrutiny Panel",
            "2021-05",
        ),
        (
            "Cabinet Decision Record\n\nCabinet Decision: 9th June 2025\n\nRecord of the Decision\n"
            "Consideration was given to a report setting out the refreshed Thornvale Library Strategy 2025-2030.\n",
            "Cabinet",
            "2025-06-09",
        ),
    ],
)
def test_a_body_that_considered_the_plan_presented_to_it_considered_it(
    tmp_path: Path, text: str, body: str, date: str | None
) -> None:
    considered = only(events(tmp_path, text), "Consideration")
    assert considered.by == {body}
    assert considered.dates == ({date} if date else set())


def test_noting_is_a_noting_and_a_consideration(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nMinutes:\n\nRESOLVED: That the annual update on the Thornvale Housing Strategy 2021-2026 "
        "be noted.\n"
    )
    noted = only(events(tmp_path, text), "Noting")
    assert "Consideration" in {f.object.value.removeprefix(SL) for f in _types(tmp_path, text, noted)}


def _types(tmp_path: Path, text: str, event: Event) -> list[Fact]:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return [
        f for f in extract(path).facts if f.subject == event.typing.subject and f.predicate.value == vocab.RDF + "type"
    ]


def test_agreeing_to_recommend_adoption_to_council_is_a_request_of_the_council(tmp_path: Path) -> None:
    text = (
        "Issue - meetings\n\nMeeting: 02/10/2023 - Executive (Item 9)\n\n9 Tree Strategy\n\nDecision:\n\n"
        "The Executive agreed to recommend to the Council that the Urban Tree Strategy 2023-2033 be approved.\n"
    )
    found = events(tmp_path, text)
    assert not [e for e in found if e.cls == "Approval"]  # the Executive did not approve it
    recommendation = only(found, "Recommendation")
    assert recommendation.asked == {"Council"}
    assert recommendation.by == {"Executive"}


def test_recommending_its_adoption_dates_the_request_by_its_own_words(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nMinutes:\n\nRESOLVED: That the Panel supports the Urban Tree Strategy 2023-2033 and "
        "commends its approval to Council on 7 December 2023.\n"
    )
    recommendation = only(events(tmp_path, text), "Recommendation")
    assert recommendation.asked == {"Council"}
    assert recommendation.dates == {"2023-12-07"}


FORWARD_PLAN = """Issue details

Coastal Access Plan 2025-2030

To approve the Coastal Access Plan 2025-2030.

Decision type: Key

Decision status: Recommendations Approved

Decision due: 9 Sep 2025 by Cabinet

Lead member: Cabinet Member for Environment

Decisions

09/09/2025 - Coastal Access Plan 2025-2030

Decision: That the Coastal Access Plan 2025-2030 be agreed and recommended to Council for adoption on 16 October 2025.
"""


def test_a_forward_plan_entry_with_its_decision_records_what_was_decided(tmp_path: Path) -> None:
    found = events(tmp_path, FORWARD_PLAN)
    agreed = only(found, "Agreement")
    assert agreed.by == {"Cabinet"}  # the body the decision was due from, not the lead member who presents it
    assert agreed.dates == {"2025-09-09"}
    assert not [e for e in found if e.cls == "Approval"]  # the status does not turn the request into an outcome
    asked = only(found, "ApprovalRequest")
    assert asked.asked == {"Cabinet"} and asked.dates == {"2025-09-09"}  # the planned date is the request's
    recommended = only(found, "Recommendation")
    assert recommended.asked == {"Council"} and recommended.dates == {"2025-10-16"}


def test_the_current_plans_adoption_is_not_the_new_plans(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nMinutes:\n\nMembers received the draft Heritage Strategy 2025-2030. The existing strategy "
        "was approved by the Council in 2017 and is out of date.\n\nRESOLVED: That the draft Heritage Strategy "
        "2025-2030 be endorsed.\n"
    )
    found = events(tmp_path, text)
    assert not [e for e in found if e.cls == "Approval"]
    assert only(found, "Endorsement").concerns == "heritage-strategy-2025-2030"


def test_an_officer_agrees_to_the_adoption_of_a_plan(tmp_path: Path) -> None:
    text = (
        "Officer Decision Record\n\nDecision taken by: Head of Environmental Services\n\nDecision: I agree to the "
        "approval of the Air Quality Action Plan 2024-2029.\n\nDate of decision: 2 May 2024\n"
    )
    approval = only(events(tmp_path, text), "Approval")
    assert approval.by == {"Head of Environmental Services"}
    assert approval.dates == {"2024-05-02"}


def test_a_notice_dated_by_its_meeting_and_named_by_its_committee(tmp_path: Path) -> None:
    text = (
        "Decision notice\n\nTitle: Food Strategy 2024-2028\n\nCommittee: Environment and Climate Committee\n\n"
        "Date of meeting: 21 November 2023\n\nDecision: That the Food Strategy 2024-2028 be adopted.\n"
    )
    adoption = only(events(tmp_path, text), "Adoption")
    assert adoption.by == {"Environment and Climate Committee"}
    assert adoption.dates == {"2023-11-21"}


def test_a_meeting_line_whose_body_is_not_a_name_still_dates_its_decisions(tmp_path: Path) -> None:
    text = (
        "Issue - meetings\n\nMeeting: 05/12/2023 - Executive Member Decisions (Item 4.)\n\n4 Food Strategy\n\n"
        "Decision:\n\nThat the Food Strategy 2024-2028 be approved.\n"
    )
    assert only(events(tmp_path, text), "Approval").dates == {"2023-12-05"}


def test_a_record_whose_purpose_and_decision_labels_were_lost(tmp_path: Path) -> None:
    text = (
        "Decision details\n\nDecision Maker: Executive\nDecision status: Recommendations Approved\n"
        "To submit the Waste Strategy 2025-2035 to the\nExecutive for approval ahead of its recommendation to Council "
        "for\nadoption in March 2025.\nRecommendations approved.\nDate of decision: 04/02/2025\n"
    )
    found = events(tmp_path, text)
    approval = only(found, "Approval")
    assert approval.by == {"Executive"} and approval.dates == {"2025-02-04"}
    recommendation = only(found, "Recommendation")
    assert recommendation.asked == {"Council"} and recommendation.dates == {"2025-03"}


def test_delegating_a_submission_for_approval_is_no_act_of_the_meeting(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nMinutes:\n\nRESOLVED: (i) to note the draft Waste Strategy 2025-2035; (ii) to delegate "
        "authority to the Director to submit the Waste Strategy 2025-2035 to the Joint Waste Board for approval.\n"
    )
    assert not [e for e in events(tmp_path, text) if e.cls == "Recommendation"]


def test_a_records_own_decision_endorsed_by_a_committee_concerns_its_plan(tmp_path: Path) -> None:
    text = (
        "Issue details\n\n25/00112 - Rights of Way Improvement Plan 2025-2035\n\nProposed decision: To adopt the "
        "Rights of Way Improvement Plan 2025-2035.\n\nDecision due: 3 Jun 2025 by Cabinet Member for Highways\n\n"
        "Consultation process\n\nThis matter was considered and endorsed by the Growth and Communities Cabinet "
        "Committee at its meeting on 20 May 2025.\n"
    )
    found = events(tmp_path, text)
    endorsed = only(found, "Endorsement")
    assert endorsed.concerns == "rights-of-way-improvement-plan-2025-2035"
    assert endorsed.by == {"Growth and Communities Cabinet Committee"} and endorsed.dates == {"2025-05-20"}
    assert only(found, "AdoptionRequest").asked == {"Cabinet Member for Highways"}


def test_an_outcome_told_twice_in_a_release_is_one_outcome_dated_by_its_meeting(tmp_path: Path) -> None:
    text = (
        "Larkfield District Council news\n\nPartners sign up to shared aims\n\nPublished 9 June 2024\n\n"
        "The Larkfield Partnership Board has endorsed the Larkfield Wellbeing Plan 2024-2029, which sets five "
        "shared aims.\n\nThe Board endorsed the plan at its meeting on 4 June.\n"
    )
    (endorsed,) = [e for e in events(tmp_path, text) if e.cls == "Endorsement"]
    assert endorsed.by == {"Larkfield Partnership Board"}
    assert endorsed.dates == set()  # the release's own date is not the meeting's; 4 June has no year
    assert "at its meeting on 4 June" in endorsed.typing.span.exact


def test_the_month_may_is_no_modal_verb(tmp_path: Path) -> None:
    text = "Agenda item\n\nIn May 2023 the Housing Panel approved the Larkfield Tenancy Strategy 2023-2028.\n"
    approved = only(events(tmp_path, text), "Approval")
    assert approved.by == {"Housing Panel"}
    assert approved.dates == {"2023-05"}


@pytest.mark.parametrize(
    "resolution",
    [
        "RESOLVED:\n\nRECOMMENDED to Council that the Ardley Harbour Strategy 2025-2035 be adopted.",
        "Resolved to RECOMMEND TO FULL COUNCIL the adoption of the Ardley Harbour Strategy 2025-2035.",
        "Resolved to RECOMMEND (to Council) that the Ardley Harbour Strategy 2025-2035 be approved.",
        "RESOLVED - That Cabinet RECOMMENDS TO COUNCIL that the Ardley Harbour Strategy 2025-2035 be formally adopted.",
    ],
)
def test_a_recommendation_in_capitals_is_a_request_of_the_body_recommended_to(tmp_path: Path, resolution: str) -> None:
    text = (
        f"Issue - meetings\n\nMeeting: 03/02/2025 - Cabinet (Item 7)\n\n7 Harbour Strategy\n\nMinutes:\n\n{resolution}"
    )
    found = events(tmp_path, text)
    assert [e.cls for e in found] == ["Recommendation"]  # never the Cabinet's own adoption or approval
    assert found[0].asked == {"Council"}


@pytest.mark.parametrize(
    ("text", "by"),
    [
        (
            "Forward plan entry\n\nArdley Harbour Strategy 2025-2035\n\nThe Executive will be asked to recommend "
            "that Council approve the Ardley Harbour Strategy 2025-2035 at its meeting on 12 March 2025.\n",
            set(),
        ),
        (
            "Council minutes\n\nMeeting: 12/03/2025 - Council (Item 9)\n\nMinutes:\n\nMembers considered a "
            "recommendation from the Coastal Committee that the Ardley Harbour Strategy 2025-2035 be formally "
            "adopted.\n",
            {"Coastal Committee"},
        ),
    ],
)
def test_a_recommendation_in_prose_is_a_request_of_the_council(tmp_path: Path, text: str, by: set[str]) -> None:
    recommendation = only(events(tmp_path, text), "Recommendation")
    assert recommendation.asked == {"Council"}
    assert recommendation.by == by
    assert recommendation.dates == {"2025-03-12"}
    assert not [e for e in events(tmp_path, text) if e.cls in {"Approval", "Adoption"}]


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("RESOLVED: That Cabinet:", "Cabinet"),
        ("RESOLVED - That the Executive:", "Executive"),
        ("RESOLVED: That the Housing Committee:", "Housing Committee"),
    ],
)
def test_the_body_named_after_that_is_the_one_that_resolved(tmp_path: Path, heading: str, body: str) -> None:
    text = (
        f"Agenda item\n\nMinutes:\n\n{heading}\n\n(1) Noted the comments made during consultation.\n\n"
        "(2) Approved the Brackwell Open Spaces Strategy 2025-2030.\n"
    )
    assert only(events(tmp_path, text), "Approval").by == {body}


@pytest.mark.parametrize(
    ("sentence", "cls", "by", "date"),
    [
        (
            "Councillors have given the go-ahead to the new Wexcombe Parks Strategy 2025-2030.",
            "Approval",
            "Council",
            None,
        ),
        ("Members backed a new Wexcombe Council Plan 2025-2029 at last night's meeting.", "Agreement", "Council", None),
        (
            "Cabinet members agreed the new Wexcombe Parking Strategy 2025-2030 after a long debate.",
            "Agreement",
            "Cabinet",
            None,
        ),
        (
            "The scrutiny panel noted the findings and endorsed the Wexcombe Play Strategy 2025-2030.",
            "Endorsement",
            None,
            None,
        ),
        (
            "The Wexcombe Wellbeing Plan 2025-2030 received final sign-off by the PSB on 18th June 2025.",
            "Approval",
            "Public Services Board",
            "2025-06-18",
        ),
        (
            "The Wexcombe Bus Strategy 2025-2035 was approved by the council's Transport Committee on 3 June 2025.",
            "Approval",
            "Transport Committee",
            "2025-06-03",
        ),
        (
            "The Wexcombe Local Plan 2011-2031 was agreed by elected members in March 2014.",
            "Agreement",
            "Council",
            "2014-03",
        ),
        (
            "The Wexcombe Strategic Development Plan 2013-2033 was approved by Scottish Ministers on 9 May 2014.",
            "Approval",
            "Scottish Ministers",
            "2014-05-09",
        ),
    ],
)
def test_news_release_outcomes(tmp_path: Path, sentence: str, cls: str, by: str | None, date: str | None) -> None:
    text = f"Wexcombe Borough Council news\n\nPlans for the borough\n\n{sentence}\n"
    (event,) = [e for e in events(tmp_path, text) if e.cls == cls]
    assert event.by == ({"Wexcombe Borough Council"} if by == "Council" else {by} if by else set())
    assert event.dates == ({date} if date else set())


def test_today_with_a_weekday_and_no_year_is_dated_by_day_and_month_only(tmp_path: Path) -> None:
    text = (
        "Wexcombe Borough Council news\n\nWexcombe Borough Council today (Thursday 6 March) agreed a four-year "
        "Wexcombe Council Plan 2025-2029.\n"
    )
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract(path).facts
    (agreement,) = [e for e in events(tmp_path, text) if e.cls == "Agreement"]
    assert agreement.dates == set()  # no year is guessed
    month_days = {f.object.value for f in facts if f.predicate.value == SL + "monthDay"}
    assert month_days == {"--03-06"}


def test_a_recommendation_for_approval_by_a_body_is_no_sign_off(tmp_path: Path) -> None:
    text = (
        "Wexcombe news\n\nThe Wexcombe Wellbeing Plan 2025-2030 will need sign-off by the PSB on 18th June 2025, "
        "and was sent for approval by the Board on 2 June 2025.\n"
    )
    assert not [e for e in events(tmp_path, text) if e.cls == "Approval"]


@pytest.mark.parametrize(
    "text",
    [
        # the old plan's adoption, told with the same name as its replacement
        "Holmbury web page\n\nLocal Development Plan\n\nThe Holmbury Local Development Plan was adopted in June 2015. "
        "A replacement Holmbury Local Development Plan 2026-2041 is being prepared.\n",
        # "the previous strategy" is not the plan the page presents
        "Holmbury web page\n\nHolmbury Housing Strategy 2024-2029\n\nThe previous housing strategy was adopted by the "
        "Council in 2022. The new strategy was approved by Cabinet on 4 March 2024.\n",
    ],
)
def test_an_old_plans_adoption_never_lands_on_the_new_plan(tmp_path: Path, text: str) -> None:
    assert not [e for e in events(tmp_path, text) if e.cls == "Adoption"]


def test_a_past_adoption_is_the_named_plans(tmp_path: Path) -> None:
    text = (
        "Holmbury web page\n\nHolmbury Housing Strategy 2024-2029\n\nOur new strategy follows the Holmbury Housing "
        "Strategy 2018-2023, which was adopted by the Council in February 2018.\n"
    )
    adopted = only(events(tmp_path, text), "Adoption")
    assert adopted.concerns == "holmbury-housing-strategy-2018-2023"
    assert adopted.dates == {"2018-02"}


def test_a_plans_dated_consideration_told_before_a_resolution_is_its_history(tmp_path: Path) -> None:
    text = (
        "Record of decision\n\nCabinet Decision: 20th July 2026\n\nRecord of the Decision\n"
        "The Holmbury Community Safety Plan 2026-2029 had been considered by the Safer Communities Scrutiny Panel "
        "on 7 July 2026, whose comments were set out in the report.\n\n"
        "RESOLVED: That the Holmbury Community Safety Plan 2026-2029 be approved.\n"
    )
    found = events(tmp_path, text)
    considered = only(found, "Consideration")
    assert considered.by == {"Safer Communities Scrutiny Panel"}
    assert considered.dates == {"2026-07-07"}
    assert only(found, "Approval").dates == {"2026-07-20"}


def test_the_new_strategy_on_a_page_about_a_plan_is_the_latest_strategy_named(tmp_path: Path) -> None:
    text = (
        "Ormsby Borough Council\n\nOrmsby Transport Plan 2025-2040\n\nThe Ormsby Transport Plan 2025-2040 is in "
        "preparation. The Ormsby Parking Strategy 2025-2030 replaces the Ormsby Parking Strategy 2015-2020, and the "
        "new strategy was endorsed by the Executive on 10 June 2025.\n"
    )
    endorsed = only(events(tmp_path, text), "Endorsement")
    assert endorsed.concerns == "ormsby-parking-strategy-2025-2030"


def test_a_request_told_twice_is_one_request_dated_by_the_meeting_it_names(tmp_path: Path) -> None:
    text = (
        "Record of decision\n\nThe refreshed Tarnby Play Strategy 2026-2030 would be referred to Council on 14 May "
        "2026 for approval.\n\nDecision:\n\nThe Cabinet welcomed the comments of the Youth Forum and recommended the "
        "Tarnby Play Strategy 2026-2030 to Council for approval.\n"
    )
    (recommendation,) = [e for e in events(tmp_path, text) if e.asked == {"Council"}]
    assert recommendation.dates == {"2026-05-14"}


@pytest.mark.parametrize(
    ("sentence", "cls", "asked", "date"),
    [
        (
            "Consultation runs until January, culminating with final approval at Full Council in March 2026.",
            "ApprovalRequest",
            "Council",
            "2026-03",
        ),
        ("Cabinet is set to approve the new plan next week.", "ApprovalRequest", "Cabinet", None),
    ],
)
def test_an_act_still_to_come_is_a_request(
    tmp_path: Path, sentence: str, cls: str, asked: str, date: str | None
) -> None:
    text = f"Rexley news\n\nThe draft Rexley Children's Plan 2026-2031 was welcomed by scrutiny. {sentence}\n"
    found = events(tmp_path, text)
    request = only(found, cls)
    assert request.asked == {asked}
    assert request.dates == ({date} if date else set())
    assert not [e for e in found if e.cls == "Approval"]


def test_a_later_stages_date_is_not_the_earlier_acts(tmp_path: Path) -> None:
    text = (
        "Rexley news\n\nThe Rexley Children's Plan 2026-2031 was approved by Cabinet before its adoption by Full "
        "Council on 4 March 2026.\n"
    )
    found = events(tmp_path, text)
    assert only(found, "Approval").dates == set()
    assert only(found, "AdoptionRequest").dates == {"2026-03-04"}


def test_a_plan_published_following_its_sign_off_was_approved(tmp_path: Path) -> None:
    text = (
        "Rexley news\n\nThe Rexley Well-being Plan 2025-2030 was published following final sign-off by the PSB on "
        "12th July 2025.\n"
    )
    approved = only(events(tmp_path, text), "Approval")
    assert approved.by == {"Public Services Board"}
    assert approved.dates == {"2025-07-12"}


# Invented: a decision taken by the cabinet and passed on to the full council, both listed as decision makers, the
# council first; the meeting line says which of them sat.
TWO_MAKERS = """Decision details

Waterside Leisure Strategy 2025-2030

Decision Maker: Full Council, Cabinet

Decision status: Recommendations Approved

To endorse the Waterside Leisure Strategy 2025-2030 and pass it on to Full Council for adoption.

Date of decision: 09/10/2025

Decided at meeting: 09/10/2025 - Cabinet
"""


def test_of_two_decision_makers_the_one_that_sat_decided(tmp_path: Path) -> None:
    found = events(tmp_path, TWO_MAKERS)
    decided = [e for e in found if e.by and "Request" not in e.cls]
    assert decided and all(e.by == {"Cabinet"} for e in decided)
    # Listed in the other order, the meeting line still decides (never the first name listed).
    swapped = events(tmp_path, TWO_MAKERS.replace("Full Council, Cabinet", "Cabinet, Full Council"))
    assert all(e.by == {"Cabinet"} for e in swapped if e.by and "Request" not in e.cls)
