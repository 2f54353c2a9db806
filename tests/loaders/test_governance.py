"""Governance from any committee system: outcomes apart from requests and recommendations,
each with its body, date, meeting and quote at its offsets. Documents invented, modelled on
ModernGov decision records, forward-plan entries, issue-meetings pages, agenda items,
egenda records and news releases of several councils."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.ingest import load_paths
from graph.store import open_store
from graph.validate import validate_store
from loaders.extract import extract
from loaders.facts import Fact
from strategy_lineage import vocab

SL, PROV = vocab.SL, vocab.PROV
ID = vocab.base_iri() + "id/"
OUTCOMES = {"Approval", "Agreement", "Endorsement", "Adoption", "Consideration"}
REQUESTS = {"ApprovalRequest", "EndorsementRequest", "Request", "Recommendation"}

DECISION_RECORD = """Decision details

19/00231 Fernleigh Early Help Strategy 2019-2022

Decision Maker: Cabinet Member for Families and Communities

Decision status: Recommendations Approved

Is Key decision?: Yes

Is subject to call in?: Yes

Purpose:
To approve the Fernleigh Early Help Strategy 2019-2022, which follows the earlier strategy.

Decision:
As Cabinet Member for Families and Communities, I agree to approve the Fernleigh Early Help Strategy 2019-2022.

Publication date: 03/07/2019

Date of decision: 03/07/2019

Effective from: 11/07/2019
"""

FORWARD_PLAN = """Issue details

Harrowdene Housing Strategy 2024-2029 - 23/01544

Proposed decision:
The Cabinet is asked to approve the Harrowdene Housing Strategy 2024-2029.

Decision type: Key
Reason Key: Affects all wards;
Decision status: For Determination
Notice of proposed decision first published: 12/01/2024
Decision due: 14 Mar 2024 by Cabinet
Department: Housing Services
"""

ISSUE_MEETINGS = """Issue - meetings

Marlow Vale Children and Young People's Plan 2012-15

Meeting: 18/07/2012 - Council (Item 31)

31 Children and Young People's Plan 2012-15 (Minute EXEC 22 refers) pdf icon PDF 40 KB

The Executive considered the attached report:-

RECOMMENDED: That Council be recommended to endorse and adopt the Children and Young People's Plan 2012-15.

RESOLVED: That Council endorse and adopt the Children and Young People's Plan 2012-15.

Meeting: 26/06/2012 - Executive Board (Item 22)

22 Children and Young People's Plan 2012-15 pdf icon PDF 40 KB

The Board received a report on the Children and Young People's Plan 2012-15.

RESOLVED: That the Children and Young People's Plan 2012-15 be noted and that Council be recommended to adopt the Plan.
"""

AGENDA_ITEM = """Agenda item

Refresh of the Brackley Health and Wellbeing Strategy 2016-2020

Minutes:

The Board considered a report on the refresh of the Brackley Health and Wellbeing Strategy 2016-2020, for consideration
and comment before being submitted for approval by Council on 30 April.

Resolved:
(i) That the report be noted;
(ii) That the Brackley Health and Wellbeing Strategy 2016-2020 be endorsed for agreement by County Council.
"""

EGENDA = """View Cabinet Decision Record

Cabinet Decision: 9th March 2017

Title of Item/Report
Tynebridge Domestic Abuse Strategy 2017-2022

Record of the Decision
Consideration was given to a report on the Tynebridge Domestic Abuse Strategy 2017-2022.
RESOLVED that the Tynebridge Domestic Abuse Strategy 2017-2022 be approved.

Reasons for the Decision
Cabinet is asked to approve the Strategy so that partners can plan together.
"""

NEWS = """News release

Ashcombe's new Climate Strategy 2021-2025 approved

