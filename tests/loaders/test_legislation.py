"""Acts from a reference table, provisions in every spelling, unknown Acts by name only,
duties described in words as inferred citations with their rule."""

from __future__ import annotations

import re
from pathlib import Path

from loaders.extract import extract
from loaders.facts import Fact
from loaders.legislation import acts
from strategy_lineage import vocab
from strategy_lineage.reference import legislation_types

LEG = vocab.LEGISLATION
SL = vocab.SL

# Invented documents, modelled on how councils cite their legal basis.
WELSH = """Report to: Cwm Derwen County Borough Council Cabinet
Date: 14 March 2018
Subject: Cwm Derwen Wellbeing Objectives and Corporate Plan 2018-2022

1. Under the Well-being of Future Generations (Wales) Act 2015 the Council must set and publish wellbeing objectives.
2. The Corporate Plan 2018-2022 also discharges the improvement duty in the Local Government (Wales) Measure 2009 s.15.
3. The Social Services and Well-being (Wales) Act 2014 places further duties on the Council.
"""

SCOTTISH = """Issue - meetings

Glenbrae Integrated Children's Services Plan 2020-2023

Meeting: 04/02/2020 - Glenbrae Education and Children's Services Committee (Item 9)

Minutes:
The Committee noted that Part 3 of the Children and Young People (Scotland) Act 2014 requires a plan every three years,
and that the Community Empowerment (Scotland) Act 2015 underpins joint planning.
"""

ENGLISH = """By: Priya Shah, Cabinet Member for Communities
To: Oakham Vale Cabinet
Subject: Oakham Vale Community Safety Partnership Plan 2019-2022

Summary: The Crime and Disorder Act 1998 s.6 requires the partnership to formulate a strategy. Section 116A(5)(6) of the
Health and Social Care Act 2012 is also relevant, as are sections 10 and 11 of the Children's Act 2004. The Council has
a duty to make arrangements to promote co-operation to improve the well-being of children. We also consider the
Localism Act, the Police Reform and Social Responsibility Act and the Neighbourhood Harmony Act 2019, which requires
nothing of us.
"""


def facts_of(tmp_path: Path, name: str, text: str) -> list[Fact]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(path).facts


def objects(facts: list[Fact], predicate: str) -> set[str]:
    return {f.object.value for f in facts if f.predicate.value == predicate}


def test_the_table_holds_the_acts_councils_rest_on() -> None:
    table = {act.title: act.path for act in acts().values()}
    for title, path in {
        "Children Act 2004": "ukpga/2004/31",
        "Children Act 1989": "ukpga/1989/41",
        "Health and Social Care Act 2012": "ukpga/2012/7",
        "Children and Families Act 2014": "ukpga/2014/6",
        "Crime and Disorder Act 1998": "ukpga/1998/37",
        "Localism Act 2011": "ukpga/2011/20",
        "Equality Act 2010": "ukpga/2010/15",
        "Housing Act 1996": "ukpga/1996/52",
        "Homelessness Act 2002": "ukpga/2002/7",
        "Care Act 2014": "ukpga/2014/23",
        "Well-being of Future Generations (Wales) Act 2015": "anaw/2015/2",
        "Children and Young People (Scotland) Act 2014": "asp/2014/8",
        "Local Government (Wales) Measure 2009": "mwa/2009/2",
        "Social Services and Well-being (Wales) Act 2014": "anaw/2014/4",
        "Community Empowerment (Scotland) Act 2015": "asp/2015/6",
        "Police Reform and Social Responsibility Act 2011": "ukpga/2011/13",
    }.items():
        assert table[title] == path
    assert {"ukpga", "asp", "anaw", "asc", "mwa"} <= legislation_types()
    assert {act.type for act in acts().values()} <= legislation_types()


def test_welsh_acts_and_measures(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "cwm_derwen_report.txt", WELSH)
    assert {LEG + "anaw/2015/2", LEG + "mwa/2009/2"} <= objects(facts, SL + "basedOn")
    (provision,) = [
        f
        for f in facts
        if f.subject.value == LEG + "mwa/2009/2/section/15" and f.predicate.value == vocab.RDFS + "label"
    ]
    assert provision.object.value == "section 15 of the Local Government (Wales) Measure 2009"
    assert WELSH[provision.span.start : provision.span.end] == "Local Government (Wales) Measure 2009 s.15"
    assert LEG + "anaw/2014/4" in {f.subject.value for f in facts}


