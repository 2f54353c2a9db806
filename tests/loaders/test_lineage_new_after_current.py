"""A plan the text calls current, then one it calls new of the same kind, starting where the current one ends: the new
one succeeds the current one, even under another name (rule new-after-current).

Every council and plan here is invented, in wordings other than the ones the rule was developed against.
"""

from __future__ import annotations

from pathlib import Path

from tests.loaders.test_lineage_cues import assert_quoted, read

SERIES_THEN_NEW = """Plans and priorities

Every district is expected to say how it will grow sustainably over the life of its plan.

The first Sustainable Community Plan was agreed in 2005, with revisions in 2008 and 2011. The current Plan covers
2013 to 2016.  Partners have delivered most of its projects.

Service plans for each Cabinet portfolio turn the Plan's outcomes into work.

Having reviewed the Plan with partners, the Council set fewer, sharper outcomes for the coming years. The new Plan
will let it move money and staff towards them.

Consultation on the draft ran from 30 November 2015 to 11 January 2016.

The new Corporate Plan for the period 2016 to 2019 was adopted by the Council on 24 February 2016.
"""


def test_after_a_series_the_new_plan_succeeds_the_current_one(tmp_path: Path) -> None:
    doc = read(tmp_path, SERIES_THEN_NEW, "Marlow Vale District Council")
    relations = doc.relations()
    successors = [(newer, older) for newer, relation, older in relations if relation == "isSuccessorOf"]
    assert len(successors) == 1, relations
    newer, older = successors[0]
    assert "Corporate Plan 2016-2019" in newer and "Sustainable Community Plan" in older
    fact = doc.fact(newer, "isSuccessorOf", older)
    assert (fact.rule, fact.derivation, fact.modality) == ("new-after-current", "inferred", None)
    assert_quoted(doc, fact, "The current Plan covers", "new Corporate Plan")


def test_a_current_dated_plan_then_a_new_one_on_the_same_topic(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Our current Housing Strategy 2017-2022 has met most of its targets.\n\nAfter a year of engagement with "
        "tenants, the new Housing and Homelessness Strategy 2022-2027 was approved by the Executive in June.\n",
        "Stourmouth Borough Council",
    )
    fact = doc.fact(
        "Stourmouth Housing and Homelessness Strategy 2022-2027",
        "isSuccessorOf",
        "Stourmouth Housing Strategy 2017-2022",
    )
    assert fact.rule == "new-after-current"


def test_a_new_draft_after_the_current_plan_is_a_draft_successor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The existing Council Plan 2019-2023 ends next March. Residents can comment until 5 January on our new draft "
        "Council Plan 2023-2027.\n",
        "Stourmouth Borough Council",
    )
    fact = doc.fact("Stourmouth Council Plan 2023-2027", "isSuccessorOf", "Stourmouth Council Plan 2019-2023")
    assert fact.modality == "DraftForConsultation"


def test_another_topic_or_a_gap_in_time_is_no_succession(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Our current Housing Strategy 2017-2022 has met most of its targets. Separately, the new Economic Strategy "
        "2022-2027 was approved by the Executive in June, and the new Housing Strategy 2025-2030 is being planned. "
        "The current Leisure Plan 2018-2022 sits beside the new Leisure Strategy 2022-2026.\n",
        "Stourmouth Borough Council",
    )
    assert not [r for r in doc.relations() if r[1] == "isSuccessorOf" and r[2].endswith("Housing Strategy 2017-2022")]
    assert not [r for r in doc.relations() if "Leisure" in r[0] and "Leisure" in r[2]]  # a plan, then a strategy


def test_the_current_plans_years_said_after_its_name(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The existing Open Spaces Strategy covers the period 2015 to 2020 and most of its actions are complete.\n\n"
        "In September the new Open Spaces and Play Strategy 2020-2030 was adopted by the Council.\n",
        "Stourmouth Borough Council",
    )
    successors = [(n, o) for n, relation, o in doc.relations() if relation == "isSuccessorOf"]
    assert successors == [
        ("Stourmouth Open Spaces and Play Strategy 2020-2030", "Stourmouth Open Spaces Strategy 2015-2020")
    ]
    newer, older = successors[0]
    fact = doc.fact(newer, "isSuccessorOf", older)
    assert_quoted(doc, fact, "covers the period 2015 to 2020", "new Open Spaces and Play Strategy")