The Ashcombe Climate Strategy 2021-2025 was approved by Ashcombe District Council on December 10, after a public
consultation. The previous plan was adopted by the Council at its meeting on 23 February 2017.
"""


@dataclass(frozen=True)
class Event:
    cls: str
    iri: str
    facts: list[Fact]

    def objects(self, predicate: str) -> set[str]:
        return {f.object.value for f in self.facts if f.predicate.value == predicate}

    def one(self, predicate: str) -> str:
        (value,) = self.objects(predicate)
        return value


def events(tmp_path: Path, name: str, text: str) -> tuple[list[Event], list[Fact]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    facts = extract(path).facts
    types = {
        (f.subject.value, f.object.value.removeprefix(SL))
        for f in facts
        if f.predicate.value == vocab.RDF + "type" and "/event/" in f.subject.value
    }
    return [Event(cls, iri, [f for f in facts if f.subject.value == iri]) for iri, cls in sorted(types)], facts


def of(found: list[Event], cls: str, concerning: str | None = None) -> list[Event]:
    return [
        e for e in found if e.cls == cls and (concerning is None or e.iri.startswith(ID + "strategy/" + concerning))
    ]


def quote_at_offsets(text: str, fact: Fact, expected: str) -> None:
    assert text[fact.span.start : fact.span.end] == fact.span.exact
    assert expected in " ".join(fact.span.exact.split())


def test_decision_record_a_cabinet_members_own_decision(tmp_path: Path) -> None:
    found, facts = events(tmp_path, "fernleigh_decision.txt", DECISION_RECORD)
    (approval,) = of(found, "Approval")
    maker = approval.one(PROV + "wasAssociatedWith")
    assert "/post/" in maker and maker.endswith("/cabinet-member-for-families-and-communities")
    assert approval.objects(SL + "date") == {"2019-07-03"}
    typing = next(f for f in approval.facts if f.predicate.value == vocab.RDF + "type")
    quote_at_offsets(DECISION_RECORD, typing, "I agree to approve the Fernleigh Early Help Strategy 2019-2022")
    (decision,) = {f.subject.value for f in facts if f.subject.value.endswith("/19-00231")}
    by_predicate = {(f.predicate.value, f.object.value) for f in facts if f.subject.value == decision}
    assert (SL + "effectiveFrom", "2019-07-11") in by_predicate
    assert (SL + "date", "2019-07-03") in by_predicate
    assert (SL + "decisionType", "Key") in by_predicate
    assert not of(found, "ApprovalRequest")


def test_forward_plan_entry_is_a_request_never_an_outcome(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "harrowdene_plan.txt", FORWARD_PLAN)
    assert not [e for e in found if e.cls in OUTCOMES]
    requests = of(found, "ApprovalRequest")
    assert requests
    asked = {e.one(SL + "requestedOf") for e in requests}
    assert asked and all(v.endswith("/cabinet") for v in asked)
    assert any(e.objects(SL + "date") == {"2024-03-14"} for e in requests)


def test_issue_meetings_each_resolution_belongs_to_the_meeting_above(tmp_path: Path) -> None:
    found, facts = events(tmp_path, "marlow_meetings.txt", ISSUE_MEETINGS)
    adoptions = of(found, "Adoption")
    assert [e.objects(SL + "date") for e in adoptions] == [{"2012-07-18"}]
    (adoption,) = adoptions
    assert adoption.one(PROV + "wasAssociatedWith").endswith("/council")
    assert adoption.one(SL + "meeting").endswith("/meeting/2012-07-18")
    assert adoption.objects(SL + "agendaItem") == {"31"}
    assert adoption.objects(SL + "minuteReference") == {"EXEC 22"}
    assert not adoption.objects(SL + "decisionReference")
    considered = of(found, "Consideration")
    assert [e.objects(SL + "date") for e in considered] == [{"2012-06-26"}]
    assert considered[0].one(PROV + "wasAssociatedWith").endswith("/executive-board")
    # Both recommendations to Council are requests of the Council, not its adoption.
    recommendations = of(found, "Recommendation")
    assert {e.one(SL + "requestedOf").rsplit("/", 1)[-1] for e in recommendations} == {"council"}
    assert {d for e in recommendations for d in e.objects(SL + "date")} == {"2012-07-18", "2012-06-26"}
    june = next(e for e in recommendations if e.objects(SL + "date") == {"2012-06-26"})
    assert june.one(PROV + "wasAssociatedWith").endswith("/executive-board")


def test_agenda_item_noted_endorsed_and_a_request_without_a_year(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "brackley_item.txt", AGENDA_ITEM)
    assert of(found, "Endorsement")
    (request,) = [e for e in found if e.cls == "ApprovalRequest" and e.objects(SL + "monthDay")]
    assert request.objects(SL + "monthDay") == {"--04-30"}
    assert request.objects(SL + "undated") == {"true"} and not request.objects(SL + "date")
    assert not of(found, "Approval") and not of(found, "Adoption")


def test_egenda_record_of_the_decision(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "tynebridge_egenda.txt", EGENDA)
    (approval,) = of(found, "Approval")
    assert approval.objects(SL + "date") == {"2017-03-09"}
    assert approval.one(PROV + "wasAssociatedWith").endswith("/cabinet")
    typing = next(f for f in approval.facts if f.predicate.value == vocab.RDF + "type")
    quote_at_offsets(EGENDA, typing, "RESOLVED that the Tynebridge Domestic Abuse Strategy 2017-2022 be approved")


def test_news_release_no_year_is_guessed(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "ashcombe_news.txt", NEWS)
    (approval,) = of(found, "Approval")
    assert approval.objects(SL + "monthDay") == {"--12-10"}
    assert not approval.objects(SL + "date")
    assert approval.one(PROV + "wasAssociatedWith").endswith("/ashcombe-district-council")


def test_a_recommendation_to_council_is_not_an_adoption(tmp_path: Path) -> None:
    text = ISSUE_MEETINGS.split("RESOLVED: That Council endorse")[0]
    found, _ = events(tmp_path, "marlow_recommended.txt", text)
    assert of(found, "Recommendation") and not of(found, "Adoption") and not of(found, "Endorsement")


@pytest.mark.parametrize(
    "wording",
    [
        "The Cabinet is asked to approve the Kelby Transport Plan 2020-2025.",
        "This report seeks the Board's approval of the Kelby Transport Plan 2020-2025.",
        "The Kelby Transport Plan 2020-2025 will be approved by the Cabinet on 4 June 2020.",
        "Once the Kelby Transport Plan 2020-2025 has been approved by the Cabinet it will be published.",
        "Members are requested to endorse the Kelby Transport Plan 2020-2025.",
    ],
)
def test_requests_and_conditionals_are_never_outcomes(tmp_path: Path, wording: str) -> None:
    found, _ = events(tmp_path, "kelby_report.txt", f"Report to Cabinet\n\n{wording}\n")
    assert not [e for e in found if e.cls in OUTCOMES], [(e.cls, e.iri) for e in found]


def test_every_document_validates_together(tmp_path: Path) -> None:
    for name, text in [
        ("fernleigh_decision.txt", DECISION_RECORD),
        ("harrowdene_plan.txt", FORWARD_PLAN),
        ("marlow_meetings.txt", ISSUE_MEETINGS),
        ("brackley_item.txt", AGENDA_ITEM),
        ("tynebridge_egenda.txt", EGENDA),
        ("ashcombe_news.txt", NEWS),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "store")
    load_paths(store, [tmp_path])
    report = validate_store(store)
    assert report.conforms, report.text
    assert not store.query(
        "ASK { ?e a sl:Request , ?outcome . VALUES ?outcome { sl:Approval sl:Adoption sl:Endorsement sl:Agreement } }"
    )


SCOTTISH_MINUTE = """Issue - meetings

