"""What a meeting was asked to do with a plan, kept apart from what it did: a report put to a meeting "seeking" an
act, a recommendation to another body, a part or by-product of a plan acted on. Documents invented, in our own words,
modelled on issue-meetings pages, minutes and decision records."""

from __future__ import annotations

from pathlib import Path

from tests.loaders.test_governance import PROV, events
from tests.loaders.test_governance_prose_requests import _about, _asked, _dates

MINUTES_OF_A_REPORT_SEEKING = """Issue - meetings

Thornby Homelessness Strategy 2024-2029

Meeting: 04/06/2024 - Cabinet (Item 12)

12 Thornby Homelessness Strategy 2024-2029 pdf icon PDF 210 KB

Minutes:

Members had before them a report of the Director of Housing which sought endorsement of the Thornby Homelessness
Strategy 2024-2029, drafted with the district's housing associations.

RESOLVED: That the Thornby Homelessness Strategy 2024-2029 be endorsed.
"""


def test_a_report_put_to_a_meeting_seeking_an_act_is_its_request_beside_the_outcome(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornby_issue_meetings.txt", MINUTES_OF_A_REPORT_SEEKING)
    (asked,) = _about(found, "EndorsementRequest", "thornby-homelessness-strategy-2024-2029")
    assert _asked(asked) == "cabinet"
    assert _dates(asked) == {"2024-06-04"}
    (endorsed,) = _about(found, "Endorsement", "thornby-homelessness-strategy-2024-2029")
    assert endorsed.one(PROV + "wasAssociatedWith").endswith("/cabinet")


RECORD_WHOSE_PURPOSE_SEEKS = """Decision details

Thornby Allotments Strategy 2024-2028

Decision Maker: Cabinet

Decision status: Recommendations Approved

Purpose: The report seeks Cabinet approval of the Thornby Allotments Strategy 2024-2028.

Decision:
That the Thornby Allotments Strategy 2024-2028 be approved.

Date of decision: 04/06/2024
"""


def test_a_records_purpose_restating_its_decision_is_no_second_request(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornby_decision.txt", RECORD_WHOSE_PURPOSE_SEEKS)
    assert _about(found, "Approval", "thornby-allotments-strategy-2024-2028")
    assert not _about(found, "ApprovalRequest", "thornby-allotments-strategy-2024-2028")


RECOMMENDATIONS_TO_COUNCIL = """Issue - decisions

Thornby Corporate Plan

14/02/2025 - Thornby Corporate Plan 2025-2029

The Cabinet RECOMMENDED to the Council that

(a) the new Thornby Corporate Plan, as set out at Appendix 1 and as amended at the meeting, be approved; and

(b) the Leader be given authority to make minor changes to its wording before publication.

11/02/2025 - Thornby Parks Strategy 2025-2030 and Thornby Play Strategy 2025-2030

The Cabinet AGREED to recommend to Full Council that the revised Thornby Parks Strategy 2025-2030, January 2025, and
the new Thornby Play Strategy 2025-2030, January 2025, be approved.

10/02/2025 - Thornby Events Strategy 2025-2028

Decision:

That the Council be recommended to:

(i) Adopt the Thornby Events Strategy 2025-2028.
"""


def test_a_recommendation_to_council_is_asked_of_council_on_the_entrys_date(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornby_issue_decisions.txt", RECOMMENDATIONS_TO_COUNCIL)
    assert not [e for e in found if e.cls in {"Approval", "Adoption", "Agreement", "Endorsement"}]
    (corporate,) = _about(found, "Recommendation", "thornby-corporate-plan-2025-2029")
    assert _asked(corporate) == "council"
    assert _dates(corporate) == {"2025-02-14"}
    for plan in ("thornby-parks-strategy-2025-2030", "thornby-play-strategy-2025-2030"):
        (recommended,) = _about(found, "Recommendation", plan)
        assert _asked(recommended) == "council"
        assert _dates(recommended) == {"2025-02-11"}  # never "January 2025", the month that names the edition
    (events_strategy,) = _about(found, "Recommendation", "thornby-events-strategy-2025-2028")
    assert _asked(events_strategy) == "council"
    assert _dates(events_strategy) == {"2025-02-10"}


PARTS_AND_BY_PRODUCTS = """Minutes of a meeting of the Thornby Environment Committee held on 3 March 2025

7. Thornby Net Zero Strategy 2023-2030: annual report

RESOLVED:

(1) to agree the release of the Thornby Net Zero Strategy Annual Report;

(2) to approve the revisions to the Thornby Net Zero Strategy Action Plan;

(3) to agree the timetable for reviewing and reporting on the Strategy;

(4) to approve the preparation of a Thornby Tree Planting Plan for the last years of the Net Zero Strategy; and

(5) that the amendments to the Thornby Waste Strategy 2022-2027 be agreed.
"""


def test_acting_on_a_part_or_by_product_of_a_plan_is_no_act_on_the_plan(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornby_minutes.txt", PARTS_AND_BY_PRODUCTS)
    assert not _about(found, "Agreement", "thornby-net-zero-strategy-2023-2030")
    assert not _about(found, "Approval", "thornby-net-zero-strategy-2023-2030")
    assert not [e for e in found if "tree-planting-plan" in e.iri]
    (amended,) = _about(found, "Agreement", "thornby-waste-strategy-2022-2027")  # the amended plan itself
    assert _dates(amended) == {"2025-03-03"}


STEPS_BEFORE_THE_PLAN = """Issue - meetings

Marlow Vale Biodiversity Strategy

Meeting: 11/09/2025 - Cabinet (Item 21)

RESOLVED that:

A  the Marlow Vale Biodiversity Strategy Evidence Base, attached as Appendix 1, be noted; and

B  the Marlow Vale Biodiversity Strategy Position Statement at Appendix 2 be agreed, and a full strategy be drafted.
"""


def test_a_position_statement_or_evidence_base_named_after_a_plan_is_no_act_on_it(tmp_path: Path) -> None:
    """What a council agrees before it writes a plan (its position, its evidence) is named after the plan but is not
    the plan (data/reference/plan-by-products.csv); noting it still notes the plan's progress, as for a report."""
    found, _ = events(tmp_path, "marlow_vale_minutes.txt", STEPS_BEFORE_THE_PLAN)
    assert not [e for e in found if e.cls in {"Agreement", "Approval", "Endorsement", "Adoption"}]


REASONS_UNDER_THEIR_LABEL = """Issue - meetings

Thornby Tourism Strategy 2025-2030

Meeting: 05/03/2025 - Cabinet (Item 7)

Reasons for the Decision
Cabinet is asked to adopt the Thornby Tourism Strategy 2025-2030 so that the visitor economy has a plan to follow.
"""


def test_a_label_line_is_no_part_of_the_body_asked_below_it(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornby_tourism.txt", REASONS_UNDER_THEIR_LABEL)
    (asked,) = _about(found, "AdoptionRequest", "thornby-tourism-strategy-2025-2030")
    assert _asked(asked) == "cabinet"
    assert _dates(asked) == {"2025-03-05"}


SENT_TO_GOVERNMENT = """How our plans fit together

The Thornby Council Plan 2024-2029 sets out what the Council itself will do. The priorities we share with our
partners are written into the Thornby Local Outcomes Agreement, a document that is sent to the Scottish Government
every year for agreement.

The Thornby Local Development Plan 2 was forwarded to Scottish Ministers in March 2024.
Scottish Ministers have now approved the Thornby Local Development Plan 2 for adoption.
"""


def test_a_thing_sent_to_government_is_no_plan_and_an_answered_submission_no_request(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornby_web_page.txt", SENT_TO_GOVERNMENT)
    assert not [e for e in found if e.cls.endswith("Request")]


AN_ITEM_NOT_TAKEN = """Issue - meetings

Thornby Cycling Plan 2025-2035

Meeting: 10/06/2025 - Council (Item 14)

14 Thornby Cycling Plan 2025-2035 pdf icon PDF 310 KB

RESOLVED: That the Thornby Cycling Plan 2025-2035 be adopted.

Meeting: 14/05/2025 - Council (Item 9)

9 Thornby Cycling Plan 2025-2035 pdf icon PDF 300 KB

(a) That the Thornby Cycling Plan 2025-2035 be adopted.

Minutes:

The report was deferred to the next meeting for want of time.
"""


def test_what_an_item_deferred_or_not_reached_prints_is_only_asked(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornby_cycling.txt", AN_ITEM_NOT_TAKEN)
    (adopted,) = _about(found, "Adoption", "thornby-cycling-plan-2025-2035")
    assert _dates(adopted) == {"2025-06-10"}
    (asked,) = _about(found, "AdoptionRequest", "thornby-cycling-plan-2025-2035")
    assert _asked(asked) == "council"
    assert _dates(asked) == {"2025-05-14"}


NEWS_OF_A_VOTE = """Thornby adopts its new Local Plan

Councillors voted unanimously to adopt the Thornby Local Plan 2024-2040 on Tuesday 5 November.

The Thornby Open Spaces Strategy 2024-2034 also takes effect this week, having been endorsed by the Council's
Cabinet in October.

On Thursday, March 6, the Cabinet approved the Thornby Markets Strategy 2025-2030.

Published: 7 November 2024
"""


def test_a_news_item_tells_votes_participles_and_dates_opening_with_a_weekday(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornby_news_release.txt", NEWS_OF_A_VOTE)
    (adopted,) = _about(found, "Adoption", "thornby-local-plan-2024-2040")
    assert _dates(adopted) == {"--11-05"}  # no year written beside it: never guessed
    (endorsed,) = _about(found, "Endorsement", "thornby-open-spaces-strategy-2024-2034")
    assert endorsed.one(PROV + "wasAssociatedWith").endswith("/cabinet")
    (approved,) = _about(found, "Approval", "thornby-markets-strategy-2025-2030")
    assert _dates(approved) == {"--03-06"}


RESOLVED_ON_A_DATE = """Issue details

Thornby Housing Strategy 2026-2031

The Housing Panel on 3 March 2025 decided to agree the Thornby Housing Strategy 2026-2031 as the basis for public
consultation. Members then voted to adopt the Thornby Allotments Strategy 2025-2030.
"""


def test_a_body_that_resolved_or_decided_to_act_on_a_date_acted(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "thornby_issue.txt", RESOLVED_ON_A_DATE)
    (agreed,) = [e for e in found if "thornby-housing-strategy-2026-2031/event/" in e.iri and "Agreement" in e.cls]
    assert _dates(agreed) == {"2025-03-03"}
    assert agreed.one(PROV + "wasAssociatedWith").endswith("/housing-panel")
    assert _about(found, "Adoption", "thornby-allotments-strategy-2025-2030")
