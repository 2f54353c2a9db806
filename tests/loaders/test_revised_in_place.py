"""A plan revised in place, keeping its own period: the plan is a revision of its earlier version.

When a text says the plan itself was amended, updated, refreshed or re-issued as a later version within its
period ("the proposed changes to X be agreed", "Refreshed for 2023/24" on its title page, "(updated July 2022)",
"2024 edition 2", "its half-way revision"), the earlier version is one unnamed node of the same publisher, name and
period, labelled as the plan's earlier version, and the plan is its revision. Two names of one plan, an update on
progress, a change in drafting or one still to come make no edge. Every council, plan and wording here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read


def test_agreed_changes_to_a_dated_plan_revise_its_earlier_version(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Minutes of the Executive, 12 September 2023\n\n7. Harbour Strategy 2022-2026: proposed changes\n\n"
        "RESOLVED - That the proposed changes to the Harbour Strategy 2022-2026 be agreed.\n",
        "Kelsby Borough Council",
    )
    plan, earlier = "Kelsby Harbour Strategy 2022-2026", "Earlier version of Kelsby Harbour Strategy 2022-2026"
    fact = doc.fact(plan, "isRevisionOf", earlier)
    assert fact.modality is None  # a resolution: stated, though the changes were "proposed" until then
    assert_quoted(doc, fact, "the proposed changes to the Harbour Strategy 2022-2026 be agreed")
    assert doc.said_of(earlier) == {"validFrom": "2022", "validUntil": "2026"}  # the same period as the plan
    assert earlier in doc.strategies()


def test_changes_a_report_asks_for_are_a_proposed_revision(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Report to Cabinet\n\nMembers are asked to approve the proposed revisions to the Leisure Plan 2021-2025 "
        "set out in the appendix.\n",
        "Oakridge District Council",
    )
    fact = doc.fact(
        "Oakridge Leisure Plan 2021-2025", "isRevisionOf", "Earlier version of Oakridge Leisure Plan 2021-2025"
    )
    assert fact.modality == "Proposed"
    assert_quoted(doc, fact, "the proposed revisions to the Leisure Plan 2021-2025")


def test_a_title_page_refreshed_for_a_year_within_the_period(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Parks and Open Spaces Strategy 2020-2025\n\nRefreshed for 2023/24\n\nOur parks are loved by residents.\n",
        "Wendlow City Council",
    )
    plan = "Wendlow Parks and Open Spaces Strategy 2020-2025"
    fact = doc.fact(plan, "isRefreshOf", f"Earlier version of {plan}")
    assert_quoted(doc, fact, "Parks and Open Spaces Strategy 2020-2025", "Refreshed for 2023/24")
    assert "Our parks" not in fact.span.exact  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Tourism Strategy 2019-2024 (updated July 2022)", "updated July 2022"),
        ("Tourism Strategy 2019-2024, 2022 edition 2", "2022 edition 2"),
        ("Tourism Strategy 2019-24 - version 3", "version 3"),
        ("Tourism Strategy 2019-2024 (year 3 revision)", "year 3 revision"),
    ],
)
def test_a_later_version_written_beside_the_plans_name(tmp_path: Path, line: str, words: str) -> None:
    doc = read(tmp_path, f"Documents\n\n{line}\n\nHow we will grow visitor numbers.\n", "Marlow Vale Council")
    plan = "Marlow Vale Tourism Strategy 2019-2024"
    fact = doc.fact(plan, "isRevisionOf", f"Earlier version of {plan}")
    assert_quoted(doc, fact, words)


def test_a_plan_revised_after_its_mid_term_review(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Council, 4 March 2024\n\nThe revised Economic Plan 2021-2027 following the mid-term review was approved "
        "by Council. The plan's half-way revision adds a section on the port.\n",
        "Tarnside County Council",
    )
    plan = "Tarnside Economic Plan 2021-2027"
    fact = doc.fact(plan, "isRevisionOf", f"Earlier version of {plan}")
    assert_quoted(doc, fact, "following the mid-term review")
    # one edge, with each sentence that says so as its evidence
    assert set(doc.relations()) == {(plan, "isRevisionOf", f"Earlier version of {plan}")}
    quotes = [f.span.exact for f in doc._lineage() if f.span is not None]
    assert len(quotes) == 2 and "half-way revision" in quotes[1]


def test_a_plans_possessive_half_way_update(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Nature Recovery Plan 2022-2030\n\nThe plan's half-way update, published this spring, adds targets for "
        "hedgerows and road verges.\n",
        "Coldharbour Borough Council",
    )
    plan = "Coldharbour Nature Recovery Plan 2022-2030"
    fact = doc.fact(plan, "isRevisionOf", f"Earlier version of {plan}")
    assert_quoted(doc, fact, "half-way update")


@pytest.mark.parametrize(
    "text",
    [
        # two names of one plan, no revision cue
        "Kelsby Corporate Plan 2020-2024\n\nThe Corporate Plan 2020-2024 sets out four priorities.\n",
        # an update on progress, an annual report, a change in drafting, a refresh still to come
        "The Committee received an update on progress against the Corporate Plan 2020-2024 and the annual report "
        "on the plan. The Corporate Plan 2020-2024 was amended following consultation with residents. The plan "
        "will be refreshed in 2027.\n",
        # dated at the plan's start: the making of the plan, not a later version
        "Corporate Plan 2020-2024 (updated March 2020)\n\nVersion 1\n",
        # a draft's version, changes delegated before publication, changes still to be brought
        "Corporate Plan 2020-2024 - Version 2 draft\n\nThat authority be delegated to the Chief Executive to make "
        "any minor amendments to the Corporate Plan 2020-2024 before it is published. Officers will bring "
        "amendments to the Corporate Plan 2020-2024 next year.\n",
        # a mid-term review alone revised nothing
        "The mid-term review of the Corporate Plan 2020-2024 found that most actions are on track.\n",
        # refreshed every year, but no refresh said to have been agreed yet; a review every year; one still to come
        "Borough Plan 2022-2027\n\nThe Borough Plan 2022-2027 is refreshed every year with new actions.\n",
        "Borough Plan 2022-2027\n\nThe Borough Plan 2022-2027 is reviewed every year; the latest review was "
        "published in 2024.\n",
        "Borough Plan 2022-2027\n\nThe Borough Plan 2022-2027 will be refreshed every year once the latest "
        "budget was agreed in 2022.\n",
        # a power to amend the plan later: nothing was changed yet
        "RESOLVED that the Housing Strategy 2024-2029 be adopted and that the Head of Housing be authorised to make "
        "amendments to the Housing Strategy 2024-2029 as required during its life.\n",
        "Recommendation 2: The Board gives the Partnership Manager delegated authority to agree updates to the "
        "Community Safety Plan 2023-2026 as the year goes on.\n",
        "Recommendation: That Council delegates to the Chief Executive the power to make updates to the Council Plan "
        "2024-2028 during its life, after consulting the Leader.\n",
    ],
)
def test_no_earlier_version_without_a_revision_of_the_plan_itself(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, "Kelsby Borough Council")
    assert doc.relations() == []
    assert not any(title.startswith("Earlier version") for title in doc.strategies())


# --- events of the earlier version --------------------------------------------------------------------------

REFRESH_ITEM = (
    "Agenda item\n\nAllotments Strategy Refresh\n\nReport of the Portfolio Holder for Leisure seeking approval of "
    "the refreshed Allotments Strategy 2020-2025.\n\nDecision:\n\nCabinet approves the refreshed Allotments Strategy "
    "2020-2025.\n\nMinutes:\n\nThe Portfolio Holder presented the refresh. The 2020-2025 strategy had originally been "
    "adopted by Cabinet on 9 June 2020; since then waiting lists had doubled, so two of its objectives were "
    "rewritten.\n"
)


def events(doc: object) -> dict[str, list[str]]:
    """Each plan's title -> the local names of the event classes concerning it."""
    from tests.loaders.test_lineage_cues import Read

    assert isinstance(doc, Read)
    concerns = {f.subject.value: f.object.value for f in doc.extraction.facts if f.predicate.value.endswith("concerns")}
    found: dict[str, list[str]] = {}
    for f in doc.extraction.facts:
        if f.subject.value in concerns and f.predicate.value.endswith("#type"):
            plan = doc.titles.get(concerns[f.subject.value], concerns[f.subject.value])
            found.setdefault(plan, []).append(f.object.value.rsplit("#", 1)[-1])
    return found


