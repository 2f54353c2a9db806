"""Lists of replaced plans (misspelt cue, one replaced only in part), a plan that lapses and the edition adopted
after it, a renewed plan, a review that is no edition, and numbered plans that are only listed.

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

from tests.loaders.test_lineage_cues import assert_quoted, read


def test_a_misspelt_supersession_lists_three_plans_one_replaced_in_part(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Brackmoor Local Plan 2023-2041\n\n2.3 On adoption this plan superceded the Brackmoor Core Strategy 2012, "
        "the Upland Villages Local Plan 2009 (part) and the Harbour Area Action Plan 2015.\n",
        "Brackmoor District Council",
    )
    newer = "Brackmoor Local Plan 2023-2041"
    full = doc.fact(newer, "supersedes", "Brackmoor Core Strategy 2012")
    assert full.rule == "supersession-supersede"
    assert_quoted(doc, full, "superceded the Brackmoor Core Strategy 2012")
    partial = doc.fact(newer, "partiallySupersedes", "Brackmoor Upland Villages Local Plan 2009")
    assert partial.rule == "partial-supersession-stated"
    assert_quoted(doc, partial, "Upland Villages Local Plan 2009 (part)")
    doc.fact(newer, "supersedes", "Brackmoor Harbour Area Action Plan 2015")
    assert not any(
        r[1] == "supersedes" and "Upland" in r[2] for r in doc.relations()
    )  # the one replaced in part is not also replaced in full


def test_a_passive_misspelling_is_read_too(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Play Strategy 2015-2020 has been superceded by the Play and Open Spaces Strategy 2021-2026.\n",
        "Linthorpe Borough Council",
    )
    fact = doc.fact(
        "Linthorpe Play and Open Spaces Strategy 2021-2026", "supersedes", "Linthorpe Play Strategy 2015-2020"
    )
    assert fact.derivation == "stated"


def test_a_plan_that_lapses_is_followed_by_the_edition_then_adopted(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Minutes of the Executive, 9 October 2024\n\n"
        "12. Parks Strategy\n\n"
        "Members heard that the existing Parks Strategy 2015-2025 is due to lapse next spring, and officers had "
        "written a replacement after two rounds of engagement with friends-of-parks groups.\n\n"
        "RESOLVED: That the Parks Strategy 2025-2035, as amended at the meeting, be approved.\n",
        "Cresswick Borough Council",
    )
    fact = doc.fact("Cresswick Parks Strategy 2025-2035", "isSuccessorOf", "Cresswick Parks Strategy 2015-2025")
    assert fact.rule == "succession-after-expiry"
    assert_quoted(doc, fact, "is due to lapse", "Parks Strategy 2025-2035")
    assert "Cresswick existing Parks Strategy 2015-2025" not in doc.strategies()


def test_a_lapse_with_no_later_edition_adopted_states_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Parks Strategy 2015-2025 will lapse in March. RESOLVED: That the Allotments Policy 2025 be approved.\n",
        "Cresswick Borough Council",
    )
    assert doc.relations() == []


def test_a_renewed_plan_revises_the_edition_named_year_first(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Carers Plan 2022-2025\n\nIn the three years since we started work on our 2019-2022 Carers Plan, carers have "
        "told us what matters most. We have renewed the plan with them, and our renewed Carers Plan 2022-2025 keeps "
        "respite at its heart.\n",
        "Oldcastle City Council",
    )
    fact = doc.fact("Oldcastle Carers Plan 2022-2025", "isRevisionOf", "Oldcastle Carers Plan 2019-2022")
    assert_quoted(doc, fact, "renewed")
    assert doc.strategies() == {"Oldcastle Carers Plan 2019-2022", "Oldcastle Carers Plan 2022-2025"}


def test_a_review_of_a_plan_is_neither_a_plan_nor_its_revision(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Safer Streets Plan 2022-2024 Review\n\nThis paper looks back on the Safer Streets Plan 2022-2024 and "
        "what the partnership delivered in its second year.\n",
        "Fenholt Community Safety Partnership",
    )
    assert doc.relations() == []
    assert not any("Review" in title for title in doc.strategies())


def test_numbered_plans_only_listed_as_documents_are_not_related(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Downloads\n\n- Local Transport Plan 2 (LTP2) evidence base\n"
        "- Local Transport Plan 3 (LTP3) consultation summary (PDF, 1.2MB)\n",
        "Tarnside County Council",
    )
    assert len(doc.strategies()) == 2
    assert doc.relations() == []


def test_numbered_plans_a_sentence_relates_still_follow_each_other(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Rail Plan\n\nThe county's Rail Plan 2 (2015-2020) guided investment until 2020, and Rail Plan 3 "
        "(2020-2030) now takes that work into the new franchise.\n",
        "Tarnside County Council",
    )
    fact = doc.fact("Tarnside Rail Plan 3 2020-2030", "isSuccessorOf", "Tarnside Rail Plan 2 2015-2020")
    assert fact.rule == "ordinal-edition"


def test_a_plan_pointed_at_with_an_indefinite_article_is_the_subject_not_the_plan_named_before(
    tmp_path: Path,
) -> None:
    doc = read(
        tmp_path,
        "Greyhaven Local Plan 2024-2040\n\nThe Greyhaven Local Plan 2024-2040 supersedes the Town Plan 2011. "
        "The housing sites of the Riverside Plan 2014 stay in force until a neighbourhood plan replaces them.\n",
        "Greyhaven District Council",
    )
    assert doc.relations() == [
        ("Greyhaven Local Plan 2024-2040", "supersedes", "Greyhaven Town Plan 2011")
    ]  # never "Riverside Plan 2014 supersedes Greyhaven Local Plan 2024-2040"


def test_a_lapse_followed_by_a_resolution_approving_the_next_edition_by_name(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Executive, 4 June 2025\n\nDog Control Plan\n\nThe Dog Control Plan 2020-2025 lapses at the end of the month."
        "\n\nRESOLVED: That the Executive approves the Dog Control Plan 2025-2030.\n",
        "Harlow Vale Council",
    )
    fact = doc.fact("Harlow Vale Dog Control Plan 2025-2030", "isSuccessorOf", "Harlow Vale Dog Control Plan 2020-2025")
    assert fact.rule == "succession-after-expiry"


def test_the_next_numbered_plan_still_to_be_published_follows_as_a_proposal(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Rail Plan 2 2016-2021\n\nMembers reviewed delivery of Rail Plan 2, with the intended publication of Rail "
        "Plan 3 next spring.\n",
        "Tarnside County Council",
    )
    fact = doc.fact("Rail Plan 3", "isSuccessorOf", "Tarnside Rail Plan 2 2016-2021")
    assert (fact.rule, fact.modality) == ("ordinal-edition", "Proposed")
    assert_quoted(doc, fact, "intended publication of Rail Plan 3")