def test_scottish_part_citation(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "glenbrae_meetings.txt", SCOTTISH)
    cited = [f for f in facts if f.predicate.value == SL + "cites"]
    assert [f.object.value for f in cited] == [LEG + "asp/2014/8/part/3"]
    quote = SCOTTISH[cited[0].span.start : cited[0].span.end]
    assert quote == "Part 3 of the Children and Young People (Scotland) Act 2014"
    assert LEG + "asp/2015/6" in objects(facts, SL + "basedOn")


def test_sections_in_every_spelling(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "oakham_report.txt", ENGLISH)
    cited = objects(facts, SL + "cites")
    assert {
        LEG + "ukpga/1998/37/section/6",
        LEG + "ukpga/2012/7/section/116A",
        LEG + "ukpga/2004/31/section/10",
        LEG + "ukpga/2004/31/section/11",
    } <= cited
    labels = {f.object.value for f in facts if f.predicate.value == vocab.RDFS + "label"}
    assert "section 116A(5)(6) of the Health and Social Care Act 2012" in labels
    # "Children's Act 2004" is a slip for the Children Act 2004: the table's title, inferred from the spelling.
    (title,) = [
        f for f in facts if f.subject.value == LEG + "ukpga/2004/31" and f.predicate.value == vocab.DCTERMS + "title"
    ]
    assert title.object.value == "Children Act 2004" and title.derivation == "inferred"
    # Named without their year, known Acts still resolve to their identifiers.
    subjects = {f.subject.value for f in facts}
    assert {LEG + "ukpga/2011/20", LEG + "ukpga/2011/13"} <= subjects


def test_an_act_not_in_the_table_is_cited_by_name_only(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "oakham_report.txt", ENGLISH)
    unknown = [
        f
        for f in facts
        if f.predicate.value == vocab.DCTERMS + "title" and f.object.value == "Neighbourhood Harmony Act 2019"
    ]
    assert unknown and all(not f.subject.value.startswith(LEG) for f in unknown)
    assert unknown[0].subject.value == vocab.entity_iri("legislation", "neighbourhood harmony act 2019").value


def test_a_duty_described_in_words_is_an_inferred_citation(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "oakham_report.txt", ENGLISH)
    inferred = [f for f in facts if f.predicate.value == SL + "cites" and f.derivation == "inferred"]
    assert [(f.object.value, f.rule) for f in inferred] == [
        (LEG + "ukpga/2004/31/section/10", "section-10-cooperation-duty")
    ]
    assert ENGLISH[inferred[0].span.start : inferred[0].span.end].startswith("duty to make arrangements")


def test_no_act_no_inferred_duty(tmp_path: Path) -> None:
    text = (
        ENGLISH.split("Summary:")[0]
        + "Summary: The Council has a duty to make arrangements to promote co-operation to improve outcomes.\n"
    )
    facts = facts_of(tmp_path, "oakham_short.txt", text)
    assert not [f for f in facts if f.derivation == "inferred" and f.predicate.value == SL + "cites"]


# Spellings and provisions seen in real council texts (held-out evaluation), in invented sentences.
SPELLINGS = """Report to: Pennant Vale County Borough Council
Date: 9 October 2019
Subject: Pennant Vale Corporate Plan 2019-2023

1. The Plan was prepared in accordance with Section 4(1) of the Wellbeing of Future Generations (Wales) Act 2015.
2. The Local Government (Wales) Measure 2009 (Section 15), places a duty to secure continuous improvement.
3. Under Sections 2-5 of the Homelessness Act 2002 the Council must review homelessness in its area.
4. The Well being of Future Generations (Wales) Act 2015 also asks for five ways of working.
"""


def test_welsh_spellings_a_section_in_brackets_and_a_range_of_sections(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "pennant_vale_report.txt", SPELLINGS)
    cited = objects(facts, SL + "cites")
    assert {
        LEG + "anaw/2015/2/section/4",
        LEG + "mwa/2009/2/section/15",
        LEG + "ukpga/2002/7/section/2",
        LEG + "ukpga/2002/7/section/3",
        LEG + "ukpga/2002/7/section/4",
        LEG + "ukpga/2002/7/section/5",
    } <= cited
    assert LEG + "ukpga/2002/7/section/6" not in cited and LEG + "ukpga/2002/7/section/1" not in cited
    # "Wellbeing" and "Well being" are the table's "Well-being" Act, not Acts cited by name only.
    assert not [f for f in facts if "/legislation/" in f.subject.value and "being" in f.subject.value]


