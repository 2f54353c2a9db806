"""What a resolution is: a recommendation to another body that a resolving body words as its own resolution ("Resolved
to RECOMMEND: (to Council) that ..."), never that body's approval. Documents invented, in our own words, modelled on
district and county minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_governance import OUTCOMES, PROV, SL, Event, events, of


def _asked(event: Event) -> str:
    return event.one(SL + "requestedOf").rsplit("/", 1)[-1]


def _by(event: Event) -> str:
    return event.one(PROV + "wasAssociatedWith").rsplit("/", 1)[-1]


MINUTES = (
    "Minutes of the Policy and Resources Committee held on 11 June 2025\n\n"
    "8. Pellworth Open Spaces Strategy 2025-2035\n\n{}\n"
)


@pytest.mark.parametrize(
    "resolution",
    [
        "Resolved to RECOMMEND: (to Council) that the Pellworth Open Spaces Strategy 2025-2035 be agreed.",
        "RESOLVED TO RECOMMEND to Full Council:\n(a) that the Pellworth Open Spaces Strategy 2025-2035 be adopted.",
        "RESOLVED TO RECOMMEND: That the Pellworth Open Spaces Strategy 2025-2035 be approved by Council.",
    ],
)
def test_a_resolution_to_recommend_is_a_request_of_the_body_recommended_to(tmp_path: Path, resolution: str) -> None:
    found, _ = events(tmp_path, "pellworth_minutes.txt", MINUTES.format(resolution))
    (recommended,) = of(found, "Recommendation", "source-pellworth-minutes/pellworth-open-spaces-strategy-2025-2035")
    assert _asked(recommended) == "council"
    assert _by(recommended) == "policy-and-resources-committee"
    assert recommended.objects(SL + "date") == {"2025-06-11"}
    assert not [e for e in found if e.cls in OUTCOMES], [(e.cls, e.iri) for e in found]


def test_a_recommending_resolution_whose_addressee_is_unsaid_is_still_no_outcome(tmp_path: Path) -> None:
    text = MINUTES.format("RESOLVED TO RECOMMEND - that the Pellworth Open Spaces Strategy 2025-2035 be adopted.")
    found, _ = events(tmp_path, "pellworth_minutes.txt", text)
    (recommended,) = of(found, "Recommendation")
    assert _by(recommended) == "policy-and-resources-committee" and not recommended.objects(SL + "requestedOf")
    assert not [e for e in found if e.cls in OUTCOMES]


def test_the_resolving_bodys_own_act_beside_its_recommendation_stays_an_outcome(tmp_path: Path) -> None:
    text = MINUTES.format(
        "RESOLVED: That the Pellworth Open Spaces Strategy 2025-2035 be endorsed.\n\n"
        "9. Pellworth Allotments Strategy 2025-2030\n\n"
        "Resolved to RECOMMEND: (to Council) that the Pellworth Allotments Strategy 2025-2030 be approved."
    )
    found, _ = events(tmp_path, "pellworth_minutes.txt", text)
    (endorsed,) = of(found, "Endorsement", "source-pellworth-minutes/pellworth-open-spaces-strategy-2025-2035")
    assert _by(endorsed) == "policy-and-resources-committee"
    (recommended,) = of(found, "Recommendation", "source-pellworth-minutes/pellworth-allotments-strategy-2025-2030")
    assert _asked(recommended) == "council"
    assert not of(found, "Approval") and not of(found, "Recommendation", "source-pellworth-minutes/pellworth-open")


def _modalities(event: Event) -> set[str | None]:
    return {
        f.modality for f in event.facts if f.predicate.value.endswith("#type") or f.predicate.value.endswith("type")
    }


DRAFTS = """Minutes of the Cabinet held on 21 January 2026

12. Draft Corwen Vale Homelessness Strategy 2026-2031

RESOLVED:
(i) That the Corwen Vale Parks Plan 2026-2031 be adopted;
(ii) That the draft Corwen Vale Homelessness Strategy 2026-2031 be adopted for the purposes of public consultation.

13. Corwen Vale Arts Strategy 2026-2030

The Cabinet agreed the draft Corwen Vale Arts Strategy 2026-2030 for engagement with artists and venues.

14. Corwen Vale Tree Plan 2026-2036