Glenmoor Integrated Children's Services Plan 2023-2026 - ECS/23/104

Meeting: 07/06/2023 - Education and Children's Services Committee (Item 8.1)

Minutes:
The Committee had before it a report presenting the Glenmoor Integrated Children's Services Plan 2023-2026.

The report recommended:-
that the Committee -
(a) approve the Glenmoor Integrated Children's Services Plan 2023-2026; and
(b) note that the plan will be sent to the Scottish Government.

The Committee resolved:-
(i) to approve the recommendations; and
(ii) to ask officers for a yearly progress report.
"""


def test_what_a_report_recommended_and_the_committee_resolved(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "glenmoor_meetings.txt", SCOTTISH_MINUTE)
    (request,) = of(found, "ApprovalRequest")
    committee = request.one(SL + "requestedOf")
    assert committee.endswith("/education-and-childrens-services-committee") and request.objects(SL + "date") == {
        "2023-06-07"
    }
    (approval,) = of(found, "Approval")
    assert approval.one(PROV + "wasAssociatedWith") == committee and approval.objects(SL + "date") == {"2023-06-07"}
    assert approval.objects(SL + "reportReference") == {"ECS/23/104"} and not approval.objects(SL + "decisionReference")
    assert not of(found, "Request")  # "note that the plan will be sent" notes a fact, not the plan
    assert not [e for e in found if e.iri.endswith("/organisation/committee")]


LIST_AND_RECOMMENDATION = """Issue - meetings

