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
