"""A record's own decision reference, in each council's form, kept apart from the minute, report,
item and date numbers around it. Documents invented, modelled on issue-decisions pages, decision
registers, committee reports and decision notices of several committee systems."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.facts import Fact
from strategy_lineage import vocab

SL = vocab.sl


def decisions(tmp_path: Path, text: str) -> dict[str, list[Fact]]:
    """Each extracted sl:Decision's reference -> the facts about it."""
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract(path).facts
    typed = {f.subject for f in facts if f.predicate.value == vocab.RDF + "type" and f.object == SL("Decision")}
    by_reference: dict[str, list[Fact]] = {}
    for subject in typed:
        about = [f for f in facts if f.subject == subject]
        (reference,) = {f.object.value for f in about if f.predicate == SL("decisionReference")}
        by_reference[reference] = about
    return by_reference


def concerns(facts: list[Fact]) -> set[str]:
    return {f.object.value.rsplit("/", 1)[-1] for f in facts if f.predicate == SL("concerns")}


def quoted(text: str, facts: list[Fact]) -> str:
    """The last quote of the reference (a title line may be given twice), checked at its offsets."""
    stated = [f for f in facts if f.predicate == SL("decisionReference")]
    for fact in stated:
        assert text[fact.span.start : fact.span.end] == fact.span.exact
    return " ".join(stated[-1].span.exact.split())


ISSUE_DECISIONS = """Issue - decisions

  • 23/00412 - Coastal Access Strategy 2023-2028

14/06/2023 - 23/00412 - Coastal Access Strategy 2023-2028

As Cabinet Member for Highways and Coast, I agree to adopt the Coastal Access Strategy 2023-2028.

Minute 48 refers. Report No. 14 of the Director. Item 12 on the agenda.
"""


def test_an_issue_title_line_gives_the_decision_and_its_plan(tmp_path: Path) -> None:
    found = decisions(tmp_path, ISSUE_DECISIONS)
    assert set(found) == {"23/00412"}
    assert concerns(found["23/00412"]) == {"coastal-access-strategy-2023-2028"}
    assert "23/00412 - Coastal Access Strategy 2023-2028" in quoted(ISSUE_DECISIONS, found["23/00412"])


REGISTER = """Decisions published

21/09/2021 - Playing Pitch Strategy 2021-2031 Ref: 5120    Recommendations Approved

Decision Maker: Executive

Made at meeting: 21/09/2021 - Executive

The Executive approved the Playing Pitch Strategy 2021-2031.

21/09/2021 - Fees and charges review Ref: 5121    For Determination

Decision Maker: Executive

The Executive noted the review.
"""


def test_each_register_entry_is_its_own_decision_about_its_own_item(tmp_path: Path) -> None:
    found = decisions(tmp_path, REGISTER)
    assert set(found) == {"5120", "5121"}
    assert concerns(found["5120"]) == {"playing-pitch-strategy-2021-2031"}
    assert not concerns(found["5121"])  # fees and charges: no plan
    assert quoted(REGISTER, found["5120"]).endswith("Ref: 5120 Recommendations Approved")


@pytest.mark.parametrize(
    ("label", "reference"),
    [
        ("Key Decision Reference: KD/2023/17", "KD/2023/17"),
        ("Decision No. 112/2019", "112/2019"),
        ("Forward Plan Ref: FP0342", "FP0342"),
        ("Record of Decision No. 58", "58"),
        ("Decision reference number: EX-2020-031", "EX-2020-031"),
    ],
)
def test_a_labelled_reference_is_the_decision_of_the_reports_plan(tmp_path: Path, label: str, reference: str) -> None:
    text = (
        "Report to: Cabinet\nDate of meeting: 12 March 2024\nSubject: Lowmoor Open Spaces Strategy 2024-2034\n"
        f"{label}\n\nSummary: This report seeks approval of the Lowmoor Open Spaces Strategy 2024-2034.\n"
    )
    found = decisions(tmp_path, text)
    assert set(found) == {reference}
    assert concerns(found[reference]) == {"lowmoor-open-spaces-strategy-2024-2034"}
    assert quoted(text, found[reference]).endswith(reference)


@pytest.mark.parametrize(
    "text",
    [
        "Minutes\n\nMinute No. 95/2010: the Cabinet noted the Harbour Strategy 2010-2015.\n",
        "Decision date: 06/07/2017\nDate of decision: 06/07/2017\nThe Board agreed the Harbour Strategy 2017-2022.\n",
        "The decision number 3 in the list was deferred; the Harbour Strategy 2017-2022 was noted at item 14.\n",
        "Report reference: CFS/23/077 on the Harbour Strategy 2023-2026.\n",
        "Telephone the Harbour Strategy team - 0300123456789\n",
    ],
)
def test_minute_report_item_and_date_numbers_are_not_decisions(tmp_path: Path, text: str) -> None:
    assert not decisions(tmp_path, text)


def test_a_decision_notice_dates_and_attributes_its_own_reference(tmp_path: Path) -> None:
    text = (
        "Officer Decision Notice\n\nDecision Ref: ODN/2021/332\n\nDecision Maker: Head of Waste Services\n\n"
        "Subject: Marsh End Waste Strategy 2021-2031\n\nDate Decision Taken: 2 August 2021\n\n"
        "Decision: to adopt the Marsh End Waste Strategy 2021-2031.\n"
    )
    found = decisions(tmp_path, text)
    facts = found["ODN/2021/332"]
    assert {f.object.value for f in facts if f.predicate == SL("date")} == {"2021-08-02"}
    assert concerns(facts) == {"marsh-end-waste-strategy-2021-2031"}
    (maker,) = {f.object.value for f in facts if f.predicate.value == vocab.PROV + "wasAssociatedWith"}
    assert maker.endswith("/head-of-waste-services")


def test_a_decision_made_line_with_its_reference_in_brackets(tmp_path: Path) -> None:
    text = (
        "Cabinet - 14 January 2020\n\nKestrel Vale Parking Strategy 2020-2025\n\n"
        "DECISION MADE: (EXE 19/20 40817)\nThat the Kestrel Vale Parking Strategy 2020-2025 be approved.\n\n"
        "Forward plan entry 41 (19/20) and minute 212 name no decision.\n"
    )
    found = decisions(tmp_path, text)
    assert set(found) == {"EXE 19/20 40817"}
    assert any(
        f.predicate == SL("concerns") and f.object.value.endswith("/kestrel-vale-parking-strategy-2020-2025")
        for f in found["EXE 19/20 40817"]
    ), found