Redcliffe Homelessness Strategy 2019-2024

Meeting: 21/05/2019 - Council (Item 15)

Decision:
The Council adopted the Redcliffe Homelessness Strategy 2019-2024.

Meeting: 30/04/2019 - Cabinet (Item 62)

Decision:
Cabinet:
1. Agreed the Redcliffe Homelessness Strategy 2019-2024 as set out at Appendix A.
2. Recommended the Redcliffe Homelessness Strategy 2019-2024, with its action plan, to Full Council for adoption.
"""


def test_a_list_of_what_a_body_did_and_its_recommendation(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "redcliffe_meetings.txt", LIST_AND_RECOMMENDATION)
    (agreement,) = of(found, "Agreement")
    assert agreement.objects(SL + "date") == {"2019-04-30"} and agreement.one(PROV + "wasAssociatedWith").endswith(
        "/cabinet"
    )
    (adoption,) = of(found, "Adoption")
    assert adoption.objects(SL + "date") == {"2019-05-21"} and adoption.one(PROV + "wasAssociatedWith").endswith(
        "/council"
    )
    (recommendation,) = of(found, "Recommendation")
    assert recommendation.one(SL + "requestedOf").endswith("/council")
    assert recommendation.one(PROV + "wasAssociatedWith").endswith("/cabinet")


FOOTER_AND_SCHEDULE = """Agenda item

Lowbridge Council Plan 2018-2021

Minutes:
The Cabinet considered a report presenting the Lowbridge Council Plan 2018-2021, which will be considered by
the Overview and Scrutiny Committee on 5 March 2018 and by Council on 22 March 2018.

RESOLVED: That the Lowbridge Council Plan 2018-2021 be approved.

Lowbridge Borough Council, Market Square, Lowbridge. Cabinet, Tuesday 13 February 2018.
"""


def test_a_footer_dates_the_meeting_and_a_schedule_is_only_requests(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "lowbridge_item.txt", FOOTER_AND_SCHEDULE)
    (approval,) = of(found, "Approval")
    assert approval.objects(SL + "date") == {"2018-02-13"} and approval.one(PROV + "wasAssociatedWith").endswith(
        "/cabinet"
    )
    scheduled = {e.one(SL + "date"): e.one(SL + "requestedOf") for e in of(found, "ConsiderationRequest")}
    assert scheduled.keys() == {"2018-03-05", "2018-03-22"}
    assert scheduled["2018-03-05"].endswith("/overview-and-scrutiny-committee") and scheduled["2018-03-22"].endswith(
        "council"
    )
    assert not [e for e in found if e.cls in OUTCOMES and e.objects(SL + "date") & {"2018-03-05", "2018-03-22"}]


ABANDONED = """Issue details

Eastmere Health and Wellbeing Strategy 2013-2018 - 13/00410

Proposed decision: To approve the Eastmere Health and Wellbeing Strategy 2013-2018.

Decision status: Abandoned

Decision: That the Eastmere Health and Wellbeing Strategy 2013-2018 be approved.

