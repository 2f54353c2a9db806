"""The publisher is the council a document is *by*, read from metadata, the text, or a known
domain; never a guess. The texts are written for these tests, modelled on real documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.publisher import council_of_domain, find_publisher, mentions, place_of
from strategy_lineage import vocab

NAMED = {
    "Kent County Council": "Report of the Corporate Director\nKent County Council\n\nSubject: Early Help\n",
    "Medway Council": "Medway Council has adopted its Youth Justice Plan 2024-2027.\n",
    "London Borough of Havering": "Housing Strategy 2024-2029\nThe London Borough of Havering has updated the "
    "previous strategy.\n",
    "Royal Borough of Windsor and Maidenhead": "Royal Borough of Windsor and Maidenhead\nCorporate Plan 2021-2026\n",
    "City of York Council": "City of York Council\nCouncil Plan 2023-2027\nOne City, for all\n",
    "Blaenau Gwent County Borough Council": "Blaenau Gwent County Borough Council\nCorporate Plan 2022-2027\n",
    "Wrexham County Borough Council": "Cyngor Bwrdeistref Sirol Wrecsam\nWrexham Council Plan 2023-2028\n",
    "Aberdeen City Council": "Aberdeen City Council\nChildren's Services Plan 2023-2026\n",
    "Falkirk Council": "Falkirk Council\nOur plan for the area\n",
    "Thornbury Borough Council": "Published by Thornbury Borough Council, March 2025\nClimate Action Plan\n",
    "Eastvale District Council": "News release\nPublished: 14 May 2024\nCabinet backs new plan\nThe plan was "
    "welcomed by residents.\nEastvale District Council's Cabinet approved the Climate "
    "Action Plan 2024-2030 on 13 May 2024.\nNotes to editors\n",
    "Northvale Community Planning Partnership": "Northvale Community Planning Partnership\nLocal Outcomes "
    "Improvement Plan 2024-2034\n",
}


@pytest.mark.parametrize("expected", sorted(NAMED))
def test_publisher_named_in_every_form(expected: str) -> None:
    found = find_publisher(NAMED[expected])
    assert found is not None and found.name == expected


def test_the_council_a_report_is_by_not_the_councils_it_mentions() -> None:
    text = (
        "Report to: Riverside Health and Wellbeing Board\n"
        "Report of: Director of Public Health, Riverside Borough Council\n"
        "Date: 4 March 2025\n\n"
        "1. Our neighbours Eastvale District Council and Eastvale County Council consulted on their plans in 2024,\n"
        "and Eastvale County Council shared its draft with us. Eastvale County Council will adopt its plan in May.\n"
        "2. The Board is asked to endorse the Riverside Health and Wellbeing Strategy 2025-2030.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Riverside Borough Council"
    assert text[found.start : found.end] == "Riverside Borough Council"


def test_a_council_named_once_in_its_address_or_masthead_is_the_publisher() -> None:
    body = (
        "Issue - meetings\nMeeting: 04/03/2025 - Cabinet (Item 5)\nMinutes:\n"
        "RESOLVED that the Play Strategy 2025-2030 be approved.\n"
    )
    signed = find_publisher(body + "Westhaven Borough Council, Civic Centre, Westhaven WH1 2AB\n")
    assert signed is not None and signed.name == "Westhaven Borough Council"
    masthead = find_publisher(body + "Westhaven Borough Council - Cabinet\n")
    assert masthead is not None and masthead.name == "Westhaven Borough Council"
    # Named in passing beside another council, neither is taken for the publisher.
    passing = "We compared plans with Eastvale District Council and Northvale County Council.\n"
    assert find_publisher(body + passing) is None


def test_only_an_email_domain_names_the_council() -> None:
    text = "Early Help Strategy 2024-2027\nThe strategy sets out our offer.\nContact: early.help@kent.gov.uk\n"
    found = find_publisher(text)
    assert found is not None and (found.name, found.how) == ("Kent County Council", "domain")
    assert text[found.start : found.end] == "kent.gov.uk"


def test_a_web_address_names_the_council() -> None:
    found = find_publisher("Integrated Children's Services Plan 2023-2026\nSee www.falkirk.gov.uk/childrens-plan\n")
    assert found is not None and found.name == "Falkirk Council"


def test_an_unknown_domain_gives_no_publisher() -> None:
    assert council_of_domain("example-town.gov.uk") is None
    assert find_publisher("Plan 2024\nContact: plans@example-town.gov.uk\n") is None


def test_a_text_naming_no_council_has_no_publisher() -> None:
    assert find_publisher("The plan was agreed by the Board. The Council will review it next year.\n") is None


def test_subdomains_belong_to_their_council() -> None:
    council = council_of_domain("democracy.medway.gov.uk")
    assert council is not None and council.name == "Medway Council"


@pytest.mark.parametrize(
    "publisher,place",
    [
        ("Kent County Council", "Kent"),
        ("City of York Council", "York"),
        ("London Borough of Havering", "Havering"),
        ("Medway Council", "Medway"),
        ("The Highland Council", "Highland"),
        ("Northvale Community Planning Partnership", None),
    ],
)
def test_place_of_a_publisher(publisher: str, place: str | None) -> None:
    assert place_of(publisher) == place


def test_the_publisher_is_stated_with_its_quote(tmp_path: Path) -> None:
    path = tmp_path / "contact.txt"
    path.write_text(
        "Early Help Strategy 2024-2027\nThe strategy sets out our offer.\nContact: early.help@kent.gov.uk\n",
        encoding="utf-8",
    )
    extraction = extract(path)
    assert extraction.metadata["publisher"] == "Kent County Council"
    kent = vocab.entity_iri("organisation", "Kent County Council")
    [label] = [f for f in extraction.facts if f.subject == kent and f.predicate == vocab.RDFS_LABEL]
    assert (label.rule, label.derivation, label.span.exact) == ("publisher-from-domain", "inferred", "kent.gov.uk")


def test_metadata_names_the_publisher_first(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(NAMED["Medway Council"], encoding="utf-8")
    path.with_suffix(".toml").write_text('publisher = "Kent County Council"\n', encoding="utf-8")
    extraction = extract(path)
    assert extraction.metadata["publisher"] == "Kent County Council"
    assert not any(f.rule.startswith("publisher-") and f.rule != "publisher-from-title" for f in extraction.facts)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a masthead in capitals, and markdown around a name
        (
            "NORTHMOOR DISTRICT COUNCIL\n\nCABINET - 4 JUNE 2024\n\nHousing Strategy 2024-2029\n",
            "Northmoor District Council",
        ),
        (
            "# **Riverside Borough Council**\n\n## Cabinet report\n\nThe plan is attached.\n",
            "Riverside Borough Council",
        ),
        # a signature line: name, then a dash, slash or comma and a date
        (
            "Minutes:\nThe Cabinet approved the plan.\n\nCyngor Caerdydd / Cardiff Council – Cabinet – 3 May 2022\n",
            "Cardiff Council",
        ),
        (
            "RESOLVED: to adopt the strategy.\n\nEastmoor Health and Wellbeing Board, 4 June 2024\n",
            "Eastmoor Health and Wellbeing Board",
        ),
        # a masthead giving the council's Welsh and English names, divided by a bar
        (
            "Cyngor Sir Gâr | Carmarthenshire County Council\n\nHousing\n\nThe strategy is below.\n",
            "Carmarthenshire County Council",
        ),
        # a council and its partner acting together
        (
            "Children's services\n\nStirling Council and NHS Forth Valley publish a joint plan every three years.\n",
            "Stirling Council",
        ),
        # a social media handle and a short form the table gives
        (
            "Carers Strategy 2023-2026\nWe want to hear from you.\nFollow us on X: @TorfaenCBC\n",
            "Torfaen County Borough Council",
        ),
        (
            "Agenda item\nSEND Strategy\nMinutes:\nKCC officers presented the strategy. KCC will consult.\n",
            "Kent County Council",
        ),
        # a PDF's running header: a page number, the body, a date, then the page's text on the same line
        (
            "Community Risk Plan 2019-2022\nPages: 12\n3 Fellshire Fire and Rescue Authority 12 March 2019 Community "
            "Risk Plan 2019-2022 Report of the Chief Fire Officer. 1 Purpose. This report asks Members to adopt the "
            "plan for the next three years. 2 Recommendation. That the plan be adopted.\n",
            "Fellshire Fire and Rescue Authority",
        ),
    ],
)
def test_the_publisher_in_every_form_a_text_names_it(text: str, expected: str) -> None:
    found = find_publisher(text)
    assert found is not None and found.name == expected


def test_the_body_a_report_is_addressed_to_is_not_its_publisher() -> None:
    text = (
        "To:        Westhaven Health and Wellbeing Board 4 June 2024\n\nFrom: Director of Public Health\n\n"
        "Subject: Draft Joint Health and Wellbeing Strategy 2024-2029\n"
    )
    found = find_publisher(text)
    assert found is None or found.name != "Westhaven Health and Wellbeing Board"


def test_a_partnership_named_as_the_start_of_a_plan_s_name_is_not_the_publisher() -> None:
    text = (
        "Issue - meetings\nMeeting: 04/03/2025 - Cabinet (Item 5)\nWesthaven Community Safety Partnership Plan "
        "2025-2028\nRESOLVED that the Westhaven Community Safety Partnership Plan 2025-2028 be approved.\n"
    )
    found = find_publisher(text)
    assert found is None or not found.partnership


def test_a_partnership_named_far_more_than_a_council_is_the_publisher() -> None:
    text = (
        "Eastmoor Safeguarding Children Partnership\n\nAbout us\n\nThe Eastmoor Safeguarding Children Partnership "
        "brings together Eastmoor Council, the police and health partners. Published by the Eastmoor "
        "Safeguarding Children Partnership.\n"
    )
    found = find_publisher(text)
    assert found is not None and (found.name, found.partnership) == ("Eastmoor Safeguarding Children Partnership", True)


@pytest.mark.parametrize(
    "text",
    [
        # a place's possessive and "across <place>": the council is guessed, never named
        "Issue - meetings\n\nMeeting: 12/03/2024 - Cabinet (Item 7)\n\nMinutes:\nThe Cabinet considered Trafford's "
        "Carers Strategy 2024-2027, written with carers across Trafford and partners in Manchester.\n"
        "RESOLVED that the strategy be approved and recommended to Council.\n",
        # a place named often, in a plan's title and in prose, with no council, partnership or authority
        "Kent SEND Strategy 2017-2019\n\nThe Kent SEND Strategy sets out how schools in Kent will work together. "
        "Families across Kent were asked for their views.\n",
        # a request to a body of the council, in a decision record's heading
        "Requests Full Council to adopt the Housing Strategy 2024-2029.\n\nThe Cabinet agreed the request.\n",
        # a consultation heading in title case before a place's possessive
        "Share Your Views On Eastmoor's Council Plan\n\nThe draft Council Plan 2024-2028 is open for comment.\n",
        # a section heading about engaging with a council, on a partnership's page naming no owner
        "Engagement with Fenwick Council\n\nWe met officers to talk about the Community Plan 2022-2032.\n",
        # councils listed as partners of a plan the text does not say they own
        "Our partners include: the health board, the police and Aberfell City Council. Together we wrote the "
        "Children's Services Plan 2023-2026.\n",
        "The joint board was set up in partnership with Wendover District Council and the NHS.\n",
    ],
)
def test_a_place_alone_or_a_phrase_names_no_publisher(text: str) -> None:
    assert find_publisher(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Engagement with Fenwick Council\n\nFenwick Council adopted the Community Plan 2022-2032 in June.\n",
            "Fenwick Council",
        ),
        (
            "Share Your Views On Eastmoor Council Plan\n\nEastmoor Council has published its draft plan.\n",
            "Eastmoor Council",
        ),
        # a council that defines its own short form and then uses it
        (
            "Westray Islands Council (WIC)\n\nWIC agreed the Council Plan 2023-2028 in March. WIC will report on "
            "it every year.\n",
            "Westray Islands Council",
        ),
        # the whole name, with its compass word, when the text writes it
        (
            "East Fenwick Council\n\nThe Local Housing Strategy 2022-2027 was approved by East Fenwick Council.\n",
            "East Fenwick Council",
        ),
    ],
)
def test_a_council_named_in_the_text(text: str, expected: str) -> None:
    found = find_publisher(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tayforth Regional Transport Partnership\n\nThe Regional Transport Strategy 2023-2043 was approved by "
            "the partnership board in June.\n",
            "Tayforth Regional Transport Partnership",
        ),
        (
            "Greystone Moors National Park Authority\n\nThe National Park Management Plan 2020-2025 was adopted "
            "by the Authority.\n",
            "Greystone Moors National Park Authority",
        ),
        (
            "The Dundry Partnership\n\nThe City Plan 2017-2027 is the plan of every partner in Dundry. Members "
            "include Dundry City Council and the health board.\n",
            "Dundry Partnership",
        ),
        (
            "Harlow Vale Alliance\n\nThe Alliance agreed its Wellbeing Plan 2024-2029 for people across Harlow Vale.\n",
            "Harlow Vale Alliance",
        ),
    ],
)
def test_a_partnership_or_authority_naming_itself(text: str, expected: str) -> None:
    found = find_publisher(text)
    assert found is not None and (found.name, found.partnership) == (expected, True)


def test_a_topic_before_partnership_is_no_place() -> None:
    text = "The Strategic Partnership met in May. The Housing Partnership agreed the Housing Strategy 2024-2029.\n"
    assert find_publisher(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # two places named as often as each other
        "The Trafford and Manchester Carers Strategy was agreed by partners in Trafford and Manchester.\n",
        # a place that is also an ordinary word, at the start of a sentence
        "Reading the strategy, members asked about carers. The Council agreed it.\n",
    ],
)
def test_no_council_is_taken_from_an_unclear_place(text: str) -> None:
    assert find_publisher(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Northvale and Eastmoor Safeguarding Partnership\n\nOur annual plan\n\nThe Northvale and Eastmoor "
            "Safeguarding Partnership has agreed its priorities. Published by the Northvale and Eastmoor "
            "Safeguarding Partnership.\n",
            "Northvale and Eastmoor Safeguarding Partnership",
        ),
        (
            "Glanrhyd Public Services Board\n\nWell-being Plan 2023-2028\n\nThe Glanrhyd Public Services Board "
            "has agreed its plan. Published by the Glanrhyd Public Services Board.\n",
            "Glanrhyd Public Services Board",
        ),
    ],
)
def test_joint_and_welsh_partnerships(text: str, expected: str) -> None:
    found = find_publisher(text)
    assert found is not None and (found.name, found.partnership) == (expected, True)


def test_two_councils_publishing_jointly_give_one_of_them_never_a_merged_name() -> None:
    found = find_publisher("The strategy is published jointly by Northmoor County Council and Westhaven Council.\n")
    assert found is not None and found.name in {"Northmoor County Council", "Westhaven Council"}


def test_a_priority_named_like_a_council_is_not_one() -> None:
    text = "Our priorities\n\nSafe and Healthy Council - Outcomes\n\nGreen and Thriving Council - Process\n"
    assert find_publisher(text) is None
    known = find_publisher("Newark and Sherwood District Council\n\nHomelessness Strategy\n")
    assert known is not None and known.name == "Newark and Sherwood District Council"


def test_a_kind_of_board_every_area_has_is_no_publisher() -> None:
    text = (
        "Statutory guidance on well-being planning\n\nEach Public Services Board (PSB) must publish a local "
        "well-being plan. Each Public Services Board must consult its partners, and every Public Services Board "
        "must review its plan.\n"
    )
    assert find_publisher(text) is None


@pytest.mark.parametrize(
    "post",
    [
        "The Portfolio Holder Council Housing and Assets",
        "Vice Chair Council Budget Panel",
        "Cabinet Secretary Council Tax and Benefits",
        "The Spokesperson Council Estates",
        "Deputy Lead Council Procedure Rules",
    ],
)
def test_a_post_s_title_before_council_names_no_council(post: str) -> None:
    """A post's title or portfolio running into "Council" ("Portfolio Holder" + "Council Housing") is a post,
    never a council's place: the report names no publisher, and its plan keeps its own name."""
    text = f"Cabinet, 4 June 2024\n\nReport of: {post}\n\nThe Cabinet is asked to endorse the Council Plan 2024-2028.\n"
    assert find_publisher(text) is None


