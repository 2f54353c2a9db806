"""Who decided, when: bodies named by acronym or in lower case, the body that received a report, the meeting a
page of minutes records, a record's heading, a register entry's date, and forward-plan requests of the body a
decision is due from. Documents invented, modelled on English, Welsh and Scottish committee systems."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.facts import Fact
from strategy_lineage import vocab

SL, PROV, RDFS = vocab.SL, vocab.PROV, vocab.RDFS


@dataclass(frozen=True)
class Event:
    cls: str
    concerns: str
    by: set[str]  # labels of prov:wasAssociatedWith
    asked: set[str]  # labels of sl:requestedOf
    dates: set[str]
    typing: Fact


def events(tmp_path: Path, text: str) -> list[Event]:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract(path).facts
    labels = {f.subject.value: f.object.value for f in facts if f.predicate.value == RDFS + "label"}
    found, seen = [], set()
    for typing in facts:
        if typing.predicate.value != vocab.RDF + "type" or "/event/" not in typing.subject.value:
            continue
        if typing.subject in seen:
            continue  # one event stated by two rules is one event
        seen.add(typing.subject)
        about = [f for f in facts if f.subject == typing.subject]

        def values(predicate: str, about: list[Fact] = about) -> set[str]:
            return {f.object.value for f in about if f.predicate.value == predicate}

        (concerns,) = values(SL + "concerns")
        found.append(
            Event(
                typing.object.value.removeprefix(SL),
                concerns.rsplit("/", 1)[-1],
                {labels[b] for b in values(PROV + "wasAssociatedWith")},
                {labels[b] for b in values(SL + "requestedOf")},
                values(SL + "date"),
                typing,
            )
        )
    return found


def only(found: list[Event], cls: str) -> Event:
    (event,) = [e for e in found if e.cls == cls]
    return event


def quoted(text: str, event: Event) -> str:
    span = event.typing.span
    assert text[span.start : span.end] == span.exact
    return " ".join(span.exact.split())


def test_a_body_named_by_its_acronym_is_written_out(tmp_path: Path) -> None:
    text = (
        "Tamside news\n\nThe Tamside Community Safety Plan 2019-2022 was signed off by the Tamside CSP on 12 May 2019."
    )
    approval = only(events(tmp_path, text), "Approval")
    assert approval.by == {"Tamside Community Safety Partnership"}
    assert approval.dates == {"2019-05-12"}
    assert "signed off by the Tamside CSP" in quoted(text, approval)


@pytest.mark.parametrize(
    "wording",
    [
        "was adopted at the full Council meeting on 3 March 2020",
        "was adopted by full council on 3 March 2020",
        "was adopted by the council on 3 March 2020",
    ],
)
def test_full_council_in_lower_case_is_the_council(tmp_path: Path, wording: str) -> None:
    text = f"Local plans\n\nThe Brackley Green Spaces Strategy 2020-2030 {wording}.\n"
    adoption = only(events(tmp_path, text), "Adoption")
    assert adoption.by == {"Council"}
    assert adoption.dates == {"2020-03-03"}


def test_a_committee_of_the_council_is_named_without_the_possessive_and_dated_before_it(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nThe Director reported that, in March 2021, the County Council's Health Scrutiny Committee "
        "endorsed the draft Riverside Dementia Strategy 2021-2026 and suggested changes.\n"
    )
    endorsed = only(events(tmp_path, text), "Endorsement")
    assert endorsed.by == {"Health Scrutiny Committee"}
    assert endorsed.dates == {"2021-03"}


def test_the_body_that_received_the_report_is_the_one_that_resolved(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nMinutes:\n\nThe Executive considered a report on the Northfield Tree Strategy 2022-2032 and "
        "the responses to consultation.\n\nRESOLVED: That the Northfield Tree Strategy 2022-2032 be adopted.\n"
    )
    found = events(tmp_path, text)
    assert only(found, "Adoption").by == {"Executive"}
    assert not [e for e in found if e.cls == "Consideration"]  # the report's consideration led to the resolution


def test_a_page_of_minutes_dates_its_resolutions_by_its_heading(tmp_path: Path) -> None:
    text = (
        "Minutes of the meeting of the Environment Committee held on Tuesday, 4 July 2023\n\n"
        "12. Allotments\n\nAGREED: that approval be given to the Riverside Allotments Strategy 2023-2033 and to "
        "its publication.\n"
    )
    approval = only(events(tmp_path, text), "Approval")
    assert approval.by == {"Environment Committee"}
    assert approval.dates == {"2023-07-04"}


def test_a_records_heading_names_who_decided_and_decision_made_dates_it(tmp_path: Path) -> None:
    text = (
        "Record of decisions taken by the Executive Member for Climate and Transport\n\n"
        "Decision Made: 2 February 2024\n\nEastbrook Cycling Strategy 2024-2030\n\n"
        "Issue for Decision\n\nTo consider the responses to consultation on the cycling strategy.\n\n"
        "Decision Made\n\n(a) That the Eastbrook Cycling Strategy 2024-2030 be approved.\n"
    )
    found = events(tmp_path, text)
    approval = only(found, "Approval")
    assert approval.by == {"Executive Member for Climate and Transport"}
    assert approval.dates == {"2024-02-02"}
    assert [e.cls for e in found] == ["Approval"]  # the date line is not an outcome, the issue not a consideration


def test_a_register_entry_is_dated_by_its_own_line(tmp_path: Path) -> None:
    text = (
        "Decisions published\n\n18/01/2021 - Hollins Library Strategy 2021-2026 ref: 774   Recommendations Approved\n\n"
        "Decision Maker: Corporate Director of Communities\n\nDecision published: 20/01/2021\n\n"
        "Decision:\n\nAgreed: that the Hollins Library Strategy 2021-2026 be approved.\n"
    )
    approval = only(events(tmp_path, text), "Approval")
    assert approval.by == {"Corporate Director of Communities"}
    assert approval.dates == {"2021-01-18"}


FORWARD_PLAN = """Issue details