Decision due: 12 Sep 2013 by Cabinet Member for Adult Social Care and Public Health
"""


def test_an_abandoned_decision_records_no_outcome(tmp_path: Path) -> None:
    found, facts = events(tmp_path, "eastmere_issue.txt", ABANDONED)
    assert not [e for e in found if e.cls in OUTCOMES]
    (request,) = of(found, "ApprovalRequest")
    asked = request.one(SL + "requestedOf")
    assert "/post/" in asked and asked.endswith("/cabinet-member-for-adult-social-care-and-public-health")
    assert request.objects(SL + "date") == {"2013-09-12"}
    assert (SL + "decisionStatus", "Abandoned") in {(f.predicate.value, f.object.value) for f in facts}


WEB_PAGE_TWO_BODIES = """Our community safety plan

The Ridgeway Community Safety Plan 2018-2021 was agreed by the Ridgeway Safer Partnership Board on 4 July 2018
and by the Council's Communities Committee on 19 July 2018. It will be reviewed each spring.
"""


def test_one_sentence_two_bodies_two_dates(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "ridgeway_page.txt", WEB_PAGE_TWO_BODIES)
    agreements = {
        e.one(PROV + "wasAssociatedWith").rsplit("/", 1)[-1]: e.objects(SL + "date") for e in of(found, "Agreement")
    }
    assert agreements["ridgeway-safer-partnership-board"] == {"2018-07-04"}
    assert [d for body, d in agreements.items() if body.endswith("communities-committee")] == [{"2018-07-19"}]


REPORT_WITH_HEADER = """Report to:\tExecutive
Date:\t14 May 2019
Subject:\tHollinsfield Carers Strategy 2019-2022

Summary:
This report presents the Hollinsfield Carers Strategy 2019-2022 and seeks approval to adopt it.

This report makes the following recommendations to the Executive:
1. That the Executive approves the Hollinsfield Carers Strategy 2019-2022 and recommends it to Council for adoption
on 27 June 2019.
"""


def test_a_report_header_dates_its_requests_and_a_recommendation_names_its_date(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "hollinsfield_report.txt", REPORT_WITH_HEADER)
    assert not [e for e in found if e.cls in OUTCOMES]
    (seeks,) = [e for e in found if e.cls == "ApprovalRequest" and e.objects(SL + "date") == {"2019-05-14"}]
    assert seeks.one(SL + "requestedOf").endswith("/executive")
    (recommendation,) = of(found, "Recommendation")
    assert recommendation.objects(SL + "date") == {"2019-06-27"} and recommendation.one(SL + "requestedOf").endswith(
        "council"
    )


PROPOSED_RECOMMENDATION = """Issue details

Thornbury Economic Strategy 2024-2029 - 24/00318

Proposed decision: That Cabinet recommends the Thornbury Economic Strategy 2024-2029 to Full Council for adoption.

Decision status: For Determination

Decision due: 10 Sep 2024 by Cabinet
"""


def test_a_proposed_recommendation_is_made_by_the_body_the_decision_is_due_from(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornbury_issue.txt", PROPOSED_RECOMMENDATION)
    assert not [e for e in found if e.cls in OUTCOMES]
    (recommendation,) = of(found, "Recommendation")
    assert recommendation.one(PROV + "wasAssociatedWith").endswith("/cabinet")
    assert recommendation.one(SL + "requestedOf").endswith("council")
    assert recommendation.objects(SL + "date") == {"2024-09-10"}


# --- Families read since the held-out real-document evaluation (REAL-DOCUMENTS.md §4) ----------


def about(found: list[Event], cls: str, plan: str) -> list[Event]:
    """The events of class ``cls`` concerning the plan whose IRI ends in ``plan`` (any publisher scope)."""
    return [e for e in found if e.cls == cls and e.iri.split("/event/")[0].rsplit("/", 1)[-1].startswith(plan)]


PLANS_APPROVED_TOGETHER = """Decision details

Decision Maker: Cabinet

Decision status: Recommendations Approved

Decision:

Cabinet received a report on the Ormsby Carers Strategy 2022-2025.