def test_an_adoption_told_in_the_past_of_the_refreshed_plan_is_its_earlier_versions(tmp_path: Path) -> None:
    doc = read(tmp_path, REFRESH_ITEM, "Hollins District Council")
    plan = "Hollins Allotments Strategy 2020-2025"
    earlier = f"Earlier version of {plan}"
    doc.fact(plan, "isRefreshOf", earlier)  # the period it kept: the text dates its first adoption within it
    assert doc.said_of(earlier) == {"validFrom": "2020", "validUntil": "2025"}
    found = events(doc)
    assert found[earlier] == ["Adoption"]  # "had originally been adopted by Cabinet on 9 June 2020"
    assert "Adoption" not in found[plan] and "Approval" in found[plan]


def test_an_adoption_dated_in_the_plans_first_year_is_its_earlier_versions(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet, 5 October 2023\n\nThe Corporate Plan 2021-2025 was adopted by Council in July 2021. Halfway "
        "through, officers reviewed its actions.\n\nRESOLVED - That the proposed amendments to the Corporate Plan "
        "2021-2025 be agreed.\n",
        "Hollins District Council",
    )
    plan = "Hollins Corporate Plan 2021-2025"
    found = events(doc)
    assert found[f"Earlier version of {plan}"] == ["Adoption"]
    assert found[plan] == ["Agreement"]


