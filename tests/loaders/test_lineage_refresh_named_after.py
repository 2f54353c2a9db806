"""A plan's refresh named by the plan's own name and the noun "refresh" after it ("that the X refresh be approved",
"asks Cabinet to approve the X refresh"): the plan refreshed in place, keeping its name and period, refreshes its
earlier version (an unnamed node), stated in a resolution and proposed in a request. A refresh report, a refresh
still to come, a draft and "in need of refresh" are no such edition.

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

PUBLISHER = "Wyndale District Council"


def test_a_resolution_approving_the_refresh_of_an_undated_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Minutes of Cabinet, 9 October 2024\n\n57. Playing Fields Action Plan\n\nRESOLVED: That the Playing Fields "
        "Action Plan refresh be agreed and published.\n",
        PUBLISHER,
    )
    assert doc.relations() == [
        ("Playing Fields Action Plan", "isRefreshOf", "Earlier version of Playing Fields Action Plan")
    ]
    fact = doc.fact("Playing Fields Action Plan", "isRefreshOf", "Earlier version of Playing Fields Action Plan")
    assert (fact.rule, fact.modality) == ("revision-refresh", None)
    assert_quoted(doc, fact, "Action Plan refresh be agreed")


def test_a_request_to_approve_a_dated_plans_refresh_is_proposed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet is recommended to approve the Wyndale Cultural Strategy 2022-2027 refresh.\n",
        PUBLISHER,
    )
    fact = doc.fact(
        "Wyndale Cultural Strategy 2022-2027", "isRefreshOf", "Earlier version of Wyndale Cultural Strategy 2022-2027"
    )
    assert fact.modality == "Proposed"


@pytest.mark.parametrize(
    "text",
    [
        # a report about the refresh, noted
        "RESOLVED: That the Playing Fields Action Plan refresh report be noted.\n",
        # a refresh still to come
        "The Playing Fields Action Plan refresh is due to start in 2026.\n",
        # a draft published for comment
        "The draft Playing Fields Action Plan refresh was put out to consultation in June.\n",
        # said to need one, no edition made
        "The Playing Fields Action Plan is out of step with demand and is in need of a refresh.\n",
    ],
)
def test_a_refresh_that_made_no_edition_relates_nothing(tmp_path: Path, text: str) -> None:
    assert read(tmp_path, text, PUBLISHER).relations() == []