RESOLVED that the revised Ormsby Carers Strategy 2022-2025 (Appendix 1), and the accompanying Ormsby Young Carers
Strategy 2022-2025 (Appendix 2) be approved.

Decided at meeting: 14/06/2022 - Cabinet
"""


def test_an_aside_in_brackets_does_not_split_a_resolution_and_plans_approved_together(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "ormsby_decision.txt", PLANS_APPROVED_TOGETHER)
    approvals = of(found, "Approval")
    assert len(approvals) == 2, [(e.cls, e.iri) for e in found]
    assert {e.iri.split("/event/")[0].rsplit("/", 1)[-1] for e in approvals} == {
        "ormsby-carers-strategy-2022-2025",
        "ormsby-young-carers-strategy-2022-2025",
    }
    assert all(e.objects(SL + "date") == {"2022-06-14"} for e in approvals)
    assert all(e.one(PROV + "wasAssociatedWith").endswith("/cabinet") for e in approvals)


@pytest.mark.parametrize(
    ("wording", "asked"),
    [
        ("(2) That the Wexcombe Corporate Plan 2019-2023 be recommended to Council for adoption.", "council"),
        (
            "The Wexcombe Corporate Plan 2019-2023 was commended to Council, with minor changes, by the Cabinet.",
            "council",
        ),
        (
            "The Executive Board is asked to refer the Wexcombe Corporate Plan 2019-2023 to Full Council for adoption.",
            "council",
        ),
        (
            "The Cabinet resolved to recommend the Assembly to approve the Wexcombe Corporate Plan 2019-2023.",
            "assembly",
        ),
    ],
)
def test_a_recommendation_to_another_body_in_running_text(tmp_path: Path, wording: str, asked: str) -> None:
    text = f"Decision register\n\nMade at meeting: 05/03/2019 - Cabinet\n\n{wording}\n"
    found, _ = events(tmp_path, "wexcombe_register.txt", text)
    # (a body asked to refer the plan is also asked for that recommendation: a request of the Executive Board)
    (recommendation,) = [e for e in of(found, "Recommendation") if e.one(SL + "requestedOf").endswith("/" + asked)]
    assert recommendation.objects(SL + "date") == {"2019-03-05"}
    assert not [e for e in found if e.cls in OUTCOMES], [(e.cls, e.iri) for e in found]


DECISION_REGISTER = """Decision register

05/03/2019 - Wexcombe Corporate Plan 2019-2023 ref: 2217    Recommendations Approved

Decision Maker: Cabinet

Made at meeting: 05/03/2019 - Cabinet

(1) The Cabinet agreed the Wexcombe Corporate Plan 2019-2023; and
"""


def test_made_at_meeting_dates_a_register_entry(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "wexcombe_entry.txt", DECISION_REGISTER)
    (agreement,) = of(found, "Agreement")
    assert agreement.objects(SL + "date") == {"2019-03-05"}
    assert agreement.one(PROV + "wasAssociatedWith").endswith("/cabinet")


PURPOSE_ONLY_FORWARD_PLAN = """Issue details

Lynford Local Transport Plan 2021-2026 - 20/04411

{purpose}

Decision type: Key

Decision status: {status}

