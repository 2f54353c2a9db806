"""Requests in board papers and reports (a recommendation paragraph addressed to the meeting, a report's purpose, a
meeting still to come) and outcomes told in a narrative (the page's own "we", a body named before the noun of its act,
earlier considerations by several bodies). Documents invented, in our own words, modelled on national park, fire
authority and district council papers and council web pages."""

from __future__ import annotations

from pathlib import Path

from tests.loaders.test_governance import OUTCOMES, PROV, SL, Event, events


def _asked(event: Event) -> str:
    return event.one(SL + "requestedOf").rsplit("/", 1)[-1]


def _by(event: Event) -> set[str]:
    return {b.rsplit("/", 1)[-1] for b in event.objects(PROV + "wasAssociatedWith")}


def _about(found: list[Event], cls: str, key: str) -> list[Event]:
    return [e for e in found if e.cls == cls and f"{key}/event/" in e.iri]


PAPER = """Report to: Planning and Access Committee

Date: 17 June 2025

Subject: Fellmoor Visitor Management Plan 2025-2030

Recommendation: That the Authority approve the Fellmoor Visitor Management Plan 2025-2030 and publish it with the
statement of consultation.

The Officer Working Group has made these recommendations: the Fellmoor Dark Skies Strategy 2025-2035 be adopted.

RECOMMENDATIONS
That the Fellmoor Rights of Way Plan 2025-2035, as appended, be received and endorsed by the Executive.
"""


def test_a_papers_recommendations_are_requests_of_the_body_addressed_never_outcomes(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "fellmoor_paper.txt", PAPER)
    assert not [e for e in found if e.cls in OUTCOMES], [(e.cls, e.iri) for e in found]
    (visitors,) = _about(found, "ApprovalRequest", "fellmoor-visitor-management-plan-2025-2030")
    assert _asked(visitors) == "authority" and visitors.objects(SL + "date") == {"2025-06-17"}
    (dark,) = _about(found, "AdoptionRequest", "fellmoor-dark-skies-strategy-2025-2035")
    assert _asked(dark) == "planning-and-access-committee"
    (rights,) = _about(found, "EndorsementRequest", "fellmoor-rights-of-way-plan-2025-2035")
    assert _asked(rights) == "executive"


FUTURE = """Fellmoor District Council

The purpose of this paper is set out below.

To submit the revised Fellmoor Housing Delivery Plan 2025-2028 to Cabinet for endorsement.

This paper invites the Board to agree the Fellmoor Health Inequalities Plan 2025-2028.

The Executive, at its meeting on 9 June, will be asked to adopt the Fellmoor Cycling Plan 2025-2035.

The Fellmoor Libraries Strategy 2025-2030 was brought to the Executive for approval once the survey closed.

The officer introduced the report seeking Councillors' approval of the Fellmoor Markets Strategy 2025-2029.
"""


def test_purposes_and_meetings_to_come_ask_the_body_named(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "fellmoor_news.txt", FUTURE)
    assert not [e for e in found if e.cls in OUTCOMES], [(e.cls, e.iri) for e in found]
    (housing,) = _about(found, "EndorsementRequest", "fellmoor-housing-delivery-plan-2025-2028")
    assert _asked(housing) == "cabinet"
    (health,) = _about(found, "AgreementRequest", "fellmoor-health-inequalities-plan-2025-2028")
    assert health.iri  # the Board the paper goes to (named by its kind alone: no body minted)
    (cycling,) = _about(found, "AdoptionRequest", "fellmoor-cycling-plan-2025-2035")
    assert _asked(cycling) == "executive"
    assert cycling.objects(SL + "monthDay") == {"--06-09"} and not cycling.objects(SL + "date")
    (libraries,) = _about(found, "ApprovalRequest", "fellmoor-libraries-strategy-2025-2030")
    assert _asked(libraries) == "executive"
    assert _about(found, "ApprovalRequest", "fellmoor-markets-strategy-2025-2029")


NARRATIVE = """Fellmoor District Council

How our plans were made

We approved the first Fellmoor Open Spaces Plan 2016-2026 on 3 March 2016. The Fellmoor Leisure Strategy 2019-2029
gained Cabinet approval in July 2019. In 2021 we obtained Ministerial approval for the revised Fellmoor Minerals Plan
2021-2036. The Fellmoor Local Plan 2024-2039 was also discussed at the Planning Policy Committee on 4 May 2023,
and had been considered by both the Local Plan Panel on 6 February 2023 and Cabinet on 14 March 2023.

We agreed to ask residents what they think. We will adopt the Fellmoor Trees Plan 2026-2036 next spring.
"""


