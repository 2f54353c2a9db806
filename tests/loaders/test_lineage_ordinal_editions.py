"""A text that calls its plan the council's second (third, ...) of its kind: the plan succeeds the edition before,
the dated edition the text names when it names one, else an unnamed edition of the same series (rule
ordinal-edition, inferred). An ordinal of another kind of plan says nothing.

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

PUBLISHER = "Tarrowby Borough Council"


@pytest.mark.parametrize(
    "opening",
    [
        "Welcome to the Borough's third Allotments Strategy, shaped by plot holders across Tarrowby.",
        "Tarrowby's fourth Allotments Strategy was shaped by plot holders across the borough.",
        "In March the Council's second Allotments Strategy was agreed after a year of talks with growers.",
    ],
)
def test_an_ordinal_with_a_possessive_or_a_presenting_verb(tmp_path: Path, opening: str) -> None:
    doc = read(tmp_path, f"Allotments Strategy 2025-2030\n\n{opening}\n", PUBLISHER)
    assert doc.relations() == [
        (
            "Tarrowby Allotments Strategy 2025-2030",
            "isSuccessorOf",
            "Predecessor of Tarrowby Allotments Strategy 2025-2030",
        )
    ]
    fact = doc.fact(
        "Tarrowby Allotments Strategy 2025-2030",
        "isSuccessorOf",
        "Predecessor of Tarrowby Allotments Strategy 2025-2030",
    )
    assert (fact.rule, fact.derivation) == ("ordinal-edition", "inferred")
    assert_quoted(doc, fact, "Allotments Strategy")


def test_the_edition_before_is_the_dated_one_the_text_names(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Allotments Strategy 2025-2030\n\nThis is our third Allotments Strategy, after the Allotments Strategy "
        "2017-2022 and the Allotments Strategy 2009-2014, and like them it was written with the growers' federation.\n",
        PUBLISHER,
    )
    assert ("Tarrowby Allotments Strategy 2025-2030", "isSuccessorOf", "Tarrowby Allotments Strategy 2017-2022") in (
        doc.relations()
    )
    assert not any(older.startswith("Predecessor of") for _, _, older in doc.relations())
    assert not any(
        older == "Tarrowby Allotments Strategy 2009-2014" for newer, _, older in doc.relations() if "2025" in newer
    )


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal of another kind of plan
        "Allotments Strategy 2025-2030\n\nWelcome to the Borough's third Housing Strategy consultation pack.\n",
        # the ordinal counts something that is no plan
        "Allotments Strategy 2025-2030\n\nThis is the Council's second attempt to let every plot.\n",
    ],
)
def test_an_ordinal_that_is_not_of_the_presented_plan_relates_nothing(tmp_path: Path, text: str) -> None:
    assert read(tmp_path, text, PUBLISHER).relations() == []


@pytest.mark.parametrize(
    "text",
    [
        "Growing Together\n\nThe Borough has written its third Allotments Strategy, called 'Growing Together', for "
        "2025 to 2030. Tarrowby's second Allotments Strategy, 'Plots for All', has guided the service since 2017 "
        "and closes in March.\n",
        "Growing Together\n\nTarrowby's second Allotments Strategy, 'Plots for All', has guided the service since "
        "2017. Now our third Allotments Strategy, called 'Growing Together', takes its place for 2025 to 2030.\n",
    ],
)
def test_two_editions_named_by_consecutive_ordinals(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, PUBLISHER)
    successions = [(newer, older) for newer, relation, older in doc.relations() if relation == "isSuccessorOf"]
    assert len(successions) == 1
    newer, older = successions[0]
    assert "third" in newer or "Growing" in newer, successions
    assert "second" in older or "Plots" in older, successions
    fact = doc.fact(newer, "isSuccessorOf", older)
    assert (fact.rule, fact.derivation) == ("ordinal-edition", "inferred")
    assert_quoted(doc, fact, "second Allotments Strategy", "third Allotments Strategy")


@pytest.mark.parametrize(
    "text",
    [
        # not consecutive: the edition between is not named
        "Growing Together\n\nOur fourth Allotments Strategy, 'Growing Together', is out now. Our second Allotments "
        "Strategy, 'Plots for All', is kept in the archive.\n",
        # two kinds of plan
        "Tree Cover\n\nOur second Tree Strategy, 'Canopy', sits beside our first Allotments Strategy, "
        "'Plots for All'.\n",
    ],
)
def test_ordinals_of_no_consecutive_editions_relate_nothing(tmp_path: Path, text: str) -> None:
    assert read(tmp_path, text, PUBLISHER).relations() == []


def test_the_dated_plan_is_the_later_ordinal_not_its_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Allotments Strategy 2025-2030\n\nWhat growers told us about our first Allotments Strategy shaped the "
        "Allotments Strategy 2025-2030. While drafting our second Allotments Strategy we met every society.\n",
        PUBLISHER,
    )
    assert not any(newer.startswith("Successor of") for newer, _, _ in doc.relations())
    assert not any(older == "Tarrowby Allotments Strategy 2025-2030" for _, _, older in doc.relations())