Decision due: 9 Feb 2021 by County Council
"""


@pytest.mark.parametrize(
    "purpose",
    [
        "Approval of the Lynford Local Transport Plan 2021-2026.",
        "To note the progress on the Lynford Cycling Strategy 2015-2020 and approve the Lynford Local Transport Plan"
        " 2021-2026.",
    ],
)
def test_a_forward_plan_entry_says_what_it_is_for_in_its_opening_line(tmp_path: Path, purpose: str) -> None:
    text = PURPOSE_ONLY_FORWARD_PLAN.format(purpose=purpose, status="For Determination")
    found, _ = events(tmp_path, "lynford_plan.txt", text)
    (request,) = about(found, "ApprovalRequest", "lynford-local-transport-plan")
    assert request.one(SL + "requestedOf").endswith("/county-council")
    assert request.objects(SL + "date") == {"2021-02-09"}
    assert not [e for e in found if e.cls in OUTCOMES]  # not yet decided
    assert not about(found, "ApprovalRequest", "lynford-cycling-strategy")


def test_recommendations_approved_is_an_outcome_without_a_date(tmp_path: Path) -> None:
    text = PURPOSE_ONLY_FORWARD_PLAN.format(
        purpose="Approval of the Lynford Local Transport Plan 2021-2026.", status="Recommendations Approved"
    )
    found, _ = events(tmp_path, "lynford_plan.txt", text)
    (approval,) = of(found, "Approval")
    assert not approval.objects(SL + "date") and approval.objects(SL + "undated") == {"true"}


def test_a_forward_plan_entry_with_a_proposed_decision_keeps_it(tmp_path: Path) -> None:
    """The opening line is read only when the entry has no "Proposed decision:" of its own."""
    found, _ = events(tmp_path, "harrowdene_plan.txt", FORWARD_PLAN)
    assert len({e.objects(SL + "date").pop() for e in of(found, "ApprovalRequest") if e.objects(SL + "date")}) == 1


def test_a_committee_whose_name_has_commas_is_one_decision_maker() -> None:
    from loaders.governance import split_bodies

    assert split_bodies("Regeneration, Community and Culture Overview and Scrutiny Committee, Cabinet") == [
        "Regeneration, Community and Culture Overview and Scrutiny Committee",
        "Cabinet",
    ]
    assert split_bodies("Cabinet, Council") == ["Cabinet", "Council"]
    assert split_bodies("Cabinet and Full Council") == ["Cabinet", "Full Council"]
    assert split_bodies("Executive; County Council") == ["Executive", "County Council"]
    assert split_bodies("the Executive and Full Council") == ["the Executive", "Full Council"]
    # a post is no body: "Chief Executive" is cut off as a post would be, never read as "the Executive"
    assert split_bodies("Cabinet, Chief Executive") == ["Cabinet", "Chief Executive"]


def test_a_bracketed_aside_is_not_a_list_marker() -> None:
    from loaders.governance import clauses

    text = "that the Plan (Appendix 2) be approved; (ii) that the report be noted"
    assert [text[a:b].strip() for a, b in clauses(text, 0, len(text))] == [
        "that the Plan (Appendix 2) be approved",
        "(ii) that the report be noted",
    ]


def test_discussed_at_two_bodies_on_two_dates_is_a_consideration_each(tmp_path: Path) -> None:
    text = (
        "Council Plan\n\nThe Harlow Vale Council Plan 2019-2022 sets five priorities.\n\n"
        "The Harlow Vale Council Plan 2019-2022 was discussed at Cabinet on 12 March 2019 and at the meeting of full "
        "council on 10 April 2019.\n"
    )
    found, _ = events(tmp_path, "harlow_vale_page.txt", text)
    considered = of(found, "Consideration")
    by_date = {e.one(SL + "date"): e.one(PROV + "wasAssociatedWith").rsplit("/", 1)[-1] for e in considered}
    assert set(by_date) == {"2019-03-12", "2019-04-10"}
    assert by_date["2019-03-12"] == "cabinet" and by_date["2019-04-10"].endswith("council")  # "full council"
    assert not [e for e in found if e.cls in OUTCOMES - {"Consideration"}]


def test_a_report_considered_before_a_resolution_is_not_an_event_of_its_own(tmp_path: Path) -> None:
    text = (
        "Issue - meetings\n\nMeeting: 09/01/2020 - Cabinet (Item 12)\n\nMinutes:\n\n"
        "The Cabinet considered the report on the Harlow Vale Housing Strategy 2020-2025.\n\n"
        "RESOLVED: That the Harlow Vale Housing Strategy 2020-2025 be approved.\n"
    )
    found, _ = events(tmp_path, "harlow_vale_meetings.txt", text)
    assert of(found, "Approval") and not of(found, "Consideration")


def test_a_report_seeks_council_approval_and_recommends_to_council(tmp_path: Path) -> None:
    text = (
        "Report to: Policy and Resources Committee\n\nDate: 12 February 2020\n\n"
        "Subject: Harlow Vale Strategic Plan 2020-2030\n\n"
        "This report sought Council approval of the Harlow Vale Strategic Plan 2020-2030.\n\n"
        "This report makes the following recommendation to Council:\n\n"
        "That the Harlow Vale Strategic Plan 2020-2030 (Appendix A to this report) is adopted.\n"
    )
    found, _ = events(tmp_path, "harlow_vale_report.txt", text)
    (approval,) = of(found, "ApprovalRequest")
    (adoption,) = of(found, "AdoptionRequest")
    for request in (approval, adoption):
        assert request.one(SL + "requestedOf").endswith("council")
        assert "committee" not in request.one(SL + "requestedOf")
    assert not adoption.objects(SL + "date")  # the Committee's meeting date is not the Council's
    assert not [e for e in found if e.cls in OUTCOMES]


@pytest.mark.parametrize(
    "wording",
    [
        "A new approach to the Harlow Vale Carers Strategy 2021-2024 was approved at the Health and Wellbeing Board on"
        " 23 November 2020.",
        "The timetable for the Harlow Vale Carers Strategy 2021-2024 was agreed by the Cabinet on 4 May 2020.",
    ],
)
def test_what_was_approved_about_a_plan_is_not_the_plan(tmp_path: Path, wording: str) -> None:
    found, _ = events(tmp_path, "harlow_vale_carers.txt", f"Carers\n\n{wording}\n")
    assert not [e for e in found if e.cls in OUTCOMES], [(e.cls, e.iri) for e in found]


def test_approved_at_a_board_on_a_date(tmp_path: Path) -> None:
    text = (
        "Carers\n\nThe Harlow Vale Carers Strategy 2021-2024 was approved at the Health and Wellbeing Board"
        " on 3 March 2021.\n"
    )
    found, _ = events(tmp_path, "harlow_vale_carers.txt", text)
    (approval,) = of(found, "Approval")
    assert approval.one(SL + "date") == "2021-03-03"
    assert approval.one(PROV + "wasAssociatedWith").endswith("health-and-wellbeing-board")


MOVED_AND_SECONDED = """Issue - meetings