# Titles written out of the table's order, in invented sentences: the year first, the nation's
# brackets dropped or the nation left out, a section number in brackets.
REORDERED = """Report to: Afon Teg Joint Transport Committee
Date: 2 June 2021
Subject: Afon Teg Regional Transport Plan 2021-2026

1. The Committee is the air quality partner named in section 82(2) of the 1990 Town and Country Planning Act, and
   it reports under the 2004 Housing Act as well.
2. The Plan meets the duty placed on us by the Transport Wales Act 2006 and by Section (108) of the Transport Act 2000.
3. It was written with the seven goals of the Well being of Future Generations Act in mind.
4. We also note the Environment Act, whose year the report does not give.
"""


def test_titles_out_of_the_tables_order(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "afon_teg_report.txt", REORDERED)
    cited = objects(facts, SL + "cites")
    assert {LEG + "ukpga/1990/8/section/82", LEG + "ukpga/2000/38/section/108"} <= cited
    based_on = objects(facts, SL + "basedOn") | {f.subject.value for f in facts}
    # Year first: the 2004 Housing Act, never a later Act of the same title.
    assert {LEG + "ukpga/2004/34", LEG + "ukpga/2006/5", LEG + "anaw/2015/2"} <= based_on
    (quoted,) = [f for f in facts if f.predicate.value == SL + "cites" and f.object.value.endswith("1990/8/section/82")]
    assert REORDERED[quoted.span.start : quoted.span.end] == "section 82(2) of the 1990 Town and Country Planning Act"
    # Two Environment Acts are in the table: a title without its year names neither.
    assert not [f for f in facts if "environment" in f.subject.value.lower() or "1995/25" in f.subject.value]
    assert not [f for f in facts if f.subject.value.startswith(LEG + "ukpga/2021/30")]


def test_a_title_short_of_its_nation_is_the_nations_act_only_when_long() -> None:
    from loaders.legislation import known_act

    assert known_act("Well-being of Future Generations Act", "2015").path == "anaw/2015/2"  # type: ignore[union-attr]
    assert known_act("Transport Wales Act", "2006").path == "ukpga/2006/5"  # type: ignore[union-attr]
    # "Housing Act 2014" could be the Welsh or the Scottish Act, and is neither in the table.
    assert known_act("Housing Act", "2014") is None


SLIPS = """Report to: Heatherby Borough Council Cabinet
Subject: Heatherby Local Plan Part 1 - adoption

1. The Local Plan was examined under the Planning & Compulsory Purchase Act (2004).
2. Our partners in Wales work to the Well-being of Future Generations Act (Wales) Act 2015, which we have also read.
3. The Children & Families Act 2014 shapes the plan's chapter on young people.
"""


def test_titles_with_an_ampersand_a_bracketed_year_or_a_doubled_head(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "heatherby_local_plan_report.txt", SLIPS)
    based_on = objects(facts, SL + "basedOn") | {f.subject.value for f in facts}
    assert {LEG + "ukpga/2004/5", LEG + "anaw/2015/2", LEG + "ukpga/2014/6"} <= based_on
    # A slip in the title is still the table's Act, never a second Act minted from the slip.
    assert not [f for f in facts if "future-generations-act-wales-act" in f.subject.value.lower()]


# Invented report lines: a range of sections in brackets after the title, Parts in Roman numerals
# and in brackets, "Etc." capitalised with the nation's brackets dropped, a plural slipped.
LOOSE = """Report to: Strathvane Council Housing Committee
Subject: Strathvane Local Housing Strategy 2022-2027

1. The Housing (Scotland) Act 2001 (sections 89 to 91) sets out what the Strategy must contain.
2. Homeless households are assessed under Part VII of the Housing Act 1996 and allocations follow the
   Housing Act 1996 (Part 6) where English partners nominate.
3. Planning policy flows from the Planning Etc. Scotland Act 2006 and the Homelessness Etc. (Scotland) Act 2003.
4. Our Welsh neighbours report under the Local Government and Election (Wales) Act 2021 and
   the Well-Being Future Generations (Wales) Act 2015.
5. The Flood and Water Management Act is cited in the contents without its year.
"""


def test_loose_titles_bracketed_ranges_and_roman_parts(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "strathvane_lhs_report.txt", LOOSE)
    cited = objects(facts, SL + "cites")
    assert {LEG + f"asp/2001/10/section/{n}" for n in (89, 90, 91)} <= cited
    assert {LEG + "ukpga/1996/52/part/7", LEG + "ukpga/1996/52/part/6"} <= cited
    based_on = objects(facts, SL + "basedOn") | {f.subject.value for f in facts}
    assert {
        LEG + "asp/2006/17",
        LEG + "asp/2003/10",
        LEG + "asc/2021/1",
        LEG + "ukpga/2010/29",
        LEG + "anaw/2015/2",
    } <= based_on
    # The slips name the table's Acts: no Act minted by name from "Election", no "Scotland Act 2006".
    minted = [f.subject.value for f in facts if "/legislation/" in f.subject.value]
    assert not [iri for iri in minted if re.search("election|scotland-act-2006|future-generations", iri.lower())]