def test_without_a_revision_the_plans_own_adoption_stays_on_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Allotments Strategy 2020-2025 had been adopted by Cabinet on 9 June 2020. Members noted an update on "
        "progress.\n",
        "Hollins District Council",
    )
    assert events(doc) == {"Hollins Allotments Strategy 2020-2025": ["Adoption"]}


# --- one predecessor, one edge -------------------------------------------------------------------------------


def test_two_cues_relating_the_same_two_plans_make_one_edge_with_both_quotes(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet report, 4 June 2024\n\nThe Cemeteries Strategy 2024-2029 will take the place of the Cemeteries "
        "Strategy 2018-2023. In the same spirit, the Cemeteries Strategy 2024-2029 carries on the work of the "
        "Cemeteries Strategy 2018-2023 on woodland burial.\n",
        "Ashgrove Borough Council",
    )
    newer, older = "Ashgrove Cemeteries Strategy 2024-2029", "Ashgrove Cemeteries Strategy 2018-2023"
    assert set(doc.relations()) == {(newer, "supersedes", older)}  # not also a succession
    quotes = [f.span.exact for f in doc._lineage() if f.span is not None]
    assert len(quotes) == 2 and "take the place of" in quotes[0] and "carries on the work of" in quotes[1]


def test_two_cues_pointing_at_one_unnamed_predecessor_make_one_edge(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Markets Strategy 2025-2030\n\nThe Markets Strategy 2025-2030 is the successor to the previous strategy, "
        "which was agreed in 2019, and supersedes the previous strategy in full.\n",
        "Ashgrove Borough Council",
    )
    plan = "Ashgrove Markets Strategy 2025-2030"
    earlier = f"Predecessor of {plan}"
    assert set(doc.relations()) == {(plan, "supersedes", earlier)}  # one edge, not a succession beside it
    assert {f.rule for f in doc._lineage()} == {"supersession-supersede", "succession-stated"}  # both cues' evidence
    assert doc.said_of(earlier) == {"issued": "2019"}


def test_an_earlier_version_stays_beside_a_named_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Download\n\nHarbour Strategy 2022-2026 (revised May 2024)\n\nThe Harbour Strategy 2022-2026 replaced the "
        "Harbour Strategy 2017-2021.\n",
        "Kelsby Borough Council",
    )
    plan = "Kelsby Harbour Strategy 2022-2026"
    assert set(doc.relations()) == {
        (plan, "isRevisionOf", f"Earlier version of {plan}"),  # revised in 2024, within its period
        (plan, "supersedes", "Kelsby Harbour Strategy 2017-2021"),  # the plan before it
    }


# --- the plan issued again as a version of itself ---------------------------------------------------------------


def test_a_revised_version_of_the_plan_itself_tabled_at_a_meeting(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet, 8 February 2024\n\nThe Cabinet Member tabled a revised version of the Rural Transport Plan "
        "2021-2026, which Cabinet endorsed.\n",
        "Pellingham County Council",
    )
    plan = "Pellingham Rural Transport Plan 2021-2026"
    fact = doc.fact(plan, "isRevisionOf", f"Earlier version of {plan}")
    assert_quoted(doc, fact, "tabled a revised version of the Rural Transport Plan 2021-2026")
    assert doc.said_of(f"Earlier version of {plan}") == {"validFrom": "2021", "validUntil": "2026"}


def test_a_plan_republished_within_its_period(tmp_path: Path) -> None:
    doc = read(
        tmp_path, "Publications\n\nDog Control Plan 2019-2024 - republished June 2022\n", "Pellingham County Council"
    )
    plan = "Pellingham Dog Control Plan 2019-2024"
    assert_quoted(doc, doc.fact(plan, "isRevisionOf", f"Earlier version of {plan}"), "republished June 2022")


def test_this_edition_of_the_plan_revised_has_an_earlier_one(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Carers Strategy 2023-2028\n\nThis edition of the Strategy has been updated with what young carers told us.\n",
        "Pellingham County Council",
    )
    plan = "Pellingham Carers Strategy 2023-2028"
    fact = doc.fact(plan, "isRevisionOf", f"Predecessor of {plan}")  # its period not said: the edition before
    assert_quoted(doc, fact, "This edition of the Strategy has been updated")