Leisure and Open Spaces Strategy

Meeting: 14/03/2023 - Executive (Item 88)

88 Leisure and Open Spaces Strategy

Report of the Head of Community Services

The Portfolio Holder introduced the report, which set out a ten year Leisure and Open Spaces Strategy.

Moved by Cllr Harwood, seconded by Cllr Okafor and

(i) the Leisure and Open Spaces Strategy 2023-2033 be adopted; and
(ii) the Head of Community Services report progress each year.

Reason for decision: to give the district a framework for its parks and sports provision.
"""

UNMARKED_AFTER_MOTION = """Issue - meetings

Allotments Strategy

Meeting: 02/05/2024 - Cabinet (Item 12)

12 Allotments Strategy

Councillor Petrie introduced the draft strategy and the comments of the scrutiny panel.

It was proposed by Councillor Petrie and seconded by Councillor Obi and

the allotments strategy attached at appendix A be endorsed.

Reason for decision: the current waiting lists need a plan.
"""


def test_moved_and_seconded_heads_the_resolution_whose_marker_was_lost(tmp_path: Path) -> None:
    """Minutes whose "RESOLVED" heading was lost in copying still say who moved and seconded the motion; what follows
    "... seconded by ... and" is what the meeting resolved (an outcome of the sitting above, not a request)."""
    found, facts = events(tmp_path, "ashwick_leisure.txt", MOVED_AND_SECONDED)
    (adoption,) = of(found, "Adoption")
    assert adoption.objects(SL + "date") == {"2023-03-14"}
    assert not of(found, "AdoptionRequest")
    found, facts = events(tmp_path, "bramling_allotments.txt", UNMARKED_AFTER_MOTION)
    (endorsement,) = of(found, "Endorsement")
    assert endorsement.objects(SL + "date") == {"2024-05-02"}
    assert not of(found, "EndorsementRequest")