The draft Corwen Vale Tree Plan 2026-2036 had been approved for stakeholder consultation by the Cabinet on 3 September
2025. RESOLVED: That the Corwen Vale Tree Plan 2026-2036 be approved. The consultation closed in November.
"""


def test_an_act_on_a_draft_for_consultation_is_on_the_draft_never_the_plans_adoption(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "corwen_vale_minutes.txt", DRAFTS)
    homelessness = "source-corwen-vale-minutes/corwen-vale-homelessness-strategy-2026-2031"
    assert not of(found, "Adoption", homelessness)
    (drafted,) = of(found, "Approval", homelessness)
    assert _modalities(drafted) == {"DraftForConsultation"}
    assert drafted.objects(SL + "date") == {"2026-01-21"}
    (arts,) = of(found, "Agreement", "source-corwen-vale-minutes/corwen-vale-arts-strategy-2026-2030")
    assert _modalities(arts) == {"DraftForConsultation"} and _by(arts) == "cabinet"
    # the other item of the same resolution is the plan's own adoption
    (parks,) = of(found, "Adoption", "source-corwen-vale-minutes/corwen-vale-parks-plan-2026-2031")
    assert _modalities(parks) == {None}
    # the draft's approval for consultation is dated by its own words; the plan's later approval is plain
    trees = of(found, "Approval", "source-corwen-vale-minutes/corwen-vale-tree-plan-2026-2036")
    by_date = {e.one(SL + "date"): _modalities(e) for e in trees}
    assert by_date == {"2025-09-03": {"DraftForConsultation"}, "2026-01-21": {None}}


ISSUE_PAGE = """Issue - meetings

Meeting: 18/03/2025 - Executive (Item 31)

31 Pellworth Heritage Strategy 2025-2030

Decision of the Executive
That the recommendations contained in the report be approved.

Meeting: 09/12/2024 - Executive (Item 12)

12 Pellworth Youth Plan 2025-2028

Minutes:
The Portfolio Holder outlined the consultation with young people.
That the recommendations set out in the report be agreed.
"""


def test_an_unmarked_resolution_on_the_recommendations_is_the_items_outcome_at_its_meeting(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "pellworth_issue.txt", ISSUE_PAGE)
    (heritage,) = of(found, "Approval")
    assert "pellworth-heritage-strategy-2025-2030/event/" in heritage.iri
    assert heritage.objects(SL + "date") == {"2025-03-18"} and _by(heritage) == "executive"
    (youth,) = of(found, "Agreement")
    assert "pellworth-youth-plan-2025-2028/event/" in youth.iri
    # the second item is its own meeting's, never run together with the first through "(Item 31)"
    assert youth.objects(SL + "date") == {"2024-12-09"}
    assert len(found) == 2, [(e.cls, e.iri) for e in found]


REFRESH_REPORT = """Report to: Cabinet

Date: 4 November 2025

Subject: Pellworth Council Plan 2024-2028: annual refresh

1. This report sets out the draft refresh of the Pellworth Council Plan 2024-2028 for Cabinet's comments prior to
submission to Full Council on 11 December.

2. At its meeting on 14 October 2025 the Overview Board noted the performance update on the Pellworth Council Plan
2024-2028 and endorsed the revised priorities.

3. Members noted the first-quarter figures, which were reported in July 2025.
"""


def test_a_draft_refresh_goes_to_council_on_a_day_whose_year_is_not_given(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "pellworth_report.txt", REFRESH_REPORT)
    (asked,) = of(found, "ApprovalRequest")
    assert _asked(asked) == "council"  # "Pellworth Council Plan" names no council
    assert asked.objects(SL + "monthDay") == {"--12-11"} and not asked.objects(SL + "date")


def test_the_report_tells_another_bodys_acts_and_its_addressee_did_nothing_yet(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "pellworth_report.txt", REFRESH_REPORT)
    (endorsed,) = of(found, "Endorsement")
    assert _by(endorsed) == "overview-board" and endorsed.objects(SL + "date") == {"2025-10-14"}
    (noted,) = of(found, "Noting")
    assert _by(noted) == "overview-board" and noted.objects(SL + "date") == {"2025-10-14"}
    # the Cabinet the report goes to is asked; nothing is its outcome, nor dated by the report's date
    outcomes = [e for e in found if e.cls in OUTCOMES | {"Noting"}]
    assert all(_by(e) == "overview-board" for e in outcomes), [(e.cls, e.facts) for e in outcomes]


MINUTE = """Minutes of the Licensing and Environment Committee held on 2 July 2025

7. Pellworth Air Quality Plan 2025-2030

RESOLVED: That the progress update be noted.
The Air Quality Partnership endorsed the Pellworth Air Quality Plan 2025-2030 in May 2025, and the Council will be asked
to adopt it in September.

8. Pellworth Litter Strategy 2025-2028

RESOLVED: That the Pellworth Litter Strategy 2025-2028 be approved. The Chair thanked the wardens.
"""


def test_a_resolution_ends_where_the_minute_goes_on_with_something_else(tmp_path: Path) -> None:
    found, _ = events(tmp_path, "pellworth_minute.txt", MINUTE)
    air = "source-pellworth-minute/pellworth-air-quality-plan-2025-2030"
    assert not of(found, "Adoption", air)  # the Council's adoption is still to come, never the Committee's
    (endorsed,) = of(found, "Endorsement", air)
    assert _by(endorsed) == "air-quality-partnership" and endorsed.objects(SL + "date") == {"2025-05"}
    (litter,) = of(found, "Approval", "source-pellworth-minute/pellworth-litter-strategy-2025-2028")
    assert _by(litter) == "licensing-and-environment-committee" and litter.objects(SL + "date") == {"2025-07-02"}
