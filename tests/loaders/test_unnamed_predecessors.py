"""A plan said to be revised, updated, refreshed or replaced whose earlier edition the text does not name.

The earlier plan becomes one node, "Predecessor of X", of the same publisher, carrying what the text says of it
(the period it ran, the year it ended or was adopted) and never a name the text does not give. Every council and
plan here is invented; the wordings are not the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read


def test_a_document_known_only_by_its_period_stays_unnamed_with_that_period(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Autism Strategy 2020-2024\n\nThis strategy updates the first 2016-2019 document and adds a chapter on "
        "adults waiting for assessment.\n",
        "Arnmouth Borough Council",
    )
    earlier = "Predecessor of Arnmouth Autism Strategy 2020-2024"
    fact = doc.fact("Arnmouth Autism Strategy 2020-2024", "isRevisionOf", earlier)
    assert fact.derivation == "inferred"
    assert_quoted(doc, fact, "updates the first 2016-2019 document")
    assert doc.said_of(earlier) == {"validFrom": "2016", "validUntil": "2019"}
    assert not any("2016-2019" in title for title in doc.strategies())  # no "Autism Strategy 2016-2019" invented


def test_what_a_relative_clause_says_dates_the_replaced_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet report, 10 October 2023\n\nThe Corporate Strategy 2024-2028, once approved by Council, would replace "
        "the objectives contained in the corporate strategy that expired in 2019.\n",
        "Tollerby District Council",
    )
    earlier = "Predecessor of Tollerby Corporate Strategy 2024-2028"
    fact = doc.fact("Tollerby Corporate Strategy 2024-2028", "supersedes", earlier)
    assert fact.modality == "Conditional"
    assert_quoted(doc, fact, "would replace the objectives contained in the corporate strategy that expired in 2019")
    assert doc.said_of(earlier) == {"validUntil": "2019"}


def test_several_existing_plans_adopted_in_a_year_are_one_described_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Proposed Local Development Plan 2025\n\nWhen adopted, the Local Development Plan 2025 will be the "
        "replacement for the two existing Area Plans, adopted in 2009, which cover the east and west of the "
        "council area.\n",
        "Glenordie Council",
    )
    earlier = "Predecessor of Glenordie Local Development Plan 2025"
    fact = doc.fact("Glenordie Local Development Plan 2025", "supersedes", earlier)
    assert fact.modality == "Conditional"  # "When adopted": still a proposal
    assert_quoted(doc, fact, "the two existing Area Plans, adopted in 2009")
    assert doc.said_of(earlier) == {"issued": "2009"}


def test_a_plan_described_by_what_we_did_with_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Libraries Strategy 2023-2027\n\nThe Libraries Strategy 2023-2027 replaces the strategy we adopted in 2017, "
        "which ran until December 2022.\n",
        "Penwarren City Council",
    )
    earlier = "Predecessor of Penwarren Libraries Strategy 2023-2027"
    fact = doc.fact("Penwarren Libraries Strategy 2023-2027", "supersedes", earlier)
    assert_quoted(doc, fact, "the strategy we adopted in 2017, which ran until December 2022")
    assert doc.said_of(earlier) == {"issued": "2017", "validUntil": "2022"}


def test_the_plan_remade_in_its_own_text_is_a_revision_of_an_unnamed_one(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cyngor Sir Trefaes / Trefaes County Council\n\nCarers Strategy 2024-2029\n\nThe Carers Strategy 2024-2029 "
        "has been fully revised with carers in every town. Our last carers strategy ran until March 2023.\n",
        "Trefaes County Council",
    )
    earlier = "Predecessor of Trefaes Carers Strategy 2024-2029"
    fact = doc.fact("Trefaes Carers Strategy 2024-2029", "isRevisionOf", earlier)
    assert (fact.rule, fact.derivation, fact.modality) == ("revision-updated", "inferred", None)
    assert_quoted(doc, fact, "has been fully revised")
    assert doc.said_of(earlier) == {"validUntil": "2023"}  # said in another sentence, of the same node


@pytest.mark.parametrize(
    ("sentence", "relation", "modality"),
    [
        ("Officers will now prepare an updated Play Strategy 2025-2030 for the summer.", "isRevisionOf", "Proposed"),
        ("The Play Strategy 2025-2030 is currently being revised by the play team.", "isRevisionOf", "Proposed"),
        ("In March the Partnership refreshed its Play Strategy 2025-2030.", "isRefreshOf", None),
        ("Cabinet adopted a revised Play Strategy 2025-2030 on 4 February.", "isRevisionOf", None),
    ],
)
def test_an_edition_made_anew_with_its_status(tmp_path: Path, sentence: str, relation: str, modality: str) -> None:
    doc = read(tmp_path, f"Play Strategy 2025-2030\n\n{sentence}\n", "Dunhaven Borough Council")
    fact = doc.fact("Dunhaven Play Strategy 2025-2030", relation, "Predecessor of Dunhaven Play Strategy 2025-2030")
    assert fact.modality == modality
    assert_quoted(doc, fact, sentence.rstrip("."))


def test_a_replacement_in_a_request_to_consult_on_a_draft_is_a_draft(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Draft Waste Strategy 2026-2036\n\nThe Executive is asked to approve the draft Waste Strategy 2026-2036 "
        "for public consultation. The new strategy will replace the existing one, which was agreed in 2012.\n",
        "Marrowby Borough Council",
    )
    earlier = "Predecessor of Marrowby Waste Strategy 2026-2036"
    fact = doc.fact("Marrowby Waste Strategy 2026-2036", "supersedes", earlier)
    assert fact.modality == "DraftForConsultation"
    assert doc.said_of(earlier) == {"issued": "2012"}


@pytest.mark.parametrize(
    "text",
    [
        # an amendment of the plan in force, within its period
        "Community Safety Plan 2021-2026\n\nThe Community Safety Plan 2021-2026 has been updated to name the new "
        "Chief Constable.\n",
        # the draft changed in drafting
        "Housing Strategy 2025-2030\n\nThe Housing Strategy 2025-2030 has been comprehensively updated following "
        "the public consultation.\n",
        # a refresh still to come of the plan in force
        "Health and Wellbeing Strategy 2019-2024\n\nThe Board agreed to refresh the Health and Wellbeing Strategy "
        "2019-2024 next year.\n",
        # the revised plan, amended: "the revised" alone is no new edition
        "Equality Plan 2022-2026\n\nMembers noted the revised Equality Plan 2022-2026, with new contact details.\n",
        # a report on progress, not an edition
        "Carers Strategy 2022-2026\n\nThe Board received an update on the Carers Strategy 2022-2026 and updated "
        "guidance from the Department. The action plan will be refreshed annually.\n",
        # a plan that only runs longer
        "Digital Plan 2020-2023\n\nThe Digital Plan 2020-2023 has been extended until 2025.\n",
        # editions still to come of a plan in force: its successors, not its predecessors
        "Digital Plan 2020-2023\n\nCabinet adopted the Digital Plan 2020-2023 in June 2020. The Digital Plan "
        "2020-2023 will be refreshed in 2022.\n",
        "Digital Plan 2020-2023\n\nCabinet adopted the Digital Plan 2020-2023 in June 2020. It is to be "
        "substantially revised once the new Act is in force.\n",
    ],
)
def test_no_unnamed_predecessor(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, "Ellerby Borough Council")
    assert not [r for r in doc.relations() if r[1] != "extendedUntil"], doc.relations()
    assert not any(title.startswith("Predecessor of") for title in doc.strategies())


def test_a_named_earlier_edition_leaves_no_unnamed_one(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Early Years Strategy 2024-2027\n\nOur Early Years Strategy expired in March 2023. Cabinet approved the "
        "updated Early Years and Childcare Strategy 2024-2027 in May.\n",
        "Kilbride Council",
    )
    assert not any(title.startswith("Predecessor of") for title in doc.strategies()), doc.relations()


def test_the_yearly_refresh_of_a_one_year_plan_is_that_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Report to the Safer Communities Board\n\nThe report asks the Board to agree the yearly refresh of the "
        "Partnership Plan 2025/26, which keeps last year's four priorities.\n",
        "Rosskeen Council",
    )
    fact = doc.fact(
        "Rosskeen Partnership Plan 2025-2026", "isRefreshOf", "Predecessor of Rosskeen Partnership Plan 2025-2026"
    )
    assert_quoted(doc, fact, "the yearly refresh of the Partnership Plan 2025/26")


def test_the_refresh_of_a_plan_of_several_years_is_an_edition_within_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Board minutes\n\nThe Board approved the annual refresh of the Skills Strategy 2023-2028; its period is "
        "unchanged.\n",
        "Lowther Borough Council",
    )
    assert not any(title.startswith("Predecessor of") for title in doc.strategies()), doc.relations()


def test_an_end_still_to_come_dates_the_plan_replaced(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Tenancy Strategy 2026-2031\n\nThe Tenancy Strategy 2026-2031 will take the place of the current "
        "strategy, which ends in March 2026.\n",
        "Ashwell District Council",
    )
    earlier = "Predecessor of Ashwell Tenancy Strategy 2026-2031"
    fact = doc.fact("Ashwell Tenancy Strategy 2026-2031", "supersedes", earlier)
    assert_quoted(doc, fact, "the current strategy, which ends in March 2026")
    assert doc.said_of(earlier) == {"validUntil": "2026"}


@pytest.mark.parametrize(
    ("sentence", "relation", "said"),
    [
        ("It has been thoroughly rewritten since the last edition.", "isRevisionOf", {}),
        ("The Strategy has been substantially updated with young people.", "isRevisionOf", {}),
        ("This strategy replaces the one agreed in 2017.", "supersedes", {"issued": "2017"}),
        (
            "The Strategy, which refreshes the version approved in 2020, sets four goals.",
            "isRefreshOf",
            {"issued": "2020"},
        ),
    ],
)
def test_the_plan_by_co_reference(tmp_path: Path, sentence: str, relation: str, said: dict[str, str]) -> None:
    doc = read(
        tmp_path, f"Report to Committee\n\nArts and Heritage Strategy 2024-2029\n\n{sentence}\n", "Kilmorack Council"
    )
    earlier = "Predecessor of Kilmorack Arts and Heritage Strategy 2024-2029"
    fact = doc.fact("Kilmorack Arts and Heritage Strategy 2024-2029", relation, earlier)
    assert_quoted(doc, fact, sentence.rstrip("."))
    assert doc.said_of(earlier) == said


def test_the_plan_updated_by_co_reference_in_drafting_is_no_new_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Arts and Heritage Strategy 2024-2029\n\nThe Strategy has been updated. It has been fully revised in light "
        "of the comments received.\n",
        "Kilmorack Council",
    )
    assert not doc.relations()


def test_a_plan_rolled_forward_is_a_new_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Medium Term Plan 2024-2027\n\nThe Medium Term Plan 2024-2027 has been updated and rolled forward by one "
        "year.\n",
        "Carnforth Borough Council",
    )
    fact = doc.fact(
        "Carnforth Medium Term Plan 2024-2027", "isRevisionOf", "Predecessor of Carnforth Medium Term Plan 2024-2027"
    )
    assert_quoted(doc, fact, "has been updated and rolled forward")


def test_what_an_earlier_plan_of_another_name_set_out(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Report to the Executive\n\nCommunity Plan 2018-2022\n\nThe Community Plan 2018-2022, once agreed, would "
        "replace the outcomes described in the corporate plan that finished in 2017. Public consultation on the "
        "draft will run for eight weeks.\n",
        "Penhallow District Council",
    )
    earlier = "Predecessor of Penhallow Community Plan 2018-2022"
    fact = doc.fact("Penhallow Community Plan 2018-2022", "supersedes", earlier)
    assert fact.modality == "DraftForConsultation"
    assert_quoted(doc, fact, "the outcomes described in the corporate plan that finished in 2017")
    assert doc.said_of(earlier) == {"validUntil": "2017"}


@pytest.mark.parametrize(
    ("title", "plan"),
    [("Corporate Plan 2022-2026", "Wyreford Corporate Plan 2022-2026"), ("Corporate Plan", "Corporate Plan")],
)
def test_the_refreshed_plan_approved_under_its_bare_name(tmp_path: Path, title: str, plan: str) -> None:
    doc = read(
        tmp_path,
        f"Executive - 6 September 2022\n\n{title}\n\nMembers discussed the four priorities of the {title}.\n\n"
        "RESOLVED: That the refreshed Corporate Plan be adopted.\n",
        "Wyreford District Council",
    )
    fact = doc.fact(plan, "isRefreshOf", f"Predecessor of {plan}")
    assert_quoted(doc, fact, "That the refreshed Corporate Plan be adopted")


def test_the_proposed_revised_plan_put_out_for_consultation_is_a_draft_revision(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Executive report, 2 March 2021\n\nAsset Management Strategy\n\nThe Executive is invited to endorse the "
        "proposed revised Asset Management Strategy for consultation with tenants. The present strategy stays in "
        "force until then.\n",
        "Holcombe Borough Council",
    )
    fact = doc.fact("Asset Management Strategy", "isRevisionOf", "Predecessor of Asset Management Strategy")
    assert fact.modality == "DraftForConsultation"
    assert_quoted(doc, fact, "the proposed revised Asset Management Strategy for consultation")
