"""bench.report: each ratio target keeps the value of every round that measured it."""

from __future__ import annotations

import pytest

from bench.report import crossed, paired


def measured(*rps: float) -> dict:
    return {"rps": sorted(rps)[len(rps) // 2], "rounds": [{"rps": r} for r in rps]}


def test_interleaved_rounds_are_divided_round_by_round() -> None:
    # Round i of the endpoint ran beside round i of the ceiling: a slow moment slows both.
    assert paired(measured(50.0, 100.0, 80.0), measured(100.0, 200.0, 160.0)) == (0.5, 0.5, 0.5)


def test_rounds_measured_apart_give_every_pairing() -> None:
    ratios = crossed(measured(600.0, 700.0), measured(7.0, 10.0))
    assert sorted(ratios) == pytest.approx([60.0, 70.0, 600 / 7, 100.0])


def test_unequal_round_counts_cannot_be_paired_and_are_crossed() -> None:
    assert sorted(paired(measured(10.0, 20.0, 30.0), measured(10.0, 20.0))) == pytest.approx(
        [0.5, 1.0, 1.0, 1.5, 2.0, 3.0]
    )


def test_a_figure_without_rounds_has_none() -> None:
    assert paired({"rps": 5.0}, measured(1.0, 2.0)) == ()