@pytest.mark.parametrize(
    "text",
    [
        "Rural Transport Plan 2021-2026\n\nA revised version of the Rural Transport Plan 2021-2026 will come to "
        "Cabinet in the autumn.\n",
        "Rural Transport Plan 2021-2026\n\nThe Board received an update of the Rural Transport Plan 2021-2026 on "
        "progress; the next version of the plan is due in 2026.\n",
        "Rural Transport Plan 2021-2026 (published 2021)\n",
    ],
)
def test_no_version_of_the_plan_itself_still_to_come_or_at_its_start(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, "Pellingham County Council")
    assert doc.relations() == []


def test_a_heading_reviewing_the_plan_for_a_later_year_is_the_plan_revised(tmp_path: Path) -> None:
    """ "X 2021-25 - REVIEW FOR 2023/24" over "the reviewed strategy": the review is the plan itself, revised,
    never a second plan named "... Review" or "reviewed X"."""
    doc = read(
        tmp_path,
        "LIBRARIES STRATEGY 2021-25 - REVIEW FOR 2023/24\n\nReport to the Executive, 9 May 2023\n\nThe Libraries "
        "Strategy 2021-25 is looked at each spring. Members approved the reviewed Libraries Strategy 2021-25 with "
        "two new actions on digital skills.\n",
        "Easterby District Council",
    )
    plan = "Easterby Libraries Strategy 2021-2025"
    fact = doc.fact(plan, "isRevisionOf", f"Earlier version of {plan}")
    assert_quoted(doc, fact, "REVIEW FOR 2023/24")
    assert doc.strategies() == {plan, f"Earlier version of {plan}"}
    assert doc.said_of(f"Earlier version of {plan}") == {"validFrom": "2021", "validUntil": "2023"}  # until revised


def test_a_review_heading_for_the_plans_first_year_revises_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Libraries Strategy 2021-25 - Review for 2021\n\nThe Libraries Strategy 2021-25 starts this year.\n",
        "Easterby District Council",
    )
    assert doc.relations() == []


# --- a plan refreshed every year, a plan renewed ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "until"),
    [
        (
            "Our Borough Plan\n\nThe Borough Plan 2022-2027 is looked at again and refreshed every year. The most "
            "recent refresh was endorsed by Full Council in July 2024.\n",
            "isRefreshOf",
            "2024",
        ),
        (
            "Our Borough Plan\n\nThe Borough Plan 2022-2027 sets out five ambitions. The council updates its "
            "priorities every year, and the latest of which was approved by the Executive in March 2025.\n",
            "isRevisionOf",
            "2025",
        ),
        (
            "Our Borough Plan\n\nThe Borough Plan 2022-2027 is our promise to residents. The council looks again at "
            "the priorities of the plan each year; the latest was approved by Cabinet in May 2023.\n",
            "isRefreshOf",
            "2023",
        ),
    ],
)
def test_a_plan_refreshed_every_year_with_a_latest_refresh_agreed(
    tmp_path: Path, text: str, relation: str, until: str
) -> None:
    doc = read(tmp_path, text, "Hadley Vale District Council")
    plan = "Hadley Vale Borough Plan 2022-2027"
    fact = doc.fact(plan, relation, f"Earlier version of {plan}")
    assert fact.derivation == "inferred"
    assert_quoted(doc, fact, "year")
    assert doc.said_of(f"Earlier version of {plan}") == {"validFrom": "2022", "validUntil": until}


def test_a_renewed_plan_without_a_period_is_a_new_edition_of_an_earlier_one(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "News, 2 May 2024\n\nCouncil agrees a renewed Harbour Plan\n\nMembers of Saltmarsh Town Council agreed on "
        "Tuesday to adopt a renewed Harbour Plan, which sets out moorings, dredging and the fish quay's future.\n",
        "Saltmarsh Town Council",
    )
    relations = doc.relations()
    assert relations and {(newer, relation) for newer, relation, _ in relations} == {("Harbour Plan", "isRevisionOf")}
    assert all(older.startswith("Predecessor of") for _, _, older in relations)


@pytest.mark.parametrize(
    "publisher_line", ["Ravenholt Borough Council", "Ravenholt Health and Wellbeing Board", "Ravenholt Partnership"]
)
def test_the_publishers_line_above_a_capitalised_title_is_not_part_of_its_name(
    tmp_path: Path, publisher_line: str
) -> None:
    """ "Ravenholt Borough Council" on its own line above "PLAY STRATEGY 2021-25 - REVIEW FOR 2023/24": the review
    revises the Play Strategy, never a "Ravenholt Borough Council Play Strategy"."""
    doc = read(
        tmp_path,
        f"{publisher_line}\n\nPLAY STRATEGY 2021-25 - REVIEW FOR 2023/24\n\nThe Play Strategy 2021-25 is looked at "
        "again every spring.\n",
        "Ravenholt Borough Council",
    )
    plan = "Ravenholt Play Strategy 2021-2025"
    doc.fact(plan, "isRevisionOf", f"Earlier version of {plan}")
    assert doc.strategies() == {plan, f"Earlier version of {plan}"}
