"""The grammar of plan names: head nouns, periods in every form, slogans, acronyms, what is not a plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.names import find_aliases
from loaders.periods import PLAN_PERIOD, period_of
from loaders.plan_names import plan_names, slogan_names, welsh_plan_names
from loaders.reading import paragraph_breaks, read
from loaders.sources import open_document
from loaders.text import clean


@pytest.mark.parametrize(
    "written, start, end",
    [
        ("2021-2024", 2021, 2024),
        ("2021 – 2024", 2021, 2024),
        ("2021- 2024", 2021, 2024),
        ("2021-24", 2021, 2024),
        ("2021/24", 2021, 2024),
        ("2020/21 to 2024/25", 2020, 2025),
        ("2024 to 2029", 2024, 2029),
        ("for 2022-25", 2022, 2025),
        ("for the period 2019 to 2023", 2019, 2023),
        ("2015/16", 2015, 2016),
        ("2022-23 to 2025-26", 2022, 2026),
        ("1998-2001", 1998, 2001),
        ("2098-02", 2098, 2102),
    ],
)
def test_periods_in_every_form(written: str, start: int, end: int) -> None:
    period = period_of(PLAN_PERIOD.match(clean(written).text))
    assert (period.start, period.end) == (start, end)
    assert period.text == f"{start}-{end}"


def test_a_period_with_only_an_end_and_a_reversed_one_kept_as_written() -> None:
    only_end = period_of(PLAN_PERIOD.match("to 2012"))
    assert (only_end.start, only_end.end, only_end.text) == (None, 2012, "to 2012")
    reversed_typo = period_of(PLAN_PERIOD.match("2021-2018"))
    assert reversed_typo.reversed and reversed_typo.text == "2021-2018" and reversed_typo.validity is None


def names_in(text: str) -> list[tuple[str, str | None, str | None]]:
    cleaned = clean(text).text
    return [(plan.name, plan.period.text if plan.period else None, plan.slogan) for plan in plan_names(cleaned)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Members approved the Greenvale Allotments Strategy 2021-2026 at the meeting.",
            ("Greenvale Allotments Strategy", "2021-2026", None),
        ),
        ("It is the Council's Waste Reduction Plan 2019/24 that matters.", ("Waste Reduction Plan", "2019-2024", None)),
        (
            "Northmoor's Strategy for Older People 2020-2023 was agreed.",
            ("Northmoor's Strategy for Older People", "2020-2023", None),
        ),
        (
            "under our Local Outcomes Improvement Plan 2017-27 partners",
            ("Local Outcomes Improvement Plan", "2017-2027", None),
        ),
        (
            "The Integrated Children's Services Plan 2023-26 sets out",
            ("Integrated Children's Services Plan", "2023-2026", None),
        ),
        ("the Riverford Wellbeing Objectives 2022-2027 were", ("Riverford Wellbeing Objectives", "2022-2027", None)),
        ("the Eastwick Customer Charter for 2021-24 is", ("Eastwick Customer Charter", "2021-2024", None)),
        (
            "Brighter Horizons for Ashbury - The Medium Term Plan to 2012 was adopted",
            ("Medium Term Plan", "to 2012", "Brighter Horizons for Ashbury"),
        ),
        (
            "the Young People's Plan 2019-2022 - Growing Up Well - was sent",
            ("Young People's Plan", "2019-2022", "Growing Up Well"),
        ),
        (
            "The Special Educational Needs and Disabilities (SEND) Strategy 2022-2025 is",
            ("Special Educational Needs and Disabilities Strategy", "2022-2025", None),
        ),
        (
            "Cabinet approved Local Transport Plan 5 (2026-2040) for consultation",
            ("Local Transport Plan 5", "2026-2040", None),
        ),
        (
            "the Children and Young Peoples Plan 2020-23 lacks an apostrophe",
            ("Children and Young Peoples Plan", "2020-2023", None),
        ),
        (  # a period after a colon, and one "covering the period from"
            "Agenda item: Allotments Strategy: 2021-25",
            ("Allotments Strategy", "2021-2025", None),
        ),
        (
            "approval of the Digital Services Strategy covering the period from 2022 to 2025 was sought",
            ("Digital Services Strategy", "2022-2025", None),
        ),
        ("Welcome to our 2023 to 2026 Borough Plan, which sets four aims.", ("Borough Plan", "2023-2026", None)),
        (  # a name that opens with a capital "Our", after "the"
            "the ambition set out in the Our Glenmuir Strategy 2016 - 2025 stays",
            ("Our Glenmuir Strategy", "2016-2025", None),
        ),
    ],
)
def test_plan_names_with_their_periods_and_slogans(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Partners follow Working Together to Safeguard Children 2023 Framework.",
        "The Joint Strategic Needs Assessment Plan 2022 informed it.",
        "the Written Statement of Action Plan 2020-2022 followed the inspection",
        "Duties under the Housing Act Policy 2019-2020 apply.",
        "The Early Help Delivery Plan 2021-2022 sets the actions.",
        "contact the Head of Policy or the Policy Manager.",
        "Cabinet Member for Strategy and Resources",
        "the Policy and Resources Committee met",
        "Accompanying Documents: Plan 2018",
        "priorities agreed in Joint Health Wellbeing Strategy to influence services",
        "the NHS Long Term Plan 2019-2029",
        "which supports the Combined Authority's Strategic Economic Plan and",
        "progress against the SEND Accelerated Progress Plan 2024-2025 was reported",
        "the Local Area SEND Statement of Action Plan 2023-2025 sets the actions",
        "measured against the Public Health Outcomes Framework 2019-2022",  # national indicators
        "under the Supporting Families Outcomes Framework the council claims",  # a national programme's
    ],
)
def test_things_that_look_like_plans_and_are_not(text: str) -> None:
    assert names_in(text) == []


def test_an_action_plan_is_a_plan_only_when_dated() -> None:
    cleaned = clean("The Climate Action Plan 2024 and the Climate Action Plan.").text
    found = [(p.name, p.head.minor and p.period is None) for p in plan_names(cleaned)]
    assert found == [("Climate Action Plan", False), ("Climate Action Plan", True)]


def document(tmp_path: Path, text: str, publisher: str) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".toml").write_text(f'publisher = "{publisher}"\n', encoding="utf-8")
    return path


def mentions(tmp_path: Path, text: str, publisher: str) -> list[tuple[str, str]]:
    doc = open_document(document(tmp_path, text, publisher))
    doc.aliases = find_aliases(doc.text)
    reading = read(doc)
    return [(doc.text[m.start : m.end], m.name.key) for m in reading.mentions]


def test_one_plan_written_several_ways_is_one_plan(tmp_path: Path) -> None:
    text = (
        "Report to Cabinet\n\nThe Greenvale Carers Strategy 2022-2025 sets out our offer to unpaid carers. "
        "Greenvale's Carers Strategy 2022-2025 was drafted with carers. The Council's Carers Strategy has four "
        "priorities, and the strategy will be reviewed each year. Our Carers Strategy replaces nothing.\n"
    )
    found = mentions(tmp_path, text, "Greenvale Borough Council")
    keys = {key for _, key in found}
    assert keys == {"Greenvale Carers Strategy 2022-2025"}
    assert [written for written, _ in found] == [
        "Greenvale Carers Strategy 2022-2025",
        "Greenvale's Carers Strategy 2022-2025",
        "Carers Strategy",
        "Carers Strategy",
    ]


def test_conventional_acronyms_with_and_without_a_period(tmp_path: Path) -> None:
    text = (
        "Our Integrated Children's Services Plan 2023-2026 is published. The ICSP was written with young people. "
        "The earlier ICSP (2020-23) can still be read."
    )
    found = mentions(tmp_path, text, "Glenmuir Council")
    assert ("ICSP", "Glenmuir Integrated Children's Services Plan 2023-2026") in found
    assert ("ICSP (2020-23)", "Glenmuir Integrated Children's Services Plan 2020-2023") in found


def test_a_name_cut_off_at_the_end_of_an_excerpt_is_the_plan_it_begins(tmp_path: Path) -> None:
    text = (
        "The Riverford Play and Open Spaces Strategy 2021-2031 was noted. Members then asked when the "
        "Riverford Play and Open Spaces Str"
    )
    found = mentions(tmp_path, text, "Riverford City Council")
    assert found[-1] == ("Riverford Play and Open Spaces Str", "Riverford Play and Open Spaces Strategy 2021-2031")


@pytest.mark.parametrize(
    "text",
    [
        "Contact: Senior Strategy and Performance Officer, Northvale Borough Council",
        "Enquiries to the Principal Policy & Partnerships Adviser",
        "the Strategy Development Lead will attend",
        "every council must have in place a Homelessness Strategy reviewed every five years",
        "authorities are required to publish an Air Quality Strategy",
    ],
)
def test_posts_and_kinds_of_plan_are_not_names(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cabinet approved the associated Waste Improvement Plan (Appendix 2).", "Waste Improvement Plan"),
        ("Members welcomed the revised Lettings Framework and its bands.", "Lettings Framework"),
        ("Please read the accompanying Sustainable Travel Plan before the meeting.", "Sustainable Travel Plan"),
    ],
)
def test_a_name_pointed_at_through_an_adjective(text: str, expected: str) -> None:
    assert expected in [name for name, _, _ in names_in(text)]


def test_a_word_that_points_at_another_edition_does_not_introduce_a_name_by_itself() -> None:
    assert names_in("It praised the earlier Parking Strategy and its results.") == []


@pytest.mark.parametrize(
    "text, written, key",
    [
        # a page's menu or heading above the title, a blank line between
        (
            "Skip to content\n\nAllotments and Growing Spaces Strategy\n\nThe strategy was adopted in 2022.\n",
            "Allotments and Growing Spaces Strategy",
            "Allotments and Growing Spaces Strategy",
        ),
        # a title broken by a blank line in a PDF keeps both halves
        (
            "Northvale's Children and Young\n\nPeople's Plan 2016 - 2019\n\nForeword\n",
            "Northvale's Children and Young People's Plan 2016 - 2019",
            "Northvale Children and Young People's Plan 2016-2019",
        ),
        # a "for ..." tail never takes the next paragraph's first word
        (
            "To seek approval of the Waste Strategy for Northvale\n\nWhat happens next: the Cabinet will decide.\n",
            "Waste Strategy for Northvale",
            "Waste Strategy for Northvale",
        ),
    ],
)
def test_a_name_never_runs_across_a_blank_line(tmp_path: Path, text: str, written: str, key: str) -> None:
    found = mentions(tmp_path, text, "Northvale Borough Council")
    assert (written, key) in found
    assert all(w == written or written not in w for w, _ in found)


@pytest.mark.parametrize(
    "text, written, key",
    [
        (
            "The Board approved the Carers Strategy 2021-2026 (2023 refresh) today. The Carers Strategy 2021-2026 "
            "itself was agreed in 2021.",
            "Carers Strategy 2021-2026 (2023 refresh)",
            "Eastmoor Carers Strategy 2021-2026, 2023 refresh",
        ),
        (
            "8 Active Lives Strategy 2024 update pdf icon PDF 98 KB\n\nMinutes: the Board noted the update.",
            "Active Lives Strategy 2024 update",
            "Eastmoor Active Lives Strategy 2024 update",
        ),
    ],
)
def test_an_edition_in_lower_case_keeps_its_plan_s_period(tmp_path: Path, text: str, written: str, key: str) -> None:
    found = mentions(tmp_path, text, "Eastmoor Council")
    assert (written, key) in found


def test_a_bare_name_is_not_a_plan_with_another_topic_joined_by_and(tmp_path: Path) -> None:
    text = (
        "Our SEND Strategy ended last year. The SEND and Inclusion Strategy 2024-2027 was approved. "
        "The Corporate Plan 2022-2026 is the Council's main plan; the Corporate Plan sets four goals."
    )
    found = dict(mentions(tmp_path, text, "Westdale Council"))
    assert found["SEND Strategy"] == "SEND Strategy"
    assert found["Corporate Plan"] == "Westdale Corporate Plan 2022-2026"


@pytest.mark.parametrize(
    "text, expected",
    [
        # sentence case with a period
        (
            "We will deliver Northvale's children and young people's plan 2021-2024 with partners.",
            ("Northvale's Children and Young People's Plan", "2021-2024"),
        ),
        (
            "Members noted that our housing and homelessness strategy 2023 to 2028 was on track.",
            ("Housing and Homelessness Strategy", "2023-2028"),
        ),
        # a plan named by its period and a bare head noun
        ("It replaced the 2018- 2023 strategy in full.", ("Strategy", "2018-2023")),
        ("This builds on our 2016-2019 plan.", ("Plan", "2016-2019")),
    ],
)
def test_names_written_in_sentence_case(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(name, period) for name, period, _ in names_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "the strategy was agreed last year",
        "Officers drafted the new plan over the summer.",
        "every council must have a housing strategy",
        "the government's industrial strategy is relevant",
        "the county's first strategy for carers",
        "the action plan 2024 lists the tasks",
    ],
)
def test_lower_case_words_that_do_not_name_a_plan(text: str) -> None:
    assert names_in(text) == []


def test_a_heading_in_sentence_case_names_the_page_s_plan(tmp_path: Path) -> None:
    text = "Our parks and green spaces strategy\n\nThe strategy sets out how we will look after 40 parks.\n"
    found = mentions(tmp_path, text, "Northvale Borough Council")
    assert ("parks and green spaces strategy", "Parks and Green Spaces Strategy") in found


def test_a_lower_case_name_in_passing_is_a_mention_only_of_a_plan_the_text_titles(tmp_path: Path) -> None:
    text = (
        "The Westdale Carers Strategy 2022-2025 was adopted in May. The carers strategy has four aims, "
        "and our comprehensive plan for respite care will follow."
    )
    found = mentions(tmp_path, text, "Westdale Council")
    assert ("carers strategy", "Westdale Carers Strategy 2022-2025") in found
    assert not any("omprehensive" in written for written, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cabinet adopted Strategaeth Tai 2020-2025 in March.", [("Strategaeth Tai", "2020-2025")]),
        ("Cynllun Corfforaethol Cyngor Sir Penfro was agreed.", [("Cynllun Corfforaethol", None)]),
        ("y cynllun newydd", []),
    ],
)
def test_welsh_names_put_their_head_noun_first(text: str, expected: list[tuple[str, str | None]]) -> None:
    cleaned = clean(text).text
    assert [(p.name, p.period.text if p.period else None) for p in welsh_plan_names(cleaned)] == expected


def test_a_welsh_name_beside_its_english_one_is_one_plan(tmp_path: Path) -> None:
    text = (
        "Cynllun Llesiant / Well-being Plan 2023-2028\n\nThe Board presented Strategaeth Tai 2024-29 (the Housing "
        "Strategy 2024-29), which replaces Strategaeth Tai 2019-24.\n"
    )
    found = dict(mentions(tmp_path, text, "Glanrhyd County Council"))
    assert found["Cynllun Llesiant"] == found["Well-being Plan 2023-2028"] == "Glanrhyd Well-being Plan 2023-2028"
    assert (
        found["Strategaeth Tai 2024-29"] == found["Housing Strategy 2024-29"] == "Glanrhyd Housing Strategy 2024-2029"
    )
    assert found["Strategaeth Tai 2019-24"] == "Strategaeth Tai 2019-2024"


def test_a_name_without_a_head_noun_set_before_its_description(tmp_path: Path) -> None:
    text = (
        "The partnership has agreed Growing Up in Glenmuir 3, the integrated children's services plan for "
        "2024-2027. It follows Growing Up in Glenmuir 2 (2021-2024). Officers, the plan's authors, thanked pupils."
    )
    found = dict(mentions(tmp_path, text, "Glenmuir Council"))
    assert found["Growing Up in Glenmuir 3"] == "Growing Up in Glenmuir 3 2024-2027"
    assert found["integrated children's services plan for 2024-2027"] == "Growing Up in Glenmuir 3 2024-2027"
    assert found["Growing Up in Glenmuir 2 (2021-2024)"] == "Growing Up in Glenmuir 2 2021-2024"
    assert "Officers" not in found


def test_two_things_joined_by_and_are_not_one_name() -> None:
    found = names_in(
        "It drew on the Community Safety Strategic Assessment and the Eastmoor Sustainable Community Strategy."
    )
    assert ("Eastmoor Sustainable Community Strategy", None, None) in found
    assert not any("Assessment" in name for name, _, _ in found)
    coordinated = names_in("It drew on the Safety Strategic Assessment and Eastmoor's Sustainable Community Strategy.")
    assert not any("Assessment" in name for name, _, _ in coordinated)


def test_a_head_noun_broken_by_a_hyphen_at_a_line_end() -> None:
    assert ("Autism Strategy", "2019-2022", None) in names_in(
        "the Learning Disability Plan and the Autism Strat-\negy 2019-2022 ended"
    )


def test_a_whole_name_in_its_head_noun() -> None:
    assert ("Medium Term Financial Strategy", None, None) in names_in("The Council's Medium Term Financial Strategy is")
    # the council's own financial plan over several years, as its Medium Term Financial Strategy is
    assert ("Medium Term Financial Plan", "2024-2028", None) in names_in(
        "the Medium Term Financial Plan 2024-2028 sets"
    )
    assert ("Medium Term Financial Plan", None, None) in names_in("The Medium Term Financial Plan was refreshed.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a tail that lists its subjects, closed by "and"
        (
            "The Northvale Plan for Older People, Carers and Families 2020-2025 is being reviewed.",
            ("Northvale Plan for Older People, Carers and Families", "2020-2025", None),
        ),
        # a comma that opens no list ends the name
        ("It follows the Strategy for Northvale, Cabinet heard.", ("Strategy for Northvale", None, None)),
        # an acronym in brackets between the name and its period
        (
            "Partners agreed the Local Outcome Improvement Plan (LOIP) 2017-2027 in June.",
            ("Local Outcome Improvement Plan", "2017-2027", None),
        ),
    ],
)
def test_tails_lists_and_acronyms_before_a_period(text: str, expected: tuple[str, str | None, None]) -> None:
    assert expected in names_in(text)


def test_the_place_s_council_s_possessive_is_the_place(tmp_path: Path) -> None:
    text = "Glenmuir City's Children's Services Plan 2023-2026 was agreed. The Children's Services Plan 2023-2026 sets"
    keys = {key for _, key in mentions(tmp_path, text, "Glenmuir City Council")}
    assert keys == {"Glenmuir Children's Services Plan 2023-2026"}


def test_a_financial_year_s_update_of_a_plan_is_an_edition_not_a_period(tmp_path: Path) -> None:
    # An edition of the plan whose period holds its year: the same plan, never one "2019-2020".
    text = "The Council Plan 2019/20 Update refreshes the actions of the Council Plan 2018-2022 for one year."
    found = dict(mentions(tmp_path, text, "Westdale Council"))
    assert found["Council Plan 2019/20 Update"] == "Westdale Council Plan 2018-2022"
    assert found["Council Plan 2018-2022"] == "Westdale Council Plan 2018-2022"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("How the report serves Renewing Ashdown's Promise 2023-27: it funds two posts.", "Renewing Ashdown's Promise"),
        ("Towards a Fairer Eastmoor 2022-2030 is the council's ten-year plan.", "Towards a Fairer Eastmoor"),
        ("The proposals deliver Our Brightwater 2021 to 2026 and its five missions.", "Our Brightwater"),
    ],
)
def test_a_plan_named_by_a_slogan_and_a_period(tmp_path: Path, text: str, expected: str) -> None:
    found = slogan_names(clean(text).text)
    assert [plan.name for plan in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Housing Revenue Account 2022-2025 is balanced.",  # a noun in -ing, an account
        "Delivering Services 2023/24 sets the fees.",  # one financial year is no plan's period
        "Planning Applications 2020-2023 rose by a third.",
        "Members of the Improving Lives Board 2021-2024 met twice.",  # a body
        "Cabinet approved the Housing Strategy 2021-2026.",  # a head noun: the grammar's, not a slogan
        "The council joined Delivering Better Value 2023-2026 with the DfE.",  # a national programme
        "Under Transforming Care 2015-2019 the council moved people home.",  # NHS England's programme
    ],
)
def test_phrases_with_a_period_that_are_not_slogan_names(text: str) -> None:
    assert list(slogan_names(clean(text).text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council is preparing the replacement for Onward Together, which ends in March.", "Onward Together"),
        ("The constitution requires a debate on Bright Horizons or its successor documents.", "Bright Horizons"),
        ("This plan is the successor to Forward Hollins and sets new aims.", "Forward Hollins"),
    ],
)
def test_a_slogan_named_as_what_is_replaced_is_a_plan(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in [written for written, _ in mentions(tmp_path, text, "Hollins District Council")]


def test_a_body_named_as_what_is_replaced_is_not_a_plan(tmp_path: Path) -> None:
    text = "The new board is the successor to Shadow Health and Wellbeing Board and meets monthly."
    assert mentions(tmp_path, text, "Hollins District Council") == []


@pytest.mark.parametrize(
    "text, written",
    [
        ("Councillors will be asked to approve the refreshed older people's plan next week.", "older people's plan"),
        ("The draft libraries strategy goes out to consultation on Monday.", "libraries strategy"),
        ("The scheme will support delivery of Eastmoor's active travel strategy.", "Eastmoor's active travel strategy"),
        (  # "a new" after the verb that made it, and a capitalised name with its acronym before a lower-case head
            "Eastmoor Council has adopted a new Safer Streets Partnership (SSP) plan for the next three years.",
            "Safer Streets Partnership (SSP) plan",
        ),
        (
            "Members assessed the Safer Glens Partnership plan for 2024-27 and its results.",
            "Safer Glens Partnership plan for 2024-27",
        ),
    ],
)
def test_a_plan_the_text_presents_in_lower_case_is_one_plan(tmp_path: Path, text: str, written: str) -> None:
    assert written in [w for w, _ in mentions(tmp_path, text, "Eastmoor Borough Council")]


@pytest.mark.parametrize(
    "text",
    [
        "A new libraries strategy will be written next year.",  # a kind of plan, still to be made
        "The libraries strategy is mentioned once, in passing.",  # in passing, and the text titles none
        "The framework was adopted as Eastmoor's partnership strategy for young people.",  # a role, not a name
        "Children's services strategy work will start in June.",  # a kind of person's possessive, not a place's
    ],
)
def test_lower_case_mentions_that_present_no_plan(tmp_path: Path, text: str) -> None:
    assert mentions(tmp_path, text, "Eastmoor Borough Council") == []


def test_well_being_objectives_set_within_a_plan_are_not_one_in_passing(tmp_path: Path) -> None:
    text = "Members noted the Council's new Corporate Well-being Objectives (its corporate priorities) for the plan."
    doc = open_document(document(tmp_path, text, "Ashdown County Council"))
    # A minor plan: typed a strategy only if a relation involves it ("incorporates the previous ... Objectives").
    assert [m.name.minor for m in read(doc).mentions] == [True]


def test_a_quote_closed_inside_a_name_leaves_no_name_glued_to_the_place(tmp_path: Path) -> None:
    text = "'Everyone Counts' Eastmoor's Youth Plan 2021 - 2024 sets four aims."
    found = mentions(tmp_path, text, "Eastmoor Borough Council")
    assert not any("Counts' Eastmoor" in key for _, key in found)
    assert any(key == "Eastmoor Youth Plan 2021-2024" for _, key in found)


def test_a_yearly_edition_within_a_plan_s_period_is_that_plan(tmp_path: Path) -> None:
    text = (
        "Cabinet noted the Corporate Plan 2022/23 Refresh. The Corporate Plan 2021-2025 stays the council's plan, "
        "and the Corporate Plan 2027/28 Update is not yet written."
    )
    found = dict(mentions(tmp_path, text, "Westdale Borough Council"))
    assert found["Corporate Plan 2022/23 Refresh"] == "Westdale Corporate Plan 2021-2025"
    assert found["Corporate Plan 2027/28 Update"] != "Westdale Corporate Plan 2021-2025"  # outside its period


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The Council agreed its new Programme "Brighter Glens" today.', "Brighter Glens"),
        ("The Council's Programme 'Local Roots: Glen Futures' was approved in March.", "Local Roots: Glen Futures"),
        ('This Programme is an evolution of "Working Together for the Glens".', "Working Together for the Glens"),
    ],
)
def test_a_quoted_name_after_a_head_noun_or_a_word_of_succession(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in [key for _, key in mentions(tmp_path, text, "Glenmuir Council")]


def test_a_quoted_phrase_with_no_plan_word_before_it_is_no_plan(tmp_path: Path) -> None:
    text = 'The consultation known as "Shaping Glenmuir Together" drew 900 replies.'
    assert mentions(tmp_path, text, "Glenmuir Council") == []


def test_a_slogan_after_a_dash_that_ends_a_heading(tmp_path: Path) -> None:
    text = (
        "Agenda item\n\nCouncil Plan 2024-2029 - Grow, Care, Thrive\n\nThat the Council Plan 2024-2029 be approved.\n"
    )
    doc = open_document(document(tmp_path, text, "Glenmuir Council"))
    assert ("Council Plan", "2024-2029", "Grow, Care, Thrive") in [
        (p.name, p.period.text if p.period else None, p.slogan) for p in plan_names(doc.text, paragraph_breaks(doc))
    ]


def test_a_year_s_action_plan_beside_a_strategy_is_not_a_plan_of_its_own(tmp_path: Path) -> None:
    text = "Cabinet approved the Play Strategy 2024-2028 and the associated Action Plan for 2024 - 25."
    doc = open_document(document(tmp_path, text, "Glenmuir Council"))
    minor = {doc.text[m.start : m.end]: m.name.minor for m in read(doc).mentions}
    assert minor == {"Play Strategy 2024-2028": False, "Action Plan for 2024 - 25": True}


def test_a_name_with_the_place_is_the_plan_the_text_titles_without_it(tmp_path: Path) -> None:
    text = (
        "That the Committee note progress on the Bay Play Strategy 2021-2025. Officers presented the "
        "Glenmuir Bay Play Strategy to the committee in March."
    )
    found = dict(mentions(tmp_path, text, "Glenmuir Council"))
    assert found["Glenmuir Bay Play Strategy"] == found["Bay Play Strategy 2021-2025"]


@pytest.mark.parametrize(
    "text, first, second",
    [
        # A name that opens with another council's place is that place's plan, not the publisher's.
        ("Glenmuir Council adopted the Lincolnshire Homelessness Strategy 2017-21.", None, None),
    ],
)
def test_names_that_differ_only_by_a_plural_or_belong_to_another_place(
    tmp_path: Path, text: str, first: str | None, second: str | None
) -> None:
    found = mentions(tmp_path, text, "Glenmuir Council")
    keys = {written: key for written, key in found}
    if first:
        assert keys[first] == next(key for written, key in found if written.startswith(second))
    else:
        assert keys["Lincolnshire Homelessness Strategy 2017-21"] == "Lincolnshire Homelessness Strategy 2017-2021"


def test_an_action_on_a_plan_is_not_part_of_its_name(tmp_path: Path) -> None:
    found = names_in("Review of Homelessness Strategy 2008/13 and Progress Report for Carers Strategy 2021-2025")
    assert [(name, period) for name, period, _ in found] == [
        ("Homelessness Strategy", "2008-2013"),
        ("Carers Strategy", "2021-2025"),
    ]
