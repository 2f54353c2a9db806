"""Plans named in rows of a list or table, and editions of a numbered series written with a space or brackets.

Every text is invented and loaded alone with no metadata file, as a held-out real text is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_plan_name_recall import strategies


def all_names(tmp_path: Path, text: str) -> set[str]:
    return {name for names in strategies(tmp_path, text) for name in names}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Consultation on LTP (4) closes at the end of June.", {"Local Transport Plan 4"}),
        ("Our LDP 2 was adopted in 2019 and LDP 3 is being prepared.", {"Local Development Plan 2"}),
        ("The draft Local Development Plan (3) goes to Council next month.", {"Local Development Plan 3"}),
    ],
)
def test_an_edition_number_after_a_space_or_in_brackets_names_the_edition(
    tmp_path: Path, text: str, expected: set[str]
) -> None:
    assert expected <= all_names(tmp_path, text)


def test_the_number_written_apart_is_the_same_edition_as_written_together(tmp_path: Path) -> None:
    text = "The Brockhurst LTP3 is in force. Until LTP 4 is adopted, LTP 3 guides spending."
    found = strategies(tmp_path, text)
    third = [names for names in found if any(name.endswith("Local Transport Plan 3") for name in names)]
    assert len(third) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        "The LDP 2 years after adoption must be reviewed.",  # a count of years, not an edition
        "Policy LTP 4.2 on parking applies.",  # a policy's clause number
        "Tables for LDP 2 and 3 are attached.",  # a list of numbers
    ],
)
def test_a_number_that_counts_or_numbers_a_clause_is_no_edition(tmp_path: Path, text: str) -> None:
    assert not any(name[-1:].isdigit() for name in all_names(tmp_path, text))


def test_a_footnote_number_in_brackets_after_an_unnumbered_plan_is_not_part_of_its_name(tmp_path: Path) -> None:
    names = all_names(tmp_path, "Cabinet noted the Allotments Strategy (2) for the parish.")
    assert "Allotments Strategy 2" not in names


def test_each_row_of_a_list_of_documents_is_its_own_plan(tmp_path: Path) -> None:
    text = (
        "Planning documents\n\n"
        "Waste Strategy for the Coastal Towns\n"
        "Heritage Plan for Oldmarket Quarter\n"
        "Minerals Plan 2016-2031\n"
        "Tree Strategy (2015)\n"
    )
    names = all_names(tmp_path, text)
    assert {"Waste Strategy for the Coastal Towns", "Heritage Plan for Oldmarket Quarter"} <= names
    assert any(name.startswith("Minerals Plan") for name in names)
    assert any(name.startswith("Tree Strategy") for name in names)
    assert not any("Towns Heritage" in name or "Quarter Minerals" in name for name in names), names


def test_a_title_wrapped_over_two_lines_stays_one_name(tmp_path: Path) -> None:
    text = "Strategy for Carers and\nYoung Carers 2022-2027\n\nThe strategy was agreed in March."
    assert "Strategy for Carers and Young Carers 2022-2027" in all_names(tmp_path, text)


def test_a_name_in_wrapped_prose_keeps_its_words_across_the_line(tmp_path: Path) -> None:
    text = "Members welcomed the new Coastal\nAccess Plan and asked for a report next year on its progress."
    names = all_names(tmp_path, text)
    assert "Coastal Access Plan" in names, names


def test_a_month_after_a_tail_dates_the_sentence_and_is_no_part_of_the_name(tmp_path: Path) -> None:
    names = all_names(tmp_path, "The Cabinet adopted the Strategy for Young Carers in October.")
    assert "Strategy for Young Carers" in names, names


def test_a_plan_for_a_named_board_is_not_cut_before_the_board(tmp_path: Path) -> None:
    names = all_names(tmp_path, "We published the Wellbeing Plan for Harrowdale Public Services Board last year.")
    assert not any(name.endswith("Harrowdale Public Services") for name in names), names


def test_a_sentence_wrapped_before_the_last_words_of_a_name_keeps_them(tmp_path: Path) -> None:
    text = "The Place Scrutiny Panel is asked to endorse the Green\nSpaces Strategy 2024-2029.\n"
    names = all_names(tmp_path, text)
    assert "Green Spaces Strategy 2024-2029" in names, names


def test_a_row_ending_in_a_head_noun_never_runs_into_the_next_row(tmp_path: Path) -> None:
    text = "Downloads\n\nFetch the archived Trees Review and Strategy\nCycle Parking Strategy 2019 (PDF, 2MB)\n"
    names = all_names(tmp_path, text)
    assert any(name.startswith("Cycle Parking Strategy") for name in names), names
    assert not any(name.startswith("Strategy Cycle") for name in names), names


def test_each_cell_of_a_table_of_plans_names_its_plan(tmp_path: Path) -> None:
    text = "| Title | Adopted |\n| Coastal Access Strategy for the Marsh | 2016 |\n| Allotments Plan | 2020 |\n"
    names = all_names(tmp_path, text)
    assert {"Coastal Access Strategy for the Marsh", "Allotments Plan"} <= names, names