def test_a_council_named_after_a_post_s_title_is_still_the_publisher() -> None:
    text = (
        "Report of: The Portfolio Holder for Housing, Northmoor County Council\n\n"
        "The Cabinet is asked to endorse the Housing Strategy 2024-2029.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Northmoor County Council"


def test_a_plan_in_a_report_by_a_post_is_not_keyed_to_a_council_named_after_the_post(tmp_path: Path) -> None:
    path = tmp_path / "agenda.txt"
    path.write_text(
        "Cabinet\n5 March 2024\n\nItem 6: Council Plan 2024-2028\n\nReport of: The Portfolio Holder Council "
        "Business and Scrutiny\n\nThe Cabinet is asked to recommend the Council Plan 2024-2028 to Council.\n",
        encoding="utf-8",
    )
    extraction = extract(path)
    assert "publisher" not in extraction.metadata
    keys = {str(f.subject) for f in extraction.facts if f.predicate == vocab.RDFS_LABEL}
    assert not any("portfolio" in key.lower() for key in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Glenbrae Health and Social Care Partnership\n\nStrategic Plan 2025-2028\n\nThe Glenbrae Health and "
            "Social Care Partnership has set out how it will commission care for adults.\n",
            "Glenbrae Health and Social Care Partnership",
        ),
        (
            "Southmoor City Region\n\nSkills Plan 2024-2030\n\nThe Southmoor City Region brings ten councils "
            "together. Published by the Southmoor City Region.\n",
            "Southmoor City Region",
        ),
        (
            "Fernvale Waste Partnership\n\nJoint Waste Strategy 2025-2040\n\nThe Fernvale Waste Partnership agreed "
            "its strategy in March.\n",
            "Fernvale Waste Partnership",
        ),
    ],
)
def test_a_partnership_naming_itself_in_every_form(text: str, expected: str) -> None:
    found = find_publisher(text)
    assert found is not None and (found.name, found.partnership) == (expected, True)


