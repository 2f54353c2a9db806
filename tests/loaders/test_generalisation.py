"""The rules read document structure and language, not these five files: other councils'
documents of the same kinds load, and arbitrary mixtures of real lines never crash a rule."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.extract import extract
from loaders.sources import SourceError
from strategy_lineage import vocab
from tests.conftest import SOURCES

# A notice holds one field per line, however long (so these lines are not wrapped).
OTHER_NOTICE = """Proposed decision: To approve the adoption of "Healthy Lives, Happy Futures", the new Medway Health and Wellbeing Strategy 2018 - 2023, as Medway's partnership strategy for children and young people.
Legal Implications: Under the Children Act 2004, Medway Council has a duty to make arrangements to promote co-operation to improve the well-being of children.
Decision type: Key
Reason Key: Expenditure of more than £1m;
Decision status: Decision Made
Notice of proposed decision first published: 14/03/2018
Department: Public Health
Legal implications: 18/00042"""  # noqa: E501

OTHER_REPORT = """By: Sam Patel, Cabinet Member for Education
To: Hampshire Schools Forum – 3 March 2015
Decision No: 15/00321
Subject: Hampshire Early Help Strategy 2015-2018

Summary: This paper presents the Hampshire Early Help Strategy 2015-2018 and seeks formal approval.

1. The Hampshire Early Help Strategy 2012-2015 has been updated to reflect the review.
2. The strategy was agreed by the Hampshire Children's Partnership Board on 12th January 2015.
3. The Children and Families Act 2014 provides the legislative foundation.

Recommendations: Members are asked to approve the strategy.
"""


def write(tmp_path: Path, name: str, text: str, publisher: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".toml").write_text(f'publisher = "{publisher}"\n', encoding="utf-8")
    return path


def facts_of(path: Path) -> set[tuple[str, str, str]]:
    def short(term: object) -> str:
        text = str(getattr(term, "value", term))
        return text.replace(vocab.base_iri() + "id/", "").replace(vocab.SL, "sl:")

    return {(short(f.subject), short(f.predicate), short(f.object)) for f in extract(path).facts}


def test_another_councils_decision_notice(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "medway_notice.txt", OTHER_NOTICE, "Medway Council"))
    strategy = "strategy/medway-council/healthy-lives-happy-futures"
    assert (
        strategy,
        "http://purl.org/dc/terms/title",
        "Healthy Lives, Happy Futures: Medway Health and Wellbeing Strategy 2018-2023",
    ) in facts
    assert (strategy, "sl:validUntil", "2023") in facts
    assert ("decision/medway-council/18-00042", "sl:decisionStatus", "Decision Made") in facts
    assert ("decision/medway-council/18-00042", "sl:noticePublished", "2018-03-14") in facts
    assert (strategy, "sl:basedOn", "http://www.legislation.gov.uk/id/ukpga/2004/31") in facts


def test_another_councils_committee_report(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "hampshire_report.txt", OTHER_REPORT, "Hampshire County Council"))
    new, old = (
        "strategy/hampshire-county-council/hampshire-early-help-strategy-2015-2018",
        "strategy/hampshire-county-council/hampshire-early-help-strategy-2012-2015",
    )
    assert (new, "sl:isRevisionOf", old) in facts
    assert (f"{new}/event/agreement-2015-01-12", "sl:date", "2015-01-12") in facts
    assert (
        f"{new}/event/approvalrequest-2015-03-03",
        "sl:requestedOf",
        "organisation/hampshire-county-council/hampshire-schools-forum",
    ) in facts
    assert (new, "sl:basedOn", "http://www.legislation.gov.uk/id/ukpga/2014/6") in facts
    assert ("decision/hampshire-county-council/15-00321", "sl:concerns", new) in facts


SEED_LINES = [line for path in sorted(SOURCES.glob("*.txt")) for line in path.read_text().splitlines()]


@given(st.lists(st.sampled_from(SEED_LINES), min_size=1, max_size=40))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_mixture_of_real_lines_loads_or_is_refused_cleanly(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "mixture.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        extraction = extract(path)
    except SourceError as err:
        assert "mixture.txt" in str(err)
        return
    for fact in extraction.facts:
        assert extraction.text[fact.span.start : fact.span.end] == fact.span.exact


DECISION_RECORD = """Decision details
Decision: To adopt the Bristol Early Help Strategy 2019-2022.
Decision Maker: Cabinet Member for Children's Services
Decision status: Implemented
Date of decision: 04/06/2019
Reference: 19/01234
"""


def test_decision_maker_and_date_fields(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "bristol.txt", DECISION_RECORD, "Bristol City Council"))
    assert ("decision/bristol-city-council/19-01234", "sl:date", "2019-06-04") in facts
    assert (
        "decision/bristol-city-council/19-01234",
        "http://www.w3.org/ns/prov#wasAssociatedWith",
        "post/bristol-city-council/cabinet-member-for-childrens-services",
    ) in facts
    assert not any(p == "sl:undated" for s, p, o in facts if s == "decision/bristol-city-council/19-01234")


def test_publisher_is_read_from_the_text_when_there_is_no_metadata(tmp_path: Path) -> None:
    path = tmp_path / "no_metadata.txt"
    path.write_text(OTHER_REPORT + "\nContact: Hampshire County Council, The Castle, Winchester\n", encoding="utf-8")
    facts = facts_of(path)
    assert (
        "strategy/hampshire-county-council/hampshire-early-help-strategy-2015-2018",
        "http://purl.org/dc/terms/publisher",
        "organisation/hampshire-county-council",
    ) in facts


# Minutes hold one resolution per line, however long (so these lines are not wrapped).
TWO_MEETINGS = """Issue - meetings

17/00022 - Surrey Early Help Strategy 2017-2020

Meeting: 12/01/2017 - Children's Services Cabinet Committee (Item 7)

Minutes:

RESOLVED that the decision proposed to be taken by the Cabinet Member for Children to adopt the Surrey Early Help Strategy 2017-2020 be endorsed.

Meeting: 26/01/2017 - Cabinet (Item 4)

Minutes:

RESOLVED that the Surrey Early Help Strategy 2017-2020 be approved.
"""  # noqa: E501


def test_each_resolution_belongs_to_the_meeting_above_it(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "surrey.txt", TWO_MEETINGS, "Surrey County Council"))
    strategy = "strategy/surrey-county-council/surrey-early-help-strategy-2017-2020"
    assert (
        f"{strategy}/event/endorsement-2017-01-12",
        "http://www.w3.org/ns/prov#wasAssociatedWith",
        "organisation/surrey-county-council/childrens-services-cabinet-committee",
    ) in facts
    assert (f"{strategy}/event/approval-2017-01-26", "sl:agendaItem", "4") in facts
    assert (
        "decision/surrey-county-council/17-00022",
        "http://www.w3.org/ns/prov#wasAssociatedWith",
        "post/surrey-county-council/cabinet-member-for-children",
    ) in facts