def test_a_narrative_tells_past_acts_with_their_bodies_and_dates(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "fellmoor_web_page.txt", NARRATIVE)
    (spaces,) = _about(found, "Approval", "fellmoor-open-spaces-plan-2016-2026")
    assert spaces.objects(SL + "date") == {"2016-03-03"} and not _by(spaces)  # "we": no body named
    (leisure,) = _about(found, "Approval", "fellmoor-leisure-strategy-2019-2029")
    assert _by(leisure) == {"cabinet"} and leisure.objects(SL + "date") == {"2019-07"}
    (minerals,) = _about(found, "Approval", "fellmoor-minerals-plan-2021-2036")
    assert _by(minerals) == {"ministers"} and minerals.objects(SL + "date") == {"2021"}
    considered = {
        (next(iter(_by(e))), next(iter(e.objects(SL + "date")), ""))
        for e in _about(found, "Consideration", "fellmoor-local-plan-2024-2039")
    }
    assert considered == {
        ("planning-policy-committee", "2023-05-04"),
        ("local-plan-panel", "2023-02-06"),
        ("cabinet", "2023-03-14"),
    }
    # a plan still to come is never adopted; "we agreed to ask residents" acts on no plan
    assert not _about(found, "Adoption", "fellmoor-trees-plan-2026-2036")
    assert not [e for e in found if e.cls == "Agreement"]


RECORD = """Decision details

Fellmoor Play Strategy 2025-2030

Decision Maker: Cabinet

Decision status: Recommendations Approved

Decision:
RESOLVED: That the Cabinet endorsed the Fellmoor Play Strategy 2025-2030. 2.1 Recommended the Strategy to Full Council
for adoption on 8 October 2025. 2.2 Recommend that Full Council adopts the Fellmoor Skate Parks Plan 2025-2030 at the
same meeting. 2.3 To recommend to Full Council that it approves the Fellmoor Splash Pads Plan 2025-2028.

Date of decision: 10/09/2025
"""


def test_recommending_the_councils_act_in_any_form_is_never_that_act(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "fellmoor_decision.txt", RECORD)
    assert not [e for e in found if e.cls in {"Adoption", "Approval"}], [(e.cls, e.iri) for e in found]
    (endorsed,) = _about(found, "Endorsement", "fellmoor-play-strategy-2025-2030")
    assert _by(endorsed) == {"cabinet"}
    (play,) = _about(found, "Recommendation", "fellmoor-play-strategy-2025-2030")
    assert play.objects(SL + "date") == {"2025-10-08"}
    for key in ("fellmoor-skate-parks-plan-2025-2030", "fellmoor-splash-pads-plan-2025-2028"):
        (recommended,) = _about(found, "Recommendation", key)
        assert _asked(recommended) == "council" and _by(recommended) == {"cabinet"}


BOARD_MINUTES = """LICENSING AND SPORT COMMITTEE

Minutes of the meeting held on Wednesday 15 October 2025

4. Fellmoor Swimming Strategy 2025-2035

The Committee received a report on the Fellmoor Swimming Strategy 2025-2035.

RESOLVED that the report be noted.

5. Fellmoor Bowls Strategy 2025-2030 and Fellmoor Tennis Strategy 2025-2030

RESOLVED that the Fellmoor Bowls Strategy 2025-2030 and the Fellmoor Tennis Strategy 2025-2030 are endorsed.

6. Fellmoor Events Plan 2026-2028

Members were given a briefing on the preparation of the Fellmoor Events Plan 2026-2028.
"""


def test_the_meeting_a_minute_records_is_who_resolved_noted_or_was_briefed(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "fellmoor_minutes.txt", BOARD_MINUTES)
    committee = {"licensing-and-sport-committee"}
    (noted,) = _about(found, "Noting", "fellmoor-swimming-strategy-2025-2035")
    assert _by(noted) == committee and noted.objects(SL + "date") == {"2025-10-15"}
    for key in ("fellmoor-bowls-strategy-2025-2030", "fellmoor-tennis-strategy-2025-2030"):
        (endorsed,) = _about(found, "Endorsement", key)
        assert _by(endorsed) == committee and endorsed.objects(SL + "date") == {"2025-10-15"}
    (briefed,) = _about(found, "Consideration", "fellmoor-events-plan-2026-2028")
    assert briefed.objects(SL + "date") == {"2025-10-15"}
    # a briefing, a noting: no approval of any plan
    assert not [e for e in found if e.cls in {"Approval", "Adoption", "Agreement"}]


VERSIONS = """Fellmoor Waste Plan 2024-2039

Version history

| Issue | Stage | Approved by | Date |
| 0.4 | Consultation draft | Waste Plan Panel | 6 June 2023 |
| 1.0 | Adopted | Full Council | 19 March 2024 |

1. About this plan

This plan sets out where waste sites may go.
"""


def test_a_version_tables_row_dates_the_act_on_the_page_plan(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "fellmoor_waste_plan_opening_pages.txt", VERSIONS)
    (adopted,) = _about(found, "Adoption", "fellmoor-waste-plan-2024-2039")
    assert _by(adopted) == {"council"} and adopted.objects(SL + "date") == {"2024-03-19"}
    assert len(found) == 1, [(e.cls, e.iri) for e in found]  # a draft's row is no act
