"""How far a lineage cue reaches to the plans it relates, between plans the text names: words of standing
between the cue and the older plan ("replaces the adopted ..."), a list of older plans after such a word, and
the same cue read in the active, passive and relative forms.

Every council and plan here is invented, in wordings other than the ones the rules were developed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_lineage_cues import assert_quoted, read

PUBLISHER = "Harrowdene District Council"


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("It supersedes the approved Harrowdene Minerals Plan 2012.", "supersedes"),
        ("It replaced the statutory Harrowdene Minerals Plan 2012 in full.", "supersedes"),
        ("It takes the place of the currently adopted Harrowdene Minerals Plan 2012.", "supersedes"),
        (
            "In 2024 the Harrowdene Minerals Plan 2012 was superseded by the adopted Harrowdene Waste and Minerals "
            "Plan 2024-2039.",
            "supersedes",
        ),
    ],
)
def test_a_word_of_standing_before_the_older_plan(tmp_path: Path, sentence: str, relation: str) -> None:
    doc = read(
        tmp_path,
        f"Harrowdene Waste and Minerals Plan 2024-2039\n\nCouncil adopted the Harrowdene Waste and Minerals Plan "
        f"2024-2039 in May 2024. {sentence}\n",
        PUBLISHER,
    )
    assert (
        "Harrowdene Waste and Minerals Plan 2024-2039",
        relation,
        "Harrowdene Minerals Plan 2012",
    ) in doc.relations()
    fact = doc.fact("Harrowdene Waste and Minerals Plan 2024-2039", relation, "Harrowdene Minerals Plan 2012")
    assert_quoted(doc, fact, "Harrowdene Minerals Plan 2012")


def test_a_list_of_older_plans_after_a_word_of_standing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Harrowdene Local Plan Part 2\n\nThe Local Plan Part 2 was found sound and then adopted in June 2023. "
        "It replaces the adopted Harrowdene Core Strategy (2011) and the Harrowdene Sites Plan and sits alongside "
        "the County Waste Plan.\n",
        PUBLISHER,
    )
    olders = {older for newer, relation, older in doc.relations() if relation == "supersedes"}
    assert olders == {"Harrowdene Core Strategy 2011", "Harrowdene Sites Plan"}
    assert not any("Waste" in older or "Waste" in newer for newer, _, older in doc.relations())


OLD = "Harrowdene Cycling Plan 2015-2020"
NEW = "Harrowdene Active Travel Plan 2021-2031"


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        (f"In 2015 the {OLD} was replaced with the {NEW}, drawn up with the walking forum.", "supersedes"),
        (f"Last spring the {NEW} took over from the {OLD}.", "isSuccessorOf"),
        (f"Members heard that the {NEW} had been directly preceded by the {OLD}.", "isSuccessorOf"),
        (f"The {OLD}, the immediate predecessor to the {NEW}, met most of its targets.", "isSuccessorOf"),
        (f"Officers said the {OLD} was the predecessor of the {NEW}.", "isSuccessorOf"),
        (f"The {NEW}, formerly known as the {OLD}, was agreed in July.", "isSuccessorOf"),
        (f"The {NEW} (previously titled the {OLD}) was agreed in July.", "isSuccessorOf"),
        (f"The {NEW} is a renewal of the {OLD} with a wider scope.", "isRevisionOf"),
        # how completely or from when, between the verb and the older plan
        (f"The {NEW} supersedes in its entirety the {OLD}.", "supersedes"),
        (f"The {NEW} replaces, with effect from 1 April 2021, the {OLD}.", "supersedes"),
        # an older plan taken into a newer one, or turned into it
        (f"From April the {OLD} is subsumed within the {NEW}.", "supersedes"),
        (f"The {OLD} was absorbed into the {NEW} when it ended.", "supersedes"),
        (f"The {OLD} has been withdrawn and replaced with the {NEW}.", "supersedes"),
        (f"The {OLD} has been replaced by a new and wider plan, the {NEW}.", "supersedes"),
        (f"After five years the {OLD} gave way to the {NEW}.", "isSuccessorOf"),
        (f"With the new funding, the {OLD} became the {NEW}.", "isSuccessorOf"),
    ],
)
def test_more_wordings_between_two_named_plans(tmp_path: Path, sentence: str, relation: str) -> None:
    doc = read(tmp_path, f"Travel plans\n\n{sentence}\n", PUBLISHER)
    assert doc.relations() == [(NEW, relation, OLD)]
    assert_quoted(doc, doc.fact(NEW, relation, OLD), OLD, NEW)


@pytest.mark.parametrize(
    "sentence",
    [
        f"The walking forum was replaced with a Travel Board, which now oversees the {NEW}.",
        f"Adoption of the {NEW} was preceded by twelve weeks of consultation.",
        f"The {NEW}, previously agreed by Cabinet, went to Council in July.",
        f"The {NEW}, formerly a matter for the Cabinet, is now overseen by the Travel Board.",
        # following the policies of a plan is no succession
        f"The {NEW} follows the policies in the Harrowdene Local Plan 2006-2026.",
    ],
)
def test_the_same_words_without_two_plans_relate_nothing(tmp_path: Path, sentence: str) -> None:
    assert read(tmp_path, f"Travel plans\n\n{sentence}\n", PUBLISHER).relations() == []


GRAZING = "Harrowdene Grazing Strategy 2025-2030"


@pytest.mark.parametrize(
    "listing",
    [
        "supersedes these documents:\n\n• Harrowdene Commons Plan 2014-2019\n• the Harrowdene Verges Policy 2016\n",
        "takes the place of the following two strategies:\n1. Harrowdene Commons Plan 2014-2019\n"
        "2. Harrowdene Verges Policy 2016\n",
        "replaced: the Harrowdene Commons Plan 2014-2019, and the Harrowdene Verges Policy 2016.\n",
    ],
)
def test_older_plans_listed_after_a_colon(tmp_path: Path, listing: str) -> None:
    doc = read(tmp_path, f"Grazing\n\nThe {GRAZING} {listing}", PUBLISHER)
    olders = {older for newer, _, older in doc.relations() if newer == GRAZING}
    assert olders == {"Harrowdene Commons Plan 2014-2019", "Harrowdene Verges Policy 2016"}
    assert_quoted(doc, doc.fact(GRAZING, "supersedes", "Harrowdene Verges Policy 2016"), "Verges Policy")


def test_a_list_after_a_colon_that_opens_with_no_plan_relates_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        f"Grazing\n\nThe {GRAZING} replaces the following: paragraphs 4 to 9 of the Harrowdene Verges Policy 2016.\n",
        PUBLISHER,
    )
    assert doc.relations() == []


@pytest.mark.parametrize(
    "resolutions",
    [
        "(1) That the Board adopt the Harrowdene Habitats Framework (HHF) as the new framework for the district's "
        "wildlife sites.\n\n(2) That the Harrowdene Habitats Plan expires at the end of June 2026 and stays in use "
        "until then.",
        "The Board agreed the new Harrowdene Habitats Framework. The Harrowdene Habitats Plan is due to expire in "
        "September, when the framework takes effect.",
    ],
)
def test_a_plan_said_to_expire_after_a_new_one_named_before(tmp_path: Path, resolutions: str) -> None:
    doc = read(tmp_path, f"Habitats\n\n{resolutions}\n", PUBLISHER)
    assert ("Harrowdene Habitats Framework", "isSuccessorOf", "Harrowdene Habitats Plan") in doc.relations()
    fact = doc.fact("Harrowdene Habitats Framework", "isSuccessorOf", "Harrowdene Habitats Plan")
    assert_quoted(doc, fact, "Habitats Plan", "expire")


@pytest.mark.parametrize(
    "text",
    [
        # a new plan on another subject
        "The Board agreed the new Harrowdene Tree Framework. The Harrowdene Habitats Plan expires in September.",
        # expiring with no time given: a licence, not a plan ending
        "The new Harrowdene Habitats Framework notes that the grazing licence under the Harrowdene Habitats Plan "
        "expires.",
    ],
)
def test_an_expiry_beside_no_new_plan_of_its_subject_relates_nothing(tmp_path: Path, text: str) -> None:
    assert read(tmp_path, f"Habitats\n\n{text}\n", PUBLISHER).relations() == []


@pytest.mark.parametrize(
    ("title", "sentence", "older"),
    [
        (
            "Harrowdene Local Plan 2",
            "An issues paper, the opening step in the review of the Harrowdene Local Plan 2016, went out in 2021.",
            "Harrowdene Local Plan 2016",
        ),
        (
            "Harrowdene Tree Strategy 2024-2034",
            "Members began the review of the Harrowdene Tree Strategy 2012-2022 with a walk round the parks.",
            "Harrowdene Tree Strategy 2012-2022",
        ),
    ],
)
def test_the_review_of_an_earlier_edition_of_the_presented_plan(
    tmp_path: Path, title: str, sentence: str, older: str
) -> None:
    doc = read(tmp_path, f"{title}\n\nThe plan sets the pattern of growth.\n\n{sentence}\n", PUBLISHER)
    assert (title, "isRevisionOf", older) in doc.relations()
    assert_quoted(doc, doc.fact(title, "isRevisionOf", older), "review of")


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # the review of another plan
        ("Harrowdene Tree Strategy 2024-2034", "The review of the Harrowdene Local Plan 2016 starts next year."),
        # the reviewed plan is the later edition
        ("Harrowdene Local Plan 2016", "An early review of the Harrowdene Local Plan 2 is not expected."),
    ],
)
def test_the_review_of_no_earlier_edition_relates_nothing(tmp_path: Path, title: str, sentence: str) -> None:
    doc = read(tmp_path, f"{title}\n\nThe plan sets the pattern of growth.\n\n{sentence}\n", PUBLISHER)
    assert doc.relations() == []


def test_a_main_clause_that_adopts_no_plan_after_an_ended_one_relates_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        f"Travel plans\n\nFollowing the end of the {OLD}, officers kept to the Harrowdene Bus Plan 2019-2024 "
        "until funding was agreed.\n",
        PUBLISHER,
    )
    assert doc.relations() == []


def test_a_new_plan_described_on_the_record_of_that_plan_is_the_plan_presented(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        f"Decision details\n\n{NEW}\n\nDecision Maker: Cabinet\n\nPurpose:\n\nTo agree a new active travel plan to "
        f"take the place of the {OLD}, which has run its course.\n",
        PUBLISHER,
    )
    assert [older for _, _, older in doc.relations()] == [OLD]
    assert not any(newer.startswith("Successor of") for newer, _, _ in doc.relations())


def test_a_year_after_in_is_a_date_not_part_of_a_plan_without_a_head_noun(tmp_path: Path) -> None:
    doc = read(tmp_path, f"Travel plans\n\nThe {NEW} replaced the HCP in 2021.\n", PUBLISHER)
    assert not any("2021" in older and "HCP" in older for _, _, older in doc.relations())
    assert "HCP in 2021" not in {title for title in doc.titles.values()}


@pytest.mark.parametrize(
    "sentence",
    [
        f"The targets of the {OLD} have been folded into the {NEW}.",
        f"The {OLD} became a model for other councils; the {NEW} is new.",
    ],
)
def test_a_part_taken_in_or_a_plan_becoming_no_plan_relates_nothing(tmp_path: Path, sentence: str) -> None:
    doc = read(tmp_path, f"Travel plans\n\n{sentence}\n", PUBLISHER)
    assert doc.relations() == []


LOCAL_NEW = "Harrowdene Local Plan 2024-2041"
LOCAL_OLD = "Harrowdene Local Plan 2006-2026"
PARTIAL = (LOCAL_NEW, "partiallySupersedes", LOCAL_OLD)


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        # an ended plan named in a nominal or an infinitive
        (f"With the lapse of the {OLD} in 2020, Cabinet agreed the {NEW}.", (NEW, "isSuccessorOf", OLD)),
        (f"Cabinet agreed the {NEW} upon the expiry of the {OLD}.", (NEW, "isSuccessorOf", OLD)),
        (f"In July Cabinet agreed the {NEW} to succeed the {OLD}.", (NEW, "isSuccessorOf", OLD)),
        # a part of the older plan replaced
        (f"On adoption the {LOCAL_NEW} replaces in part the {LOCAL_OLD}.", PARTIAL),
        (f"The {LOCAL_NEW} supersedes the remaining saved policies of the {LOCAL_OLD}.", PARTIAL),
        (f"The {LOCAL_NEW} replaced several chapters of the {LOCAL_OLD}.", PARTIAL),
        (f"Some parts of the {LOCAL_OLD} were superseded by the {LOCAL_NEW}.", PARTIAL),
    ],
)
def test_an_ended_plan_in_a_nominal_or_a_part_of_a_plan_replaced(
    tmp_path: Path, sentence: str, relation: tuple[str, str, str]
) -> None:
    assert read(tmp_path, f"Plans\n\n{sentence}\n", PUBLISHER).relations() == [relation]


LIST_WITH_A_PART = (
    f"Planning\n\nWhen adopted, the {LOCAL_NEW} will replace the Harrowdene Core Strategy 2010 and the saved "
    f"policies of the {LOCAL_OLD}.\n"
)


def test_a_list_of_a_whole_plan_and_part_of_another(tmp_path: Path) -> None:
    assert sorted(read(tmp_path, LIST_WITH_A_PART, PUBLISHER).relations()) == [
        PARTIAL,
        (LOCAL_NEW, "supersedes", "Harrowdene Core Strategy 2010"),
    ]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # the newer plan said adopted just before: what it "will replace", it replaces
        (f"{LOCAL_NEW}\n\nThe plan has now been adopted. This plan will replace the {LOCAL_OLD}.\n", None),
        (f"Planning\n\nThe {LOCAL_NEW} was adopted in May. It will replace the {LOCAL_OLD}.\n", None),
        # the plan said adopted is the older one: the replacement is still to come
        (f"Planning\n\nThe {LOCAL_OLD} was adopted in 2006. The new {LOCAL_NEW} will replace it.\n", "Proposed"),
    ],
)
def test_will_replace_after_the_newer_plan_is_said_adopted(tmp_path: Path, text: str, modality: str | None) -> None:
    doc = read(tmp_path, text, PUBLISHER)
    assert doc.fact(LOCAL_NEW, "supersedes", LOCAL_OLD).modality == modality


@pytest.mark.parametrize(
    ("adoption", "modality"),
    [
        ("", "Proposed"),  # the later edition still in the making
        ("The Harrowdene Local Plan 2 was adopted in March 2024. ", None),
    ],
)
def test_the_review_of_an_earlier_edition_is_proposed_until_the_later_one_is_adopted(
    tmp_path: Path, adoption: str, modality: str | None
) -> None:
    text = (
        f"Harrowdene Local Plan 2\n\n{adoption}Cabinet began the review of the Harrowdene Local Plan 2016 in 2021 and "
        "the preparation of its successor.\n"
    )
    fact = read(tmp_path, text, PUBLISHER).fact("Harrowdene Local Plan 2", "isRevisionOf", "Harrowdene Local Plan 2016")
    assert fact.modality == modality
