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