def test_a_partnership_s_name_never_runs_over_a_line_break() -> None:
    text = (
        "Glenbrae Health and Social Care Partnership\nThe Glenbrae Integration Joint Board approved the Strategic "
        "Plan 2025-2028 in March.\n"
    )
    named = {f.name for f in mentions(text)}
    assert "Glenbrae Health and Social Care Partnership" in named
    assert not any("\n" in name or name.startswith("Partnership") for name in named)


def test_a_partnership_listed_among_partners_is_not_the_publisher() -> None:
    text = (
        "Glenbrae Children's Services Board\n\nThe Board brings the agencies together. Our partners include: "
        "Glenbrae Council, the police and the Glenbrae Health and Social Care Partnership.\n"
    )
    found = find_publisher(text)
    assert found is None or found.name != "Glenbrae Health and Social Care Partnership"


def test_a_short_form_defined_for_a_partnership_names_it_each_time_it_is_used() -> None:
    text = (
        "Briefing for members\n\nThe Lornside Regional Transport Partnership (LRTP) has consulted on its new "
        "strategy. LRTP approved the draft in May, and LRTP will adopt it in the autumn. Dunmore Council and "
        "Glenbrae Council are among its members.\n"
    )
    found = find_publisher(text)
    assert found is not None and (found.name, found.partnership) == ("Lornside Regional Transport Partnership", True)
    assert text[found.start : found.end] == "Lornside Regional Transport Partnership"  # the name, not "LRTP"