def test_a_plural_slip_never_joins_two_acts_of_the_table() -> None:
    from loaders.legislation import known_act

    # "Children Act 2004" is in the table; a slip cannot turn another year's title into it.
    assert known_act("Childrens Act", "2004").path == "ukpga/2004/31"  # type: ignore[union-attr]
    assert known_act("Local Government and Elections (Wales) Act", "2021").path == "asc/2021/1"  # type: ignore[union-attr]
    assert known_act("Local Governments Act", "2021") is None


# Invented: an Act named once in full and then by its year; the section written right before a
# title without "of the"; a subsection after a space. Two Acts of one year make "the 2014 Act" neither.
BY_YEAR = """Report to: Linnmouth Community Planning Board
Subject: Linnmouth Local Outcomes Improvement Plan 2023-2028

1. The Community Empowerment (Scotland) Act 2015 sets the duty to plan;
   section 5 (2) of the 2015 Act says who takes part.
2. Partners also report on Section 17 Crime & Disorder Act matters through the plan.
3. The Care Act 2014 and the Children and Families Act 2014 both bear on the plan,
   and section 9 of the 2014 Act is often quoted.
"""


def test_an_act_called_by_its_year_and_a_section_right_before_a_title(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, "linnmouth_loip_report.txt", BY_YEAR)
    cites = {f.object.value: f for f in facts if f.predicate.value == SL + "cites"}
    short = cites[LEG + "asp/2015/6/section/5"]
    assert short.rule == "short-act-reference" and short.derivation == "inferred"
    assert BY_YEAR[short.span.start : short.span.end] == "section 5 (2) of the 2015 Act"
    assert cites[LEG + "ukpga/1998/37/section/17"].derivation == "stated"
    # Two Acts of 2014 were named: "the 2014 Act" is neither of them.
    assert not [iri for iri in cites if "/2014/" in iri]


def test_a_report_section_headed_by_an_act_is_no_citation_of_that_section(tmp_path: Path) -> None:
    text = BY_YEAR + "\nSection 4 Equality Act 2010\nThe plan was screened for its equality impact.\n"
    facts = facts_of(tmp_path, "linnmouth_loip_headed.txt", text)
    cites = {f.object.value for f in facts if f.predicate.value == SL + "cites"}
    assert LEG + "ukpga/1998/37/section/17" in cites  # "Section 17 Crime & Disorder Act" inside a sentence
    assert not [iri for iri in cites if iri.startswith(LEG + "ukpga/2010/15/")]


UNDER_SECTION = """Safer Marshvale Partnership Plan 2024-2027

Statutory basis: the plan is a duty of the Crime & Disorder Act 1998 under Section 6, and its annual refresh is
reported to the panel the Police and Justice Act 2006 under section 19 of the Crime and Disorder Act 1998 set up.
"""


def test_a_section_written_after_the_act_with_under(tmp_path: Path) -> None:
    """ "the Crime & Disorder Act 1998 under Section 6" cites section 6 of that Act; "under section 19 of the ..." after
    another Act cites the Act that follows, not the one before."""
    facts = facts_of(tmp_path, "marshvale_plan.txt", UNDER_SECTION)
    cited = objects(facts, SL + "cites")
    assert LEG + "ukpga/1998/37/section/6" in cited
    assert LEG + "ukpga/1998/37/section/19" in cited
    assert not [iri for iri in cited if iri.startswith(LEG + "ukpga/2006/48/")]


NO_FULL_STOP = """Glenmuir Council adopted its Local Development Plan on 3 May 2023.
The Planning etc (Scotland) Act 2006 sets the plan's cycle;
objectors cited the Roads and Bridges etc (Scotland) Act 2006.
"""


def test_etc_without_its_full_stop_stays_inside_the_title(tmp_path: Path) -> None:
    """ "Planning etc (Scotland) Act 2006" is the table's Act; a title not in the table keeps its whole name and is
    never cut at "etc" into another title ("Scotland Act 2006")."""
    facts = facts_of(tmp_path, "glenmuir_news.txt", NO_FULL_STOP)
    subjects = {f.subject.value for f in facts}
    assert LEG + "asp/2006/17" in subjects
    titles = {
        f.object.value
        for f in facts
        if f.predicate.value == vocab.DCTERMS + "title" and "/legislation/" in f.subject.value
    }
    assert "Roads and Bridges etc (Scotland) Act 2006" in titles
    assert not [t for t in titles if t.startswith("Scotland Act")]
