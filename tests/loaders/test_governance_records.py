"""Records whose labels carry who decided and when, however the page was flattened: a value on the line below its
label, several labels run together on one line, labels in lower case. Documents invented, modelled on ModernGov, CMIS
and register pages of English and Welsh councils."""

from __future__ import annotations

from pathlib import Path

from tests.loaders.test_governance_systems import events, only

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