def test_a_bracketed_word_that_does_not_abbreviate_the_name_is_no_short_form() -> None:
    text = (
        "Briefing for members\n\nThe Lornside Regional Transport Partnership (Draft) has consulted on a strategy. "
        "Draft approved the plan. Dunmore Council agreed the plan and Dunmore Council published it.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Dunmore Council"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Community Planning Glenbrae\n\nLocal Outcomes Improvement Plan 2024-2034\n\nThe plan is for everyone who "
            "lives in Glenbrae. Community Planning Glenbrae agreed it in June.\n",
            "Community Planning Glenbrae",
        ),
        (
            "Community Planning Falkirk\n\nOur plan for the area, agreed by Community Planning Falkirk in 2024.\n",
            "Community Planning Falkirk",
        ),
    ],
)
def test_a_partnership_named_by_its_kind_then_its_place(text: str, expected: str) -> None:
    found = find_publisher(text)
    assert found is not None and (found.name, found.partnership) == (expected, True)


@pytest.mark.parametrize(
    "text",
    [
        "Community Planning Partnership\n\nThe Community Planning Partnership met twice in 2024.\n",
        "Community Planning Update\n\nCommunity Planning Update for members, published by officers.\n",
    ],
)
def test_a_partnership_named_by_its_kind_alone_is_no_publisher(text: str) -> None:
    assert find_publisher(text) is None