Local Cycling and Walking Infrastructure Plan - 23/00871

The Cabinet is being asked to recommend the Local Cycling and Walking Infrastructure Plan to Council for adoption.

Decision type: Key

Decision status: Recommendations Approved

Decision due: Not before 9th Jan 2024 by Cabinet

Consultation process

The Place Scrutiny Board will consider this item on 12 December 2023.
"""


def test_a_forward_plan_asks_the_body_it_is_due_from_on_the_due_date(tmp_path: Path) -> None:
    found = events(tmp_path, FORWARD_PLAN)
    asked = [e for e in found if e.cls == "Recommendation" and e.asked == {"Cabinet"}]
    assert [e.dates for e in asked] == [{"2024-01-09"}]
    approval = only(found, "Approval")  # "Recommendations Approved": taken, but the entry gives no date
    assert approval.by == {"Cabinet"} and not approval.dates
    scrutiny = only(found, "ConsiderationRequest")
    assert scrutiny.asked == {"Place Scrutiny Board"} and scrutiny.dates == {"2023-12-12"}
    assert not [e for e in found if e.cls in {"Adoption", "Consideration"}]  # Council's adoption is only asked


@pytest.mark.parametrize(
    ("status", "note", "modality"),
    [
        ("Abandoned", "", "Abandoned"),
        ("Deleted", "", "Deleted"),
        (
            "For Determination",
            "Note: this decision is no longer needed and has been withdrawn (3 May 2024).",
            "Abandoned",
        ),
    ],
)
def test_requests_of_a_withdrawn_decision_say_so_and_no_outcome_is_recorded(
    tmp_path: Path, status: str, note: str, modality: str
) -> None:
    text = FORWARD_PLAN.replace("Recommendations Approved", status).replace("Issue details", f"Issue details\n\n{note}")
    found = events(tmp_path, text)
    assert not [e for e in found if e.cls in {"Approval", "Adoption", "Agreement", "Endorsement", "Consideration"}]
    requests = [e for e in found if e.asked]
    assert requests and {e.typing.modality for e in requests} == {modality}


def test_a_plan_withdrawn_on_adoption_does_not_withdraw_the_decision(tmp_path: Path) -> None:
    text = FORWARD_PLAN.replace(
        "for adoption.", "for adoption. The Local Transport Plan 3, which is withdrawn on adoption."
    )
    found = events(tmp_path, text)
    assert {e.typing.modality for e in found if e.asked} == {None}


def test_as_considered_at_a_body_on_a_date_is_that_bodys_consideration(tmp_path: Path) -> None:
    text = (
        "Report\n\nSummary: This paper presents the first draft of the Greyfield Air Quality Strategy 2022-2027 as "
        "considered at the Greyfield HWBB on 3rd May 2022. It asks for comments.\n"
    )
    considered = only(events(tmp_path, text), "Consideration")
    assert considered.by == {"Greyfield Health and Wellbeing Board"}
    assert considered.dates == {"2022-05-03"}


def test_a_scottish_minute_names_its_board_in_capitals_and_the_board_agreed_a_list(tmp_path: Path) -> None:
    text = (
        "At a MEETING of the WESTHAVEN INTEGRATION JOINT BOARD held in the Council Chambers on 7th June, 2023.\n\n"
        "Present:- as listed.\n\n5. Strategic Plan 2023-2026\n\nThe Board decided:-\n\n(i) to approve the Westhaven "
        "Strategic Plan 2023-2026; and\n\n(ii) to note the engagement report.\n"
    )
    approval = only(events(tmp_path, text), "Approval")
    assert approval.by == {"Westhaven Integration Joint Board"}
    assert approval.dates == {"2023-06-07"}


def test_a_post_named_by_its_portfolio_heads_its_own_minutes(tmp_path: Path) -> None:
    text = (
        "Housing and Planning Portfolio Holder – Decisions – 14 November 2019\n\n1 TENANCY STRATEGY 2019-2024 – The "
        "Head of Housing submitted a report.\n\nResolved – That the Tenancy Strategy 2019-2024 be adopted.\n"
    )
    adoption = only(events(tmp_path, text), "Adoption")
    assert adoption.by == {"Housing and Planning Portfolio Holder"}
    assert adoption.dates == {"2019-11-14"}


def test_a_body_that_agreed_that_a_list_resolved_each_clause(tmp_path: Path) -> None:
    text = (
        "Cabinet - Tuesday, 5th March, 2024\n\nHaving considered the report, the Cabinet agreed that:\n\n(1) the "
        "Riverton Events Strategy 2024-2029 be adopted; and\n\n(2) officers report back in a year.\n"
    )
    found = events(tmp_path, text)
    assert [(e.cls, e.dates) for e in found] == [("Adoption", {"2024-03-05"})]  # not also an agreement


def test_decisions_listed_before_their_reasons_without_a_label(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nDraft Wellbeing Plan 2023-2028\n\nHaving considered the consultation responses:\n\n"
        "1.   The Wellbeing Plan 2023-2028 be approved;\n\n2.   That the Wellbeing Plan be commended to Council for "
        "adoption.\n\nReasons for the Decisions:\n\nTo meet the Council's duties.\n"
    )
    found = events(tmp_path, text)
    assert only(found, "Approval").concerns == "wellbeing-plan-2023-2028"
    assert only(found, "Recommendation").asked == {"Council"}


def test_submission_to_council_with_a_recommendation_is_a_request_of_council(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nThe report sought approval for the submission of the refreshed Eastvale Carers Strategy "
        "2024-2027 to Full Council with a recommendation to adopt it.\n"
    )
    recommended = only(events(tmp_path, text), "Recommendation")
    assert recommended.asked == {"Council"} and recommended.concerns == "eastvale-carers-strategy-2024-2027"


def test_a_bulleted_proposed_decision_is_a_request(tmp_path: Path) -> None:
    text = (
        "Issue details\n\nProposed decision:\n• Approve the Westmoor Youth Strategy 2024-2027.\n• Delegate authority "
        "to the Director to make minor changes.\n\nDecision due: 4 Jun 2024 by Cabinet Member for Young People\n"
    )
    request = only(events(tmp_path, text), "ApprovalRequest")
    assert request.asked == {"Cabinet Member for Young People"} and request.dates == {"2024-06-04"}


def test_minutes_that_lost_their_resolved_marker_still_resolve(tmp_path: Path) -> None:
    text = (
        "Issue - meetings\n\nMeeting: 05/02/2025 - Executive (Item 71)\n\n71 Open Spaces\n\n"
        "The Executive was presented with the Brookfield Open Spaces Strategy 2025-2035.\n\n"
        "(a)   the consultation report, as presented, be noted;\n\n"
        "(b)   the Brookfield Open Spaces Strategy 2025-2035, as appended to the report, be adopted.\n"
    )
    adoption = only(events(tmp_path, text), "Adoption")
    assert adoption.by == {"Executive"} and adoption.dates == {"2025-02-05"}


def test_a_verbless_minute_item_is_what_the_meeting_did(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nHousing Strategy\n\nMinutes:\n\nThe Cabinet Member presented the draft.\n\n"
        "1.    Endorsed the draft Fairbank Housing Strategy 2024-2029 subject to consultation with residents.\n"
    )
    assert only(events(tmp_path, text), "Endorsement").concerns == "fairbank-housing-strategy-2024-2029"


def test_a_reports_unlabelled_list_is_not_an_outcome(tmp_path: Path) -> None:
    text = (
        "Report to: Cabinet\nDate of meeting: 12 March 2024\nSubject: Fairbank Housing Strategy 2024-2029\n\n"
        "Summary: The Cabinet is asked to approve the Strategy.\n\n(a) the Fairbank Housing Strategy 2024-2029 be "
        "approved;\n(b) the Director be given delegated authority.\n"
    )
    assert not [e for e in events(tmp_path, text) if e.cls in {"Approval", "Adoption", "Endorsement"}]


def test_a_body_is_read_within_its_paragraph_and_across_a_wrapped_line(tmp_path: Path) -> None:
    text = (
        "Decision register\n\nMade at meeting: 05/03/2019 - Cabinet\n\nThe Executive Board is asked to refer the "
        "Hillcrest Local Plan 2019-2036 to Full Council for adoption. The Plan was endorsed by the Children's Social "
        "Care and Health\nCabinet Committee on 2 February 2019.\n"
    )
    found = events(tmp_path, text)
    asked = {frozenset(e.asked) for e in found if e.cls == "Recommendation"}
    assert asked == {frozenset({"Executive Board"}), frozenset({"Council"})}  # two requests, apart
    assert only(found, "Endorsement").by == {"Children's Social Care and Health Cabinet Committee"}


def test_the_cabinet_member_of_a_record_is_its_decision_maker_and_asked_by_title_alone(tmp_path: Path) -> None:
    record = (
        "Decision details\n\nDecision Maker: Cabinet Member for Leisure and Culture\n\nDecision:\nThe Cabinet Member "
        "approved the Oakridge Arts Strategy 2023-2028.\n\nDate of decision: 09/05/2023\n"
    )
    approval = only(events(tmp_path, record), "Approval")
    assert approval.by == {"Cabinet Member for Leisure and Culture"} and approval.dates == {"2023-05-09"}
    report = (
        "Report\n\nKey Issue for Decision\n\nThe Portfolio Holder is asked to approve the Oakridge Arts Strategy "
        "2023-2028 to be presented to Full Council for formal endorsement.\n"
    )
    found = events(tmp_path, report)
    assert only(found, "ApprovalRequest").asked == {"Portfolio Holder"}
    assert only(found, "EndorsementRequest").asked == {"Council"}


def test_a_resolution_that_another_post_agree_later_is_a_request_of_that_post(tmp_path: Path) -> None:
    text = (
        "Decision details\n\nDecision Maker: Deputy Leader\n\nDecision:\n(i) that the draft Pinewood Play Strategy "
        "2024-2029 be noted;\n(ii) that the final Pinewood Play Strategy 2024-2029 be approved by the Mayor before "
        "publication.\n"
    )
    found = events(tmp_path, text)
    assert only(found, "ApprovalRequest").asked == {"Mayor"}
    assert not [e for e in found if e.cls == "Approval"]


def test_a_report_received_by_a_body_asks_that_body(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nThe Executive Board received a report of the Director seeking endorsement of the Lakeside "
        "Transport Strategy 2022-2037, as amended, for agreement by County Council.\n"
    )
    found = events(tmp_path, text)
    assert only(found, "EndorsementRequest").asked == {"Executive Board"}


def test_a_referral_to_council_on_a_date_is_dated_and_made_by_the_clause_subject(tmp_path: Path) -> None:
    text = (
        "Decision details\n\nDecision Maker: Cabinet\n\nDecisions:\n\nAs a policy framework document the Oldport "
        "Community Safety Plan 2021-2024 would be referred to Council on 22 July 2021 for approval.\n"
    )
    referred = only(events(tmp_path, text), "Recommendation")
    assert referred.asked == {"Council"} and referred.dates == {"2021-07-22"}
    assert referred.by == {"Cabinet"}


def test_decided_and_a_resolution_in_the_past_tense(tmp_path: Path) -> None:
    text = (
        "Minutes\n\nPolicy Board - Tuesday, 6 June 2023\n\n4. Housing\n\nDECIDED: That the Glenview Local Housing "
        "Strategy 2023-2028 be approved.\n\n5. Play\n\nResolved -\n\n(1) That the Glenview Play Strategy 2023-2026 "
        "was considered and endorsed.\n"
    )
    found = events(tmp_path, text)
    assert only(found, "Approval").dates == {"2023-06-06"}
    endorsed = only(found, "Endorsement")
    assert endorsed.by == {"Policy Board"} and endorsed.concerns == "glenview-play-strategy-2023-2026"


def test_a_plans_history_in_a_decision_is_that_bodys_outcome_with_its_own_date(tmp_path: Path) -> None:
    text = (
        "Decision details\n\nDecision Maker: Cabinet\n\nDecision:\n\nThe Riverside Plan 2015-2020 was adopted by "
        "Council in February 2015. That the refreshed Riverside Plan 2015-2020 be noted.\n\n"
        "Date of decision: 03/03/2016\n"
    )
    found = events(tmp_path, text)
    adopted = only(found, "Adoption")
    assert adopted.by == {"Council"} and adopted.dates == {"2015-02"}  # not asked of Council, not dated 2016
    assert only(found, "Noting").dates == {"2016-03-03"}


def test_the_cabinet_member_in_lower_case_is_a_post_not_the_cabinet(tmp_path: Path) -> None:
    text = "News\n\nThe Hillside Walking Strategy 2024-2030 was approved by the cabinet member for transport on 3 May."
    text = text.replace("3 May", "3 May 2024")
    approval = only(events(tmp_path, text), "Approval")
    assert approval.by == {"Cabinet member for transport"} and approval.dates == {"2024-05-03"}


def test_two_acts_at_two_bodies_in_one_sentence_and_a_request_dated_by_its_own_part(tmp_path: Path) -> None:
    news = (
        "News\n\nThe Marlow Vale Carers Strategy 2022-2027 was endorsed by the Marlow Vale HWBB on 3 March 2022 "
        "and approved at the full Council meeting on 24 March 2022.\n"
    )
    found = events(tmp_path, news)
    assert only(found, "Endorsement").dates == {"2022-03-03"}
    approval = only(found, "Approval")
    assert approval.by == {"Council"} and approval.dates == {"2022-03-24"}
    report = (
        "Recommendations\n\nThe Executive is requested to approve the Marlow Vale Carers Strategy 2022-2027 and to "
        "recommend it to Council for adoption on 24 March 2022.\n"
    )
    asked = only(events(tmp_path, report), "ApprovalRequest")
    assert asked.asked == {"Executive"} and not asked.dates  # 24 March is the Council's date, not the Executive's


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("It is a rolling four-year Plan, approved by Council, and is refreshed each spring.", set()),
        (
            "It is a rolling four-year Plan, approved by Council in March 2021, and is refreshed each spring.",
            {"2021-03"},
        ),
    ],
)
def test_an_approval_said_in_an_aside_between_commas(tmp_path: Path, sentence: str, dates: set[str]) -> None:
    text = f"Our plans\n\nOur Corporate Plan 2021-2025 sets out what we will do. {sentence}\n"
    approval = only(events(tmp_path, text), "Approval")
    assert approval.by == {"Council"} and approval.dates == dates and approval.concerns == "corporate-plan-2021-2025"


def test_the_draft_strategy_is_the_one_presented_and_the_current_one_is_not(tmp_path: Path) -> None:
    text = (
        "Issue - meetings\n\nThe Westbury Parking Strategy 2019-2024 ends next year. This report presents the new "
        "Westbury Parking Strategy 2025-2030.\n\nThe draft strategy was considered by the Place Panel on 4 June 2024.\n"
    )
    considered = only(events(tmp_path, text), "Consideration")
    assert considered.concerns == "westbury-parking-strategy-2025-2030" and considered.dates == {"2024-06-04"}
