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