def test_a_partnership_s_own_page_naming_a_member_council_once_is_the_partnership_s() -> None:
    text = (
        "Rowanlea Integration Joint Board\n\nStrategic Plan 2025-2028\n\nThe plan sets out how adult care will be "
        "commissioned over three years. Rowanlea City Council delegates these services to the Board.\n"
    )
    found = find_publisher(text)
    assert found is not None and (found.name, found.partnership) == ("Rowanlea Integration Joint Board", True)


def test_a_council_s_report_on_a_partnership_stays_the_council_s() -> None:
    text = (
        "Rowanlea City Council\n\nReport to Cabinet\n\nThe Rowanlea Community Safety Partnership met in May. "
        "Rowanlea City Council will publish the plan, and Rowanlea City Council officers support the partnership.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Rowanlea City Council"


def test_a_corporate_joint_committee_naming_itself_is_the_publisher() -> None:
    text = (
        "Upper Tarrow Corporate Joint Committee\n\nStrategic Development Plan\n\nThe Upper Tarrow Corporate Joint "
        "Committee agreed the delivery agreement in May. Tarrowmouth Council and Glenbrae Council are members.\n"
    )
    found = find_publisher(text)
    assert found is not None and (found.name, found.partnership) == ("Upper Tarrow Corporate Joint Committee", True)


# --- publisher families of set H: authorities and partnerships named in every form, council names kept whole ---


def test_a_council_after_its_teams_words_in_a_contact_block() -> None:
    text = (
        "Surface Water Management Plan 2025-2031\n\nHow to reach us\n"
        "Drainage and Coastal Protection Unit Kestrelford County Council PO Box 88 Kestrelford KF2 9ZZ\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Kestrelford County Council"
    assert text[found.start : found.end] == "Kestrelford County Council"


def test_a_known_councils_name_after_words_that_are_no_place() -> None:
    found = find_publisher("Comments to: Waste Disposal Kent County Council by 30 June\nMinerals Plan 2025\n")
    assert found is not None and found.name == "Kent County Council"
    # never cut inside a place the table knows: "Bath & North East Somerset Council" is no "Somerset Council"
    bath = find_publisher("Bath & North East Somerset Council\nParks Strategy 2024-2030\n")
    assert bath is None or bath.name != "Somerset Council"


@pytest.mark.parametrize(
    "text",
    [
        "Press release\nMembers endorse Abridged Council Plan\nThe Abridged Council Plan 2026-2029 was agreed at the "
        "Council meeting on 4 February.\n",
        "Agenda item 9\nDraft Outline Council Plan 2025-2028\nThe Outline Council Plan was noted by Cabinet.\n",
        "Your Council Plan 2024-28\nYour Council Plan sets out what we will do.\n",
        "Regional Cabinet\nThe Regional Business Council backed the plan. The Regional Business Council meets again "
        "in June.\n",
    ],
)
def test_a_plans_title_or_an_advisory_body_is_no_council(text: str) -> None:
    assert find_publisher(text) is None


def test_a_council_named_before_its_plan_with_its_type_is_still_the_council() -> None:
    found = find_publisher("Glenharrow Borough Council Plan 2025-2030\nAdopted by the Council in March 2025.\n")
    assert found is not None and found.name == "Glenharrow Borough Council"


def test_a_national_park_authority_heading_in_capitals() -> None:
    text = (
        "Agenda Item 6 - FELLMOOR NATIONAL PARK AUTHORITY - 14 May 2025\nPlanning Committee\nReport of the Head "
        "of Policy\n"
        "Structure of the next Park Plan\n1. Members are asked to agree the outline.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Fellmoor National Park Authority" and found.partnership


def test_the_authority_named_only_by_its_kind_is_the_publisher_as_written() -> None:
    text = (
        "Have your say\nWe would like your views on the draft Park Plan.\nThe National Park Authority has "
        "published its draft for eight weeks of consultation, and the National Park Authority will consider "
        "every reply.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "National Park Authority" and found.bare


def test_a_kind_alone_gives_way_to_a_named_council_or_partnership() -> None:
    text = (
        "Wyvernholt District Council\nCommunity Safety Plan 2025-2028\nThe Community Safety Partnership agreed "
        "the plan, which Wyvernholt District Council has adopted.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Wyvernholt District Council"
    # named in passing only, the kind alone is no publisher
    assert find_publisher("Minutes\nA member asked whether the Community Safety Partnership met in May.\n") is None


def test_a_partnership_producing_its_plan_on_a_page_that_names_no_council() -> None:
    text = (
        "Issue - decisions\nSafer Streets Plan 2025-2028\nMeeting: 10/02/2025 - Cabinet (Item 4)\n"
        "The Community Safety Partnership has produced the Safer Streets Plan 2025-2028, which Cabinet noted.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Community Safety Partnership"


def test_a_coined_board_with_its_kind_in_brackets() -> None:
    text = (
        "Children's Plan 2009-2012\nIntroduction\nOwnership of the Children's Plan rests with the Brightway "
        "(Children's Trust) Board, which reviews it twice a year.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Brightway (Children's Trust) Board" and found.partnership


def test_a_coined_partnership_name_used_as_a_possessive_before_its_plan() -> None:
    text = (
        "Dalestran's Regional Transport Strategy Refresh\nWhy refresh now\nDalestran's Regional Transport "
        "Strategy dates from 2009; Dalestran is now consulting on a refresh.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Dalestran" and found.partnership


@pytest.mark.parametrize(
    "text",
    [
        # a group of people, a nation, a place the text writes as a place: no coined body
        "Older People's Plan 2024-2027\nOlder People's Plan for the county, agreed with older people.\n",
        "Scotland's National Transport Strategy\nScotland's National Transport Strategy sets the aims.\n",
        "Marrowby's Local Plan 2020-2035\nMarrowby's Local Plan guides building in Marrowby until 2035.\n",
        "Women's Health Strategy\nThe strategy for women's health.\n",
    ],
)
def test_a_possessive_that_is_no_coined_body(text: str) -> None:
    found = find_publisher(text)
    assert found is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minute C114 Vale of Glamorgan Public Services Board\nDraft Well-being Plan 2023-2028\n",
            "Vale of Glamorgan Public Services Board",
        ),
        (
            "Better Lives Together Swansea Local Service Board\nOne Plan for the city, 2015 update\n",
            "Swansea Local Service Board",
        ),
        (
            "Conwy and Denbighshire Public Services Board\nWell-being Plan 2023-2028\n",
            "Conwy and Denbighshire Public Services Board",
        ),
        (
            "South East Fernwold Transport Alliance\nRegional Transport Plan 2010-2025\n",
            "South East Fernwold Transport Alliance",
        ),
        (
            "Glenvarra Partnership for Transport\nRegional Transport Strategy 2023-2043\n",
            "Glenvarra Partnership for Transport",
        ),
        (
            "Fernmouth Capital Region\nRegional Economic Plan 2024-2029\nReport to the Regional Cabinet\n",
            "Fernmouth Capital Region",
        ),
        (
            "KLW Children and Young People’s Partnership Board\nMinutes of the meeting of 3 May 2021\n",
            "KLW Children and Young People’s Partnership Board",
        ),
    ],
)
def test_a_partnership_named_whole_in_more_forms(text: str, expected: str) -> None:
    found = find_publisher(text)
    assert found is not None and found.name == expected and found.partnership


def test_a_coined_name_that_says_what_kind_of_body_it_is() -> None:
    text = (
        "Regional Transport Strategy 2008-2023\nAbout us\nFELLTRANS is the statutory regional transport partnership "
        "for the northern fells and islands.\nFELLTRANS agreed its strategy in 2008 and reviews it every five years.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "FELLTRANS" and found.partnership
    # a topic that is one partnership's priority is no body: written in lower case too, and followed by no "for"
    assert find_publisher("Priorities\nHousing is a Community Safety Partnership priority. We fund housing.\n") is None


def test_a_web_address_without_its_scheme_in_a_search_snippet() -> None:
    text = (
        "Youth Justice Plan 2024-2027\nPage 3: Youth Justice Plan ...democracy.medway.gov.uk/documents/s81234/plan.pdf"
        " · priorities for the year\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Medway Council" and found.how == "domain"
    assert text[found.start : found.end] == "democracy.medway.gov.uk"
    # a host no council in the table has is no publisher
    assert find_publisher("Plan 2024\nSee ...papers.harbourtrust.gov.uk/documents/s1/plan.pdf\n") is None


def test_a_body_named_by_its_place_and_its_kinds_short_form() -> None:
    text = (
        "North Fernvale CJC\nStrategic Development Plan: delivery agreement\nThe councils across North Fernvale "
        "work together in the committee.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "North Fernvale Corporate Joint Committee" and found.partnership
    assert text[found.start : found.end] == "North Fernvale CJC"
    # a short form after words that are no place names no body
    assert find_publisher("Item 4\nThe Chair welcomed the Board to the new CJC meeting room.\n") is None


def test_a_councils_name_wrapped_over_a_line_break_when_the_table_knows_the_whole() -> None:
    text = "Parking Strategy 2025-2030\nThis strategy was adopted by North\nSomerset Council on 9 July 2025.\n"
    found = find_publisher(text)
    assert found is not None and found.name == "North Somerset Council"
    assert text[found.start : found.end] == "North\nSomerset Council"
    # a word ending the line before is no part of a council the table does not know whole
    other = find_publisher("Parking Strategy 2025-2030\nAdopted at Fellside\nWexcombe Council on 9 July 2025.\n")
    assert other is not None and other.name == "Wexcombe Council"


def test_the_authority_by_its_kind_alone_asking_for_views_on_its_plan() -> None:
    text = "Have your say\nDraft Area Plan\nThe National Park Authority is seeking views on its draft Area Plan.\n"
    found = find_publisher(text)
    assert found is not None and found.name == "National Park Authority"
    assert find_publisher("Walks\nA ranger from the National Park Authority met the group at the bridge.\n") is None


@pytest.mark.parametrize(
    "text",
    [
        # another body's page telling of a partnership's own plan, named once in its body
        "Our Partnership Board meets four times a year and agrees what we do.\nEvery partnership must renew its "
        "strategy this year.\nBack in 2021, the Eastmoor and Selby Integrated Care System published its five-year "
        "plan, which we now refresh with residents.\nTell us what matters to you.\n",
        # a council's minute on a board's draft plan, the board's name opening the plan's title
        "Agenda Item 7\n\nC114    Glenbrae Public Services Board Draft Well-being Plan (Ref)\n\nCabinet was asked to "
        "endorse the draft plan, which would go to Council in March.\nThe Glenbrae Public Services Board published its "
        "assessment of local well-being in 2022.\nRESOLVED that the draft be endorsed.\n",
    ],
)
def test_a_partnership_named_once_in_passing_is_not_the_publisher(text: str) -> None:
    assert find_publisher(text) is None


def test_a_partnership_joined_to_a_place_keeps_its_whole_name() -> None:
    text = "In 2021 the Eastmoor and Selby Integrated Care System published its plan.\n"
    assert [m.name for m in mentions(text) if m.partnership] == ["Eastmoor and Selby Integrated Care System"]


def test_a_partnership_named_once_adopting_the_plan_its_page_is_about_is_the_publisher() -> None:
    text = (
        "Plans and papers\n\nCoastal Freight Strategy 2024-2034\n\nLast spring the Dunmore Regional Transport "
        "Partnership approved its Coastal Freight Strategy 2024-2034 after a summer of consultation.\n\n"
        "Three delivery plans follow it.\n\nPage reviewed: June 2024\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "Dunmore Regional Transport Partnership"
